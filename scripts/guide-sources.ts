// npx tsx scripts/guide-sources.ts — rewrites the sources table at the end of both teacher
// guides from the content: every source behind a fact that a level or a policy cites, once, in
// the facts sheet's order, with its publisher (the original publisher first; a copy's host
// named) and its date.
// tests/unit/guide.test.ts fails when a guide's table differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../src/content/load';
import { loadContent } from '../src/content/load';
import type { Source } from '../src/content/schema';
import { contentFiles } from './node-content';

export type GuideLanguage = 'en' | 'zh-Hans';

const COPY = /\s*\((mirror|repost)\)|\s*\(translation\)/i;

/** "Xinhua (mirror)" at dvihdmi.cn → "Xinhua; copy at dvihdmi.cn": the original publisher first. */
export function publisherOf(s: Source, lang: GuideLanguage): string {
  const host = new URL(s.url).hostname.replace(/^www\./, '');
  const m = COPY.exec(s.publisher);
  if (!m) return s.publisher;
  const name = s.publisher.replace(COPY, '');
  const kind = m[0].toLowerCase().includes('translation') ? 'translation' : 'copy';
  if (lang === 'zh-Hans') return `${name}（${kind === 'copy' ? '转载于' : '译文，载于'} ${host}）`;
  return `${name} (${kind} at ${host})`;
}

/** The date a source gives: "(30 Sep 2024)" in its title, else a year in its title or address. */
export function dateOf(s: Source): string | null {
  const paren = /\(([^()]*\b(?:19|20)\d\d\b[^()]*)\)\s*$/.exec(s.title);
  if (paren) return paren[1]!.replace(/^.*;\s*posted\s*/, '');
  const year = /\b((?:19|20)\d\d)\b/.exec(s.title) ?? /\/((?:19|20)\d\d)(?:\/|-|\d{2})/.exec(s.url);
  return year ? year[1]! : null;
}

const titleOf = (s: Source) => s.title.replace(/\s*\([^()]*\b(?:19|20)\d\d\b[^()]*\)\s*$/, '');
const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The fact ids the game shows: those its levels (actions, events, reforms made) and policies cite. */
export function citedFactIds(content: Content): Set<string> {
  const ids = new Set<string>();
  for (const l of content.levels.values()) {
    for (const f of [...l.facts, ...l.reformMade.facts]) ids.add(f);
    for (const v of l.venues) for (const a of v.actions) for (const f of a.facts) ids.add(f);
    for (const e of l.events) for (const f of e.facts) ids.add(f);
  }
  for (const p of content.policies.values()) for (const f of p.facts) ids.add(f);
  return ids;
}

export function sourcesTable(content: Content, lang: GuideLanguage): string {
  const facts = content.facts;
  const shown = citedFactIds(content);
  const cited = new Set(facts.facts.filter((f) => shown.has(f.id)).flatMap((f) => f.sources));
  const rows = facts.sources
    .filter((s) => cited.has(s.id))
    .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)))
    .map(
      (s) =>
        `| ${s.id.slice(1)} | ${cell(publisherOf(s, lang))} | ${cell(titleOf(s))} | ${
          dateOf(s) ?? (lang === 'en' ? 'undated' : '未注明')
        } | <${s.url}> |`,
    );
  const head =
    lang === 'en' ? '| No. | Publisher | Title | Date | Address |' : '| 编号 | 发布者 | 标题 | 日期 | 网址 |';
  return [head, '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export const GUIDES: Record<GuideLanguage, string> = {
  en: 'docs/teacher-guide.md',
  'zh-Hans': 'docs/teacher-guide.zh-Hans.md',
};

/** The guide with its last table (the sources) replaced by a fresh one. */
export function withSources(guide: string, table: string): string {
  const lines = guide.replace(/\n+$/, '').split('\n');
  let end = lines.length;
  while (end > 0 && !lines[end - 1]!.startsWith('|')) end--;
  let start = end;
  while (start > 0 && lines[start - 1]!.startsWith('|')) start--;
  return [...lines.slice(0, start), table, ...lines.slice(end)].join('\n').concat('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..');
  const content = loadContent(contentFiles());
  for (const [lang, path] of Object.entries(GUIDES) as [GuideLanguage, string][]) {
    const file = join(root, path);
    writeFileSync(file, withSources(readFileSync(file, 'utf8'), sourcesTable(content, lang)));
    console.log(`wrote the sources table of ${path}`);
  }
}
