// Which intents the player could try now, and whether one would pass its requirements.
import { meets } from './requirements';
import { actionRequirement, actRejection, moveRejection, rejection } from './step';
import type { Intent, Level, RunState } from './types';

/** Every intent that can be attempted now (some may still meet a wall): for the UI and for bots. */
export function availableIntents(level: Level, s: RunState): Intent[] {
  if (s.ended) return [];
  const candidates: Intent[] = [];
  const card = level.events.find((e) => e.id === s.pendingEvent);
  if (card) {
    for (const c of card.choices ?? []) candidates.push({ type: 'choose', choice: c.id });
    return candidates.filter((i) => rejection(level, s, i) === null);
  }
  // The same answers as `rejection` gives each candidate (ids are unique in a checked level),
  // with the venue you stand at looked up once rather than once per candidate.
  if (s.pendingEvent) return []; // a card that is not in the level: nothing can be attempted
  const here = level.venues.find((v) => v.id === s.at);
  for (const a of here?.actions ?? [])
    if (actRejection(level, s, here!, a) === null)
      candidates.push({ type: 'act', venue: s.at, action: a.id });
  for (const v of level.venues)
    if (v.id !== s.at && moveRejection(level, s, here, v) === null)
      candidates.push({ type: 'move', venue: v.id });
  candidates.push({ type: 'endMonth' });
  if (level.goals.every((g) => meets(g.requires, s))) candidates.push({ type: 'finish' });
  return candidates;
}

/** Whether an attemptable intent would pass its requirements (no wall). */
export function wouldPass(level: Level, s: RunState, intent: Intent): boolean {
  if (rejection(level, s, intent) !== null) return false;
  if (intent.type === 'act') {
    const action = level.venues
      .find((v) => v.id === intent.venue)
      ?.actions.find((a) => a.id === intent.action);
    return action !== undefined && meets(actionRequirement(action), s);
  }
  if (intent.type === 'choose') {
    const choice = level.events
      .find((e) => e.id === s.pendingEvent)
      ?.choices?.find((c) => c.id === intent.choice);
    return choice !== undefined && meets(choice.requires, s);
  }
  return true;
}
