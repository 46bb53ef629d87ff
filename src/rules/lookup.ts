// Lookups the rules answer many times a step (a venue, an action, a card, an option by id; an
// action's full requirement; the intents a place offers), built once per level object.
//
// Levels are not edited once loaded (policy.ts relies on the same), so an index is made once per
// level object and kept on it, hidden, dropped with it. A level rewritten by a policy is another
// object with its own index. Everything here is derived from the level alone: no run state, no clock.

import { type Check, compileRequirement } from './requirements';
import {
  type ActionDef,
  type Effect,
  type EventCard,
  type Intent,
  type Level,
  type Predicate,
  type Requirement,
  SLOTS,
  type SlotOption,
  type Venue,
} from './types';

/** One action of a venue, with what the rules keep asking about it. */
export interface ActionEntry {
  venue: Venue;
  action: ActionDef;
  /** The action's own requirement and the money it costs (see fullRequirement). */
  requirement: Requirement | undefined;
  /** The same as a function: `meets(requirement, s)`. */
  check: Check;
  /** Its key in a run's `done` list. */
  doneKey: string;
  /** The cause its effects are reported under. */
  cause: string;
  /** Its effects that take a job, home or school place (not those inside an `if`). */
  takes: readonly Extract<Effect, { type: 'take' }>[];
  /** The intent that tries it; shared, so frozen. */
  intent: Intent;
  /** The action's `once` and `days`, kept here in one object shape: read for every action offered. */
  once: boolean;
  days: number;
}

/**
 * A job, home or school option's month-end sums, every field present (absent ones 0), in one
 * object shape: the options of a level come in as many shapes as they have optional fields.
 */
export interface OptionMonth {
  monthly: number;
  health: number;
  family: number;
  points: number;
  /** The employee's share when the job is insured, else 0; `insured` says which. */
  contribution: number;
  insured: boolean;
  /** The cause its month-end sums are reported under, by slot in SLOTS order (`job:factory`). */
  cause: readonly string[];
}

/** The level's event cards as columns, by card index: the month's draw weighs them all. */
export interface CardColumns {
  weight: Float64Array;
  fromMonth: Float64Array;
  recurs: Uint8Array;
}

export interface LevelIndex {
  venues: Map<string, Venue>;
  /** By venue id, then action id. */
  actions: Map<string, Map<string, ActionEntry>>;
  events: Map<string, EventCard>;
  /**
   * For each card of level.events, the index of the first card with its id: the month draws keep
   * "drawn" per id in a byte array by this index (rules/month.ts).
   */
  eventSlot: number[];
  options: Map<string, SlotOption>;
  /** The same options' month-end sums (see OptionMonth). */
  optionMonth: Map<string, OptionMonth>;
  cards: CardColumns;
  /** The level's goals' requirements as functions, in the goals' order. */
  goalChecks: Check[];
  /** Whether any goal reads a stat, or the month (see month.ts, goalInputsChanged). */
  goalsRead: { stats: boolean; month: boolean };
  /** What each venue offers, by venue id (see PlaceOffer). A bot asks at every step. */
  offers: Map<string, PlaceOffer>;
  /** The same at a place that is not a venue: no actions, and no walk from there costs a day. */
  offerFromNowhere: PlaceOffer;
}

/** What can be tried at a place, for availableIntents: one look-up a step. */
export interface PlaceOffer {
  /** The venue's actions in the level's order. */
  actions: ActionEntry[];
  /** By days used this month (0 to daysPerMonth): the intents offered after the actions. */
  tails: OfferTail[];
}

/**
 * The intents offered after a place's actions, in the order availableIntents gives them: the walks
 * to the other venues that still fit in the month (in the level's order), then ending the month;
 * `andFinish` adds finishing, offered once every goal is met. Prepared once, rather than each
 * walk worked out at every step.
 */
export interface OfferTail {
  andEnd: readonly Intent[];
  andFinish: readonly Intent[];
  /**
   * The whole offer (the place's open actions, then this tail), kept once made, by 2 × the set
   * of open actions as bits + 1 when finishing is offered (see availableIntents). Derived from
   * the level alone, like the rest of the index; frozen, as every caller shares them. Empty
   * for a venue with more than MAX_ACTIONS_BY_SET actions, whose offer is made each time.
   */
  byOpenActions: (readonly Intent[] | undefined)[];
}

/**
 * Up to this many actions at a venue, its offers are kept by the set of them open (2^n sets,
 * in a list of 2^(n+1) made whole at once: a list filled here and there is a slow dictionary).
 */
export const MAX_ACTIONS_BY_SET = 6;

// The intents without ids, shared by every answer (frozen: one run's log must not edit another's).
export const END_MONTH: Intent = Object.freeze({ type: 'endMonth' });
export const FINISH: Intent = Object.freeze({ type: 'finish' });

/**
 * Where a level keeps its index: a symbol's property, not enumerable nor writable, so that no
 * JSON, spread, key list or deep comparison sees it, and a copy of a level (a policy's rewrite)
 * starts without it. It was a WeakMap by the level's identity; asked several times a step, that
 * map's look-ups were a sixteenth of a bot's game.
 */
const INDEX = Symbol('level index');

/** The level's index, built on first use. */
export function lookup(level: Level): LevelIndex {
  const kept = (level as { [INDEX]?: LevelIndex })[INDEX];
  if (kept) return kept;
  const index = buildIndex(level);
  // A frozen level cannot keep it: its index is then made each time (slow, and still right).
  if (Object.isExtensible(level)) Object.defineProperty(level, INDEX, { value: index });
  return index;
}

function buildIndex(level: Level): LevelIndex {
  const moveTo = new Map<string, Intent>();
  for (const v of level.venues)
    if (!moveTo.has(v.id)) moveTo.set(v.id, Object.freeze({ type: 'move', venue: v.id }));
  const index: LevelIndex = {
    venues: new Map(),
    actions: new Map(),
    events: new Map(),
    eventSlot: level.events.map((e) => level.events.findIndex((f) => f.id === e.id)),
    options: new Map(),
    optionMonth: new Map(),
    cards: {
      weight: Float64Array.from(level.events, (e) => e.weight),
      fromMonth: Float64Array.from(level.events, (e) => e.fromMonth ?? 0),
      recurs: Uint8Array.from(level.events, (e) => (e.recurs ? 1 : 0)),
    },
    goalChecks: level.goals.map((g) => compileRequirement(g.requires)),
    goalsRead: {
      stats: level.goals.some((g) => reads(g.requires, 'stat')),
      month: level.goals.some((g) => reads(g.requires, 'month')),
    },
    offers: new Map(),
    offerFromNowhere: { actions: [], tails: offerTails(level, undefined, moveTo) },
  };
  // First one wins, as Array.find would: a checked level has unique ids anyway.
  for (const v of level.venues) {
    if (index.venues.has(v.id)) continue;
    index.venues.set(v.id, v);
    const byId = new Map<string, ActionEntry>();
    const list = v.actions.map((a) => describeAction(v, a));
    for (const entry of list) if (!byId.has(entry.action.id)) byId.set(entry.action.id, entry);
    index.actions.set(v.id, byId);
    index.offers.set(v.id, { actions: list, tails: offerTails(level, v, moveTo) });
  }
  for (const e of level.events) if (!index.events.has(e.id)) index.events.set(e.id, e);
  for (const o of level.options) {
    if (!index.options.has(o.id)) {
      index.options.set(o.id, o);
      index.optionMonth.set(o.id, optionMonth(o));
    }
  }
  return index;
}

function optionMonth(o: SlotOption): OptionMonth {
  return {
    monthly: o.monthly,
    health: o.health ?? 0,
    family: o.family ?? 0,
    points: o.points ?? 0,
    contribution: o.insured ? (o.contribution ?? 0) : 0,
    insured: o.insured === true,
    cause: SLOTS.map((slot) => `${slot}:${o.id}`),
  };
}

/** Whether a requirement has a predicate of this type anywhere inside it. */
function reads(req: Requirement, type: Predicate['type']): boolean {
  switch (req.type) {
    case 'all':
      return req.all.some((r) => reads(r, type));
    case 'any':
      return req.any.some((r) => reads(r, type));
    case 'not':
      return reads(req.not, type);
    default:
      return req.type === type;
  }
}

/** An action with its requirement, keys, takes and intent; the index holds one per action. */
export function describeAction(venue: Venue, action: ActionDef): ActionEntry {
  const requirement = fullRequirement(action);
  return {
    venue,
    action,
    requirement,
    check: compileRequirement(requirement),
    doneKey: `${venue.id}/${action.id}`,
    cause: `action:${action.id}`,
    takes: action.effects.filter((e) => e.type === 'take'),
    intent: Object.freeze({ type: 'act', venue: venue.id, action: action.id }),
    once: action.once === true,
    days: action.days,
  };
}

/** For each number of days used (0 to daysPerMonth), what `from` offers after its actions. */
function offerTails(level: Level, from: Venue | undefined, moveTo: Map<string, Intent>): OfferTail[] {
  const byDay: OfferTail[] = [];
  const actions = from?.actions.length ?? 0;
  const offerSlots = actions <= MAX_ACTIONS_BY_SET ? 2 << actions : 0;
  for (let used = 0; used <= level.daysPerMonth; used++) {
    const walks: Intent[] = [];
    for (const to of level.venues)
      if (to.id !== from?.id && !(used + walkDays(level, from, to) > level.daysPerMonth))
        walks.push(moveTo.get(to.id)!);
    byDay.push({
      andEnd: [...walks, END_MONTH],
      andFinish: [...walks, END_MONTH, FINISH],
      byOpenActions: Array.from({ length: offerSlots }, () => undefined),
    });
  }
  return byDay;
}

/** Days it takes to walk from one venue to another. */
export function walkDays(level: Level, from: Venue | undefined, to: Venue): number {
  if (!from || from.id === to.id) return 0;
  const distance = Math.abs(from.x - to.x) + Math.abs(from.y - to.y);
  return Math.ceil(distance / level.walkTilesPerDay);
}

const requirements = new WeakMap<ActionDef, Requirement | undefined>();

/**
 * An action's full requirement: its own conditions plus being able to pay for it. Built once per
 * action object (actions are not edited once loaded), so that checking it allocates nothing.
 */
export function fullRequirement(action: ActionDef): Requirement | undefined {
  if (action.cost <= 0) return action.requires;
  if (requirements.has(action)) return requirements.get(action);
  const full = payable(action);
  requirements.set(action, full);
  return full;
}

function payable(action: ActionDef): Requirement {
  const pay: Requirement = { type: 'stat', stat: 'money', atLeast: action.cost };
  return action.requires ? { type: 'all', all: [action.requires, pay] } : pay;
}

/** A venue's action by ids, with its requirement and keys; undefined when either id is unknown. */
export function actionEntry(level: Level, venue: string, action: string): ActionEntry | undefined {
  return lookup(level).actions.get(venue)?.get(action);
}
