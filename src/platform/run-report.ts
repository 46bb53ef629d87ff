// The one report of a finished run (rules/report.ts), computed once per run and kept: the outcome
// screen, the share card, the result code and the classroom all read this one, and a redraw or a
// language switch does not replay anything.
import type { Content } from '../content/load';
import { type Policy, type ReformLens, type RunReport, reformLens, report } from '../rules';
import type { Level, RunState } from '../rules/types';
import { nextTask } from './next-task';

const reports = new WeakMap<RunState, RunReport>();

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
  }
  return r;
}

/**
 * The same report as `reportFor` (and the same cache), computed a piece per task: you and your
 * twin, then each reform (you and your twin again under it). In one go it was one long task
 * between a click (Skip, the last month's end) and the outcome screen, a few hundred ms on a slow
 * laptop, during which the page answered nothing.
 */
export async function reportPaced(
  content: Pick<Content, 'policies'>,
  level: Level,
  policy: Policy | null,
  state: RunState,
  pause: () => Promise<void> = nextTask,
): Promise<RunReport> {
  const known = reports.get(state);
  if (known) return known;
  await pause();
  const base = report(level, state, policy, []);
  const reforms: ReformLens[] = [];
  for (const p of levelPolicies(content, level)) {
    await pause();
    reforms.push(reformLens(level, state, policy, p, base.gap));
  }
  // Asked for twice meanwhile (a redraw): the first one to finish is the report.
  const again = reports.get(state);
  if (again) return again;
  const r: RunReport = { ...base, reforms };
  reports.set(state, r);
  return r;
}
