// Two lives, month by month: a playback to step through (outcome-playback.ts: what you and your
// twin did each month, money and goals of both, the two money lines drawn up to that month, a
// lock at each month a wall stopped you); "find the month where your lives split" is asked before
// it is explained; and the same as a table for screen readers. Reads the report; replays nothing.

import { loc, money, t } from '../i18n';
import type { LifeReport, MonthPoint, RunReport, TwinMove } from '../rules';
import type { Level } from '../rules/types';
import { actionName, wallPlace } from './describe';
import { button, el } from './dom';
import { playback } from './outcome-playback';
import { svg } from './svg';

const name = (level: Level, key: string | null) => {
  if (!key) return '';
  const [venue = '', action = ''] = key.split('/');
  return `“${actionName(level, venue, action)}” (${wallPlace(level, venue)})`;
};

/** The money after each month (index = month), carried forward where a life ended early. */
function series(points: readonly MonthPoint[], months: number): number[] {
  const out: number[] = [];
  let last = points[0]?.money ?? 0;
  for (let m = 0; m <= months; m++) {
    const p = points.find((x) => x.month === m);
    if (p) last = p.money;
    out.push(last);
  }
  return out;
}

function goalsAt(points: readonly MonthPoint[], m: number): number {
  let g = 0;
  for (const p of points) if (p.month <= m) g = p.goals.length;
  return g;
}

/** The month your lives split: the first wall, twin's other way, or difference in money or goals. */
export function splitMonth(r: RunReport, months: number): number | null {
  if (!r.twin) return null;
  const candidates: number[] = [];
  for (const w of r.walls) candidates.push(w.month);
  for (const m of r.twinMoves) candidates.push(m.month);
  const you = series(r.you.timeline, months);
  const twin = series(r.twin.timeline, months);
  for (let m = 1; m <= months; m++)
    if (you[m] !== twin[m] || goalsAt(r.you.timeline, m) !== goalsAt(r.twin.timeline, m)) {
      candidates.push(m);
      break;
    }
  return candidates.length ? Math.min(...candidates) : null;
}

function happened(level: Level, r: RunReport, m: number): string[] {
  const out: string[] = [];
  for (const w of r.walls.filter((x) => x.month === m))
    out.push(t('outcome.what.wall', { action: name(level, `${w.venue}/${w.action}`) }));
  for (const x of r.twinMoves.filter((y: TwinMove) => y.month === m))
    out.push(t(`outcome.what.${x.kind}`, { yours: name(level, x.yours), theirs: name(level, x.theirs) }));
  return [...new Set(out)];
}

function lastMonth(level: Level, r: RunReport): number {
  const lives: LifeReport[] = r.twin ? [r.you, r.twin] : [r.you];
  return Math.min(level.months, Math.max(1, ...lives.flatMap((l) => l.timeline.map((p) => p.month))));
}

/**
 * The chart: two money lines, a lock at each month a wall stopped you. With `upTo`, the lines and
 * locks stop at that month and a cursor marks it (the playback); the scale stays the whole year's.
 */
export function moneyChart(
  level: Level,
  r: RunReport,
  lives: { you: LifeReport; twin: LifeReport | null },
  upTo?: number,
) {
  const months = lastMonth(level, r);
  const upto = upTo ?? months;
  const you = series(lives.you.timeline, months);
  const twin = lives.twin ? series(lives.twin.timeline, months) : [];
  const all = [...you, ...twin, 0];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const W = 640;
  const H = 260;
  const pad = { l: 64, r: 16, t: 16, b: 30 };
  const x = (m: number) => pad.l + ((W - pad.l - pad.r) * m) / months;
  const y = (v: number) => pad.t + ((H - pad.t - pad.b) * (hi - v)) / (hi - lo || 1);
  const line = (vs: number[], cls: string) =>
    svg('polyline', {
      points: vs
        .slice(0, upto + 1)
        .map((v, m) => `${x(m)},${y(v)}`)
        .join(' '),
      class: cls,
      fill: 'none',
    });
  const walls = new Set(lives.you.state.walls.map((w) => w.month).filter((m) => m <= upto));
  const ticks = [lo, 0, hi].filter((v, i, a) => a.indexOf(v) === i);
  return svg(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      class: 'timeline-chart',
      role: 'img',
      'aria-label': t('outcome.chartLabel', {
        you: money(lives.you.state.stats.money),
        twin: money(lives.twin?.state.stats.money ?? 0),
      }),
    },
    ...ticks.map((v) =>
      svg(
        'g',
        {},
        svg('line', { x1: pad.l, x2: W - pad.r, y1: y(v), y2: y(v), class: v === 0 ? 'axis zero' : 'axis' }),
        svg('text', { x: pad.l - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, money(v)),
      ),
    ),
    ...Array.from({ length: months + 1 }, (_, m) =>
      m % (months > 12 ? 3 : 1) === 0
        ? svg(
            'text',
            { x: x(m), y: H - 10, 'text-anchor': 'middle', class: 'tick' },
            m === 0 ? '0' : String(m),
          )
        : null,
    ),
    upTo === undefined
      ? null
      : svg('line', { x1: x(upto), x2: x(upto), y1: pad.t, y2: H - pad.b, class: 'cursor' }),
    svg('g', { class: 'lives' }, lives.twin ? line(twin, 'line-twin') : null, line(you, 'line-you')),
    upTo === undefined
      ? null
      : svg(
          'g',
          { class: 'dots' },
          lives.twin ? svg('circle', { cx: x(upto), cy: y(twin[upto]!), r: 6, class: 'dot-twin' }) : null,
          svg('circle', { cx: x(upto), cy: y(you[upto]!), r: 6, class: 'dot-you' }),
        ),
    ...[...walls].map((m) =>
      svg(
        'g',
        { class: 'wall-mark' },
        svg('rect', { x: x(m) - 6, y: pad.t - 2, width: 12, height: 10, rx: 2 }),
        svg('path', { d: `M${x(m) - 4} ${pad.t - 2} v-4 a4 4 0 0 1 8 0 v4`, fill: 'none' }),
      ),
    ),
  );
}

/** The table alternative: month, both moneys, goals, what happened. */
export function timelineTable(level: Level, r: RunReport): HTMLElement {
  const months = lastMonth(level, r);
  const you = series(r.you.timeline, months);
  const twin = r.twin ? series(r.twin.timeline, months) : [];
  return el(
    'table',
    { className: 'stats-table timeline-table' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...['month', 'you', 'twin', 'goals', 'happened'].map((k) =>
          el('th', { attrs: { scope: 'col' } }, t(`outcome.col.${k}`)),
        ),
      ),
    ),
    el(
      'tbody',
      {},
      ...you.map((v, m) =>
        el(
          'tr',
          {},
          el('th', { attrs: { scope: 'row' } }, m === 0 ? t('outcome.start') : String(m)),
          el('td', {}, money(v)),
          el('td', {}, r.twin ? money(twin[m] ?? 0) : ''),
          el('td', {}, `${goalsAt(r.you.timeline, m)} / ${r.twin ? goalsAt(r.twin.timeline, m) : ''}`),
          el('td', {}, happened(level, r, m).join('; ') || t('outcome.what.nothing')),
        ),
      ),
    ),
  );
}

/** The table, folded: built when first opened (a row a month, for both lives, is work the
 * outcome's first moments do not need). */
function foldedTable(level: Level, r: RunReport): HTMLElement {
  const details = el('details', { className: 'timeline-details' }, el('summary', {}, t('outcome.table')));
  const fill = () => {
    if (details.open && !details.querySelector('table')) details.append(timelineTable(level, r));
  };
  details.addEventListener('toggle', fill);
  return details;
}

/** The section: the playback first; then (`rest`, which the outcome runs in a task of its own)
 * the question, its answer and the table. */
export function timelineSection(level: Level, r: RunReport): { section: HTMLElement; rest(): void } | null {
  if (!r.twin) return null;
  const months = lastMonth(level, r);
  const answer = splitMonth(r, months);
  const feedback = el('p', { className: 'split-feedback', attrs: { 'aria-live': 'polite' } });
  const reveal = el('div', { className: 'split-reveal', hidden: true });
  const pick = (m: number | null) => {
    const lines: string[] = [];
    if (answer === null) lines.push(t('outcome.splitNone'));
    else {
      lines.push(t(m === answer ? 'outcome.splitRight' : 'outcome.splitWrong', { m: answer }));
      const what = happened(level, r, answer);
      lines.push(what.length ? t('outcome.splitWhy', { what: what.join('; ') }) : t('outcome.splitSame'));
    }
    feedback.replaceChildren(...lines.map((l) => el('span', { className: 'split-line' }, l)));
    reveal.hidden = false;
    for (const b of grid().querySelectorAll<HTMLButtonElement>('button'))
      b.classList.toggle('is-answer', Number(b.dataset.month) === answer);
  };
  // The month buttons: made with the rest of the section (`rest`), once.
  let monthButtons: HTMLElement | null = null;
  const grid = (): HTMLElement => {
    monthButtons ??= el(
      'div',
      { className: 'split-months', role: 'group', attrs: { 'aria-label': t('outcome.splitQuestion') } },
      ...Array.from({ length: months }, (_, i) =>
        button(String(i + 1), () => pick(i + 1), 'btn btn-month', {
          'data-month': String(i + 1),
          'aria-label': t('outcome.monthN', { m: i + 1 }),
        }),
      ),
    );
    return monthButtons;
  };
  const twinReg = loc(level.registrations.find((x) => x.id === r.twin!.registrationId)?.name);
  const section = el(
    'section',
    { className: 'card timeline', id: 'timeline', attrs: { 'data-split': String(answer ?? '') } },
    el('h2', {}, t('outcome.timeline')),
    el('p', {}, t('outcome.timelineIntro')),
    el('p', { className: 'muted' }, t('outcome.playback.intro')),
    el(
      'p',
      { className: 'legend' },
      el('span', { className: 'key key-you' }, t('outcome.legendYou')),
      el('span', { className: 'key key-twin' }, `${t('outcome.legendTwin')} (${twinReg})`),
    ),
    playback(level, r, months, (m) => moneyChart(level, r, { you: r.you, twin: r.twin }, m)),
  );
  return {
    section,
    rest: () =>
      section.append(
        el('p', { className: 'split-question' }, t('outcome.splitQuestion')),
        grid(),
        button(t('outcome.splitShow'), () => pick(null), 'btn btn-link split-show'),
        feedback,
        foldedTable(level, r),
        reveal,
      ),
  };
}
