import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../../scripts/node-content';
import { holdsIn, periodText } from '../../src/content/check-level';
import { loadContent } from '../../src/content/load';
import type { Level } from '../../src/rules';
import { quantities } from '../helpers/quantities';
import { shipped } from '../helpers/shipped';

// The facts sheet lives beside the project (../shared). A snapshot of it is committed so that a
// clone anywhere can run the tests; where the shared sheet is present, the snapshot must match it.
const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'hukou-facts.md');
const SNAPSHOT = join(import.meta.dirname, '..', '..', 'docs', 'hukou-facts.snapshot.md');
const SHEET = existsSync(SHARED) ? SHARED : SNAPSHOT;
const content = shipped();
const { facts, sources } = content.facts;

describe('facts match the facts sheet', () => {
  it.runIf(existsSync(SHARED))('the committed snapshot is the shared facts sheet as it is now', () => {
    expect(readFileSync(SNAPSHOT, 'utf8')).toBe(readFileSync(SHARED, 'utf8'));
  });
  const sheet = readFileSync(SHEET, 'utf8');
  const sheetNumbers = new Set(
    (sheet.replace(/(\d),(\d{3})/g, '$1$2').match(/\d+(?:\.\d+)?/g) ?? []).map(Number),
  );

  it.each(sources)('source $id is the sheet’s source with the same number and URL', (s) => {
    const n = Number(s.id.slice(1));
    const line = sheet
      .slice(sheet.indexOf('## Sources'))
      .split('\n')
      .find((l) => l.startsWith(`${n}. `));
    expect(line, `sheet has no source ${n}`).toBeDefined();
    expect(line).toContain(s.url);
  });

  it.each(facts.filter((f) => f.figure))('the figures of $id appear in the sheet', (f) => {
    const numbers = (f.figure!.en.replace(/(\d),(\d{3})/g, '$1$2').match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
    for (const n of numbers) expect(sheetNumbers.has(n), `${f.id}: ${n} is not in the sheet`).toBe(true);
  });
});

describe('fact figures in Chinese', () => {
  it('reads quantities the same way in both languages', () => {
    expect(quantities('about 100 million by 2020')).toEqual([2020, 1e8]);
    expect(quantities('到2020年约1亿人')).toEqual([2020, 1e8]);
    expect(quantities('297.53 million; ¥4,780 a month')).toEqual(quantities('29753万人；每月4,780元'));
    expect(quantities('9 January 1958')).toEqual([1, 9, 1958]);
    expect(quantities('2 years (1 outside the 5th Ring)')).toEqual([1, 2]);
    expect(quantities('约1.4万名学生')).toEqual([14000]);
    expect(quantities('2890万张')).not.toEqual(quantities('2.89 million'));
    expect(quantities('a city of 1–3 million')).toEqual(quantities('100万至300万人口的城市'));
    expect(quantities('you may sit it in May 2024')).toEqual([5, 2024]);
    expect(quantities('No. 12 High School, national level 2')).toEqual(quantities('第十二中学，国家二级'));
    expect(quantities('about 6,000 of 100,000')).not.toEqual(quantities('十多万人中约6000人'));
  });

  it.each(facts.filter((f) => f.figure))(
    '$id has a Chinese figure with the English figure’s numbers',
    (f) => {
      const { en, 'zh-Hans': zh } = f.figure!;
      expect(zh, `${f.id}: Latin letters in "${zh}"`).not.toMatch(/[A-Za-z]/);
      const chinese = /[\u4e00-\u9fff]/.test(zh);
      const symbols = /^[\d\s.,%~≥≤<>+\-–→()]+$/.test(zh);
      expect(chinese || symbols, `${f.id}: "${zh}" is neither Chinese nor only digits and symbols`).toBe(
        true,
      );
      expect(quantities(zh), `${f.id}: "${zh}" against "${en}"`).toEqual(quantities(en));
    },
  );
});

function citedFacts(level: Level): string[] {
  return [
    ...level.facts,
    ...level.reformMade.facts,
    ...level.venues.flatMap((v) => v.actions.flatMap((a) => a.facts)),
    ...level.events.flatMap((e) => e.facts),
  ];
}

describe('every barrier and event cites facts that exist', () => {
  const ids = new Set(facts.map((f) => f.id));
  it.each([...content.levels.values()])('$id', (level) => {
    for (const v of level.venues)
      for (const a of v.actions) {
        if (a.requires) expect(a.facts.length, `${v.id}/${a.id}`).toBeGreaterThan(0);
      }
    for (const f of citedFacts(level)) expect(ids.has(f), f).toBe(true);
  });
});

describe('every fact says when it holds and where it comes from', () => {
  const sourceIds = new Set(sources.map((s) => s.id));
  it.each(facts)('$id has a year shown, a machine-readable period and a known source', (f) => {
    for (const lang of ['en', 'zh-Hans'] as const) {
      expect(f.year[lang].trim(), `${f.id}: no year (${lang})`).not.toBe('');
      expect(f.year[lang], `${f.id}: the year shown does not hold "from": ${f.from}`).toContain(
        String(f.from),
      );
    }
    if (f.until !== undefined) expect(f.until).toBeGreaterThanOrEqual(f.from);
    expect(f.sources.length, `${f.id}: no source`).toBeGreaterThan(0);
    for (const s of f.sources) expect(sourceIds.has(s), `${f.id}: unknown source ${s}`).toBe(true);
  });

  it.each(facts.filter((f) => f.supersededBy))('$id ends where the fact that replaced it begins', (f) => {
    const next = facts.find((g) => g.id === f.supersededBy);
    expect(next, `${f.id}: no fact ${f.supersededBy}`).toBeDefined();
    expect(f.until, `${f.id}: replaced, so it needs "until"`).toBeDefined();
    expect(next!.from).toBeLessThanOrEqual(f.until! + 1);
  });

  it('every source is a web address a teacher can open (http or https)', () => {
    for (const s of sources) expect(s.url, s.id).toMatch(/^https?:\/\/[^\s{}]+$/);
  });
});

describe('no level rests on a fact outside the year of its rules', () => {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const lists = (level: Level): [string, string[]][] => [
    ['facts', level.facts],
    ['reformMade', level.reformMade.facts],
    ...level.venues.flatMap((v) => v.actions.map((a): [string, string[]] => [`${v.id}/${a.id}`, a.facts])),
    ...level.events.map((e): [string, string[]] => [e.id, e.facts]),
  ];
  it.each([...content.levels.values()])('$id: every cited fact holds in its rulesAsOf year', (level) => {
    expect(level.rulesAsOf).toBe(2026);
    for (const [where, ids] of lists(level))
      for (const id of ids) {
        const f = byId.get(id)!;
        if (holdsIn(f, level.rulesAsOf)) continue;
        // An ended rule may stand only beside the rule in force that replaced it, as its history.
        const successors: string[] = [];
        for (let n = f.supersededBy; n; n = byId.get(n)?.supersededBy) successors.push(n);
        const beside = ids.filter((g) => successors.includes(g) && holdsIn(byId.get(g)!, level.rulesAsOf));
        expect(beside, `${level.id} ${where}: ${id} holds ${periodText(f)}, alone`).not.toEqual([]);
      }
  });

  it('levels:check rejects a level whose year a cited fact does not cover', () => {
    const files = contentFiles().map((f) =>
      f.path === 'levels/capital.json'
        ? { ...f, text: f.text.replace('"rulesAsOf": 2026', '"rulesAsOf": 2023') }
        : f,
    );
    const problems = loadContent(files).problems.filter((p) => p.file === 'levels/capital.json');
    // Beijing's 24-month purchase rule dates from December 2025, so a 2023 capital cannot use it.
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining(
        'fact "beijing-home-purchase-2025" holds since 2025, not under the level\'s rules of 2023',
      ),
    );
  });

  it('each level names a reform already made, in both languages, resting on facts in force', () => {
    for (const level of content.levels.values()) {
      expect(level.reformMade.facts.length, level.id).toBeGreaterThan(0);
      expect(
        level.reformMade.facts.some((id) => holdsIn(byId.get(id)!, level.rulesAsOf)),
        level.id,
      ).toBe(true);
      expect(level.reformMade.text['zh-Hans'], level.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('every figure in the Chinese text is the English one', () => {
  const read = (path: string) =>
    JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', path), 'utf8'));
  const files = [
    ...contentFiles()
      .filter((f) => f.path.endsWith('.json') && !f.path.endsWith('.schema.json'))
      .map((f) => f.path),
    'src/i18n/glossary.json',
    'src/classroom/quiz.json',
  ];
  it.each(files)('%s', (path) => {
    const wrong: string[] = [];
    const walk = (x: unknown, at: string): void => {
      if (Array.isArray(x)) x.forEach((y, i) => walk(y, `${at}/${i}`));
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        if (typeof o.en === 'string' && typeof o['zh-Hans'] === 'string') {
          const en = quantities(o.en);
          const zh = quantities(o['zh-Hans'] as string);
          if (JSON.stringify(en) !== JSON.stringify(zh))
            wrong.push(`${at}: ${JSON.stringify(zh)} in "${o['zh-Hans']}" against ${JSON.stringify(en)}`);
        }
        for (const [k, v] of Object.entries(o)) walk(v, `${at}/${k}`);
      }
    };
    walk(read(path), '');
    expect(wrong).toEqual([]);
  });
});
