// A finished run's result code, with the one nonce it keeps across redraws and reloads. Kept out
// of the result block's UI so that the app shell and the SCORM bridge need no share UI to load.
import type { Level, RunState } from '../rules/types';
import { encodeResult, resultFromRun } from './result-code';

// One nonce per finished run, kept across redraws (a language switch must not change the code).
const nonces = new WeakMap<RunState, number>();

/** The nonce a finished run's code carries (drawn on first show; the app keeps it in the save). */
export function nonceOf(state: RunState): number | undefined {
  return nonces.get(state);
}

/** Gives a run brought back from the save the nonce its code had, so the code stays the same. */
export function keepNonce(state: RunState, nonce: number): void {
  nonces.set(state, nonce);
}

export function resultCodeFor(level: Level, state: RunState, twin: RunState | null): string {
  let nonce = nonces.get(state);
  if (nonce === undefined) {
    nonce = crypto.getRandomValues(new Uint16Array(1))[0]!;
    nonces.set(state, nonce);
  }
  return encodeResult(resultFromRun(level, state, twin, null, { nonce }));
}
