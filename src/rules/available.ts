// Which intents the player could try now, and whether one would pass its requirements.
import { actionEntry, END_MONTH, FINISH, lookup, MAX_ACTIONS_BY_SET } from './lookup';
import { meets } from './requirements';
import { entryRejection, moveRejection, rejection } from './step';
import type { Intent, Level, RunState } from './types';

/** Every intent that can be attempted now (some may still meet a wall): for the UI and for bots. */
export function availableIntents(level: Level, s: RunState): readonly Intent[] {
  return intentsOffered(level, s, null);
}

/**
 * availableIntents, told whether the state meets every goal (null when not known: it is worked
 * out if needed). A bot's game knows it from its last step (see step's advanceKnowing) and
 * asks at every step. The list may be shared with other calls (it is frozen).
 */
export function intentsOffered(level: Level, s: RunState, allMet: boolean | null): readonly Intent[] {
  if (s.ended) return [];
  const index = lookup(level);
  const card = s.pendingEvent === null ? undefined : index.events.get(s.pendingEvent);
  if (card) {
    // Each is a choice of the card pending, which `rejection` always lets through.
    return (card.choices ?? []).map((c) => ({ type: 'choose', choice: c.id }));
  }
  // The same answers as `rejection` gives each candidate (ids are unique in a checked level),
  // with the venue you stand at looked up once rather than once per candidate. The intents
  // themselves come from the level's index: a bot asks for them at every step.
  if (s.pendingEvent) return []; // a card that is not in the level: nothing can be attempted
  const place = index.offers.get(s.at) ?? index.offerFromNowhere;
  const actions = place.actions;
  const tail = place.tails[s.daysUsed];
  if (tail && actions.length <= MAX_ACTIONS_BY_SET) {
    // Which actions can be attempted, as bits; the offer for that set is made once and kept.
    let open = 0;
    for (let i = 0; i < actions.length; i++)
      if (entryRejection(level, s, actions[i]!) === null) open |= 1 << i;
    const finish = allMet ?? allGoalsMet(level, s);
    const key = 2 * open + (finish ? 1 : 0);
    let offer = tail.byOpenActions[key];
    if (offer === undefined) {
      offer = Object.freeze([
        ...actions.filter((_, i) => (open & (1 << i)) !== 0).map((a) => a.intent),
        ...(finish ? tail.andFinish : tail.andEnd),
      ]);
      tail.byOpenActions[key] = offer;
    }
    return offer;
  }
  const candidates: Intent[] = [];
  for (const entry of actions) if (entryRejection(level, s, entry) === null) candidates.push(entry.intent);
  const finish = allMet ?? allGoalsMet(level, s);
  if (tail) {
    for (const intent of finish ? tail.andFinish : tail.andEnd) candidates.push(intent);
    return candidates;
  }
  // Days used that the index has no list for (not a whole day from 0 to daysPerMonth).
  for (const move of movesByWalking(level, s)) candidates.push(move);
  candidates.push(END_MONTH);
  if (finish) candidates.push(FINISH);
  return candidates;
}

/** Whether an attemptable intent would pass its requirements (no wall). */
export function wouldPass(level: Level, s: RunState, intent: Intent): boolean {
  if (rejection(level, s, intent) !== null) return false;
  if (intent.type === 'act') {
    const entry = actionEntry(level, intent.venue, intent.action);
    return entry?.check(s) === true;
  }
  if (intent.type === 'choose') {
    const choice = lookup(level)
      .events.get(s.pendingEvent!)
      ?.choices?.find((c) => c.id === intent.choice);
    return choice !== undefined && meets(choice.requires, s);
  }
  return true;
}

function allGoalsMet(level: Level, s: RunState): boolean {
  for (const check of lookup(level).goalChecks) if (!check(s)) return false;
  return true;
}

/** The walks that fit the month, worked out (the index has them for whole days 0 to daysPerMonth). */
function movesByWalking(level: Level, s: RunState): Intent[] {
  const here = lookup(level).venues.get(s.at);
  const moves: Intent[] = [];
  for (const v of level.venues)
    if (v.id !== s.at && moveRejection(level, s, here, v) === null) moves.push({ type: 'move', venue: v.id });
  return moves;
}
