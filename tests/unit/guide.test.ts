import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDES, type GuideLanguage, sourcesTable, withSources } from '../../scripts/guide-sources';
import { shipped } from '../helpers/shipped';

const ROOT = join(import.meta.dirname, '..', '..');
const content = shipped();
const langs = Object.keys(GUIDES) as GuideLanguage[];
const guide = (lang: GuideLanguage) => readFileSync(join(ROOT, GUIDES[lang]), 'utf8');
const rows = (lang: GuideLanguage) =>
  sourcesTable(content, lang)
    .split('\n')
    .slice(2)
    .map((r) => r.split(' | ').map((c) => c.replace(/^\| |\s\|$/g, '')));

describe('the teacher guide’s sources', () => {
  it.each(langs)('%s: the table is the one scripts/guide-sources.ts writes from the facts', (lang) => {
    expect(guide(lang), 'run npx tsx scripts/guide-sources.ts').toBe(
      withSources(guide(lang), sourcesTable(content, lang)),
    );
  });

  it.each(langs)('%s: each source once, with its publisher, date and an http(s) address', (lang) => {
    const numbers = rows(lang).map((r) => r[0]);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.length).toBeGreaterThan(20);
    for (const [no, publisher, title, date, address] of rows(lang)) {
      expect(publisher?.trim(), `source ${no}: publisher`).toBeTruthy();
      expect(title?.trim(), `source ${no}: title`).toBeTruthy();
      expect(date?.trim(), `source ${no}: date`).toBeTruthy();
      expect(address, `source ${no}`).toMatch(/^<https?:\/\/[^\s{}<>]+>$/);
    }
  });

  it('a copy of a source names its original publisher first and the site that holds it', () => {
    const s = content.facts.sources.find((x) => /\(mirror\)/.test(x.publisher));
    expect(s, 'a mirrored source in the facts').toBeDefined();
    const row = rows('en').find((r) => r[0] === s!.id.slice(1))!;
    expect(row[1]).toBe(
      `${s!.publisher.replace(' (mirror)', '')} (copy at ${new URL(s!.url).hostname.replace(/^www\./, '')})`,
    );
  });

  it.each(langs)('%s: no unfilled template ({{…}}) anywhere in the guide', (lang) => {
    expect(guide(lang)).not.toMatch(/\{\{/);
  });
});
