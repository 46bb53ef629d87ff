// The rules' fast paths give the plain answers: availableIntents looks the venue you stand at up
// once instead of asking `rejection` about every candidate, a step shares the lists of the state
// it was drawn from instead of copying them, and withPolicy remembers a level it has rewritten.
// None may change a run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availableIntents,
  generator,
  goalsMet,
  type Intent,
  type Level,
  newRun,
  type RunState,
  rejection,
  rewriteLevel,
  step,
  withPolicy,
} from '../../src/rules';
import { shipped } from '../helpers/shipped';

const content = shipped();

/** The plain definition: every intent of the level that `rejection` lets through, in the usual order. */
function plainAvailable(level: Level, s: RunState): Intent[] {
  if (s.ended) return [];
  const card = level.events.find((e) => e.id === s.pendingEvent);
  const candidates: Intent[] = card
    ? (card.choices ?? []).map((c) => ({ type: 'choose', choice: c.id }))
    : [
        ...(level.venues.find((v) => v.id === s.at)?.actions ?? []).map(
          (a): Intent => ({ type: 'act', venue: s.at, action: a.id }),
        ),
        ...level.venues.filter((v) => v.id !== s.at).map((v): Intent => ({ type: 'move', venue: v.id })),
        { type: 'endMonth' },
        ...(goalsMet(level, s).length === level.goals.length ? [{ type: 'finish' } as const] : []),
      ];
  return candidates.filter((i) => rejection(level, s, i) === null);
}

const cases = [...content.levels.values()].flatMap((level) =>
  level.registrations.flatMap((reg) =>
    [null, ...level.policies.map((p) => content.policies.get(p) ?? null)].map((policy) => ({
      name: `${level.id} · ${reg.id} · ${policy?.id ?? 'no policy'}`,
      level,
      reg: reg.id,
      policy,
    })),
  ),
);

describe.each(cases)('along random runs of $name', ({ level, reg, policy }) => {
  it('the intents offered are exactly those rejection lets through, and a step leaves its state untouched', () => {
    const effective = withPolicy(level, policy);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const rand = generator(seed);
        let s = newRun(level, seed, reg, policy)!;
        for (let n = 0; n < 400 && !s.ended; n++) {
          const fast = availableIntents(effective, s);
          expect(fast).toEqual(plainAvailable(effective, s));
          // Try the intents offered, and now and then one that is not (a wrong venue, a far walk).
          const tries: Intent[] = [...fast, { type: 'act', venue: level.venues[0]!.id, action: 'nope' }];
          const intent = tries[Math.floor(rand() * tries.length)]!;
          const before = structuredClone(s);
          const next = step(effective, s, intent).state;
          expect(s).toEqual(before);
          s = next;
        }
      }),
      { numRuns: 10 },
    );
  });
});

const rewriting = [...content.levels.values()].flatMap((level) =>
  level.policies
    .map((id) => content.policies.get(id))
    .filter((p) => p !== undefined && p.rewrites.length > 0)
    .map((policy) => ({ name: `${level.id} · ${policy!.id}`, level, policy: policy! })),
);

describe('withPolicy', () => {
  it('has rewriting policies to check', () => expect(rewriting.length).toBeGreaterThan(0));
  it.each(rewriting)('remembers $name as the fresh rewrite gives it', ({ level, policy }) => {
    const remembered = withPolicy(level, policy);
    expect(withPolicy(level, policy)).toBe(remembered);
    expect(remembered).not.toBe(level);
    expect(remembered).toEqual(rewriteLevel(level, policy));
  });
});
