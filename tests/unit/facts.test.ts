import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/rules';
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

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const SCALE: Record<string, number> = { million: 1e6, billion: 1e9, 万: 1e4, 亿: 1e8 };

/** The quantities a figure states, in either language: thousands commas dropped, million/万/亿
 *  multiplied out, English month names as their numbers, and ordinals ("the 5th Ring") left out
 *  as names rather than quantities. */
function quantities(figure: string): number[] {
  const plain = figure
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/\b\d+(?:st|nd|rd|th)\b/g, ' ')
    .replace(
      new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'gi'),
      (m) => ` ${MONTHS.indexOf(m.toLowerCase()) + 1} `,
    );
  const out = [...plain.matchAll(/(\d+(?:\.\d+)?)\s*(million|billion|万|亿)?/gi)].map((m) =>
    Number((Number(m[1]) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1)).toPrecision(12)),
  );
  return [...new Set(out)].sort((a, b) => a - b);
}

describe('fact figures in Chinese', () => {
  it('reads quantities the same way in both languages', () => {
    expect(quantities('about 100 million by 2020')).toEqual([2020, 1e8]);
    expect(quantities('到2020年约1亿人')).toEqual([2020, 1e8]);
    expect(quantities('297.53 million; ¥4,780 a month')).toEqual(quantities('29753万人；每月4,780元'));
    expect(quantities('9 January 1958')).toEqual([1, 9, 1958]);
    expect(quantities('2 years (1 outside the 5th Ring)')).toEqual([1, 2]);
    expect(quantities('约1.4万名学生')).toEqual([14000]);
    expect(quantities('2890万张')).not.toEqual(quantities('2.89 million'));
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
