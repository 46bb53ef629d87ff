// Saves the run after every intent, and resumes it: versioned, and a corrupt, older or newer
// save is refused with a reason (the game goes on without it). A finished run stays saved,
// marked ended, until the player starts another: the title offers it as "Your last result".
// Only the run that wrote the save replaces it; an unusable save is set aside, never dropped.
import { isRunRecord, type RunRecord } from './run-record';

export const SAVE_KEY = 'iw.save';
export const SAVE_VERSION = 1;
/** Where an unusable save is kept (a copy, byte for byte) before the slot is freed. */
export const SET_ASIDE_KEY = `${SAVE_KEY}.set-aside`;

export type LoadedSave =
  | { ok: true; record: RunRecord; ended: boolean; nonce?: number }
  | { ok: false; reason: 'none' | 'corrupt' | 'old-version' | 'new-version' };

/** `ended`: the run is over (kept as the last result); `nonce`: its result code's nonce, once shown. */
export function writeSave(
  storage: Pick<Storage, 'setItem'>,
  record: RunRecord,
  ended = false,
  nonce?: number,
): boolean {
  try {
    storage.setItem(
      SAVE_KEY,
      JSON.stringify({
        v: SAVE_VERSION,
        run: record,
        ...(ended ? { ended } : {}),
        ...(ended && nonce !== undefined ? { nonce } : {}),
      }),
    );
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
  const { v, run, ended, nonce } = data as { v: number; run: unknown; ended?: unknown; nonce?: unknown };
  if (v < SAVE_VERSION) return { ok: false, reason: 'old-version' };
  if (v > SAVE_VERSION) return { ok: false, reason: 'new-version' };
  if (!isRunRecord(run)) return { ok: false, reason: 'corrupt' };
  const kept = typeof nonce === 'number' && Number.isInteger(nonce) && nonce >= 0 && nonce <= 0xffff;
  return { ok: true, record: run, ended: ended === true, ...(kept ? { nonce } : {}) };
}

/**
 * Copies the save, as it is, to SET_ASIDE_KEY and only then frees the slot. False (and the save
 * left where it was) when the copy could not be made.
 */
export function setAsideSave(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): boolean {
  try {
    const raw = storage.getItem(SAVE_KEY);
    if (raw === null) return true;
    storage.setItem(SET_ASIDE_KEY, raw);
    if (storage.getItem(SET_ASIDE_KEY) !== raw) return false;
    storage.removeItem(SAVE_KEY);
    return true;
  } catch {
    return false;
  }
}

export function clearSave(storage: Pick<Storage, 'removeItem'>): void {
  try {
    storage.removeItem(SAVE_KEY);
  } catch {
    // nothing to do: storage disabled
  }
}
