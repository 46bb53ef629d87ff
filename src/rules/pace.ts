// Pace: whether a step fits what is left of the month counting the walk there, whether a month
// holds anything to choose, and when a run of quiet months should stop. Pure, like the rest of rules.
import { changesNothing } from './effects';
import { goalsMet } from './month';
import { meets } from './requirements';
import { actionRequirement, doneKey, walkDays } from './step';
import type { ActionDef, Effect, GameEvent, Level, RunState, Venue } from './types';

/** Days an action costs from where the player stands: the walk there, then the action's own days. */
export interface Fit {
  /** Days left this month. */
  left: number;
  /** Days to walk there (0 when already there). */
  walk: number;
  /** The action's own days. */
  days: number;
  /** Whether walk + days fit in what is left of this month. */
  fits: boolean;
}

export function fitThisMonth(level: Level, s: RunState, venue: Venue, action: ActionDef): Fit {
  const left = Math.max(0, level.daysPerMonth - s.daysUsed);
  const walk = walkDays(
    level,
    level.venues.find((v) => v.id === s.at),
    venue,
  );
  return { left, walk, days: action.days, fits: walk + action.days <= left };
}

/** Whether an action can still be taken at all (not a once-only action already done). */
function stillOpen(s: RunState, venue: Venue, action: ActionDef): boolean {
  return !(action.once && s.done.includes(doneKey(venue.id, action.id)));
}

/**
 * The venue's cheapest action that is still open, and its fit from here; undefined when the venue
 * has nothing left to try. Used to mark a place "next month" before the player walks there.
 */
export function venueFit(
  level: Level,
  s: RunState,
  venue: Venue,
): { action: ActionDef; fit: Fit } | undefined {
  let best: { action: ActionDef; fit: Fit } | undefined;
  for (const a of venue.actions) {
    if (!stillOpen(s, venue, a)) continue;
    const fit = fitThisMonth(level, s, venue, a);
    if (!best || a.days < best.action.days) best = { action: a, fit };
  }
  return best;
}

function flatten(effects: readonly Effect[]): Effect[] {
  return effects.flatMap((e) => (e.type === 'if' ? [e, ...flatten(e.then), ...flatten(e.else ?? [])] : [e]));
}

/** Whether an action gives something new: a document, a flag, or a job, home or school where there is none. */
export function givesSomethingNew(s: RunState, action: ActionDef): boolean {
  return flatten(action.effects).some(
    (e) =>
      (e.type === 'document' && e.gain && !s.documents.includes(e.id)) ||
      (e.type === 'flag' && e.set && !s.flags.includes(e.id)) ||
      (e.type === 'take' && s.slots[e.slot] === undefined),
  );
}

/** Whether the run has already been granted this step once (tried more times than walled). */
export function grantedBefore(s: RunState, venue: string, action: string): boolean {
  let tries = 0;
  for (const l of s.log)
    if (l.intent.type === 'act' && l.intent.venue === venue && l.intent.action === action) tries++;
  if (tries === 0) return false;
  let walled = 0;
  for (const w of s.walls) if (w.source === 'venue' && w.venue === venue && w.action === action) walled++;
  return tries > walled;
}

/**
 * A step worth a month: never granted before in this run (going back and forth between two jobs
 * is not a new choice), open now, giving something new, and fitting this month with its walk.
 */
export function freshStep(level: Level, s: RunState, venue: Venue, action: ActionDef): boolean {
  return (
    stillOpen(s, venue, action) &&
    !grantedBefore(s, venue.id, action.id) &&
    givesSomethingNew(s, action) &&
    meets(actionRequirement(action), s) &&
    !changesNothing(level, s, action.effects) &&
    fitThisMonth(level, s, venue, action).fits
  );
}

/**
 * Whether the month holds something to choose: an event waiting for a choice, or a fresh step
 * (see freshStep). A month without one is quiet: the player may let it pass in one line.
 */
export function hasChoice(level: Level, s: RunState): boolean {
  if (s.ended) return false;
  if (s.pendingEvent) return true;
  if (goalsMet(level, s).length === level.goals.length) return true; // finishing is a choice
  return level.venues.some((v) => v.actions.some((a) => freshStep(level, s, v, a)));
}

/**
 * Whether a month end just played (its events, and the state after it) should stop a run of quiet
 * months: the run ended, a card asks for a choice or changed something, a goal was met, or the new
 * month holds something to choose.
 */
export function stopsWaiting(level: Level, after: RunState, events: readonly GameEvent[]): boolean {
  if (after.ended || after.pendingEvent) return true;
  if (events.some((e) => e.type === 'goalMet')) return true;
  if (events.some((e) => e.type !== 'stat' && e.type !== 'monthEnded' && e.type !== 'eventDrawn'))
    return true;
  if (events.some((e) => e.type === 'stat' && e.cause.startsWith('event:'))) return true;
  return hasChoice(level, after);
}
