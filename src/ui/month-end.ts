// The month-end summary: income and costs by cause, the event drawn, and its choices.

import { loc, money, t } from '../i18n';
import type { Ctx } from '../platform/context';
import type { GameEvent, Level } from '../rules/types';
import type { RunStore } from '../store/store';
import { describeCause, statValue } from './describe';
import { openDialog } from './dialog';
import { button, el } from './dom';
import { factCard } from './fact-card';
import { icon } from './icons';
import { type Blocked, wallBody } from './wall-panel';

export interface MonthEndHooks {
  choose(choice: string): readonly GameEvent[];
  done(): void;
}

function moneyLines(level: Level, events: readonly GameEvent[]): Node[] {
  const byCause = new Map<string, number>();
  const others: string[] = [];
  for (const e of events) {
    if (e.type !== 'stat') continue;
    if (e.stat === 'money') byCause.set(e.cause, (byCause.get(e.cause) ?? 0) + e.delta);
    else
      others.push(
        `${t(`stat.${e.stat}`)} ${e.delta > 0 ? '+' : ''}${statValue(e.stat, e.delta)} · ${describeCause(level, e.cause)}`,
      );
  }
  const row = ([cause, n]: [string, number]) =>
    el(
      'li',
      {},
      el('span', {}, describeCause(level, cause)),
      el('span', { className: n < 0 ? 'neg' : 'pos' }, `${n > 0 ? '+' : ''}${money(n)}`),
    );
  const income = [...byCause].filter(([, n]) => n > 0);
  const costs = [...byCause].filter(([, n]) => n < 0);
  const net = [...byCause.values()].reduce((a, b) => a + b, 0);
  const out: Node[] = [];
  if (byCause.size === 0) out.push(el('p', { className: 'muted' }, t('month.nothing')));
  if (income.length)
    out.push(
      el('h3', {}, icon('up'), el('span', {}, t('month.income'))),
      el('ul', { className: 'ledger' }, ...income.map(row)),
    );
  if (costs.length)
    out.push(
      el('h3', {}, icon('down'), el('span', {}, t('month.costs'))),
      el('ul', { className: 'ledger' }, ...costs.map(row)),
    );
  if (byCause.size)
    out.push(el('p', { className: 'net' }, t('month.net', { net: `${net > 0 ? '+' : ''}${money(net)}` })));
  if (others.length)
    out.push(
      el('h3', {}, t('month.other')),
      el('ul', { className: 'plain' }, ...others.map((o) => el('li', {}, o))),
    );
  return out;
}

export function openMonthEnd(
  ctx: Ctx,
  store: RunStore,
  month: number,
  events: readonly GameEvent[],
  hooks: MonthEndHooks,
): void {
  const level = store.effective;
  const drawn = events.find((e) => e.type === 'eventDrawn');
  const card = drawn?.type === 'eventDrawn' ? level.events.find((e) => e.id === drawn.event) : undefined;
  let wall: Blocked | null = null;
  let after: readonly GameEvent[] = [];
  const d = openDialog({
    className: 'panel-wide panel-month',
    dismissable: false,
    title: () => t('month.heading', { m: month }),
    body: () => {
      const pending = store.state().pendingEvent !== null;
      const nodes: Node[] = [...moneyLines(level, events)];
      if (card) {
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
                  wall.kind === 'wall'
                    ? el('p', {}, icon('lock'), el('span', {}, t('month.choiceWalled')))
                    : null,
                  ...wallBody(ctx, level, wall, null, () => {}),
                )
              : null,
            after.length ? el('div', {}, ...moneyLines(level, after)) : null,
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
      if (!pending) cont.dataset.autofocus = '';
      nodes.push(el('div', { className: 'row end' }, cont));
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
