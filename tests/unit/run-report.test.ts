// The one report of a finished run is computed once and read by everything after.
import { describe, expect, it } from 'vitest';
import { reportFor, reportsComputed } from '../../src/platform/run-report';
import { greedyBot, playBot } from '../../src/rules';
import { shipped } from '../helpers/shipped';

const content = shipped();
const level = content.levels.get('megacity')!;
const policy = content.policies.get('status-quo')!;

describe('the run report cache', () => {
  it('computes a finished run’s report once: a redraw or a language switch reads the same object', () => {
    const { state } = playBot(level, policy, 'rural', 42, greedyBot);
    const before = reportsComputed();
    const first = reportFor(content, level, policy, state);
    const again = reportFor(content, level, policy, state);
    expect(again).toBe(first);
    expect(reportsComputed()).toBe(before + 1);
  });

  it('looks through every reform the level lists', () => {
    const { state } = playBot(level, policy, 'rural', 43, greedyBot);
    expect(reportFor(content, level, policy, state).reforms.map((r) => r.policyId)).toEqual(level.policies);
  });
});
