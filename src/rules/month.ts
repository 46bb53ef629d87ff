// The month's close (costs, income, a drawn event), losing, goals met and the run's end.
import { addStat, applyEffects } from './effects';
import { monthRoll, pickWeighted } from './random';
import { meets } from './requirements';
import { type EventCard, type GameEvent, type Level, type RunState, SLOTS } from './types';

/** Month end on a draft state: income and costs, then the month's event, then the next month. */
export function closeMonth(level: Level, s: RunState, out: GameEvent[]): void {
  out.push({ type: 'monthEnded', month: s.month });
  for (const slot of SLOTS) {
    const option = level.options.find((o) => o.id === s.slots[slot]);
    if (!option) continue;
    const cause = `${slot}:${option.id}`;
    addStat(s, 'money', option.monthly, cause, out);
    addStat(s, 'health', option.health ?? 0, cause, out);
    addStat(s, 'family', option.family ?? 0, cause, out);
    addStat(s, 'points', option.points ?? 0, cause, out);
    if (slot === 'job' && option.insured) {
      addStat(s, 'money', -(option.contribution ?? 0), 'insurance', out);
      addStat(s, 'insuranceMonths', 1, 'insurance', out);
    }
  }
  if (s.slots.housing !== undefined) addStat(s, 'residenceMonths', 1, 'residence', out);
  addStat(s, 'money', -level.livingCost, 'living', out);
  applyEffects(level, s, level.monthly, 'monthly', out);

  const finished = s.month >= level.months || lostReason(level, s) !== null;
  s.month += 1;
  s.daysUsed = 0;
  if (finished) return;
  drawEvent(level, s, out);
}

/**
 * The card drawn at the start of `month`, given the cards drawn before: a card can be drawn once
 * a run unless the level marks it `recurs`. Undefined when no card is left to draw.
 */
function cardAt(
  level: Level,
  seed: number,
  month: number,
  drawn: ReadonlySet<string>,
): EventCard | undefined {
  const weights = level.events.map((e) =>
    (e.fromMonth ?? 0) <= month && (e.recurs || !drawn.has(e.id)) ? e.weight : 0,
  );
  return level.events[pickWeighted(weights, monthRoll(seed, month))];
}

/**
 * The ids of the cards drawn in the months before `month` (cards are drawn from month 2 on).
 * The draw depends on the seed and the month alone, so this is the same for a run, its twin and
 * its reform replays, and needs nothing kept in the state.
 */
export function drawnBefore(level: Level, seed: number, month: number): Set<string> {
  const drawn = new Set<string>();
  for (let m = 2; m < month; m++) {
    const card = cardAt(level, seed, m, drawn);
    if (card) drawn.add(card.id);
  }
  return drawn;
}

function drawEvent(level: Level, s: RunState, out: GameEvent[]): void {
  const card = cardAt(level, s.seed, s.month, drawnBefore(level, s.seed, s.month));
  if (!card) return;
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
  for (const g of level.goals) if (meets(g.requires, s)) met.push(g.id);
  return met;
}

/**
 * Ends the run on a draft state when time or money or health has run out, reporting why.
 * Meeting every goal does not end it by itself: the player is offered `finish`, so that a twin
 * replaying the same intents plays the same span of months.
 */
export function settleEnd(level: Level, s: RunState, metBefore: readonly string[], out: GameEvent[]): void {
  const met = goalsMet(level, s);
  for (const id of met) if (!metBefore.includes(id)) out.push({ type: 'goalMet', goal: id });
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
