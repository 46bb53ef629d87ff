// The comparison in human terms: the two or three differences that matter as sentences, where
// your money came from (adding up), you and your twin side by side with every sign in words, and
// the walls apart from the other refusals. Reads the run's report; replays nothing.
import { loc, money, t } from '../i18n';
import type { LifeReport, RunReport, TwinMove } from '../rules';
import type { Level } from '../rules/types';
import { actionName, wallPlace } from './describe';
import { el } from './dom';

const split = (k: string) => {
  const [venue = '', action = ''] = k.split('/');
  return { venue, action };
};

/** What a life paid for an action it went through: its one-off price plus the place it took, month by month. */
export function paidFor(level: Level, life: LifeReport, key: string): { money: number; months: number } {
  const { venue, action } = split(key);
  const def = level.venues.find((v) => v.id === venue)?.actions.find((a) => a.id === action);
  if (!def) return { money: 0, months: 0 };
  const went = life.events.some((e) => e.type === 'granted' && e.venue === venue && e.action === action);
  let paid = went ? def.cost : 0;
  let months = 0;
  for (const eff of def.effects) {
    if (eff.type !== 'take') continue;
    const cause = `${eff.slot}:${eff.option}`;
    for (const e of life.events) {
      if (e.type !== 'stat' || e.stat !== 'money' || e.cause !== cause) continue;
      paid -= e.delta;
      months++;
    }
  }
  return { money: paid, months };
}

function paidText(p: { money: number; months: number }): string {
  if (p.money <= 0) return t('outcome.paid.none');
  return p.months > 1
    ? t('outcome.paid.months', { money: money(p.money), count: p.months })
    : t('outcome.paid.once', { money: money(p.money) });
}

function place(level: Level, key: string): { name: string; where: string } {
  const { venue, action } = split(key);
  return { name: actionName(level, venue, action), where: wallPlace(level, venue) };
}

function moveSentence(level: Level, r: RunReport, m: TwinMove, twinReg: string): string | null {
  const yours = place(level, m.yours);
  const theirs = m.theirs ? place(level, m.theirs) : null;
  const common = { yours: yours.name, yoursPlace: yours.where, twinReg };
  switch (m.kind) {
    case 'open-door': {
      // When you later went round, the "skipped" move tells the cost; say it once, as "instead".
      const round = r.twinMoves.find((x) => x.kind === 'skipped' && alternativeOf(level, x.yours, m.yours));
      if (round) return insteadSentence(level, r, round.yours, m.yours);
      return t('outcome.lead.opened', common);
    }
    case 'instead':
      return theirs ? insteadSentence(level, r, m.yours, m.theirs!) : null;
    case 'skipped':
    case 'home':
    case 'has':
      return null;
    case 'alternative':
      return theirs
        ? t('outcome.lead.round', {
            ...common,
            theirs: theirs.name,
            theirsPlace: theirs.where,
            twinPaid: paidText(paidFor(level, r.twin!, m.theirs!)),
          })
        : null;
    case 'walled':
      return t('outcome.lead.walledTwin', common);
  }
}

function alternativeOf(level: Level, alt: string, door: string): boolean {
  const d = split(door);
  const a = split(alt);
  return (
    level.venues
      .find((v) => v.id === d.venue)
      ?.actions.find((x) => x.id === d.action)
      ?.alternatives?.some((x) => x.venue === a.venue && x.action === a.action) ?? false
  );
}

function insteadSentence(level: Level, r: RunReport, yoursKey: string, theirsKey: string): string {
  const yours = place(level, yoursKey);
  const theirs = place(level, theirsKey);
  return t('outcome.lead.instead', {
    yours: yours.name,
    yoursPlace: yours.where,
    theirs: theirs.name,
    theirsPlace: theirs.where,
    paid: paidText(paidFor(level, r.you, yoursKey)),
    twinPaid: paidText(paidFor(level, r.twin!, theirsKey)),
  });
}

/** The two or three sentences that lead the comparison. */
export function leadSentences(level: Level, r: RunReport): string[] {
  if (!r.twin || !r.gap) return [];
  const twinReg = loc(level.registrations.find((x) => x.id === r.twin!.registrationId)?.name);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of r.twinMoves) {
    if (out.length >= 2) break;
    const s = moveSentence(level, r, m, twinReg);
    if (s && !seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  const goalName = (id: string) => loc(level.goals.find((g) => g.id === id)?.name);
  const mine = new Set(r.you.outcome.goals.filter((g) => g.met).map((g) => g.id));
  const theirs = new Set(r.twin.outcome.goals.filter((g) => g.met).map((g) => g.id));
  const goalLine =
    [...theirs]
      .filter((g) => !mine.has(g))
      .map((g) => t('outcome.lead.goalTwin', { goal: goalName(g) }))[0] ??
    [...mine].filter((g) => !theirs.has(g)).map((g) => t('outcome.lead.goalYou', { goal: goalName(g) }))[0];
  if (goalLine && out.length < 2) out.push(goalLine);
  if (out.length === 0) out.push(t('outcome.lead.noWalls'));
  const you = money(r.you.state.stats.money);
  const twin = money(r.twin.state.stats.money);
  const diff = money(Math.abs(r.gap.money));
  out.push(
    r.gap.money < 0
      ? t('outcome.lead.moneyLess', { you, twin, diff })
      : r.gap.money > 0
        ? t('outcome.lead.moneyMore', { you, twin, diff })
        : t('outcome.lead.moneySame', { you }),
  );
  return out.slice(0, 3);
}

const signedMoney = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${money(Math.abs(n))}`;

/** Where your money came from, adding up: start + luck + choices + walls = end. */
export function attributionList(level: Level, r: RunReport): HTMLElement[] {
  const a = r.attribution;
  const twinReg = loc(level.registrations.find((x) => x.id === r.twin?.registrationId)?.name);
  const line = (n: number, inKey: string, outKey: string, noneKey: string, extra = {}) =>
    n > 0
      ? t(inKey, { money: money(n), ...extra })
      : n < 0
        ? t(outKey, { money: money(-n), ...extra })
        : t(noneKey, extra);
  return [
    el(
      'ul',
      { className: 'plain attribution' },
      el('li', {}, t('outcome.attr.start', { money: money(a.start) })),
      el('li', {}, line(a.luck, 'outcome.attr.luckIn', 'outcome.attr.luckOut', 'outcome.attr.luckNone')),
      el(
        'li',
        {},
        line(a.choices, 'outcome.attr.choicesIn', 'outcome.attr.choicesOut', 'outcome.attr.choicesIn'),
      ),
      el(
        'li',
        { className: 'attr-walls' },
        line(a.walls, 'outcome.attr.wallsIn', 'outcome.attr.wallsOut', 'outcome.attr.wallsNone', {
          reg: twinReg,
        }),
      ),
    ),
    el(
      'p',
      { className: 'attr-sum' },
      t('outcome.attr.sum', {
        start: money(a.start),
        luck: signedMoney(a.luck),
        choices: signedMoney(a.choices),
        twin: money(a.twinEnd),
        walls: signedMoney(a.walls),
        end: money(a.end),
      }),
    ),
  ];
}

/** You and your twin: only the rows that mean something to a player, each difference in words. */
export function compareTable(level: Level, r: RunReport, heads: [string, string]): HTMLElement | null {
  if (!r.twin || !r.gap) return null;
  const you = r.you;
  const twin = r.twin;
  const goals = (l: LifeReport) => l.outcome.goals.filter((g) => g.met).length;
  const mean = (d: number, less: string, more: string, unit: (n: number) => string = String) =>
    d === 0 ? t('outcome.mean.same') : t(d < 0 ? less : more, { diff: unit(Math.abs(d)) });
  const rows: [string, string, string, string][] = [
    [
      t('stat.money'),
      money(you.state.stats.money),
      money(twin.state.stats.money),
      mean(r.gap.money, 'outcome.mean.moneyLess', 'outcome.mean.moneyMore', money),
    ],
    [
      t('stat.health'),
      String(you.state.stats.health),
      String(twin.state.stats.health),
      mean(r.gap.health, 'outcome.mean.healthLess', 'outcome.mean.healthMore'),
    ],
    [
      t('stat.family'),
      String(you.state.stats.family),
      String(twin.state.stats.family),
      mean(r.gap.family, 'outcome.mean.familyLess', 'outcome.mean.familyMore'),
    ],
    [
      t('outcome.goalsMet'),
      `${goals(you)} / ${level.goals.length}`,
      `${goals(twin)} / ${level.goals.length}`,
      mean(r.gap.goals, 'outcome.mean.goalsLess', 'outcome.mean.goalsMore'),
    ],
    [
      t('outcome.wallsShort'),
      String(you.state.walls.length),
      String(twin.state.walls.length),
      mean(
        twin.state.walls.length - you.state.walls.length,
        'outcome.mean.wallsMore',
        'outcome.mean.wallsLess',
      ),
    ],
  ];
  return el(
    'table',
    { className: 'stats-table compare-table' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, ''),
        el('th', { attrs: { scope: 'col' } }, heads[0]),
        el('th', { attrs: { scope: 'col' } }, heads[1]),
        el('th', { attrs: { scope: 'col' } }, t('outcome.col.what')),
      ),
    ),
    el(
      'tbody',
      {},
      ...rows.map(([name, a, b, m]) =>
        el(
          'tr',
          {},
          el('th', { attrs: { scope: 'row' } }, name),
          el('td', {}, a),
          el('td', {}, b),
          el('td', {}, m),
        ),
      ),
    ),
  );
}

/** The walls you met (with the place) and, apart, the refusals that were not walls (with why). */
export function wallsAndRefusals(level: Level, r: RunReport): HTMLElement[] {
  const entry = (m: number, venue: string, action: string) =>
    t('journal.entry', { m, action: actionName(level, venue, action), venue: wallPlace(level, venue) });
  const out: HTMLElement[] = [
    el('h2', {}, t('outcome.walls')),
    r.walls.length
      ? el(
          'ul',
          { className: 'plain wall-list' },
          ...r.walls.map((w) => el('li', {}, entry(w.month, w.venue, w.action))),
        )
      : el('p', { className: 'muted' }, t('outcome.wallsNone')),
  ];
  if (r.refusals.length) {
    out.push(
      el('h2', {}, t('outcome.refusals')),
      el('p', { className: 'muted' }, t('outcome.refusalsIntro')),
      el(
        'ul',
        { className: 'plain refusal-list' },
        ...r.refusals.map((x) =>
          el(
            'li',
            {},
            t('outcome.refusalEntry', {
              m: x.month,
              action: actionName(level, x.venue, x.action),
              venue: wallPlace(level, x.venue),
              why: t(`refusal.${x.reason}`),
            }),
          ),
        ),
      ),
    );
  }
  return out;
}
