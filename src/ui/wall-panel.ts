// The panel that opens when an action is refused: a wall (the registration is why: the wall
// moment, ui/wall-moment.ts) or a refusal (money, days, the player's own choice: its own words).

import { t } from '../i18n';
import type { Ctx } from '../platform/context';
import type { Level } from '../rules/types';
import { alternativeButtons } from './alternatives';
import { actionName, describeUnmet } from './describe';
import { openDialog } from './dialog';
import { button, el } from './dom';
import { wallMomentBody } from './wall-moment';
import type { Blocked, WallHooks } from './wall-types';

export type { Blocked, WallHooks };

/** A refusal that is not a wall: its own words, what is missing, no hukou fact, no wall graphic. */
export function refusalBody(level: Level, b: Blocked, hooks: WallHooks | null, close: () => void): Node[] {
  return [
    el('p', { className: 'refusal-why' }, t(`refusal.${b.reason ?? 'missing'}`)),
    el(
      'ul',
      { className: 'unmet-list refusal-list' },
      ...b.unmet.map((u) => el('li', {}, el('span', {}, describeUnmet(level, u)))),
    ),
    el('p', { className: 'muted' }, t('refusal.noFact')),
    ...(b.source === 'venue' && b.alternatives.length
      ? [alternativeButtons(level, hooks?.state() ?? null, b.alternatives, hooks, close)]
      : []),
  ];
}

export function openWall(ctx: Ctx, level: Level, b: Blocked, hooks: WallHooks, onClose?: () => void): void {
  // The wall's sound (sfx-wall) comes from audio.playForEvents on the blocked event.
  const refusal = b.kind === 'refusal';
  const d = openDialog({
    className: refusal ? 'panel-refusal' : 'panel-wall',
    title: () =>
      t(refusal ? 'refusal.heading' : 'wall.heading', { action: actionName(level, b.venue, b.action) }),
    body: () => [
      ...(refusal
        ? refusalBody(level, b, hooks, () => d.close())
        : wallMomentBody(ctx, level, b, hooks.state(), hooks, () => d.close())),
      el(
        'div',
        { className: 'row end' },
        button(t('wall.close'), () => d.close(), 'btn btn-primary'),
      ),
    ],
    onClose,
  });
}
