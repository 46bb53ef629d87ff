// The one report of a finished run (rules/report.ts), computed once per run and kept: the outcome
// screen, the share card, the result code and the classroom all read this one, and a redraw or a
// language switch does not replay anything.
import type { Content } from '../content/load';
import { type Policy, type RunReport, report } from '../rules';
import type { Level, RunState } from '../rules/types';

const reports = new WeakMap<RunState, RunReport>();
let computed = 0;

/** How many reports have been computed so far (a redraw must not add one). */
export function reportsComputed(): number {
  return computed;
}

/** The reforms a level looks through, resolved from the content. */
export function levelPolicies(content: Pick<Content, 'policies'>, level: Level): Policy[] {
  return level.policies.map((id) => content.policies.get(id)).filter((p): p is Policy => p !== undefined);
}

/** The report of this finished run: computed on first ask, then the same object every time. */
export function reportFor(
  content: Pick<Content, 'policies'>,
  level: Level,
  policy: Policy | null,
  state: RunState,
): RunReport {
  let r = reports.get(state);
  if (!r) {
    r = report(level, state, policy, levelPolicies(content, level));
    reports.set(state, r);
    computed++;
  }
  return r;
}
