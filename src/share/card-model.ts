// The outcome card's content as data: what the image, the alt text and the chat summary say.
// Pure: no DOM; words come from `t` (keys in CARD_KEYS, templates in card-strings.json) and the level.
import { goalsMet } from '../rules/month';
import { wallKey } from '../rules/outcome';
import type { EndReason, Language, Level, Policy, RunState, StatName } from '../rules/types';

/** Every key the card asks `t` for; the templates live in card-strings.json, one set per language. */
export const CARD_KEYS = [
  'card.title',
  'card.headline',
  'card.ended.months',
  'card.ended.goals',
  'card.ended.money',
  'card.ended.health',
  'card.ended.finished',
  'card.registration',
  'card.policy',
  'card.figure.money',
  'card.figure.health',
  'card.figure.family',
  'card.figure.insuranceMonths',
  'card.value.money',
  'card.value.outOf100',
  'card.value.months',
  'card.twin.better',
  'card.twin.worse',
  'card.twin.same',
  'card.wall',
  'card.walls',
  'card.walls.none',
  'card.walls.more',
  'card.listSeparator',
  'card.alt',
  'card.summary.outcome',
  'card.summary.figures',
  'card.summary.link',
  'card.summary.code',
] as const;
export type CardKey = (typeof CARD_KEYS)[number];

export type Values = Record<string, string | number>;
/** An i18next-style translate function: `{{name}}` placeholders filled from values. */
export type Translate = (key: CardKey, values?: Values) => string;

/** A line still to be put into words: a key and its values, for renderers that lay text out themselves. */
export interface Line {
  key: CardKey;
  values: Values;
}

export const CARD_FIGURES = ['money', 'health', 'family', 'insuranceMonths'] as const;
export type CardFigureId = (typeof CARD_FIGURES)[number];

export interface CardFigure {
  id: CardFigureId;
  label: string;
  value: number;
  /** The value in words, e.g. "−¥1,200" or "75/100". */
  text: string;
  /** The twin's value, when there is a twin. */
  twin: number | null;
}

export interface CardModel {
  lang: Language;
  levelId: string;
  title: string;
  city: string;
  registration: { id: string; kind: string; place: string; name: string };
  /** The policy's name when the run was played under a reform, else null. */
  policy: string | null;
  goals: { met: number; total: number };
  headline: Line;
  ended: Line;
  figures: CardFigure[];
  twin: Line | null;
  /** Names of the distinct walls hit, in the order first met, at most MAX_CARD_WALLS. */
  walls: string[];
  /** How many more walls were hit than are named. */
  wallsMore: number;
  alt: string;
  summary: string;
}

export interface CardInput {
  level: Level;
  state: RunState;
  /** The same intents replayed with the other registration, or null when the level has only one. */
  twinState: RunState | null;
  policy?: Policy | null;
  lang: Language;
  t: Translate;
  /** The link that lets a friend play the same city with the same luck. */
  url?: string;
  /** The result code for the teacher. */
  resultCode?: string;
}

export const MAX_CARD_WALLS = 4;

function numberFormat(lang: Language): Intl.NumberFormat {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: en-GB and zh-CN write whole numbers alike (1,234,567), so which is picked shows nowhere
  return new Intl.NumberFormat(lang === 'zh-Hans' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 0 });
}

function figureText(id: CardFigureId, value: number, lang: Language, t: Translate): string {
  const fmt = numberFormat(lang);
  switch (id) {
    case 'money':
      return t('card.value.money', { sign: value < 0 ? '−' : '', value: fmt.format(Math.abs(value)) });
    case 'health':
    case 'family':
      return t('card.value.outOf100', { value: fmt.format(value) });
    case 'insuranceMonths':
      return t('card.value.months', { value: fmt.format(value) });
  }
}

function wallNames(level: Level, state: RunState, lang: Language, t: Translate): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const w of state.walls) {
    const key = wallKey(w);
    if (seen.has(key)) continue;
    seen.add(key);
    if (w.source === 'event') {
      const card = level.events.find((e) => e.id === w.venue);
      const choice = card?.choices?.find((c) => c.id === w.action);
      names.push(
        t('card.wall', { venue: card?.title[lang] ?? w.venue, action: choice?.label[lang] ?? w.action }),
      );
    } else {
      const venue = level.venues.find((v) => v.id === w.venue);
      const action = venue?.actions.find((a) => a.id === w.action);
      names.push(
        t('card.wall', { venue: venue?.name[lang] ?? w.venue, action: action?.name[lang] ?? w.action }),
      );
    }
  }
  return names;
}

function twinLine(level: Level, state: RunState, twin: RunState, lang: Language, t: Translate): Line {
  const mine = goalsMet(level, state).length;
  const theirs = goalsMet(level, twin).length;
  const reg = level.registrations.find((r) => r.id === twin.registrationId);
  const values: Values = {
    twin: reg?.name[lang] ?? twin.registrationId,
    twinGoals: theirs,
    total: level.goals.length,
    twinMoney: figureText('money', twin.stats.money, lang, t),
  };
  const better = theirs - mine || Math.sign(twin.stats.money - state.stats.money);
  return { key: better > 0 ? 'card.twin.better' : better < 0 ? 'card.twin.worse' : 'card.twin.same', values };
}

const say = (t: Translate, line: Line) => t(line.key, line.values);

/** Builds the outcome card of a finished (or stopped) run. */
export function buildCard(input: CardInput): CardModel {
  const { level, state, twinState, lang, t } = input;
  const reg = level.registrations.find((r) => r.id === state.registrationId);
  const met = goalsMet(level, state).length;
  const total = level.goals.length;
  const ended: EndReason = state.ended?.reason ?? 'months';
  const figures: CardFigure[] = CARD_FIGURES.map((id) => {
    const value = state.stats[id as StatName];
    return {
      id,
      label: t(`card.figure.${id}`),
      value,
      text: figureText(id, value, lang, t),
      twin: twinState ? twinState.stats[id as StatName] : null,
    };
  });
  const allWalls = wallNames(level, state, lang, t);
  const walls = allWalls.slice(0, MAX_CARD_WALLS);
  const wallsMore = allWalls.length - walls.length;
  const twin = twinState ? twinLine(level, state, twinState, lang, t) : null;
  const policy =
    input.policy && input.policy.id === state.policyId && state.policyId !== 'status-quo'
      ? input.policy.name[lang]
      : null;

  const headline: Line = { key: 'card.headline', values: { met, total } };
  const endedLine: Line = { key: `card.ended.${ended}`, values: {} };
  const title = level.title[lang];
  const city = level.city.name[lang];
  const registration = reg?.name[lang] ?? state.registrationId;
  const sep = t('card.listSeparator');
  const wallsText =
    allWalls.length === 0
      ? t('card.walls.none')
      : t('card.walls', {
          walls: walls.join(sep),
          more: wallsMore > 0 ? t('card.walls.more', { count: wallsMore }) : '',
        }).trim();
  const figureValues = Object.fromEntries(figures.map((f) => [f.id, f.text]));

  const alt = t('card.alt', {
    title,
    city,
    registration,
    headline: say(t, headline),
    ended: say(t, endedLine),
    ...figureValues,
    twin: twin ? say(t, twin) : '',
    walls: wallsText,
  })
    .replace(/\s+/g, ' ')
    .trim();
  const summary = [
    t('card.title', { title, city }),
    t('card.registration', { registration }),
    policy ? t('card.policy', { policy }) : '',
    t('card.summary.outcome', { headline: say(t, headline), ended: say(t, endedLine) }),
    t('card.summary.figures', figureValues),
    twin ? say(t, twin) : '',
    wallsText,
    input.url ? t('card.summary.link', { url: input.url }) : '',
    input.resultCode ? t('card.summary.code', { code: input.resultCode }) : '',
  ]
    .filter((line) => line !== '')
    .join('\n');

  return {
    lang,
    levelId: level.id,
    title,
    city,
    registration: {
      id: state.registrationId,
      kind: state.registration.kind,
      place: state.registration.place,
      name: registration,
    },
    policy,
    goals: { met, total },
    headline,
    ended: endedLine,
    figures,
    twin,
    walls,
    wallsMore,
    alt,
    summary,
  };
}

/** A minimal `{{name}}` interpolator over card-strings.json, for tests, scripts and a fallback. */
export function templateTranslate(templates: Readonly<Record<string, string>>): Translate {
  return (key, values = {}) =>
    (templates[key] ?? key).replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}
