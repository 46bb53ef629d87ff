// A student's place in a class session, kept on the device only (localStorage) so that a reload
// goes on where it was: the assigned registration, the answers and the results of finished levels.
import type { RegistrationKind } from '../../rules/types';
import { isResultSummary, type ResultSummary } from '../../share/result-code';

export interface ClassProgress {
  code: string;
  kind: RegistrationKind | null;
  seat: number | null;
  before: number[] | null;
  after: number[] | null;
  /** One per finished class level, in session order; the quiz is added when the codes are made. */
  results: ResultSummary[];
  /** The class result code of each finished level (see class-result.ts), in session order. */
  codes: string[];
  /** The class level this student started on this device (a reload resumes only that run). */
  playing: string | null;
}

const KEY = 'iw.class';

export function freshProgress(code: string): ClassProgress {
  return { code, kind: null, seat: null, before: null, after: null, results: [], codes: [], playing: null };
}

const answers = (x: unknown): x is number[] | null =>
  x === null ||
  (Array.isArray(x) && x.length <= 8 && x.every((n) => Number.isInteger(n) && n >= 0 && n <= 255));

/** Checks untrusted data (the page's storage can hold anything) the way a save is checked. */
export function isClassProgress(x: unknown): x is ClassProgress {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Record<string, unknown>;
  return (
    typeof p.code === 'string' &&
    p.code.length <= 64 &&
    (p.kind === null || p.kind === 'rural' || p.kind === 'urban') &&
    (p.seat === null || Number.isSafeInteger(p.seat)) &&
    answers(p.before) &&
    answers(p.after) &&
    Array.isArray(p.results) &&
    p.results.length <= 3 &&
    p.results.every(isResultSummary) &&
    (p.codes === undefined ||
      (Array.isArray(p.codes) &&
        p.codes.length <= 3 &&
        p.codes.every((c) => typeof c === 'string' && c.length <= 64))) &&
    (p.playing === undefined ||
      p.playing === null ||
      (typeof p.playing === 'string' && p.playing.length <= 64))
  );
}

/** The student's place in this class, or a fresh start when there is none or it is malformed. */
export function loadProgress(storage: Pick<Storage, 'getItem'>, code: string): ClassProgress {
  try {
    const p: unknown = JSON.parse(storage.getItem(KEY) ?? 'null');
    if (isClassProgress(p) && p.code === code)
      return { ...p, codes: p.codes ?? [], playing: p.playing ?? null };
  } catch {
    // unreadable: start the class again
  }
  return freshProgress(code);
}

export function saveProgress(storage: Storage, p: ClassProgress): void {
  try {
    storage.setItem(KEY, JSON.stringify(p));
  } catch {
    // storage full or disabled: the class still plays, only a reload loses the place
  }
}
