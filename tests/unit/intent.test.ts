// One intent check for the rules and for stored run records: the same shapes, and a record's
// intents must carry no field of their own (a save or a link cannot smuggle data into a run).
import { describe, expect, it } from 'vitest';
import { isIntent } from '../../src/rules/step';
import { isRunRecord } from '../../src/store/run-record';

const good = [
  { type: 'move', venue: 'home' },
  { type: 'act', venue: 'school', action: 'enrol' },
  { type: 'choose', choice: 'stay' },
  { type: 'endMonth' },
  { type: 'finish' },
];
const record = (intents: unknown[]) => ({
  levelId: 'tutorial',
  seed: 1,
  registrationId: 'urban',
  policyId: 'none',
  intents,
});

describe('isIntent', () => {
  it.each(good)('knows %o as an intent, loosely and exactly', (i) => {
    expect(isIntent(i)).toBe(true);
    expect(isIntent(i, true)).toBe(true);
  });

  it.each([
    null,
    'move',
    { type: 'move' },
    { type: 'act', venue: 'school' },
    { type: 'choose', choice: 3 },
    { type: 'fly' },
  ])('refuses %o', (x) => {
    expect(isIntent(x)).toBe(false);
  });

  it('lets the rules read an intent with an extra field, but not a stored record', () => {
    const extra = { type: 'endMonth', note: 'x' };
    expect(isIntent(extra)).toBe(true);
    expect(isIntent(extra, true)).toBe(false);
    expect(isRunRecord(record(good))).toBe(true);
    expect(isRunRecord(record([...good, extra]))).toBe(false);
  });
});
