// Issue 15's "Must show": for every level and registration, the words shown on the main path,
// a decision in every played month, and an estimated play time of 8–12 minutes (the tutorial 5
// at most) in English and in Chinese, measured the way docs/balance.md's pace table is (scripts/pace.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { type PaceRow, paceRows } from '../../scripts/pace';
import { shipped } from '../helpers/shipped';

describe('pace targets (issue 15)', () => {
  const content = shipped();
  let rows: PaceRow[] = [];
  beforeAll(async () => {
    rows = await paceRows(content.order.map((id) => content.levels.get(id)!));
  }, 120_000);

  it('measures every level and registration', () => {
    const expected = content.order.flatMap((id) =>
      content.levels.get(id)!.registrations.map((r) => `${id}/${r.id}`),
    );
    expect(rows.map((r) => `${r.level}/${r.registration}`)).toEqual(expected);
  });

  it('shows at most 1,500 English words and 2,500 Chinese characters on the main path', () => {
    for (const r of rows) {
      expect(r.words, `${r.level}/${r.registration}`).toBeLessThanOrEqual(1500);
      expect(r.zhChars, `${r.level}/${r.registration}`).toBeLessThanOrEqual(2500);
    }
  });

  it('asks for a decision in every played month', () => {
    for (const r of rows) {
      expect(r.emptyMonths, `${r.level}/${r.registration}`).toBe(0);
      expect(r.decisions, `${r.level}/${r.registration}`).toBeGreaterThanOrEqual(r.playedMonths);
    }
  });

  // Both languages: the Chinese estimate reads the same screens at 300 characters a minute, so a
  // level that takes 8 minutes in English can take 6 in Chinese; more decisions, not more words,
  // keep it at 8 or more (docs/balance.md, "Pace").
  it.each([
    ['English', 'minutes'],
    ['Chinese', 'minutesZh'],
  ] as const)('takes 8–12 minutes in %s, the tutorial at most 5, whichever registration plays', (_, key) => {
    for (const r of rows) {
      const at = `${r.level}/${r.registration}: ${r[key]} min (${key})`;
      if (r.level === 'tutorial') expect(r[key], at).toBeLessThanOrEqual(5);
      else {
        expect(r[key], at).toBeGreaterThanOrEqual(8);
        expect(r[key], at).toBeLessThanOrEqual(12);
      }
    }
  });
});
