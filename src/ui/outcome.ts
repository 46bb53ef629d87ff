// The outcome: why the run ended, where you stand, the goals, the walls; then the twin (same
// intents and luck, the other registration), what the result came from, and the reform lens.
import type { OutcomeData } from '../app/share-hook';
import type { Content } from '../content/load';
import { loc, money, t } from '../i18n';
import { compare, intentsOf, type Outcome, outcome, replay, STATS, twinRegistration } from '../rules';
import type { Level, Policy, RunState } from '../rules/types';
import { resultCodeBlock } from '../share/ui/result-block';
import { actionName, statValue, wallPlace } from './describe';
import { el, iconButton, mark } from './dom';
import { reformMade, rulesAsOf } from './rules-year';

export interface OutcomeHooks {
  playAgain(): void;
  otherRegistration(registrationId: string): void;
  next: (() => void) | null;
  share(data: OutcomeData): void;
  title(): void;
}

function wallLabel(level: Level, key: string): { action: string; venue: string } {
  const [venue = '', action = ''] = key.split('/');
  return { action: actionName(level, venue, action), venue: wallPlace(level, venue) };
}

function statsTable(level: Level, cols: { head: string; o: Outcome }[]): HTMLElement {
  return el(
    'table',
    { className: 'stats-table' },
    el(
      'thead',
      {},
      el('tr', {}, el('th', {}, ''), ...cols.map((c) => el('th', { attrs: { scope: 'col' } }, c.head))),
    ),
    el(
      'tbody',
      {},
      ...STATS.map((s) =>
        el(
          'tr',
          {},
          el('th', { attrs: { scope: 'row' } }, t(`stat.${s}`)),
          ...cols.map((c) => el('td', {}, statValue(s, c.o.stats[s]))),
        ),
      ),
      el(
        'tr',
        {},
        el('th', { attrs: { scope: 'row' } }, t('outcome.goalsMet')),
        ...cols.map((c) => el('td', {}, `${c.o.goals.filter((g) => g.met).length} / ${level.goals.length}`)),
      ),
      el(
        'tr',
        {},
        el('th', { attrs: { scope: 'row' } }, t('outcome.walls')),
        ...cols.map((c) => el('td', {}, String(c.o.walls.length))),
      ),
    ),
  );
}

const signed = (n: number, f: (n: number) => string = String) =>
  `${n > 0 ? '+' : n < 0 ? '−' : '±'}${f(Math.abs(n))}`;

export function renderOutcome(
  root: HTMLElement,
  content: Content,
  level: Level,
  policy: Policy | null,
  state: RunState,
  hooks: OutcomeHooks,
): void {
  const intents = intentsOf(state);
  const mine = replay(level, state.seed, state.registrationId, policy, intents)!;
  const me = outcome(level, mine.state, mine.events);
  const myReg = level.registrations.find((r) => r.id === state.registrationId)!;
  const twinReg = twinRegistration(level, state.registrationId)!;
  const twinRun = replay(level, state.seed, twinReg.id, policy, intents)!;
  const twin = outcome(level, twinRun.state, twinRun.events);
  const gap = compare(me, twin);
  const goalName = (id: string) => loc(level.goals.find((g) => g.id === id)?.name);

  const diffs: string[] = [
    ...gap.goalsOnlyA.map((g) => t('outcome.diffGoalYou', { goal: goalName(g) })),
    ...gap.goalsOnlyB.map((g) => t('outcome.diffGoalTwin', { goal: goalName(g) })),
    ...gap.wallsOnlyA.map((w) => t('outcome.diffWallYou', wallLabel(level, w))),
    ...gap.wallsOnlyB.map((w) => t('outcome.diffWallTwin', wallLabel(level, w))),
    ...STATS.filter((s) => gap.statGap[s] !== 0).map((s) =>
      t('outcome.diffStat', { stat: t(`stat.${s}`), gap: signed(gap.statGap[s], (n) => statValue(s, n)) }),
    ),
  ];
  const goalGap = twin.goals.filter((g) => g.met).length - me.goals.filter((g) => g.met).length;

  const reforms = level.policies.map((pid) => {
    const p = content.policies.get(pid) ?? null;
    const run = replay(level, state.seed, state.registrationId, p, intents)!;
    const o = outcome(level, run.state, run.events);
    return { pid, p, o, fell: compare(me, o).wallsOnlyA };
  });

  const summary = t('share.summary', {
    title: loc(level.title),
    reg: loc(myReg.name),
    goals: me.goals.filter((g) => g.met).length,
    total: level.goals.length,
    walls: me.walls.length,
    twin: loc(twinReg.name),
    twinGoals: twin.goals.filter((g) => g.met).length,
  });
  const nextIdx = content.order.indexOf(level.id) + 1;

  root.replaceChildren(
    el(
      'div',
      { className: 'screen screen-outcome' },
      el('h1', {}, t('outcome.heading', { title: loc(level.title) })),
      el('p', { className: 'lead' }, t(`outcome.reason.${me.ended ?? 'months'}`)),
      el('p', {}, rulesAsOf(level)),
      el(
        'section',
        { className: 'card' },
        el('h2', {}, t('outcome.goals')),
        el(
          'ul',
          { className: 'goal-list' },
          ...me.goals.map((g) =>
            el(
              'li',
              {},
              el('span', {}, goalName(g.id)),
              mark(g.met, g.met ? t('outcome.met') : t('outcome.missed')),
            ),
          ),
        ),
        el('h2', {}, t('outcome.walls')),
        me.walls.length
          ? el(
              'ul',
              { className: 'plain' },
              ...me.walls.map((w) =>
                el(
                  'li',
                  {},
                  t('journal.entry', {
                    m: w.month,
                    action: actionName(level, w.venue, w.action),
                    venue: wallPlace(level, w.venue),
                  }),
                ),
              ),
            )
          : el('p', { className: 'muted' }, t('outcome.wallsNone')),
      ),
      el(
        'section',
        { className: 'card twin', id: 'twin' },
        el('h2', {}, t('outcome.twin')),
        el('p', {}, t('outcome.twinIntro', { reg: loc(twinReg.name) })),
        statsTable(level, [
          { head: t('outcome.you', { reg: t(`reg.${myReg.kind}`) }), o: me },
          { head: t('outcome.them', { reg: t(`reg.${twinReg.kind}`) }), o: twin },
        ]),
        el(
          'ul',
          { className: 'diffs' },
          ...(diffs.length ? diffs : [t('outcome.same')]).map((d) => el('li', {}, d)),
        ),
      ),
      el(
        'section',
        { className: 'card split' },
        el('h2', {}, t('outcome.split')),
        el(
          'ul',
          { className: 'plain' },
          el(
            'li',
            {},
            t('outcome.splitWalls', {
              money: signed(gap.statGap.money, (n) => money(n)),
              family: signed(gap.statGap.family),
              goals: signed(goalGap),
            }),
          ),
          el(
            'li',
            {},
            t('outcome.splitLuck', {
              money: signed(me.luck.money ?? 0, (n) => money(n)),
              health: signed(me.luck.health ?? 0),
              family: signed(me.luck.family ?? 0),
            }),
          ),
          el('li', {}, t('outcome.splitChoices')),
        ),
      ),
      reformMade(content, level),
      el(
        'section',
        { className: 'card reform' },
        el('h2', {}, t('outcome.reform')),
        el('p', {}, t('outcome.reformIntro')),
        el(
          'table',
          { className: 'stats-table' },
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              ...['policy', 'goalsMet', 'money', 'wallsFell'].map((k) =>
                el('th', { attrs: { scope: 'col' } }, t(`outcome.${k}`)),
              ),
            ),
          ),
          el(
            'tbody',
            {},
            ...reforms.map((r) =>
              el(
                'tr',
                {},
                el(
                  'th',
                  { attrs: { scope: 'row' } },
                  `${loc(r.p?.name) || r.pid}${r.pid === state.policyId ? ` ${t('outcome.current')}` : ''}`,
                ),
                el('td', {}, `${r.o.goals.filter((g) => g.met).length} / ${level.goals.length}`),
                el('td', {}, money(r.o.stats.money)),
                el(
                  'td',
                  {},
                  r.fell.length
                    ? r.fell.map((w) => wallLabel(level, w).action).join(', ')
                    : t('outcome.none'),
                ),
              ),
            ),
          ),
        ),
      ),
      resultCodeBlock(level, state, twinRun.state),
      el(
        'div',
        { className: 'row outcome-buttons' },
        iconButton('play', t('outcome.playAgain'), hooks.playAgain, 'btn btn-primary', {
          'data-autofocus': '',
        }),
        iconButton('arrow', t('outcome.otherReg'), () => hooks.otherRegistration(twinReg.id), 'btn'),
        hooks.next && nextIdx > 0 && nextIdx < content.order.length
          ? iconButton('next', t('outcome.next'), hooks.next, 'btn')
          : null,
        iconButton(
          'share',
          t('outcome.share'),
          () =>
            hooks.share({
              summary,
              levelId: level.id,
              seed: state.seed,
              registrationId: state.registrationId,
              level,
              policy,
              state,
            }),
          'btn',
        ),
        iconButton('home', t('outcome.title'), hooks.title, 'btn'),
      ),
    ),
  );
  root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
}
