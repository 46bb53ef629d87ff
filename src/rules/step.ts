// The one transition: step(level, state, intent) → new state + events, or a rejection with its reason.
import { applyEffects, changesNothing } from './effects';
import { closeMonth, goalsMet, settleEnd } from './month';
import { meets, unmet } from './requirements';
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

/** Days it takes to walk from one venue to another. */
export function walkDays(level: Level, from: Venue | undefined, to: Venue): number {
  if (!from || from.id === to.id) return 0;
  const distance = Math.abs(from.x - to.x) + Math.abs(from.y - to.y);
  return Math.ceil(distance / level.walkTilesPerDay);
}

/** An action's full requirement: its own conditions plus being able to pay for it. */
export function actionRequirement(action: ActionDef): Requirement | undefined {
  if (action.cost <= 0) return action.requires;
  const pay: Requirement = { type: 'stat', stat: 'money', atLeast: action.cost };
  return action.requires ? { type: 'all', all: [action.requires, pay] } : pay;
}

export function doneKey(venue: string, action: string): string {
  return `${venue}/${action}`;
}

/** Why an intent cannot even be attempted now, or null when it can (it may still meet a wall). */
export function rejection(level: Level, s: RunState, intent: Intent): RejectReason | null {
  if (s.ended) return 'game-over';
  switch (intent.type) {
    case 'choose': {
      const card = level.events.find((e) => e.id === s.pendingEvent);
      if (!card) return 'no-event';
      return card.choices?.some((c) => c.id === intent.choice) ? null : 'unknown-choice';
    }
    case 'move': {
      if (s.pendingEvent) return 'event-pending';
      const to = level.venues.find((v) => v.id === intent.venue);
      if (!to) return 'unknown-venue';
      return moveRejection(
        level,
        s,
        level.venues.find((v) => v.id === s.at),
        to,
      );
    }
    case 'act': {
      if (s.pendingEvent) return 'event-pending';
      const venue = level.venues.find((v) => v.id === intent.venue);
      if (!venue) return 'unknown-venue';
      const action = venue.actions.find((a) => a.id === intent.action);
      if (!action) return 'unknown-action';
      if (s.at !== venue.id) return 'not-here';
      return actRejection(level, s, venue, action);
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
  return s.daysUsed + walkDays(level, from, to) > level.daysPerMonth ? 'no-time' : null;
}

/** Why an action of the venue you stand at cannot be attempted now (no event pending), or null. */
export function actRejection(
  level: Level,
  s: RunState,
  venue: Venue,
  action: ActionDef,
): RejectReason | null {
  if (action.once && s.done.includes(doneKey(venue.id, action.id))) return 'already-done';
  if (isRedundant(level, s, action)) return 'already-done';
  return s.daysUsed + action.days > level.daysPerMonth ? 'no-time' : null;
}

/** Taking the job, home or school place you already have, with nothing else changing. */
function isRedundant(level: Level, s: RunState, action: ActionDef): boolean {
  let takes = false;
  for (const e of action.effects) {
    if (e.type !== 'take') continue;
    // A take of something not yet held changes the state: no need to probe.
    if (s.slots[e.slot] !== e.option) return false;
    takes = true;
  }
  return takes && changesNothing(level, s, action.effects);
}

/**
 * Whether `x` is an intent the rules understand. `exact`: no field beyond the intent's own (a
 * stored run record must be exactly its intents, so a code or a save cannot smuggle data in).
 */
export function isIntent(x: unknown, exact = false): x is Intent {
  if (typeof x !== 'object' || x === null) return false;
  const i = x as Record<string, unknown>;
  const size = (n: number) => !exact || Object.keys(i).length === n;
  switch (i.type) {
    case 'move':
      return typeof i.venue === 'string' && size(2);
    case 'act':
      return typeof i.venue === 'string' && typeof i.action === 'string' && size(3);
    case 'choose':
      return typeof i.choice === 'string' && size(2);
    case 'endMonth':
    case 'finish':
      return size(1);
    default:
      return false;
  }
}

/**
 * The one way a run changes: logs the intent, then moves, acts, chooses or ends the month.
 * Never throws on a bad intent: it answers with a `rejected` event and the state unchanged but for the log.
 */
export function step(level: Level, state: RunState, intent: unknown): StepResult {
  const s = cloneState(state);
  const events: GameEvent[] = [];
  if (!isIntent(intent)) {
    return { state, events: [{ type: 'rejected', reason: 'malformed', intent }] };
  }
  s.log = [...s.log, { month: s.month, day: s.daysUsed, intent }];
  const reason = rejection(level, s, intent);
  if (reason) return { state: s, events: [{ type: 'rejected', reason, intent }] };
  const metBefore = goalsMet(level, s);

  switch (intent.type) {
    case 'move': {
      const to = level.venues.find((v) => v.id === intent.venue)!;
      const days = walkDays(
        level,
        level.venues.find((v) => v.id === s.at),
        to,
      );
      s.at = to.id;
      s.daysUsed += days;
      events.push({ type: 'moved', venue: to.id, days });
      break;
    }
    case 'act':
      act(level, s, intent.venue, intent.action, events);
      break;
    case 'choose':
      choose(level, s, intent.choice, events);
      break;
    case 'endMonth':
      closeMonth(level, s, events);
      break;
    case 'finish': {
      const allMet = goalsMet(level, s).length === level.goals.length;
      s.ended = { reason: allMet ? 'goals' : 'finished', month: Math.min(s.month, level.months) };
      events.push({ type: 'ended', reason: s.ended.reason });
      break;
    }
  }
  settleEnd(level, s, metBefore, events);
  return { state: s, events };
}

function act(level: Level, s: RunState, venueId: string, actionId: string, out: GameEvent[]): void {
  const venue = level.venues.find((v) => v.id === venueId)!;
  const action = venue.actions.find((a) => a.id === actionId)!;
  // A wall costs the day too: you went and queued. It also keeps a twin's calendar in step.
  s.daysUsed += action.days;
  const requirement = actionRequirement(action);
  const missing = unmet(requirement, s);
  if (missing.length > 0) {
    const alternatives = (action.alternatives ?? []).filter((alt) => {
      const v = level.venues.find((x) => x.id === alt.venue);
      const a = v?.actions.find((x) => x.id === alt.action);
      return a !== undefined && meets(actionRequirement(a), s);
    });
    refuse(level, s, 'venue', venue.id, action.id, requirement, missing, action.facts, alternatives, out);
    return;
  }
  out.push({ type: 'granted', venue: venue.id, action: action.id });
  if (action.cost > 0)
    applyEffects(level, s, [{ type: 'stat', stat: 'money', add: -action.cost }], `action:${action.id}`, out);
  if (action.once) s.done = [...s.done, doneKey(venue.id, action.id)];
  applyEffects(level, s, action.effects, `action:${action.id}`, out);
}

function choose(level: Level, s: RunState, choiceId: string, out: GameEvent[]): void {
  const card = level.events.find((e) => e.id === s.pendingEvent)!;
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
