// A venue's actions: days, cost, and whether each is open (✓) or walled (lock), computed with unmet.
import { loc, money, t } from '../i18n';
import { actionRequirement, classify, rejection, unmet } from '../rules';
import type { Venue } from '../rules/types';
import type { RunStore } from '../store/store';
import { type DialogHandle, openDialog } from './dialog';
import { button, chip, el } from './dom';

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
            const status =
              why === 'already-done'
                ? t('venue.done')
                : why === 'no-time'
                  ? t('venue.noTime')
                  : walls.length
                    ? t('venue.walled')
                    : verdict
                      ? t(`venue.refused.${verdict.kind === 'refusal' ? verdict.reason : 'missing'}`)
                      : t('venue.open');
            const tryBtn = button(
              t('venue.try', { name: loc(a.name) }),
              () => tryAction(a.id),
              'btn btn-primary',
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
                  why === 'no-time' || (verdict && !walls.length)
                    ? 'hourglass'
                    : walls.length
                      ? 'lock'
                      : 'check',
                  status,
                  walls.length ? 'chip-wall' : verdict ? 'chip-refusal' : 'chip-open',
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
