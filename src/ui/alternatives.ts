// The ways still open after a wall or a refusal: one button a way, "Go to the private school:
// enrol", and when it cannot fit this month, why ("— next month"). Pressing one closes the panel
// and walks there.
import { t } from '../i18n';
import { fitThisMonth } from '../rules';
import type { Level, RunState } from '../rules/types';
import { actionName, venueName } from './describe';
import { el, iconButton } from './dom';
import { fitText } from './pace-text';
import type { WallHooks } from './wall-types';

type Way = { venue: string; action: string };

function label(level: Level, s: RunState | null, a: Way): string {
  const text = t('wall.goTo', {
    venue: venueName(level, a.venue),
    action: actionName(level, a.venue, a.action),
  });
  const venue = level.venues.find((v) => v.id === a.venue);
  const action = venue?.actions.find((x) => x.id === a.action);
  const later = s && venue && action ? fitText(action, fitThisMonth(level, s, venue, action)) : null;
  return later ? `${text} (${later})` : text;
}

export function alternativeButtons(
  level: Level,
  state: RunState | null,
  ways: readonly Way[],
  hooks: WallHooks | null,
  close: () => void,
): HTMLElement {
  return el(
    'div',
    { className: 'stack' },
    ...ways.map((a) =>
      iconButton(
        'arrow',
        label(level, state, a),
        () => {
          close();
          hooks?.goTo(a.venue);
        },
        'btn btn-alt',
      ),
    ),
  );
}
