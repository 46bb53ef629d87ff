// The rules' fast paths give the plain answers: availableIntents looks the venue you stand at up
// once instead of asking `rejection` about every candidate, and keeps each offer it makes by the
// set of actions open (a stale or mixed-up offer fails the first test), a step shares the lists of the state
// it was drawn from instead of copying them, withPolicy remembers a level it has rewritten, the
// month draws are remembered per seed, a state is cloned field by field, a bot's game plays
// on one state of its own instead of stepping from copy to copy (carrying the goals it meets and
// trusting the intents it was offered), and a step counts the goals again only when it changed
// what they read. None may change a run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availableIntents,
  type Bot,
  cloneState,
  drawnBefore,
  type GameEvent,
  generator,
  goalsMet,
  greedyBot,
  type Intent,
  type Level,
  monthRoll,
  newRun,
  pickWeighted,
  playBot,
  type RunState,
  randomBot,
  rejection,
  rewriteLevel,
  SLOTS,
  STATS,
  step,
  withPolicy,
} from '../../src/rules';
import { lookup } from '../../src/rules/lookup';
import { shipped, shippedCases } from '../helpers/shipped';

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

const cases = shippedCases(content);

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

describe.each(cases)('the goals a step reports along random runs of $name', ({ level, reg, policy }) => {
  it('are exactly those met after it and not before (a step counts again only when it changed what goals read)', () => {
    const effective = withPolicy(level, policy);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const rand = generator(seed);
        let s = newRun(level, seed, reg, policy)!;
        for (let n = 0; n < 400 && !s.ended; n++) {
          const options = availableIntents(effective, s);
          const intent = options[Math.floor(rand() * options.length)]!;
          const before = goalsMet(effective, s);
          const r = step(effective, s, intent);
          const reported = r.events.flatMap((e) => (e.type === 'goalMet' ? [e.goal] : []));
          const fresh = goalsMet(effective, r.state).filter((g) => !before.includes(g));
          expect(reported).toEqual(fresh);
          s = r.state;
        }
      }),
      { numRuns: 10 },
    );
  });
});

describe('the index a level keeps (rules/lookup.ts)', () => {
  it('is hidden from JSON, keys and copies, so a copy of a level (as a policy makes) gets its own', () => {
    const level = structuredClone([...content.levels.values()][0]!);
    const json = JSON.stringify(level);
    const keys = Object.keys(level);
    expect(lookup(level).venues.size).toBe(level.venues.length);
    expect(lookup(level)).toBe(lookup(level)); // made once
    expect(JSON.stringify(level)).toBe(json);
    expect(Object.keys(level)).toEqual(keys);
    const copy = { ...level, venues: level.venues.slice(1) };
    expect(lookup(copy)).not.toBe(lookup(level));
    expect(lookup(copy).venues.has(level.venues[0]!.id)).toBe(false);
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

/** playBot's loop as it was, one `step` (a fresh copy of the state) at a time. */
function playByStep(level: Level, reg: string, seed: number, bot: Bot, maxSteps = 2000) {
  let state = newRun(level, seed, reg, null)!;
  const rand = generator(seed ^ 0x5bd1e995);
  const events: GameEvent[] = [];
  let steps = 0;
  while (!state.ended && steps < maxSteps) {
    const options = availableIntents(level, state);
    const hurry = steps > (maxSteps / (level.months + 1)) * state.month;
    const intent: Intent =
      hurry && !state.pendingEvent ? { type: 'endMonth' } : bot(level, state, options, rand);
    const r = step(level, state, intent);
    state = r.state;
    events.push(...r.events);
    steps++;
  }
  return { state, events, steps };
}

describe.each([...content.levels.values()].map((level) => ({ id: level.id, level })))(
  'a bot game of $id',
  ({ level }) => {
    it('played on its own state (playBot) is the game played step by step', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 0xffffffff }),
          fc.constantFrom(...level.registrations.map((r) => r.id)),
          fc.boolean(),
          fc.constantFrom(2000, 60),
          (seed, reg, greedy, maxSteps) => {
            const bot = greedy ? greedyBot : randomBot;
            expect(playBot(level, null, reg, seed, bot, maxSteps)).toEqual(
              playByStep(level, reg, seed, bot, maxSteps),
            );
          },
        ),
        { numRuns: 15 },
      );
    });

    it('draws the cards a fresh count gives, whatever seeds are asked for in between', () => {
      /** The plain definition: each month's draw weighed from scratch. */
      const plainDrawn = (seed: number, month: number) => {
        const drawn = new Set<string>();
        for (let m = 2; m < month; m++) {
          const weights = level.events.map((e) =>
            (e.fromMonth ?? 0) <= m && (e.recurs || !drawn.has(e.id)) ? e.weight : 0,
          );
          const card = level.events[pickWeighted(weights, monthRoll(seed, m))];
          if (card) drawn.add(card.id);
        }
        return [...drawn];
      };
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: level.months + 2 })), {
            minLength: 1,
            maxLength: 30,
          }),
          (asks) => {
            // Few seeds, asked in any order and at any month, so that the remembered draws are
            // reused, extended and replaced.
            for (const [k, month] of asks) {
              const seed = (k * 2654435761) >>> 0;
              expect([...drawnBefore(level, seed, month)]).toEqual(plainDrawn(seed, month));
            }
          },
        ),
        { numRuns: 30 },
      );
    });
  },
);

describe('cloneState', () => {
  it('copies every stat and every held slot, and the copy can change alone', () => {
    const level = [...content.levels.values()][0]!;
    const s = newRun(level, 1, level.registrations[0]!.id, null)!;
    STATS.forEach((k, i) => {
      s.stats[k] = 7 + i;
    });
    SLOTS.forEach((slot, i) => {
      s.slots[slot] = `option-${i}`;
    });
    const copy = cloneState(s);
    expect(copy).toEqual(s);
    for (const k of STATS) copy.stats[k] += 1;
    for (const slot of SLOTS) delete copy.slots[slot];
    expect(s.stats).toEqual(Object.fromEntries(STATS.map((k, i) => [k, 7 + i])));
    expect(Object.keys(s.slots).sort()).toEqual([...SLOTS].sort());
    // A slot not held is not there at all (not there as undefined).
    delete s.slots.job;
    expect(Object.keys(cloneState(s).slots)).not.toContain('job');
  });
});
