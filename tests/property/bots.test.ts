import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/problems';
import { greedyBot, newRun, playBot, randomBot, replay, STAT_BOUNDS, STATS } from '../../src/rules';
import { shipped, shippedCases } from '../helpers/shipped';

const content = shipped();

describe('the shipped content', () => {
  it('loads without problems', () => {
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(content.levels.size).toBeGreaterThanOrEqual(2);
  });
});

const cases = shippedCases(content);

describe.each(cases)('a bot plays $name', ({ level, reg, policy }) => {
  it('to its end within the month limit, with every invariant holding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.boolean(), (seed, greedy) => {
        const game = playBot(level, policy, reg, seed, greedy ? greedyBot : randomBot);
        const s = game.state;
        expect(s.ended).not.toBeNull();
        expect(s.ended!.month).toBeLessThanOrEqual(level.months);
        for (const k of STATS) {
          expect(Number.isFinite(s.stats[k]), `${k} is ${s.stats[k]}`).toBe(true);
          expect(s.stats[k]).toBeGreaterThanOrEqual(STAT_BOUNDS[k][0]);
          expect(s.stats[k]).toBeLessThanOrEqual(STAT_BOUNDS[k][1]);
        }
        const start = newRun(level, seed, reg, policy)!.stats.money;
        const moved = game.events.reduce(
          (sum, e) => sum + (e.type === 'stat' && e.stat === 'money' ? e.delta : 0),
          0,
        );
        expect(s.stats.money).toBe(start + moved);
        const again = replay(
          level,
          seed,
          reg,
          policy,
          s.log.map((l) => l.intent),
        )!;
        expect(again.state).toEqual(s);
      }),
      { numRuns: 25 },
    );
  });
});
