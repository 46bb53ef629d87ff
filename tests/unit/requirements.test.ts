import { describe, expect, it } from 'vitest';
import { meets, type Requirement, unmet } from '../../src/rules';
import { run, testLevel } from '../helpers/builders';

const level = testLevel();
const rural = run(level, 'rural');
const urban = run(level, 'urban');

describe('requirements', () => {
  it('checks the registration place: an outsider is not local', () => {
    const local: Requirement = { type: 'registration', place: 'local' };
    expect(meets(local, urban)).toBe(true);
    expect(unmet(local, rural)).toEqual([
      { type: 'registration', have: { kind: 'rural', place: 'elsewhere' }, need: { place: 'local' } },
    ]);
  });

  it('checks the registration kind separately from its place', () => {
    const urbanKind: Requirement = { type: 'registration', kind: 'urban' };
    const urbanElsewhere = {
      ...urban,
      registration: { kind: 'urban' as const, place: 'elsewhere' as const },
    };
    expect(meets(urbanKind, urbanElsewhere)).toBe(true);
    expect(meets({ type: 'registration', kind: 'urban', place: 'local' }, urbanElsewhere)).toBe(false);
  });

  it('says which document is missing', () => {
    expect(unmet({ type: 'document', id: 'residence-permit' }, rural)).toEqual([
      { type: 'document', id: 'residence-permit', have: false, need: true },
    ]);
    expect(meets({ type: 'document', id: 'land-contract' }, rural)).toBe(true);
  });

  it('reports a stat with what the player has and what it needs', () => {
    const s = { ...rural, stats: { ...rural.stats, insuranceMonths: 14 } };
    expect(unmet({ type: 'stat', stat: 'insuranceMonths', atLeast: 24 }, s)).toEqual([
      { type: 'stat', stat: 'insuranceMonths', have: 14, need: 24 },
    ]);
    expect(meets({ type: 'stat', stat: 'insuranceMonths', atLeast: 14 }, s)).toBe(true);
  });

  it('waits for a month', () => {
    expect(unmet({ type: 'month', atLeast: 3 }, rural)).toEqual([{ type: 'month', have: 1, need: 3 }]);
    expect(meets({ type: 'month', atLeast: 3 }, { ...rural, month: 3 })).toBe(true);
  });

  it('checks a story flag', () => {
    expect(unmet({ type: 'flag', id: 'in-school' }, rural)).toEqual([
      { type: 'flag', id: 'in-school', have: false, need: true },
    ]);
    expect(meets({ type: 'flag', id: 'in-school' }, { ...rural, flags: ['in-school'] })).toBe(true);
  });

  it('lists every failing condition of "all"', () => {
    const req: Requirement = {
      type: 'all',
      all: [
        { type: 'document', id: 'residence-permit' },
        { type: 'stat', stat: 'money', atLeast: 1 },
        { type: 'month', atLeast: 2 },
      ],
    };
    expect(unmet(req, rural).map((u) => u.type)).toEqual(['document', 'month']);
  });

  it('groups the options of "any" and passes when one holds', () => {
    const req: Requirement = {
      type: 'any',
      any: [
        { type: 'registration', place: 'local' },
        { type: 'document', id: 'residence-permit' },
      ],
    };
    expect(meets(req, urban)).toBe(true);
    const [miss] = unmet(req, rural);
    expect(miss?.type).toBe('any');
    expect(miss?.type === 'any' && miss.options.map((o) => o[0]?.type)).toEqual(['registration', 'document']);
  });

  it('"not" fails when its inner requirement holds', () => {
    const req: Requirement = { type: 'not', not: { type: 'document', id: 'land-contract' } };
    expect(meets(req, urban)).toBe(true);
    expect(unmet(req, rural)).toEqual([
      { type: 'not', requirement: { type: 'document', id: 'land-contract' } },
    ]);
  });

  it('an absent requirement is always met', () => {
    expect(unmet(undefined, rural)).toEqual([]);
  });
});
