// The twin's year as a playback a student steps through: month by month, what you did and what
// your twin did, and the money and goals of both, with the money lines drawn up to that month.
// Previous / Play / Next are buttons (and the arrow keys on the player); each step is also said in
// words, in a polite live region, for screen readers. With reduced motion nothing animates: the
// step changes at once. Reads the report; replays nothing.

import { loc, money, t } from '../i18n';
import type { GameEvent, LifeReport, RunReport } from '../rules';
import type { Level } from '../rules/types';
import { actionName, wallPlace } from './describe';
import { button, el } from './dom';
import './outcome-playback.css';

/** What a life did in one month (1-based): the doors it went through, the walls it met, the cards it answered. */
export function monthDeeds(level: Level, life: LifeReport, month: number): string[] {
  const out: string[] = [];
  let m = 1;
  const name = (venue: string, action: string) =>
    `“${actionName(level, venue, action)}” (${wallPlace(level, venue)})`;
  for (const e of life.events as GameEvent[]) {
    if (e.type === 'monthEnded') {
      m = e.month + 1;
      continue;
    }
    if (m !== month) continue;
    if (e.type === 'granted') out.push(t('outcome.playback.went', { action: name(e.venue, e.action) }));
    else if (e.type === 'blocked' && e.kind === 'wall')
      out.push(t('outcome.playback.walled', { action: name(e.venue, e.action) }));
    else if (e.type === 'choiceMade') {
      const card = level.events.find((x) => x.id === e.event);
      const choice = card?.choices?.find((c) => c.id === e.choice);
      if (card && choice)
        out.push(t('outcome.playback.chose', { card: loc(card.title), choice: loc(choice.label) }));
    }
  }
  return [...new Set(out)];
}

/** The money after each month (index = month), carried forward where a life ended early. */
function series(life: LifeReport, months: number): number[] {
  const out: number[] = [];
  let last = life.timeline[0]?.money ?? 0;
  for (let m = 0; m <= months; m++) {
    const p = life.timeline.find((x) => x.month === m);
    if (p) last = p.money;
    out.push(last);
  }
  return out;
}

function goalsAt(life: LifeReport, m: number): number {
  let g = 0;
  for (const p of life.timeline) if (p.month <= m) g = p.goals.length;
  return g;
}

const reducedMotion = () =>
  document.documentElement.classList.contains('reduce-motion') ||
  (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);

/**
 * The player. `chart(upTo)` draws the money lines up to a month; the player swaps it in at each step.
 * `months` is the last month either life reached.
 */
export function playback(
  level: Level,
  r: RunReport,
  months: number,
  chart: (upTo: number) => SVGElement,
): HTMLElement {
  const twin = r.twin!;
  const you = series(r.you, months);
  const theirs = series(twin, months);
  const goalCount = level.goals.length;
  let at = 0;
  let timer: ReturnType<typeof setInterval> | null = null;

  const figure = el('div', { className: 'playback-chart' });
  const heading = el('p', { className: 'playback-month' });
  const side = (who: 'you' | 'twin', life: LifeReport, money0: number[], cls: string) => {
    const deeds = at === 0 ? [] : monthDeeds(level, life, at);
    return el(
      'div',
      { className: `playback-side ${cls}`, attrs: { 'data-side': who } },
      el('h3', {}, t(who === 'you' ? 'outcome.legendYou' : 'outcome.legendTwin')),
      el(
        'ul',
        { className: 'playback-deeds' },
        ...(at === 0
          ? [el('li', {}, t('outcome.playback.starts'))]
          : deeds.length
            ? deeds.map((d) => el('li', {}, d))
            : [el('li', { className: 'muted' }, t('outcome.playback.quiet'))]),
      ),
      el(
        'p',
        { className: 'playback-numbers' },
        el(
          'span',
          { attrs: { 'data-money': String(money0[at]) } },
          t('outcome.playback.money', { money: money(money0[at]!) }),
        ),
        ' · ',
        el(
          'span',
          { attrs: { 'data-goals': String(goalsAt(life, at)) } },
          t('outcome.playback.goals', { n: goalsAt(life, at), total: goalCount }),
        ),
      ),
    );
  };
  const sides = el('div', { className: 'playback-sides' });
  // Said in words at each step; quiet while playing, so that it does not talk over itself.
  const said = el('p', { className: 'sr-only', attrs: { 'aria-live': 'polite' } });

  const prev = button(t('outcome.playback.prev'), () => go(at - 1), 'btn playback-prev', {
    'aria-label': t('outcome.playback.prevName'),
  });
  const play = button(t('outcome.playback.play'), () => toggle(), 'btn btn-primary playback-play');
  const next = button(t('outcome.playback.next'), () => go(at + 1), 'btn playback-next', {
    'aria-label': t('outcome.playback.nextName'),
  });

  function stop() {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = t('outcome.playback.play');
    play.setAttribute('aria-pressed', 'false');
    said.setAttribute('aria-live', 'polite');
  }
  function toggle() {
    if (timer !== null) return stop();
    if (at >= months) go(0);
    play.textContent = t('outcome.playback.pause');
    play.setAttribute('aria-pressed', 'true');
    said.setAttribute('aria-live', 'off');
    timer = setInterval(
      () => {
        if (!player.isConnected || at >= months) return stop();
        go(at + 1, true);
      },
      reducedMotion() ? 2000 : 1400,
    );
  }
  function go(m: number, playing = false) {
    if (!playing) stop();
    at = Math.max(0, Math.min(months, m));
    player.dataset.month = String(at);
    heading.textContent =
      at === 0 ? t('outcome.playback.startHeading') : t('outcome.playback.month', { m: at, n: months });
    figure.replaceChildren(chart(at));
    figure.classList.toggle('grow', !reducedMotion() && playing);
    sides.replaceChildren(side('you', r.you, you, 'side-you'), side('twin', twin, theirs, 'side-twin'));
    prev.disabled = at === 0;
    next.disabled = at >= months;
    said.textContent = [
      heading.textContent,
      `${t('outcome.legendYou')}: ${(at === 0 ? [] : monthDeeds(level, r.you, at)).join('; ') || t('outcome.playback.quiet')}.`,
      `${t('outcome.legendTwin')}: ${(at === 0 ? [] : monthDeeds(level, twin, at)).join('; ') || t('outcome.playback.quiet')}.`,
      t('outcome.playback.both', {
        you: money(you[at]!),
        twin: money(theirs[at]!),
        yourGoals: goalsAt(r.you, at),
        twinGoals: goalsAt(twin, at),
        total: goalCount,
      }),
    ].join(' ');
  }

  const player: HTMLElement = el(
    'div',
    {
      className: 'playback',
      role: 'group',
      attrs: {
        'aria-label': t('outcome.playback.label'),
        'aria-roledescription': t('outcome.playback.role'),
      },
    },
    heading,
    figure,
    el('div', { className: 'playback-controls' }, prev, play, next),
    sides,
    said,
  );
  player.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowLeft' || ev.key === 'ArrowRight') {
      ev.preventDefault();
      go(at + (ev.key === 'ArrowRight' ? 1 : -1));
    }
  });
  go(0);
  return player;
}
