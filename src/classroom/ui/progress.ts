// A student's place in a class session, kept on the device only (localStorage) so that a reload
// goes on where it was: the assigned registration, the answers and the results of finished levels.
import type { RegistrationKind } from '../../rules/types';
import type { ResultSummary } from '../../share/result-code';

export interface ClassProgress {
  code: string;
  kind: RegistrationKind | null;
  seat: number | null;
  before: number[] | null;
  after: number[] | null;
  /** One per finished class level, in session order; the quiz is added when the codes are made. */
  results: ResultSummary[];
}

const KEY = 'iw.class';

export function freshProgress(code: string): ClassProgress {
  return { code, kind: null, seat: null, before: null, after: null, results: [] };
}

export function loadProgress(storage: Storage, code: string): ClassProgress {
  try {
    const p = JSON.parse(storage.getItem(KEY) ?? 'null') as ClassProgress | null;
    if (p && p.code === code && Array.isArray(p.results)) return p;
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
