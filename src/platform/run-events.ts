// The seam between the app and what watches runs from outside the game (the SCORM bridge): the
// app says when a run starts (or resumes) and when it reaches its outcome, to the one watcher
// main.ts hands it (Ctx.watchRun), if any.
import type { RunReport } from '../rules';
import type { RunStore } from '../store/store';

/** A finish carries the run's one report (platform/run-report.ts), so no watcher replays the twin. */
export type RunEvent =
  | { kind: 'start'; store: RunStore }
  | { kind: 'finish'; store: RunStore; report: RunReport };

export type RunWatcher = (event: RunEvent) => void;

/** Tells the watcher; a watcher's failure never stops the game. */
export function tellWatcher(watch: RunWatcher | null, event: RunEvent): void {
  try {
    watch?.(event);
  } catch {
    // the platform just hears nothing of this run
  }
}
