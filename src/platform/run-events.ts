// The seam between the app and what watches runs from outside the game (the SCORM bridge): the
// app says when a run starts (or resumes) and when it reaches its outcome; listeners subscribe.
import type { RunStore } from '../store/store';

export type RunEvent = { kind: 'start' | 'finish'; store: RunStore };
const listeners = new Set<(e: RunEvent) => void>();

export function onRun(listener: (e: RunEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitRun(kind: RunEvent['kind'], store: RunStore): void {
  for (const l of [...listeners]) {
    try {
      l({ kind, store });
    } catch {
      // a watcher's failure never stops the game
    }
  }
}
