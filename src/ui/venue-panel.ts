// A venue's actions: days, cost, and whether each is open (✓) or walled (lock), computed with unmet.
import { loc, money, t } from '../i18n';
import { actionRequirement, classify, fitThisMonth, rejection, unmet } from '../rules';
import type { Venue } from '../rules/types';
import type { RunStore } from '../store/store';
import { type DialogHandle, openDialog } from './dialog';
import { button, chip, el } from './dom';
import { fitText } from './pace-text';

export function openVenuePanel(
  store: RunStore,
  venue: Venue,
  tryAction: (action: string) => void,
): DialogHandle {
  const level = store.effective;
  const d = openDialog({
    className: 'panel-venue',
    title: () => loc(venue.name),
    body: () => {
      const s = store.state();
      return [
        el('h3', { className: 'sr-only' }, t('venue.actions')),
        el(
          'ul',
          { className: 'actions' },
          ...venue.actions.map((a) => {
            const missing = unmet(actionRequirement(a), s);
            // Only a wall (the registration is why) shows a lock; money or an earlier choice does not.
            const verdict = missing.length ? classify(level, s, actionRequirement(a), missing) : null;
            const walls = verdict?.kind === 'wall' ? missing : [];
            const why = rejection(level, s, { type: 'act', venue: venue.id, action: a.id });
            // Seen from afar too (the panel opens without walking when nothing here fits).
            const later = why === 'already-done' ? null : fitText(a, fitThisMonth(level, s, venue, a));
            const status =
              why === 'already-done'
                ? t('venue.done')
                : later
                  ? later
                  : walls.length
                    ? t('venue.walled')
                    : verdict
                      ? t(`venue.refused.${verdict.kind === 'refusal' ? verdict.reason : 'missing'}`)
                      : t('venue.open');
            // Seen: "Try" under the step's own heading; heard: "Try: Sign a labour contract".
            const tryBtn = button('', () => tryAction(a.id), 'btn btn-primary');
            tryBtn.append(
              el('span', {}, t('pace.try')),
              el('span', { className: 'sr-only' }, `: ${loc(a.name)}`),
            );
            if (why !== null) tryBtn.disabled = true;
            return el(
              'li',
              { className: `action ${walls.length ? 'is-walled' : 'is-open'}` },
              el('h4', {}, loc(a.name)),
              el('p', {}, loc(a.description)),
              el(
                'p',
                { className: 'action-meta' },
                chip('calendar', t('venue.days', { count: a.days })),
                chip('money', a.cost > 0 ? money(a.cost) : t('venue.free')),
                chip(
                  later || why === 'no-time' || (verdict && !walls.length)
                    ? 'hourglass'
                    : walls.length
                      ? 'lock'
                      : 'check',
                  status,
                  later ? 'chip-later' : walls.length ? 'chip-wall' : verdict ? 'chip-refusal' : 'chip-open',
                ),
              ),
              tryBtn,
            );
          }),
        ),
      ];
    },
  });
  return d;
}
