// The report's promises, on every shipped level, for random runs: the attribution adds up, luck is
// only the cards as drawn, and no route round a wall is free.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  greedyBot,
  type Level,
  type LifeReport,
  moneyFlows,
  newRun,
  playBot,
  randomBot,
  report,
} from '../../src/rules';
import { shipped } from '../helpers/shipped';

const content = shipped();
const levels = [...content.levels.values()].map((level) => ({
  id: level.id,
  level,
  policies: level.policies.map((p) => content.policies.get(p) ?? null),
  statusQuo: content.policies.get('status-quo') ?? null,
}));
const arbitraryRun = fc.record({
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  greedy: fc.boolean(),
  reg: fc.nat(),
});

describe.each(levels)('the report on $id', ({ level, policies, statusQuo }) => {
  it('start + luck + your choices + walls = what you ended with; luck and choices are your twin’s flows', () => {
    fc.assert(
      fc.property(arbitraryRun, ({ seed, greedy, reg }) => {
        const registration = level.registrations[reg % level.registrations.length]!.id;
        const game = playBot(level, statusQuo, registration, seed, greedy ? greedyBot : randomBot);
        const r = report(level, game.state, statusQuo, []);
        const a = r.attribution;
        expect(a.start + a.luck + a.choices + a.walls).toBe(a.end);
        expect(a.end).toBe(game.state.stats.money);
        expect(a.walls).toBe(r.gap!.money);
        // Measured independently on the twin's own money changes: nothing unaccounted for.
        const twinStart = newRun(level, seed, r.twin!.registrationId, statusQuo)!.stats.money;
        const flows = moneyFlows(r.twin!);
        expect(a.luck).toBe(flows.luck);
        expect(a.choices).toBe(flows.rest + twinStart - a.start);
        // Answers to a card (`choice:`) are choices, never luck: the outcome's luck is the cards alone.
        expect(r.you.outcome.luck.money ?? 0).toBe(moneyFlows(r.you).luck);
      }),
      { numRuns: 12 },
    );
  });

  it('no route round a wall is free: where you went round a door open to your twin, you paid for it', () => {
    fc.assert(
      fc.property(arbitraryRun, ({ seed, greedy, reg }) => {
        const registration = level.registrations[reg % level.registrations.length]!.id;
        const game = playBot(level, statusQuo, registration, seed, greedy ? greedyBot : randomBot);
        const r = report(level, game.state, statusQuo, policies);
        const g = r.gap!;
        const firstMet = (tl: typeof r.you.timeline, goal: string) =>
          tl.find((p) => p.goals.includes(goal))?.month ?? Number.POSITIVE_INFINITY;
        const later = level.goals.some(
          (goal) => firstMet(r.you.timeline, goal.id) > firstMet(r.twin!.timeline, goal.id),
        );
        for (const m of r.twinMoves) {
          if (m.kind !== 'instead' && m.kind !== 'skipped') continue;
          // Your way round: its price and the month-by-month cost of the place it took, in your life.
          const yours = routeCost(level, r.you, m.yours);
          // Your twin's way: the door(s) it went through instead, in its life.
          const doors = m.theirs ? [m.theirs] : doorsOf(level, m.yours);
          const theirs = Math.min(...doors.map((d) => routeCost(level, r.twin!, d)));
          const paid = yours > theirs || g.goals < 0 || g.family < 0 || later;
          expect(paid, JSON.stringify({ move: m, yours, theirs, gap: g })).toBe(true);
        }
      }),
      { numRuns: 12 },
    );
  });
});

/** What a life paid for an action it went through: its price, and the net monthly cost of what it took. */
function routeCost(level: Level, life: LifeReport, key: string): number {
  const [venue, action] = key.split('/');
  const def = level.venues.find((v) => v.id === venue)?.actions.find((a) => a.id === action);
  if (!def) return 0;
  const went = life.events.some((e) => e.type === 'granted' && e.venue === venue && e.action === action);
  if (!went) return Number.POSITIVE_INFINITY;
  let cost = def.cost;
  for (const eff of def.effects)
    if (eff.type === 'take')
      for (const e of life.events)
        if (e.type === 'stat' && e.stat === 'money' && e.cause === `${eff.slot}:${eff.option}`)
          cost -= e.delta;
  return cost;
}

function doorsOf(level: Level, alt: string): string[] {
  return level.venues.flatMap((v) =>
    v.actions
      .filter((a) => a.alternatives?.some((x) => `${x.venue}/${x.action}` === alt))
      .map((a) => `${v.id}/${a.id}`),
  );
}
