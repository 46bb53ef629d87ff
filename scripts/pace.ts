// Pace: how long a level takes a 13-year-old, and how much it asks them to read.
// One sensible player (the greedy bot: takes what moves the story on, walks only where that fits,
// first open choice on a card) plays each level and registration over several seeds. Every text
// the game shows on the main path is counted: the level's summary and goals, each venue panel on
// arrival, each wall up to its folded "Why?", each month-end panel (its three lines, the card and
// its choices), the tutorial's guide steps. What hides behind "Why?" or "Details" is not counted.
// A month with nothing to choose is let pass with "Wait until something changes": those months
// are "skipped"; the rest are "played".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loc, provideStrings, setLanguage, t } from '../src/i18n';
import en from '../src/i18n/en.json';
import zhHans from '../src/i18n/zh-Hans.json';
import {
  availableIntents,
  type Bot,
  freshStep,
  type GameEvent,
  generator,
  hasChoice,
  type Intent,
  type Level,
  newRun,
  type RunState,
  step,
  stopsWaiting,
  wouldPass,
} from '../src/rules';
import { actionName, describeUnmet, venueName } from '../src/ui/describe';
import { guideTexts } from '../src/ui/guide-steps';
import { summarize, summaryLines } from '../src/ui/month-summary';
import { ROOT } from './node-content';

/** English silent-reading speed assumed for a 13-year-old, words a minute. */
export const WORDS_PER_MINUTE = 150;
/** Chinese reading speed assumed for a 13-year-old, characters a minute. */
export const CHARS_PER_MINUTE = 300;
/** Seconds for each act or choice (look, point, press), each walk, and each month-end button. */
export const SECONDS = { decision: 6, walk: 3, panel: 2 };
export const SEEDS = 20;

export interface PaceRow {
  level: string;
  registration: string;
  /** English words shown on the main path (mean over the seeds). */
  words: number;
  /** Chinese characters shown on the main path (mean over the seeds). */
  zhChars: number;
  /** Acts tried and choices made (mean). */
  decisions: number;
  playedMonths: number;
  skippedMonths: number;
  /** Played months in which the player made no decision (mean). */
  emptyMonths: number;
  /** Estimated minutes in English (reading + actions). */
  minutes: number;
  /** Estimated minutes in Chinese. */
  minutesZh: number;
}

let ready = false;
async function initStrings(): Promise<void> {
  if (ready) return;
  const extra = (lang: string) => {
    const out: Record<string, unknown> = {};
    const dir = join(ROOT, 'src', 'i18n', 'extra');
    for (const f of readdirSync(dir)) {
      const m = /^([\w-]+)\.(en|zh-Hans)\.json$/.exec(f);
      if (m?.[2] === lang && m[1]) out[m[1]] = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    }
    return out;
  };
  provideStrings('en', { ...en, ...extra('en') });
  provideStrings('zh-Hans', { ...zhHans, ...extra('zh-Hans') });
  await setLanguage('en');
  ready = true;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
export function countHan(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length;
}

type Screen = () => string[];

function venuePanel(level: Level, s: RunState, venueId: string): Screen {
  return () => {
    const v = level.venues.find((x) => x.id === venueId);
    if (!v) return [];
    const out = [loc(v.name)];
    for (const a of v.actions)
      out.push(
        loc(a.name),
        loc(a.description),
        t('venue.days', { count: a.days }),
        a.cost > 0 ? String(a.cost) : t('venue.free'),
        t('venue.open'),
        t('pace.try'),
      );
    void s;
    return out;
  };
}

function wall(level: Level, b: Extract<GameEvent, { type: 'blocked' }>): Screen {
  return () => [
    t('wall.heading', { action: actionName(level, b.venue, b.action) }),
    t('wall.missing'),
    ...b.unmet.map((u) => describeUnmet(level, u)),
    ...(b.source === 'venue'
      ? [
          t('wall.alternatives'),
          ...(b.alternatives.length
            ? b.alternatives.map((a) =>
                t('wall.goTo', {
                  venue: venueName(level, a.venue),
                  action: actionName(level, a.venue, a.action),
                }),
              )
            : [t('wall.noAlternatives')]),
        ]
      : []),
    t('fact.heading'),
    t('wall.close'),
  ];
}

function monthPanel(level: Level, month: number, events: readonly GameEvent[], months: number): Screen {
  return () => {
    const out = [
      months > 1
        ? t('pace.quietHeading', { from: month, to: month + months - 1 })
        : t('month.heading', { m: month }),
    ];
    out.push(...summaryLines(summarize(level, events), months), t('pace.details'));
    const drawn = [...events].reverse().find((e) => e.type === 'eventDrawn');
    const card = drawn?.type === 'eventDrawn' ? level.events.find((e) => e.id === drawn.event) : undefined;
    if (card) {
      out.push(t('month.event'), loc(card.title), loc(card.text), t('fact.heading'));
      for (const c of card.choices ?? []) out.push(loc(c.label));
    }
    out.push(t('month.continue'));
    return out;
  };
}

interface Game {
  screens: Screen[];
  decisions: number;
  walks: number;
  panels: number;
  played: number;
  skipped: number;
  empty: number;
}

/**
 * A sensible student: answers a card with its first open choice, finishes once every goal is met,
 * takes a fresh step where it stands (one never granted before that gives something new), else
 * walks to where one fits this month, else ends the month. It does not go back and forth between
 * jobs, and it never knocks on a wall it can see.
 */
export const paceBot: Bot = (level, s, options, rand) => {
  const open = options.filter((i) => wouldPass(level, s, i));
  if (open.some((i) => i.type === 'finish')) return { type: 'finish' };
  const choice = open.find((i) => i.type === 'choose');
  if (choice) return choice;
  const here = level.venues.find((v) => v.id === s.at);
  const acts = open.filter(
    (i) => i.type === 'act' && here?.actions.some((a) => a.id === i.action && freshStep(level, s, here, a)),
  );
  if (acts.length) return acts[Math.floor(rand() * acts.length)]!;
  const moves = open.filter(
    (i) =>
      i.type === 'move' &&
      level.venues.some((v) => v.id === i.venue && v.actions.some((a) => freshStep(level, s, v, a))),
  );
  if (moves.length) return moves[Math.floor(rand() * moves.length)]!;
  return { type: 'endMonth' };
};

function playPaced(level: Level, registration: string, seed: number): Game {
  let s = newRun(level, seed, registration, null)!;
  const rand = generator(seed ^ 0x5bd1e995);
  const screens: Screen[] = [
    () => [loc(level.title), loc(level.summary), t('hud.goals'), ...level.goals.map((g) => loc(g.name))],
  ];
  const urban = level.registrations.find((r) => r.id === registration)?.kind === 'urban';
  if (level.id === 'tutorial') screens.push(() => guideTexts(urban));
  const g: Game = { screens, decisions: 0, walks: 0, panels: 0, played: 0, skipped: 0, empty: 0 };
  let panelAt: string | null = null;
  let decidedThisMonth = 0;
  for (let steps = 0; steps < 3000 && !s.ended; steps++) {
    const options = availableIntents(level, s);
    const intent: Intent = paceBot(level, s, options, rand);
    if (intent.type === 'act' && panelAt !== s.at) {
      screens.push(venuePanel(level, s, s.at));
      panelAt = s.at;
    }
    const month = s.month;
    const r = step(level, s, intent);
    s = r.state;
    if (intent.type === 'move') {
      g.walks++;
      screens.push(venuePanel(level, s, intent.venue));
      panelAt = intent.venue;
    }
    if (intent.type === 'act' || intent.type === 'choose') {
      g.decisions++;
      decidedThisMonth++;
    }
    const blocked = r.events.find((e): e is Extract<GameEvent, { type: 'blocked' }> => e.type === 'blocked');
    if (blocked && blocked.source === 'venue') screens.push(wall(level, blocked));
    if (intent.type !== 'endMonth') continue;
    g.played++;
    // Decisions on this month's card are made in the panel that ends it: they belong to it.
    const events = [...r.events];
    if (decidedThisMonth === 0) g.empty++;
    decidedThisMonth = 0;
    g.panels++;
    panelAt = null;
    let months = 1;
    let from = month;
    let shown: GameEvent[] = events;
    // Nothing to choose in the month ahead: the panel offers "Wait until something changes"; the
    // player presses it, and the quiet months pass until a card, a goal or a fresh step arrives.
    while (!s.pendingEvent && !s.ended && !hasChoice(level, s)) {
      screens.push(monthPanel(level, from, shown, months));
      g.panels++;
      from = s.month;
      shown = [];
      months = 0;
      for (let n = 0; n < 12; n++) {
        const w = step(level, s, { type: 'endMonth' });
        if (!w.events.some((e) => e.type === 'monthEnded')) break;
        s = w.state;
        shown.push(...w.events);
        g.skipped++;
        months++;
        if (stopsWaiting(level, s, w.events)) break;
      }
      if (months === 0) break;
    }
    if (months > 0) screens.push(monthPanel(level, from, shown, months));
  }
  return g;
}

function read(screens: Screen[], lang: 'en' | 'zh-Hans'): number {
  void setLanguage(lang);
  let n = 0;
  for (const sc of screens) for (const text of sc()) n += lang === 'en' ? countWords(text) : countHan(text);
  return n;
}

export async function paceRows(levels: Iterable<Level>, seeds = SEEDS): Promise<PaceRow[]> {
  await initStrings();
  const rows: PaceRow[] = [];
  for (const level of levels)
    for (const reg of level.registrations) {
      const sum = { words: 0, zh: 0, decisions: 0, played: 0, skipped: 0, empty: 0, walks: 0, panels: 0 };
      for (let i = 0; i < seeds; i++) {
        const g = playPaced(level, reg.id, (i * 2654435761) >>> 0);
        sum.words += read(g.screens, 'en');
        sum.zh += read(g.screens, 'zh-Hans');
        sum.decisions += g.decisions;
        sum.played += g.played;
        sum.skipped += g.skipped;
        sum.empty += g.empty;
        sum.walks += g.walks;
        sum.panels += g.panels;
      }
      const mean = (x: number) => x / seeds;
      const acting =
        (mean(sum.decisions) * SECONDS.decision +
          mean(sum.walks) * SECONDS.walk +
          mean(sum.panels) * SECONDS.panel) /
        60;
      const r1 = (x: number) => Math.round(x * 10) / 10;
      rows.push({
        level: level.id,
        registration: reg.id,
        words: Math.round(mean(sum.words)),
        zhChars: Math.round(mean(sum.zh)),
        decisions: r1(mean(sum.decisions)),
        playedMonths: r1(mean(sum.played)),
        skippedMonths: r1(mean(sum.skipped)),
        emptyMonths: r1(mean(sum.empty)),
        minutes: r1(mean(sum.words) / WORDS_PER_MINUTE + acting),
        minutesZh: r1(mean(sum.zh) / CHARS_PER_MINUTE + acting),
      });
    }
  await setLanguage('en');
  return rows;
}

/** The pace rows as a Markdown table, for docs/balance.md. */
export function paceTable(rows: readonly PaceRow[]): string {
  const head =
    '| level | registration | words (en) | characters (zh) | decisions | played months | skipped months | played months without a decision | minutes (en) | minutes (zh) |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = rows.map(
    (r) =>
      `| ${r.level} | ${r.registration} | ${r.words} | ${r.zhChars} | ${r.decisions} | ${r.playedMonths} | ${r.skippedMonths} | ${r.emptyMonths} | ${r.minutes} | ${r.minutesZh} |`,
  );
  return [head, ...lines].join('\n');
}
