// The wall: every unmet condition with have/need, the ways still open, and the fact behind it.

import { t } from '../i18n';
import type { Ctx } from '../platform/context';
import { reduced } from '../platform/context';
import { fitThisMonth } from '../rules';
import type { Level, RunState } from '../rules/types';
import { actionName, describeUnmet, venueName } from './describe';
import { openDialog } from './dialog';
import { button, el, iconButton } from './dom';
import { factCard } from './fact-card';
import { openGlossary } from './glossary';
import { icon } from './icons';
import { fitText } from './pace-text';
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
      ? [
          el(
            'div',
            { className: 'stack' },
            ...b.alternatives.map((a) =>
              iconButton(
                'arrow',
                t('wall.goTo', {
                  venue: venueName(level, a.venue),
                  action: actionName(level, a.venue, a.action),
                }),
                () => {
                  close();
                  hooks?.goTo(a.venue);
                },
                'btn btn-alt',
              ),
            ),
          ),
        ]
      : []),
  ];
}

/** The wall's content, also used inline in the month-end panel when a choice is walled. */
/** "Go to the private school: enrol", and when it cannot fit this month, why: "… — next month". */
function altLabel(level: Level, s: RunState | null, a: { venue: string; action: string }): string {
  const label = t('wall.goTo', {
    venue: venueName(level, a.venue),
    action: actionName(level, a.venue, a.action),
  });
  const venue = level.venues.find((v) => v.id === a.venue);
  const action = venue?.actions.find((x) => x.id === a.action);
  const later = s && venue && action ? fitText(action, fitThisMonth(level, s, venue, action)) : null;
  return later ? `${label} (${later})` : label;
}

export function wallBody(
  ctx: Ctx,
  level: Level,
  b: Blocked,
  hooks: WallHooks | null,
  close: () => void,
  state: RunState | null = null,
): Node[] {
  if (b.kind === 'refusal') return refusalBody(level, b, hooks, close);
  const list = el(
    'ul',
    { className: 'unmet-list' },
    ...b.unmet.map((u) => el('li', {}, icon('lock'), el('span', {}, describeUnmet(level, u)))),
  );
  const alts =
    b.source === 'venue'
      ? el(
          'section',
          { className: 'alts' },
          el('h3', {}, t('wall.alternatives')),
          b.alternatives.length === 0
            ? el('p', { className: 'muted' }, t('wall.noAlternatives'))
            : el(
                'div',
                { className: 'stack' },
                ...b.alternatives.map((a) =>
                  iconButton(
                    'arrow',
                    altLabel(level, state, a),
                    () => {
                      close();
                      hooks?.goTo(a.venue);
                    },
                    'btn btn-alt',
                  ),
                ),
              ),
        )
      : null;
  return [
    el('div', {
      className: `wall-graphic${reduced(ctx) ? '' : ' wall-rise'}`,
      attrs: { 'aria-hidden': 'true' },
    }),
    el('h3', {}, t('wall.missing')),
    list,
    alts,
    factCard(ctx.content, b.facts),
    iconButton('book', t('wall.glossary'), () => openGlossary(), 'btn btn-link'),
  ].filter((x): x is HTMLElement => x !== null);
}

export function openWall(ctx: Ctx, level: Level, b: Blocked, hooks: WallHooks, onClose?: () => void): void {
  const state = hooks.state?.() ?? null;
  // The wall's sound (sfx-wall) comes from audio.playForEvents on the blocked event.
  const refusal = b.kind === 'refusal';
  const d = openDialog({
    className: refusal ? 'panel-refusal' : 'panel-wall',
    title: () =>
      t(refusal ? 'refusal.heading' : 'wall.heading', { action: actionName(level, b.venue, b.action) }),
    body: () => [
      ...(b.kind === 'wall' && state && b.source === 'venue'
        ? wallMomentBody(ctx, level, b, state, hooks, () => d.close())
        : wallBody(ctx, level, b, hooks, () => d.close(), state)),
      el(
        'div',
        { className: 'row end' },
        button(t('wall.close'), () => d.close(), 'btn btn-primary'),
      ),
    ],
    onClose,
  });
}
