// One run, one tab. The save is a single slot in localStorage, so two tabs playing at once would
// overwrite each other's steps. The tab in the city holds a Web Lock; a second tab that wants to
// continue finds it taken and asks the player; taking over steals the lock, and the first tab
// hears it (its lock request fails with AbortError) and stops writing.
// Without Web Locks (an insecure context, an old browser) every tab simply plays.

const NAME = 'iw.run';

export interface HeldRun {
  release(): void;
}

type Locks = {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown>;
};

function locks(): Locks | null {
  const l = (navigator as Navigator & { locks?: Locks }).locks;
  return l && typeof l.request === 'function' ? l : null;
}

/**
 * Holds the run lock: 'try' gives null when another tab holds it, 'steal' always gets it.
 * `lost` is called if another tab steals it later.
 */
export function holdRun(mode: 'try' | 'steal', lost: () => void): Promise<HeldRun | null> {
  const api = locks();
  if (!api) return Promise.resolve({ release: () => {} });
  return new Promise((granted) => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let released = false;
    api
      .request(NAME, mode === 'steal' ? { steal: true } : { ifAvailable: true }, (lock) => {
        if (!lock) {
          granted(null);
          return undefined;
        }
        granted({
          release: () => {
            released = true;
            release();
          },
        });
        return held;
      })
      .catch((e: unknown) => {
        if (!released && (e as { name?: string } | null)?.name === 'AbortError') lost();
      });
  });
}
