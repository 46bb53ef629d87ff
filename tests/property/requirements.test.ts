import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRequirement, meets, type Requirement, STATS, unmet } from '../../src/rules';
import { run, testLevel } from '../helpers/builders';

const ids = fc.constantFrom('residence-permit', 'labour-contract', 'land-contract', 'in-school');
const predicate: fc.Arbitrary<Requirement> = fc.oneof(
  fc.record({
    type: fc.constant('registration' as const),
    kind: fc.option(fc.constantFrom('rural' as const, 'urban' as const), { nil: undefined }),
    place: fc.option(fc.constantFrom('local' as const, 'elsewhere' as const), { nil: undefined }),
  }),
  fc.record({ type: fc.constant('document' as const), id: ids }),
  fc.record({ type: fc.constant('flag' as const), id: ids }),
  fc.record({
    type: fc.constant('stat' as const),
    stat: fc.constantFrom(...STATS),
    atLeast: fc.integer({ min: -10, max: 100 }),
  }),
  fc.record({ type: fc.constant('month' as const), atLeast: fc.integer({ min: 1, max: 6 }) }),
);
const requirement: fc.Arbitrary<Requirement> = fc.letrec<{ req: Requirement }>((tie) => ({
  req: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    predicate,
    fc.record({
      type: fc.constant('all' as const),
      all: fc.array(tie('req'), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({
      type: fc.constant('any' as const),
      any: fc.array(tie('req'), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({ type: fc.constant('not' as const), not: tie('req') }),
  ),
})).req;

describe('meets, unmet and the compiled check agree', () => {
  it('a requirement is met exactly when nothing is unmet, and its compiled check says the same', () => {
    const level = testLevel();
    fc.assert(
      fc.property(
        requirement,
        fc.constantFrom('rural', 'urban'),
        fc.subarray(['residence-permit', 'labour-contract', 'land-contract']),
        fc.subarray(['in-school']),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: -20, max: 120 }),
        (req, reg, documents, flags, month, stat) => {
          const base = run(level, reg);
          const s = {
            ...base,
            documents,
            flags,
            month,
            stats: { ...base.stats, insuranceMonths: stat, money: stat * 10 },
          };
          expect(meets(req, s)).toBe(unmet(req, s).length === 0);
          // The bots' fast path (goals and actions, see lookup.ts) is the same requirement.
          expect(compileRequirement(req)(s)).toBe(meets(req, s));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
