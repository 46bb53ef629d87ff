// Which intents the player could try now, and whether one would pass its requirements.
import { actionEntry, END_MONTH, FINISH, lookup } from './lookup';
import { meets } from './requirements';
import { entryRejection, moveRejection, rejection } from './step';
import type { Intent, Level, RunState } from './types';

/** Every intent that can be attempted now (some may still meet a wall): for the UI and for bots. */
export function availableIntents(level: Level, s: RunState): Intent[] {
  return intentsOffered(level, s, null);
}

/**
 * availableIntents, told whether the state meets every goal (null when not known: it is worked
 * out if needed). A bot's game knows it from its last step (see step's advanceKnowing) and
 * asks at every step.
 */
export function intentsOffered(level: Level, s: RunState, allMet: boolean | null): Intent[] {
  if (s.ended) return [];
  const candidates: Intent[] = [];
  const index = lookup(level);
  const card = s.pendingEvent === null ? undefined : index.events.get(s.pendingEvent);
  if (card) {
    // Each is a choice of the card pending, which `rejection` always lets through.
    for (const c of card.choices ?? []) candidates.push({ type: 'choose', choice: c.id });
    return candidates;
  }
  // The same answers as `rejection` gives each candidate (ids are unique in a checked level),
  // with the venue you stand at looked up once rather than once per candidate. The intents
  // themselves come from the level's index: a bot asks for them at every step.
  if (s.pendingEvent) return []; // a card that is not in the level: nothing can be attempted
  const place = index.offers.get(s.at) ?? index.offerFromNowhere;
  for (const entry of place.actions)
    if (entryRejection(level, s, entry) === null) candidates.push(entry.intent);
  const tail = place.tails[s.daysUsed];
  const finish = allMet ?? allGoalsMet(level, s);
  if (tail) {
    // Pushed one by one: concat and slice cost more here, for a dozen intents, than the loop.
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
    return entry !== undefined && meets(entry.requirement, s);
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
  for (const g of level.goals) if (!meets(g.requires, s)) return false;
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
