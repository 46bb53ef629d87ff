// What a month end (or a run of quiet months) changed, as data and as the short lines the panel
// shows. No DOM here: the pace script counts the same lines the player reads.
import { loc, money, t } from '../i18n';
import type { GameEvent, Level, StatName } from '../rules/types';
import { describeCause } from './describe';

export interface Summary {
  income: number;
  costs: number;
  /** Money by cause (or by the level's own reason), for the details. */
  byCause: Map<string, number>;
  /** Other stat changes, summed by stat and reason, biggest first. */
  changes: { stat: StatName; delta: number; why: string }[];
}

/** "+¥5,000", "−6": a U+2212 minus, never a hyphen. */
export function signedText(stat: StatName, n: number): string {
  const text = stat === 'money' ? money(n) : `${n < 0 ? '−' : ''}${Math.abs(n)}`;
  return `${n > 0 ? '+' : ''}${text}`;
}

/** Why a stat moved, in a phrase: the level's own reason when it gives one, else the cause. */
export function reason(level: Level, e: Extract<GameEvent, { type: 'stat' }>): string {
  if (e.why) return loc(e.why);
  // A job, home or school moving health or family: its name says why ("Health −2: Factory job").
  const [kind, id] = e.cause.split(':');
  if (e.stat !== 'money' && (kind === 'job' || kind === 'housing' || kind === 'school')) {
    const name = loc(level.options.find((o) => o.id === id)?.name);
    if (name) return name;
  }
  return describeCause(level, e.cause);
}

export function summarize(level: Level, events: readonly GameEvent[]): Summary {
  const byCause = new Map<string, number>();
  const other = new Map<string, { stat: StatName; delta: number; why: string }>();
  let income = 0;
  let costs = 0;
  for (const e of events) {
    if (e.type !== 'stat') continue;
    if (e.stat === 'money') {
      const key = e.why ? loc(e.why) : describeCause(level, e.cause);
      byCause.set(key, (byCause.get(key) ?? 0) + e.delta);
      if (e.delta > 0) income += e.delta;
      else costs += e.delta;
      continue;
    }
    // Insurance and residence months tick every month: the HUD shows them, the lines do not.
    if (e.stat === 'insuranceMonths' || e.stat === 'residenceMonths') continue;
    const why = reason(level, e);
    const key = `${e.stat}|${why}`;
    const prev = other.get(key);
    other.set(key, { stat: e.stat, delta: (prev?.delta ?? 0) + e.delta, why });
  }
  const changes = [...other.values()].filter((c) => c.delta !== 0);
  changes.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  return { income, costs, byCause, changes };
}

/** How many "what changed" lines show before Details. */
export const SHOWN_CHANGES = 2;

/** The panel's main text, line by line, as read without opening Details: at most three lines. */
export function summaryLines(sum: Summary, months: number): string[] {
  const net = sum.income + sum.costs;
  const money = [
    months > 1 ? `${t('pace.quiet', { count: months })}:` : '',
    `${t('month.income')} ${signedText('money', sum.income)}`,
    `${t('month.costs')} ${signedText('money', sum.costs)}`,
    t('month.net', { net: signedText('money', net) }),
  ]
    .filter(Boolean)
    .join(' · ');
  return [
    money,
    ...sum.changes
      .slice(0, SHOWN_CHANGES)
      .map((c) => `${t(`stat.${c.stat}`)} ${signedText(c.stat, c.delta)}${t('pace.because')}${c.why}`),
  ];
}
