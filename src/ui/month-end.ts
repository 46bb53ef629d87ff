// The month end in three short lines: a money bar (income against costs), then what changed and
// why ("Family −6: your child is out of school"), the full ledger folded under Details. Then the
// card drawn, if any, and its choices. A month with nothing to choose offers "Wait until something
// changes": the quiet months pass in one panel and one line ("2 quiet months: in +¥9,200, out −¥3,000").
import { loc, money, t } from '../i18n';
import type { Ctx } from '../platform/context';
import { drawnBefore, hasChoice, stopsWaiting } from '../rules';
import type { EventCard, GameEvent, Level, StatName } from '../rules/types';
import type { RunStore } from '../store/store';
import { openDialog } from './dialog';
import { button, disclosure, el } from './dom';
import { factCard } from './fact-card';
import { SHOWN_CHANGES, type Summary, signedText, summarize } from './month-summary';
import { wallMomentBody } from './wall-moment';
import { type Blocked, refusalBody } from './wall-panel';

export interface MonthEndHooks {
  choose(choice: string): readonly GameEvent[];
  /** Ends the next month (for "wait until something changes"); the events it gave. */
  endMonth(): readonly GameEvent[];
  done(): void;
}

/** The longest quiet stretch one "wait" passes. */
const MAX_WAIT = 12;

/** A signed amount that never breaks between its sign and its number (U+2212 minus, nowrap). */
export function signedNode(stat: StatName, n: number, className = ''): HTMLElement {
  const text = stat === 'money' ? money(n) : `${n < 0 ? '−' : ''}${Math.abs(n)}`;
  return el(
    'span',
    { className: `nowrap ${n < 0 ? 'neg' : 'pos'} ${className}` },
    `${n > 0 ? '+' : ''}${text}`,
  );
}

/** Income against costs as two bars, with the amounts in words beside them. */
function moneyBar(sum: Summary, months: number): HTMLElement {
  const top = Math.max(sum.income, -sum.costs, 1);
  const bar = (cls: string, n: number) => {
    const b = el('span', { className: `bar ${cls}`, attrs: { 'aria-hidden': 'true' } });
    // Through the CSSOM: the page's policy forbids style attributes.
    b.style.width = `${Math.round((Math.abs(n) / top) * 100)}%`;
    return b;
  };
  const row = (label: string, cls: string, n: number) =>
    el(
      'div',
      { className: 'bar-row' },
      el('span', { className: 'bar-label' }, label),
      el('span', { className: 'bar-track' }, bar(cls, n)),
      signedNode('money', n),
    );
  const net = sum.income + sum.costs;
  return el(
    'div',
    { className: 'money-bar' },
    months > 1 ? el('p', { className: 'quiet-line' }, t('pace.quiet', { count: months })) : null,
    row(t('month.income'), 'bar-in', sum.income),
    row(t('month.costs'), 'bar-out', sum.costs),
    el(
      'p',
      { className: 'net' },
      t('month.net', { net: '' }).trim(),
      ' ',
      net === 0 ? el('span', { className: 'nowrap' }, money(0)) : signedNode('money', net),
    ),
  );
}

type Change = Summary['changes'][number];

/** One change and why, e.g. "Health −5: worked a double shift". */
function changeLine(c: Change): HTMLElement {
  return el(
    'li',
    {},
    el('span', { className: 'nowrap' }, `${t(`stat.${c.stat}`)} `, signedNode(c.stat, c.delta)),
    el('span', {}, `${t('pace.because')}${c.why}`),
  );
}

/** Up to two lines of what changed and why; the rest goes to the details. */
function changeLines(sum: Summary): HTMLElement | null {
  const shown = sum.changes.slice(0, SHOWN_CHANGES);
  return shown.length ? el('ul', { className: 'changes' }, ...shown.map(changeLine)) : null;
}

/** Every line, folded: money by cause, and every other change. */
function details(sum: Summary): HTMLElement {
  const row = ([cause, n]: [string, number]) => el('li', {}, el('span', {}, cause), signedNode('money', n));
  return disclosure(
    t('pace.details'),
    { className: 'month-details' },
    el('ul', { className: 'ledger' }, ...[...sum.byCause].map(row)),
    sum.changes.length
      ? el(
          'ul',
          { className: 'plain' },
          ...sum.changes.map((c) =>
            el('li', {}, `${t(`stat.${c.stat}`)} ${signedText(c.stat, c.delta)}${t('pace.because')}${c.why}`),
          ),
        )
      : null,
  );
}

/** A recurring card seen before: it shows as one running line, not as a new card. */
function isRepeat(level: Level, store: RunStore, card: EventCard): boolean {
  if (!card.recurs || (card.choices?.length ?? 0) > 0) return false;
  const s = store.state();
  return drawnBefore(level, s.seed, s.month).has(card.id);
}

export function openMonthEnd(
  ctx: Ctx,
  store: RunStore,
  month: number,
  events: readonly GameEvent[],
  hooks: MonthEndHooks,
): void {
  const level = store.effective;
  let all: GameEvent[] = [...events];
  let months = 1;
  let lastMonth = month;
  let wall: Blocked | null = null;
  let after: readonly GameEvent[] = [];
  const cardOf = (evs: readonly GameEvent[]): EventCard | undefined => {
    const drawn = [...evs].reverse().find((e) => e.type === 'eventDrawn');
    return drawn?.type === 'eventDrawn' ? level.events.find((e) => e.id === drawn.event) : undefined;
  };
  let card = cardOf(events);

  const wait = () => {
    let passed = 0;
    while (passed < MAX_WAIT) {
      const evs = hooks.endMonth();
      if (!evs.some((e) => e.type === 'monthEnded')) break;
      all = [...all, ...evs];
      passed++;
      if (stopsWaiting(level, store.state(), evs)) break;
    }
    months += passed;
    lastMonth += passed;
    card = cardOf(all);
    wall = null;
    after = [];
    d.refresh();
  };

  const d = openDialog({
    className: 'panel-wide panel-month',
    dismissable: false,
    title: () =>
      months > 1 ? t('pace.quietHeading', { from: month, to: lastMonth }) : t('month.heading', { m: month }),
    body: () => {
      const s = store.state();
      const pending = s.pendingEvent !== null;
      const sum = summarize(level, [...all, ...after]);
      const nodes: Node[] = [moneyBar(sum, months)];
      const lines = changeLines(sum);
      if (lines) nodes.push(lines);
      nodes.push(details(sum));
      if (card && !isRepeat(level, store, card)) {
        nodes.push(
          el(
            'section',
            { className: 'event-card' },
            el('p', { className: 'eyebrow' }, t('month.event')),
            el('h3', {}, loc(card.title)),
            el('p', {}, loc(card.text)),
            card.choices?.length
              ? el(
                  'div',
                  { className: 'stack', role: 'group', attrs: { 'aria-label': t('month.choose') } },
                  ...card.choices.map((c) => {
                    const b = button(
                      loc(c.label),
                      () => {
                        const evs = hooks.choose(c.id);
                        const blocked = evs.find((e): e is Blocked => e.type === 'blocked');
                        wall = blocked ?? null;
                        if (!blocked) after = evs;
                        d.refresh();
                      },
                      'btn btn-choice',
                    );
                    b.disabled = !pending;
                    return b;
                  }),
                )
              : null,
            wall
              ? el(
                  'div',
                  { className: 'inline-wall', role: 'alert' },
                  // A wall reads as it does at a venue (sentence, checklist, Why?); a refusal as a refusal.
                  ...(wall.kind === 'wall'
                    ? wallMomentBody(
                        ctx,
                        level,
                        wall,
                        s,
                        null,
                        () => {},
                        !wall.facts.every((f) => card?.facts.includes(f)),
                      )
                    : refusalBody(level, wall, null, () => {})),
                )
              : null,
            factCard(ctx.content, card.facts),
          ),
        );
      }
      const cont = button(
        t('month.continue'),
        () => {
          d.close();
          hooks.done();
        },
        'btn btn-primary',
      );
      cont.disabled = pending;
      const row = el('div', { className: 'row end' }, cont);
      // Nothing to choose in the month ahead: let it pass, with the ones after it, in one line.
      const quiet = !pending && !s.ended && !hasChoice(level, s);
      if (quiet) {
        const w = button(t('pace.wait'), wait, 'btn btn-wait');
        w.dataset.autofocus = '';
        row.append(w);
        nodes.push(el('p', { className: 'muted quiet-hint' }, t('pace.nothingToChoose')));
      } else if (!pending) cont.dataset.autofocus = '';
      nodes.push(row);
      return nodes;
    },
  });
}

/** The month end in one sentence for the live region: the net change and the event drawn. */
export function monthNews(level: Level, month: number, events: readonly GameEvent[]): string {
  const net = events.reduce((n, e) => (e.type === 'stat' && e.stat === 'money' ? n + e.delta : n), 0);
  const drawn = events.find((e) => e.type === 'eventDrawn');
  const card = drawn?.type === 'eventDrawn' ? level.events.find((e) => e.id === drawn.event) : undefined;
  const text = t('access.monthEnd', {
    m: month,
    net: t('month.net', { net: `${net > 0 ? '+' : ''}${money(net)}` }),
  });
  return card ? `${text} ${t('access.event', { title: loc(card.title) })}` : text;
}
