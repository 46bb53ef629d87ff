// The one report of a finished run is computed once and read by everything after.
import { describe, expect, it } from 'vitest';
import { levelPolicies, reportFor, reportPaced } from '../../src/platform/run-report';
import { greedyBot, playBot, report } from '../../src/rules';
import { shipped } from '../helpers/shipped';

const content = shipped();
const level = content.levels.get('megacity')!;
const policy = content.policies.get('status-quo')!;

describe('the run report cache', () => {
  it('computes a finished run’s report once: a redraw or a language switch reads the same object', () => {
    const { state } = playBot(level, policy, 'rural', 42, greedyBot);
    const first = reportFor(content, level, policy, state);
    // The same object, not an equal one: nothing was replayed.
    expect(reportFor(content, level, policy, state)).toBe(first);
  });

  it('looks through every reform the level lists', () => {
    const { state } = playBot(level, policy, 'rural', 43, greedyBot);
    expect(reportFor(content, level, policy, state).reforms.map((r) => r.policyId)).toEqual(level.policies);
  });
});

describe('the run report in slices', () => {
  it('is the same report as in one go, a task per piece: you and your twin, then each reform', async () => {
    const { state } = playBot(level, policy, 'rural', 44, greedyBot);
    const whole = report(level, state, policy, levelPolicies(content, level));
    let pauses = 0;
    const sliced = await reportPaced(content, level, policy, state, async () => {
      pauses++;
    });
    expect(sliced).toEqual(whole);
    expect(pauses).toBe(1 + level.policies.length);
    // Kept like reportFor's: asked again, in one go or in slices, it is the same object.
    expect(reportFor(content, level, policy, state)).toBe(sliced);
    expect(await reportPaced(content, level, policy, state)).toBe(sliced);
  });

  it('two asks at once (a redraw meanwhile) end with one report', async () => {
    const { state } = playBot(level, policy, level.registrations.at(-1)!.id, 45, greedyBot);
    const [a, b] = await Promise.all([
      reportPaced(content, level, policy, state),
      reportPaced(content, level, policy, state),
    ]);
    expect(b).toBe(a);
  });
});
