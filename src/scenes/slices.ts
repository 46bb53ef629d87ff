// Long drawing work cut into tasks short enough for the page to answer a tap or a key between two
// of them. Lighthouse counts a task over 50 ms at CPU ×4 as blocking: ≤ 12 ms unthrottled.

/** The longest slice of work per task, in ms (checked between steps). */
export const SLICE_MS = 8;

/** Runs `fn` in a task of its own, after whatever input and rendering are waiting (no 4 ms clamp). */
export function nextTask(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}

/** Runs `steps` in order from the next task on, as many per task as fit in SLICE_MS, then `done`
 * (in the last step's task); gives up, silently, at a slice where `alive()` has turned false. */
export function runInSlices(steps: readonly (() => void)[], alive: () => boolean, done: () => void): void {
  let next = 0;
  const slice = () => {
    if (!alive()) return;
    const until = performance.now() + SLICE_MS;
    do steps[next++]?.();
    while (next < steps.length && performance.now() < until);
    if (next < steps.length) nextTask(slice);
    else done();
  };
  nextTask(slice);
}
