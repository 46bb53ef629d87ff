// The one transition: step(level, state, intent) → new state + events, or a rejection with its reason.
import { addStat, applyEffects, changesNothing } from './effects';
import { isIntent } from './intent';
import {
  type ActionEntry,
  actionEntry,
  describeAction,
  fullRequirement,
  type LevelIndex,
  lookup,
  walkDays,
} from './lookup';
import { closeMonth, endIfOver, goalInputs, goalInputsChanged, goalsMet, reportNewGoals } from './month';
import { unmet } from './requirements';
import { cloneState } from './state';
import type {
  ActionDef,
  GameEvent,
  Intent,
  Level,
  RejectReason,
  Requirement,
  RunState,
  StepResult,
  Unmet,
  Venue,
  WallSource,
} from './types';
import { classify } from './walls';

// Walking lives with the level's index, which keeps every walk's days; re-exported for callers.
export { isIntent, walkDays };

/** An action's full requirement: its own conditions plus being able to pay for it. */
export function actionRequirement(action: ActionDef): Requirement | undefined {
  return fullRequirement(action);
}

export function doneKey(venue: string, action: string): string {
  return `${venue}/${action}`;
}

/** Why an intent cannot even be attempted now, or null when it can (it may still meet a wall). */
export function rejection(level: Level, s: RunState, intent: Intent): RejectReason | null {
  if (s.ended) return 'game-over';
  switch (intent.type) {
    case 'choose': {
      const card = s.pendingEvent === null ? undefined : lookup(level).events.get(s.pendingEvent);
      if (!card) return 'no-event';
      return card.choices?.some((c) => c.id === intent.choice) ? null : 'unknown-choice';
    }
    case 'move': {
      if (s.pendingEvent) return 'event-pending';
      const venues = lookup(level).venues;
      const to = venues.get(intent.venue);
      if (!to) return 'unknown-venue';
      return moveRejection(level, s, venues.get(s.at), to);
    }
    case 'act': {
      if (s.pendingEvent) return 'event-pending';
      const index = lookup(level);
      const venue = index.venues.get(intent.venue);
      if (!venue) return 'unknown-venue';
      const entry = index.actions.get(venue.id)?.get(intent.action);
      if (!entry) return 'unknown-action';
      if (s.at !== venue.id) return 'not-here';
      return entryRejection(level, s, entry);
    }
    case 'endMonth':
    case 'finish':
      return s.pendingEvent ? 'event-pending' : null;
    default:
      return 'malformed';
  }
}

/** Why a walk from `from` to `to` cannot start now (no event pending), or null. */
export function moveRejection(
  level: Level,
  s: RunState,
  from: Venue | undefined,
  to: Venue,
): RejectReason | null {
  return outOfDays(level, s, walkDays(level, from, to)) ? 'no-time' : null;
}

/** Whether `days` more would run past the month. */
export function outOfDays(level: Level, s: RunState, days: number): boolean {
  return s.daysUsed + days > level.daysPerMonth;
}

/** Why an action of the venue you stand at cannot be attempted now (no event pending), or null. */
export function actRejection(
  level: Level,
  s: RunState,
  venue: Venue,
  action: ActionDef,
): RejectReason | null {
  const entry = actionEntry(level, venue.id, action.id);
  // The index holds the first action of an id; another object of the same id is described afresh.
  return entryRejection(level, s, entry?.action === action ? entry : describeAction(venue, action));
}

/** actRejection for an action of the level's index, whose keys and takes are worked out once. */
export function entryRejection(level: Level, s: RunState, entry: ActionEntry): RejectReason | null {
  if (entry.once && s.done.includes(entry.doneKey)) return 'already-done';
  if (isRedundant(level, s, entry)) return 'already-done';
  return outOfDays(level, s, entry.days) ? 'no-time' : null;
}

/** Taking the job, home or school place you already have, with nothing else changing. */
function isRedundant(level: Level, s: RunState, entry: ActionEntry): boolean {
  if (entry.takes.length === 0) return false;
  // A take of something not yet held changes the state: no need to probe.
  for (const e of entry.takes) if (s.slots[e.slot] !== e.option) return false;
  return changesNothing(level, s, entry.action.effects);
}

/**
 * The one way a run changes: logs the intent, then moves, acts, chooses or ends the month.
 * Never throws on a bad intent: it answers with a `rejected` event and the state unchanged but for the log.
 */
export function step(level: Level, state: RunState, intent: unknown): StepResult {
  if (!isIntent(intent)) {
    return { state, events: [{ type: 'rejected', reason: 'malformed', intent }] };
  }
  const s = cloneState(state);
  s.log = [...s.log, { month: s.month, day: s.daysUsed, intent }];
  const events: GameEvent[] = [];
  advance(level, s, intent, events);
  return { state: s, events };
}

/**
 * What `step` does once it has its draft and has logged the intent: the draft is changed in place
 * and the events are appended to `out`. For a loop that keeps only its latest state and owns it
 * (a bot's game, see bots.ts), which then need not copy the state and its log at every step.
 */
export function advance(level: Level, s: RunState, intent: Intent, out: GameEvent[]): void {
  advanceKnowing(level, s, intent, out, null);
}

/**
 * `advance`, told the goals the state meets now (`goalsMet(level, s)`; null when not known: they
 * are counted if the step needs them), and answering the goals it meets after the step (null
 * after a walk or a rejection when they were not known). A step counts the goals before and
 * after to report those it met; a bot's game carries the count from one step to the next instead
 * of counting again (goal checks were an eighth of a game), so it must pass the true count.
 * `offered`: the intent is one that availableIntents offered for this very state, which are
 * exactly those `rejection` lets through, so the game need not ask `rejection` again.
 */
export function advanceKnowing(
  level: Level,
  s: RunState,
  intent: Intent,
  out: GameEvent[],
  metNow: readonly string[] | null,
  offered = false,
): readonly string[] | null {
  const reason = offered ? null : rejection(level, s, intent);
  if (reason) {
    out.push({ type: 'rejected', reason, intent });
    return metNow;
  }
  const index = lookup(level);
  if (intent.type === 'move') {
    // A walk changes only the place and the day, which no requirement reads: no goal to recount.
    walk(level, index, s, intent.venue, out);
    endIfOver(level, s, out);
    return metNow;
  }
  const metBefore = metNow ?? goalsMet(level, s);
  const inputs = goalInputs(s, out);
  switch (intent.type) {
    case 'act':
      act(level, s, index.actions.get(intent.venue)!.get(intent.action)!, out);
      break;
    case 'choose':
      choose(level, s, intent.choice, out);
      break;
    case 'endMonth':
      closeMonth(level, s, out);
      break;
    case 'finish': {
      // Nothing has changed since metBefore was counted.
      const allMet = metBefore.length === level.goals.length;
      s.ended = { reason: allMet ? 'goals' : 'finished', month: Math.min(s.month, level.months) };
      out.push({ type: 'ended', reason: s.ended.reason });
      break;
    }
  }
  const metAfter = goalInputsChanged(level, s, inputs, out) ? goalsMet(level, s) : metBefore;
  reportNewGoals(metBefore, metAfter, out);
  endIfOver(level, s, out);
  return metAfter;
}

function walk(level: Level, index: LevelIndex, s: RunState, venueId: string, out: GameEvent[]): void {
  const venues = index.venues;
  const to = venues.get(venueId)!;
  const days = walkDays(level, venues.get(s.at), to);
  s.at = to.id;
  s.daysUsed += days;
  out.push({ type: 'moved', venue: to.id, days });
}

function act(level: Level, s: RunState, entry: ActionEntry, out: GameEvent[]): void {
  const { venue, action, requirement } = entry;
  // A wall costs the day too: you went and queued. It also keeps a twin's calendar in step.
  s.daysUsed += entry.days;
  if (!entry.check(s)) {
    const missing = unmet(requirement, s);
    const alternatives = (action.alternatives ?? []).filter((alt) => {
      const a = actionEntry(level, alt.venue, alt.action);
      return a?.check(s) === true;
    });
    refuse(level, s, 'venue', venue.id, action.id, requirement, missing, action.facts, alternatives, out);
    return;
  }
  out.push({ type: 'granted', venue: venue.id, action: action.id });
  if (action.cost > 0) addStat(s, 'money', -action.cost, entry.cause, out);
  if (action.once) s.done = [...s.done, entry.doneKey];
  applyEffects(level, s, action.effects, entry.cause, out);
}

function choose(level: Level, s: RunState, choiceId: string, out: GameEvent[]): void {
  const card = lookup(level).events.get(s.pendingEvent!)!;
  const choice = card.choices!.find((c) => c.id === choiceId)!;
  const missing = unmet(choice.requires, s);
  if (missing.length > 0) {
    refuse(level, s, 'event', card.id, choice.id, choice.requires, missing, card.facts, [], out);
    return;
  }
  s.pendingEvent = null;
  out.push({ type: 'choiceMade', event: card.id, choice: choice.id });
  applyEffects(level, s, choice.effects, `choice:${card.id}/${choice.id}`, out);
}

/** Records a failed requirement as a wall (with its facts) or as a refusal (without), and reports it. */
function refuse(
  level: Level,
  s: RunState,
  source: WallSource,
  venue: string,
  action: string,
  requirement: Requirement | undefined,
  missing: Unmet[],
  facts: string[],
  alternatives: { venue: string; action: string }[],
  out: GameEvent[],
): void {
  const verdict = classify(level, s, requirement, missing);
  if (verdict.kind === 'wall') {
    s.walls = [...s.walls, { month: s.month, source, venue, action, unmet: missing, facts }];
    out.push({
      type: 'blocked',
      kind: 'wall',
      reason: null,
      source,
      venue,
      action,
      unmet: missing,
      facts,
      alternatives,
    });
  } else {
    s.refusals = [
      ...s.refusals,
      { month: s.month, source, venue, action, unmet: missing, reason: verdict.reason },
    ];
    out.push({
      type: 'blocked',
      kind: 'refusal',
      reason: verdict.reason,
      source,
      venue,
      action,
      unmet: missing,
      facts: [],
      alternatives,
    });
  }
}
