// The DOM mirror of the map: one button per venue with its name, district and walk time.
// Tab / Shift+Tab cycle the venues; Enter walks there and opens the venue.
import { loc, t } from '../i18n';
import { venueFit, walkDays } from '../rules';
import type { RunStore } from '../store/store';
import { button, el } from './dom';
import { icon } from './icons';
import { fitText } from './pace-text';

export function renderVenueList(root: HTMLElement, store: RunStore, go: (venue: string) => void): void {
  const s = store.state();
  const level = store.effective;
  const here = level.venues.find((v) => v.id === s.at);
  root.replaceChildren(
    el('h2', { className: 'places-title', id: 'places-title' }, t('hud.places')),
    el(
      'ul',
      { className: 'places' },
      ...level.venues.map((v) => {
        const days = walkDays(level, here, v);
        // Marked before the walk: nothing left here fits this month with the walk counted.
        const best = venueFit(level, s, v);
        const later = best ? fitText(best.action, best.fit) : null;
        const b = button(
          '',
          () => go(v.id),
          `btn place${v.id === s.at ? ' is-here' : ''}${later ? ' is-later' : ''}`,
          {
            'data-venue': v.id,
          },
        );
        // Read as "Electronics factory, Industrial park, 2 days' walk"; the district is for
        // screen readers only, the walk is seen too.
        const district = loc(level.districts.find((d) => d.id === v.district)?.name);
        b.append(
          el('span', { className: 'place-name' }, loc(v.name)),
          el('span', { className: 'sr-only' }, district ? t('access.inDistrict', { district }) : ', '),
          el(
            'span',
            { className: 'place-walk' },
            icon(v.id === s.at ? 'pin' : 'walk'),
            el('span', {}, v.id === s.at ? t('hud.walkNone') : t('hud.walkDays', { count: days })),
          ),
        );
        if (later) b.append(el('span', { className: 'place-later' }, later));
        return el('li', {}, b);
      }),
    ),
  );
}
