// The one way the game touches localStorage. Reading `window.localStorage` itself throws where
// site data is blocked (Chromium's setting, managed Chromebooks, some LMS iframes), and a write
// throws when the quota is full: here both fall back to memory, the game goes on, and whoever
// listens is told so (the app shows the player that progress will not be kept).

export type StorageTrouble = 'unavailable' | 'write-failed';

export interface GuardedStorage extends Storage {
  /** False when the browser gave us no storage: everything lasts for this page only. */
  readonly persistent: boolean;
  /** True while everything written is really stored: persistent, and no write is held in memory. */
  readonly keeping: boolean;
  /** Calls fn on every trouble from now on (and at once with 'unavailable' if storage is missing). */
  onTrouble(fn: (trouble: StorageTrouble) => void): () => void;
}

/** The page's localStorage, or null when even looking at it throws. */
function probe(win: { localStorage?: Storage } | undefined): Storage | null {
  try {
    const s = win?.localStorage;
    if (!s) return null;
    const k = 'iw.probe';
    s.setItem(k, '1');
    s.removeItem(k);
    return s;
  } catch {
    return null;
  }
}

/**
 * Wraps `backing` (the page's localStorage by default) so that nothing ever throws: reads that
 * fail answer null, writes that fail are kept in memory for this visit and reported.
 */
export function guardStorage(
  backing: Storage | null = probe(typeof window === 'undefined' ? undefined : window),
): GuardedStorage {
  const memory = new Map<string, string>();
  const removed = new Set<string>(); // removed here while the backing refused the removal
  const listeners = new Set<(trouble: StorageTrouble) => void>();
  const persistent = backing !== null;
  const report = (trouble: StorageTrouble) => {
    for (const fn of listeners) fn(trouble);
  };
  const backingKeys = (): string[] => {
    if (!backing) return [];
    try {
      const out: string[] = [];
      for (let i = 0; i < backing.length; i++) {
        const k = backing.key(i);
        if (k !== null) out.push(k);
      }
      return out;
    } catch {
      return [];
    }
  };
  const keys = () => [...new Set([...backingKeys().filter((k) => !removed.has(k)), ...memory.keys()])];
  const storage: GuardedStorage = {
    persistent,
    get keeping() {
      return persistent && memory.size === 0;
    },
    onTrouble(fn) {
      listeners.add(fn);
      if (!persistent) fn('unavailable');
      return () => listeners.delete(fn);
    },
    getItem(key) {
      if (memory.has(key)) return memory.get(key)!;
      if (removed.has(key) || !backing) return null;
      try {
        return backing.getItem(key);
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      const text = String(value);
      removed.delete(key);
      if (!backing) {
        memory.set(key, text);
        return;
      }
      try {
        backing.setItem(key, text);
        memory.delete(key);
      } catch {
        memory.set(key, text);
        report('write-failed');
      }
    },
    removeItem(key) {
      memory.delete(key);
      if (!backing) return;
      try {
        backing.removeItem(key);
        removed.delete(key);
      } catch {
        removed.add(key);
      }
    },
    clear() {
      for (const k of keys()) storage.removeItem(k);
    },
    key(i) {
      return keys()[i] ?? null;
    },
    get length() {
      return keys().length;
    },
  };
  return storage;
}

/** Whether what the game writes now is kept for the next visit (any plain Storage is trusted). */
export function keepsProgress(storage: Storage): boolean {
  return !('keeping' in storage) || (storage as GuardedStorage).keeping;
}
