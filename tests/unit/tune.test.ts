// The reform lens you can play with (issue 13, item 7): a player switches single rules of a reform
// off and changes the number a rule asks for, and the lens replays both lives under that rule.
import { describe, expect, it } from 'vitest';
import { greedyBot, playBot, reformLens, tunableRule, tunePolicy } from '../../src/rules';
import { shipped } from '../helpers/shipped';

const content = shipped();
const statusQuo = content.policies.get('status-quo')!;
const reform = content.policies.get('residency-access')!;
const factory = content.levels.get('factory-city')!;
// A rural family in the factory city, played greedily under today's rules: it meets the public
// school's wall (local hukou) and pays the migrant school instead.
const run = playBot(factory, statusQuo, 'rural', 7, greedyBot).state;
const lensWith = (needs: (number | undefined)[], on: boolean[] = []) =>
  reformLens(factory, run, statusQuo, tunePolicy(reform, { on, needs }), null);
const goals = (l: ReturnType<typeof lensWith>) => l.you.outcome.goals.filter((g) => g.met).length;

describe('tuning a reform', () => {
  it('"Access follows residence" asks for six months of living in the city, and the player may change the six', () => {
    expect(reform.rewrites.map(tunableRule)).toEqual([
      { stat: 'residenceMonths', need: 6 },
      { stat: 'residenceMonths', need: 6 },
    ]);
  });

  it('left as the reform made it, the tuned policy is the reform itself (its lens is already computed)', () => {
    expect(tunePolicy(reform, { on: [true, true], needs: [6, undefined] })).toBe(reform);
    expect(tunePolicy(reform, { on: [], needs: [] })).toBe(reform);
  });

  it('two different tunings never share an id (so never a cached lens)', () => {
    const ids = [
      tunePolicy(reform, { on: [], needs: [0, 0] }).id,
      tunePolicy(reform, { on: [], needs: [3, 3] }).id,
      tunePolicy(reform, { on: [false, true], needs: [] }).id,
      tunePolicy(reform, { on: [true, false], needs: [] }).id,
      reform.id,
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('with no wait at all, the public school lets the rural child in: that wall falls and the migrant-school fees are saved', () => {
    const reformAsMade = lensWith([]);
    const noWait = lensWith([0, 0]);
    expect(reformAsMade.wallsFell).not.toContain('public-school/enrol');
    expect(noWait.wallsFell).toContain('public-school/enrol');
    expect(goals(noWait)).toBeGreaterThan(goals(reformAsMade));
    expect(noWait.you.state.stats.money).toBeGreaterThan(reformAsMade.you.state.stats.money);
  });

  it('a wait longer than the level (24 months in a 12-month city) lets no wall fall: the life is today’s', () => {
    expect(factory.months).toBeLessThan(24);
    const tooLong = lensWith([24, 24]);
    const today = lensWith([], [false, false]);
    expect(tooLong.wallsFell).toEqual([]);
    expect(goals(tooLong)).toBe(goals(today));
    expect(tooLong.you.state.stats).toEqual(today.you.state.stats);
  });

  it('with every rule switched off, the reform is today’s rules: the same life as the run itself', () => {
    const off = lensWith([], [false, false]);
    expect(off.wallsFell).toEqual([]);
    expect(off.you.state.stats).toEqual(run.stats);
    expect(off.you.outcome.goals).toEqual(
      reformLens(factory, run, statusQuo, statusQuo, null).you.outcome.goals,
    );
  });
});
