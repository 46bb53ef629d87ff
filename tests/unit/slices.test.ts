// The city's first map is made in slices (src/scenes/slices.ts): every step runs once, in order,
// none in the caller's task, no task runs past SLICE_MS by more than one step, and a scene that
// went away stops it.
import { describe, expect, it } from 'vitest';
import { runInSlices, SLICE_MS } from '../../src/scenes/slices';

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // a step that takes `ms`
  }
};

describe('runInSlices', () => {
  it('runs every step in order, from the next task on, then done once', async () => {
    const ran: number[] = [];
    let doneCalls = 0;
    const finished = new Promise<void>((resolve) =>
      runInSlices(
        [0, 1, 2, 3, 4].map((i) => () => ran.push(i)),
        () => true,
        () => {
          doneCalls++;
          resolve();
        },
      ),
    );
    expect(ran).toEqual([]);
    await finished;
    expect(ran).toEqual([0, 1, 2, 3, 4]);
    expect(doneCalls).toBe(1);
  });

  it('starts a new task once a slice has run SLICE_MS', async () => {
    const task: number[] = [];
    let current = 0;
    let counting = false;
    const step = SLICE_MS / 3 + 1; // three steps pass SLICE_MS
    await new Promise<void>((resolve) =>
      runInSlices(
        Array.from({ length: 9 }, () => () => {
          task.push(current);
          // A microtask runs when the task ends: the next slice is another task.
          if (!counting) {
            counting = true;
            queueMicrotask(() => {
              current++;
              counting = false;
            });
          }
          busy(step);
        }),
        () => true,
        resolve,
      ),
    );
    const perTask = [...new Set(task)].map((t) => task.filter((x) => x === t).length);
    expect(perTask.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...perTask)).toBeLessThanOrEqual(3);
  });

  it('stops, without calling done, when the scene is gone', async () => {
    const ran: number[] = [];
    let alive = true;
    let done = false;
    runInSlices(
      [0, 1, 2, 3].map((i) => () => {
        ran.push(i);
        busy(SLICE_MS + 1); // one step per task
        if (i === 1) alive = false;
      }),
      () => alive,
      () => {
        done = true;
      },
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(ran).toEqual([0, 1]);
    expect(done).toBe(false);
  });
});
