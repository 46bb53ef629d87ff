// What an intent is, checked without the rest of the rules: a saved run's record is read on the
// title (store/run-record.ts), whose script must not carry the rules that play it.
import type { Intent } from './types';

/**
 * Whether `x` is an intent the rules understand. `exact`: no field beyond the intent's own (a
 * stored run record must be exactly its intents, so a code or a save cannot smuggle data in).
 */
export function isIntent(x: unknown, exact = false): x is Intent {
  if (typeof x !== 'object' || x === null) return false;
  const i = x as Record<string, unknown>;
  switch (i.type) {
    case 'move':
      return typeof i.venue === 'string' && fieldCount(i, 2, exact);
    case 'act':
      return typeof i.venue === 'string' && typeof i.action === 'string' && fieldCount(i, 3, exact);
    case 'choose':
      return typeof i.choice === 'string' && fieldCount(i, 2, exact);
    case 'endMonth':
    case 'finish':
      return fieldCount(i, 1, exact);
    default:
      return false;
  }
}

/**
 * Whether an object has exactly `n` fields, when `exact` asks for it. A function of its own, not
 * a closure in isIntent: every step checks its intent, and a closure per call was a tenth of a
 * bot game's time (tsx also wraps named closures to keep their names).
 */
function fieldCount(i: object, n: number, exact: boolean): boolean {
  return !exact || Object.keys(i).length === n;
}
