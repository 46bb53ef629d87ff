// Saves the run after every intent, and resumes it: versioned, and a corrupt or older save
// is refused with a reason (the game goes on without it).
import { isRunRecord, type RunRecord } from './run-record';

export const SAVE_KEY = 'iw.save';
export const SAVE_VERSION = 1;

export type LoadedSave =
  | { ok: true; record: RunRecord }
  | { ok: false; reason: 'none' | 'corrupt' | 'old-version' | 'new-version' };

export function writeSave(storage: Pick<Storage, 'setItem'>, record: RunRecord): boolean {
  try {
    storage.setItem(SAVE_KEY, JSON.stringify({ v: SAVE_VERSION, run: record }));
    return true;
  } catch {
    return false; // storage full or disabled: the run goes on unsaved
  }
}

export function readSave(storage: Pick<Storage, 'getItem'>): LoadedSave {
  let text: string | null;
  try {
    text = storage.getItem(SAVE_KEY);
  } catch {
    return { ok: false, reason: 'none' };
  }
  if (text === null) return { ok: false, reason: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null || typeof (data as { v?: unknown }).v !== 'number')
    return { ok: false, reason: 'corrupt' };
  const { v, run } = data as { v: number; run: unknown };
  if (v < SAVE_VERSION) return { ok: false, reason: 'old-version' };
  if (v > SAVE_VERSION) return { ok: false, reason: 'new-version' };
  return isRunRecord(run) ? { ok: true, record: run } : { ok: false, reason: 'corrupt' };
}

export function clearSave(storage: Pick<Storage, 'removeItem'>): void {
  try {
    storage.removeItem(SAVE_KEY);
  } catch {
    // nothing to do: storage disabled
  }
}
