// The seam between the app and what watches runs from outside the game (the SCORM bridge): the
// app says when a run starts (or resumes) and when it reaches its outcome; listeners subscribe.
import type { RunReport } from '../rules';
import type { RunStore } from '../store/store';

/** A finish carries the run's one report (platform/run-report.ts), so no watcher replays the twin. */
export type RunEvent =
  | { kind: 'start'; store: RunStore }
  | { kind: 'finish'; store: RunStore; report: RunReport };
const listeners = new Set<(e: RunEvent) => void>();

export function onRun(listener: (e: RunEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitRun(event: RunEvent): void {
  for (const l of [...listeners]) {
    try {
      l(event);
    } catch {
      // a watcher's failure never stops the game
    }
  }
}
