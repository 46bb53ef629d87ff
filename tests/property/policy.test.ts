// A reform rewrites requirements everywhere the player can meet them: actions, conditional
// effects (at any depth), event effects, event choices and the monthly effects. Goals are the
// player's aims, not anyone's rule, and are deliberately left as they are (src/rules/policy.ts):
// an outcome under a reform is then measured against the same goals as today's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Effect,
  type Level,
  type Policy,
  type Predicate,
  type Requirement,
  rewriteRequirement,
  STATS,
  withPolicy,
} from '../../src/rules';
import { testLevel } from '../helpers/builders';
import { shipped } from '../helpers/shipped';

const t = (en: string) => ({ en, 'zh-Hans': en });
const SENTINEL: Requirement = { type: 'flag', id: 'rewritten-by-policy' };

/** Every predicate in a requirement, depth first. */
function predicates(r: Requirement | undefined): Requirement[] {
  if (!r) return [];
  if (r.type === 'all') return r.all.flatMap(predicates);
  if (r.type === 'any') return r.any.flatMap(predicates);
  if (r.type === 'not') return predicates(r.not);
  return [r];
}

function effectPredicates(effects: readonly Effect[]): Requirement[] {
  return effects.flatMap((e) =>
    e.type === 'if'
      ? [...predicates(e.if), ...effectPredicates(e.then), ...effectPredicates(e.else ?? [])]
      : [],
  );
}

/** Every predicate a player can meet in the level (not the goals), in a fixed order. */
function rulePredicates(level: Level): Requirement[] {
  return [
    ...level.venues.flatMap((v) =>
      v.actions.flatMap((a) => [...predicates(a.requires), ...effectPredicates(a.effects)]),
    ),
    ...level.events.flatMap((e) => [
      ...effectPredicates(e.effects),
      ...(e.choices ?? []).flatMap((c) => [...predicates(c.requires), ...effectPredicates(c.effects)]),
    ]),
    ...effectPredicates(level.monthly),
  ];
}

const policyOf = (match: Policy['rewrites'][number]['match'], replace = SENTINEL): Policy => ({
  id: 'test-policy',
  name: t('p'),
  summary: t('p'),
  rewrites: [{ match, replace }],
  facts: [],
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe('a policy rewrites every requirement it names', () => {
  it('on every shipped level, for every predicate found anywhere in it, none survives outside the goals', () => {
    const content = shipped();
    let checked = 0;
    for (const level of content.levels.values()) {
      const found = rulePredicates(level);
      const distinct = found.filter((p, i) => found.findIndex((q) => same(p, q)) === i);
      for (const p of distinct) {
        const after = withPolicy(level, policyOf(p as Predicate));
        const left = rulePredicates(after);
        expect(
          left.filter((q) => same(q, p)),
          `${level.id}: ${JSON.stringify(p)} survives`,
        ).toEqual([]);
        expect(left.filter((q) => same(q, SENTINEL)).length).toBe(found.filter((q) => same(q, p)).length);
        expect(after.goals).toEqual(level.goals);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('the shipped reforms leave none of the predicates they match outside the goals', () => {
    const content = shipped();
    for (const level of content.levels.values())
      for (const id of level.policies) {
        const policy = content.policies.get(id)!;
        const after = withPolicy(level, policy);
        for (const w of policy.rewrites) {
          const matches = (q: Requirement) =>
            Object.entries(w.match).every(([k, v]) => (q as Record<string, unknown>)[k] === v);
          // A replacement may keep the old door open beside the new one (any: [old, new]);
          // what must not be left is a bare old condition outside a replacement.
          const bare = rulePredicates(after).filter(matches);
          const inReplacements =
            rulePredicates(level).filter(matches).length * predicates(w.replace).filter(matches).length;
          expect(bare.length, `${level.id} under ${id}`).toBe(inReplacements);
        }
      }
  });
});

// Planted at every kind of place: an action's requirement, an `if` inside an `else` of an action,
// an event's own effects, a choice's requirement and its effects, the monthly effects, and a goal.
function plant(p: Requirement, other: Requirement): Level {
  const base = testLevel();
  const ifP = (then: Effect[] = []): Effect => ({ type: 'if', if: p, then, else: [] });
  return testLevel({
    venues: base.venues.map((v, i) =>
      i === 0
        ? {
            ...v,
            actions: [
              {
                ...v.actions[0]!,
                requires: { type: 'all', all: [other, { type: 'not', not: p }] },
                effects: [{ type: 'if', if: other, then: [], else: [ifP([ifP()])] }],
              },
            ],
          }
        : v,
    ),
    events: [
      {
        ...base.events[1]!,
        effects: [ifP()],
        choices: [
          { id: 'a', label: t('a'), requires: { type: 'any', any: [p, other] }, effects: [ifP()] },
          { id: 'b', label: t('b'), effects: [] },
        ],
      },
    ],
    monthly: [ifP()],
    goals: [{ id: 'g', name: t('g'), requires: p, top: true }],
  });
}

const predicate: fc.Arbitrary<Predicate> = fc.oneof(
  fc.record({
    type: fc.constant('registration' as const),
    place: fc.constantFrom('local' as const, 'elsewhere' as const),
  }),
  fc.record({
    type: fc.constant('registration' as const),
    kind: fc.constantFrom('rural' as const, 'urban' as const),
  }),
  fc.record({
    type: fc.constant('document' as const),
    id: fc.constantFrom('residence-permit', 'land-contract'),
  }),
  fc.record({ type: fc.constant('flag' as const), id: fc.constantFrom('in-school', 'working') }),
  fc.record({
    type: fc.constant('stat' as const),
    stat: fc.constantFrom(...STATS),
    atLeast: fc.integer({ min: 0, max: 24 }),
  }),
  fc.record({ type: fc.constant('month' as const), atLeast: fc.integer({ min: 1, max: 6 }) }),
);

describe('rewriting, for any predicate', () => {
  it('reaches every place a requirement can stand, and nothing else', () => {
    fc.assert(
      fc.property(predicate, predicate, (p, other) => {
        fc.pre(!same(p, other));
        const level = plant(p, other);
        const before = rulePredicates(level);
        const after = withPolicy(level, policyOf(p));
        const left = rulePredicates(after);
        expect(left.filter((q) => same(q, p))).toEqual([]);
        // Planted: 1 requirement + 2 in the action's effects + 1 event effect + 1 choice requirement
        // + 1 choice effect + 1 monthly; the test level may hold p elsewhere too.
        const planted = before.filter((q) => same(q, p)).length;
        expect(planted).toBeGreaterThanOrEqual(7);
        expect(left.filter((q) => same(q, SENTINEL))).toHaveLength(planted);
        expect(left.filter((q) => same(q, other))).toHaveLength(before.filter((q) => same(q, other)).length);
        expect(after.goals).toEqual(level.goals);
        // Everything that is not a requirement is untouched.
        const strip = (l: Level) =>
          JSON.stringify({
            ...l,
            venues: l.venues.map((v) => v.id),
            events: l.events.map((e) => e.id),
            monthly: null,
          });
        expect(strip(after)).toBe(strip(level));
      }),
      { numRuns: 200 },
    );
  });

  it('a partial match rewrites every predicate that has those fields, whatever else it has', () => {
    const p: Requirement = { type: 'stat', stat: 'residenceMonths', atLeast: 6 };
    const q: Requirement = { type: 'stat', stat: 'residenceMonths', atLeast: 12 };
    const r: Requirement = { type: 'stat', stat: 'money', atLeast: 6 };
    const req: Requirement = { type: 'all', all: [p, { type: 'any', any: [q, { type: 'not', not: r }] }] };
    expect(
      rewriteRequirement(req, [{ match: { type: 'stat', stat: 'residenceMonths' }, replace: SENTINEL }]),
    ).toEqual({
      type: 'all',
      all: [SENTINEL, { type: 'any', any: [SENTINEL, { type: 'not', not: r }] }],
    });
    // The first rewrite that matches wins; an empty policy changes nothing at all.
    expect(
      rewriteRequirement(p, [
        { match: { type: 'stat' }, replace: { type: 'flag', id: 'first' } },
        { match: { type: 'stat' }, replace: { type: 'flag', id: 'second' } },
      ]),
    ).toEqual({ type: 'flag', id: 'first' });
    const level = testLevel();
    expect(withPolicy(level, null)).toBe(level);
    expect(withPolicy(level, { ...policyOf({ type: 'flag' }), rewrites: [] })).toBe(level);
  });
});
