// Replaying a run's intents under another registration: the twin who lives your intentions.
import { wouldPass } from './available';
import { withPolicy } from './policy';
import { newRun } from './state';
import { step } from './step';
import type { GameEvent, Intent, Level, LevelRegistration, Policy, RunState } from './types';

export interface Replay {
  state: RunState;
  events: GameEvent[];
}

/**
 * Rebuilds a run from its intents. A replay under another registration or policy meets the
 * same luck; where a logged event choice is walled off for it, it takes the first open choice.
 */
export function replay(
  level: Level,
  seed: number,
  registrationId: string,
  policy: Policy | null,
  intents: readonly Intent[],
): Replay | undefined {
  const effective = withPolicy(level, policy);
  let state = newRun(level, seed, registrationId, policy);
  if (!state) return undefined;
  const events: GameEvent[] = [];
  for (const intent of intents) {
    if (state.ended) break;
    if (state.pendingEvent && intent.type !== 'choose') state = resolvePending(effective, state, events);
    const r = step(effective, state, intent);
    state = r.state;
    events.push(...r.events);
  }
  return { state, events };
}

function resolvePending(level: Level, state: RunState, events: GameEvent[]): RunState {
  const card = level.events.find((e) => e.id === state.pendingEvent);
  const open = card?.choices?.find((c) => wouldPass(level, state, { type: 'choose', choice: c.id }));
  if (!open) return state;
  const r = step(level, state, { type: 'choose', choice: open.id });
  events.push(...r.events);
  return r.state;
}

/** "You, born elsewhere": the registration a run is compared with. */
export function twinRegistration(level: Level, registrationId: string): LevelRegistration | undefined {
  const me = level.registrations.find((r) => r.id === registrationId);
  if (!me) return undefined;
  const others = level.registrations.filter((r) => r.id !== me.id);
  return others.find((r) => r.place !== me.place) ?? others.find((r) => r.kind !== me.kind) ?? others[0];
}

export function intentsOf(state: RunState): Intent[] {
  return state.log.map((l) => l.intent);
}
