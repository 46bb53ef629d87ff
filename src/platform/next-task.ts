// Long work split into pieces waits here between two of them, so that the page can paint and answer
// a click in between (a task over 50 ms is a "long task": on a slow laptop the page answers nothing).

/** Resolves in a later task: `scheduler.yield()` where there is one (it keeps its place in line), else a timeout. */
export function nextTask(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `run` when the page is next idle (at most `timeout` ms later); where there is no
 * requestIdleCallback (Safari), after `fallbackMs`. */
export function whenIdle(run: (deadline?: IdleDeadline) => void, timeout: number, fallbackMs = 0): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout });
  else setTimeout(run, fallbackMs);
}

/** Runs `run` once the next frame is painted and the page is idle (at most `timeout` ms later):
 * what the screen just drew is on the glass before the downloads it does not need begin. */
export function afterPaintIdle(run: () => void, timeout = 1000): void {
  requestAnimationFrame(() => whenIdle(run, timeout));
}
