// The words for pace: "8 days left: walk 2 + enrol 7 — next month", shown before a wasted walk.
import { loc, t } from '../i18n';
import type { ActionDef, Fit } from '../rules';

/** Why a step does not fit this month, or null when it does. */
export function fitText(action: ActionDef, fit: Fit): string | null {
  if (fit.fits) return null;
  const name = loc(action.name);
  if (fit.walk === 0) return t('pace.nextMonthHere', { left: fit.left, action: name, days: fit.days });
  if (fit.walk > fit.left) return t('pace.tooFar', { left: fit.left, walk: fit.walk });
  return t('pace.nextMonth', { left: fit.left, walk: fit.walk, action: name, days: fit.days });
}
