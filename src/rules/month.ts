// The month's close (costs, income, a drawn event), losing, goals met and the run's end.
import { addStat, applyEffects } from './effects';
import { type CardColumns, lookup, type OptionMonth } from './lookup';
import { monthRoll } from './random';
import { meets } from './requirements';
import type { EventCard, GameEvent, Level, RunState } from './types';

/** Month end on a draft state: income and costs, then the month's event, then the next month. */
export function closeMonth(level: Level, s: RunState, out: GameEvent[]): void {
  out.push({ type: 'monthEnded', month: s.month });
  const options = lookup(level).optionMonth;
  // Slot by slot in SLOTS order, each named: a slot name in a variable made every read slow.
  const { job, housing, school } = s.slots;
  if (job !== undefined) payMonth(s, options.get(job), 0, out);
  if (housing !== undefined) payMonth(s, options.get(housing), 1, out);
  if (school !== undefined) payMonth(s, options.get(school), 2, out);
  if (housing !== undefined) addStat(s, 'residenceMonths', 1, 'residence', out);
  addStat(s, 'money', -level.livingCost, 'living', out);
  applyEffects(level, s, level.monthly, 'monthly', out);

  const finished = s.month >= level.months || lostReason(level, s) !== null;
  s.month += 1;
  s.daysUsed = 0;
  if (finished) return;
  drawEvent(level, s, out);
}

/** A held option's month: its sums, then for an insured job the insurance. `slot`: its index in SLOTS. */
function payMonth(s: RunState, option: OptionMonth | undefined, slot: number, out: GameEvent[]): void {
  if (!option) return;
  const cause = option.cause[slot]!;
  addStat(s, 'money', option.monthly, cause, out);
  addStat(s, 'health', option.health, cause, out);
  addStat(s, 'family', option.family, cause, out);
  addStat(s, 'points', option.points, cause, out);
  if (slot === 0 && option.insured) {
    addStat(s, 'money', -option.contribution, 'insurance', out);
    addStat(s, 'insuranceMonths', 1, 'insurance', out);
  }
}

/**
 * The index of the card drawn at the start of `month`, given the cards drawn before (`drawn`, see
 * Draws): a card can be drawn once a run unless the level marks it `recurs`. -1 when no card is
 * left. This is pickWeighted over the cards' weights (a drawn or not-yet card weighing 0), spelled
 * out so that a month end allocates no list of weights: the weights are summed, then subtracted,
 * in the same order, so the float arithmetic and the card are the same.
 */
function cardIndexAt(level: Level, seed: number, month: number, drawn: Uint8Array): number {
  const { eventSlot, cards } = lookup(level);
  const n = eventSlot.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += Math.max(0, weightAt(cards, i, month, drawn, eventSlot[i]!));
  if (total <= 0) return -1;
  let target = monthRoll(seed, month) * total;
  for (let i = 0; i < n; i++) {
    target -= Math.max(0, weightAt(cards, i, month, drawn, eventSlot[i]!));
    if (target < 0) return i;
  }
  return n - 1;
}

/** Card i's weight in the draw at `month`: 0 before its first month, or once drawn unless it recurs. */
function weightAt(cards: CardColumns, i: number, month: number, drawn: Uint8Array, slot: number): number {
  return cards.fromMonth[i]! <= month && (cards.recurs[i] === 1 || drawn[slot] === 0) ? cards.weight[i]! : 0;
}

/** The cards of one seed, month by month, as far as they have been asked for. */
interface Draws {
  seed: number;
  /** cards[m]: the card drawn at the start of month m (none before month 2). */
  cards: (EventCard | undefined)[];
  /**
   * Which cards have been drawn among `cards`, by the index of the first card of their id
   * (lookup's eventSlot): a card counts as drawn when a card of its id was, as with a set of ids.
   */
  drawn: Uint8Array;
}

// The last seed's draws per level. The draw at month m needs every draw before it, so asking
// afresh at each month end made a run's draws cost months² card weighings; a run, its twin and
// its reform replays (one seed) now weigh each month once. Derived from (level, seed) alone.
const lastDraws = new WeakMap<Level, Draws>();

/** The card drawn at the start of `month` (2 or later) for this seed, extending the remembered draws to it. */
function drawAt(level: Level, seed: number, month: number): EventCard | undefined {
  let draws = lastDraws.get(level);
  if (!draws) {
    draws = { seed, cards: [undefined, undefined], drawn: new Uint8Array(level.events.length) };
    lastDraws.set(level, draws);
  } else if (draws.seed !== seed) {
    // Another seed (a bot plays game after game): start again in the same memory.
    draws.seed = seed;
    draws.cards.length = 2;
    draws.drawn.fill(0);
  }
  const { cards, drawn } = draws;
  const firstOfId = lookup(level).eventSlot;
  while (cards.length <= month) {
    const i = cardIndexAt(level, seed, cards.length, drawn);
    cards.push(level.events[i]);
    if (i >= 0) drawn[firstOfId[i]!] = 1;
  }
  return cards[month];
}

/**
 * The ids of the cards drawn in the months before `month` (cards are drawn from month 2 on).
 * The draw depends on the seed and the month alone, so this is the same for a run, its twin and
 * its reform replays, and needs nothing kept in the state.
 */
export function drawnBefore(level: Level, seed: number, month: number): Set<string> {
  const drawn = new Set<string>();
  for (let m = 2; m < month; m++) {
    const card = drawAt(level, seed, m);
    if (card) drawn.add(card.id);
  }
  return drawn;
}

function drawEvent(level: Level, s: RunState, out: GameEvent[]): void {
  // s.month is at least 2 here: the draw follows a month end.
  const card = drawAt(level, s.seed, s.month);
  if (!card) return;
  // A card for others (its `requires` unmet) is still drawn, so the draws stay those of the seed,
  // but this run does not see it: the month has no card.
  if (card.requires && !meets(card.requires, s)) return;
  out.push({ type: 'eventDrawn', event: card.id });
  applyEffects(level, s, card.effects, `event:${card.id}`, out);
  if (card.choices && card.choices.length > 0) s.pendingEvent = card.id;
}

export function lostReason(level: Level, s: RunState): 'money' | 'health' | null {
  if (s.stats.health <= 0) return 'health';
  if (s.stats.money < level.lose.moneyBelow) return 'money';
  return null;
}

/** Ids of the goals the state meets now. */
export function goalsMet(level: Level, s: RunState): string[] {
  // A loop rather than filter + map: this runs twice a step.
  const met: string[] = [];
  const checks = lookup(level).goalChecks;
  for (let i = 0; i < checks.length; i++) if (checks[i]!(s)) met.push(level.goals[i]!.id);
  return met;
}

/**
 * What the goals read of a state before a step, to tell afterwards whether the step changed any
 * of it (then the goals are counted again; else they are the same as before). The registration
 * is left out: no step changes it.
 */
export interface GoalInputs {
  documents: readonly string[];
  flags: readonly string[];
  month: number;
  /** How many events the step's output held before the step. */
  events: number;
}

export function goalInputs(s: RunState, out: readonly GameEvent[]): GoalInputs {
  return { documents: s.documents, flags: s.flags, month: s.month, events: out.length };
}

/**
 * Whether a step may have changed what the level's goals read. A step that changes the documents
 * or flags replaces those lists (effects.ts), so the same list is the same content; every stat it
 * changes it reports as a `stat` event (addStat). Most steps a bot takes (a refusal, a month end
 * that pays and costs but brings no document or flag) change nothing a goal reads, and counting
 * the goals again was a third of such a step.
 */
export function goalInputsChanged(
  level: Level,
  s: RunState,
  before: GoalInputs,
  out: readonly GameEvent[],
): boolean {
  if (s.documents !== before.documents || s.flags !== before.flags) return true;
  const reads = lookup(level).goalsRead;
  if (reads.month && s.month !== before.month) return true;
  if (reads.stats) for (let i = before.events; i < out.length; i++) if (out[i]!.type === 'stat') return true;
  return false;
}

/**
 * Reports the goals met by the step (those not in `metBefore`; null when the step changed nothing
 * a requirement reads), then ends the run on a draft state when time or money or health has run
 * out, reporting why.
 * Meeting every goal does not end it by itself: the player is offered `finish`, so that a twin
 * replaying the same intents plays the same span of months.
 */
export function settleEnd(
  level: Level,
  s: RunState,
  metBefore: readonly string[] | null,
  out: GameEvent[],
): void {
  if (metBefore) reportNewGoals(metBefore, goalsMet(level, s), out);
  endIfOver(level, s, out);
}

/** Reports as met the goals met after a step (`metAfter`) that were not met before it. */
export function reportNewGoals(
  metBefore: readonly string[],
  metAfter: readonly string[],
  out: GameEvent[],
): void {
  for (const id of metAfter) if (!metBefore.includes(id)) out.push({ type: 'goalMet', goal: id });
}

/** Ends the run on a draft state when time or money or health has run out, reporting why. */
export function endIfOver(level: Level, s: RunState, out: GameEvent[]): void {
  if (s.ended) return;
  const lost = lostReason(level, s);
  let reason: RunState['ended'] = null;
  if (lost) reason = { reason: lost, month: Math.min(s.month, level.months) };
  else if (s.month > level.months) reason = { reason: 'months', month: level.months };
  if (reason) {
    s.ended = reason;
    s.pendingEvent = null;
    out.push({ type: 'ended', reason: reason.reason });
  }
}
