import { availableIntents, wouldPass } from './available';
import { withPolicy } from './policy';
import { generator } from './random';
import { newRun } from './state';
import { step } from './step';
import type { GameEvent, Intent, Level, Policy, RunState } from './types';

/** A bot picks the next intent from those available; `rand` is its own seeded chance. */
export type Bot = (level: Level, s: RunState, options: Intent[], rand: () => number) => Intent;

function pick<T>(xs: readonly T[], rand: () => number): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

/** Tries anything, walls included, and ends months at random. */
export const randomBot: Bot = (_level, _s, options, rand) => pick(options, rand);

/**
 * Plays like a sensible newcomer: takes an open action at random,
 * else walks to a venue with one, else ends the month. Never knocks on a wall it can see.
 */
export const greedyBot: Bot = (level, s, options, rand) => {
  const open = options.filter((i) => wouldPass(level, s, i));
  const choices = open.filter((i) => i.type === 'choose');
  if (choices.length > 0) return choices[0]!;
  const acts = open.filter((i) => i.type === 'act');
  if (acts.length > 0) return pick(acts, rand);
  const moves = open.filter(
    (i): i is Extract<Intent, { type: 'move' }> => i.type === 'move' && venueHasOpenAction(level, s, i.venue),
  );
  if (moves.length > 0) return pick(moves, rand);
  return { type: 'endMonth' };
};

function venueHasOpenAction(level: Level, s: RunState, venueId: string): boolean {
  const there = { ...s, at: venueId };
  return availableIntents(level, there).some((i) => i.type === 'act' && wouldPass(level, there, i));
}

export interface BotGame {
  state: RunState;
  events: GameEvent[];
  steps: number;
}

/** Plays a whole level with a bot. Bounded: ends months once the step budget runs low. */
export function playBot(
  level: Level,
  policy: Policy | null,
  registrationId: string,
  seed: number,
  bot: Bot,
  maxSteps = 2000,
): BotGame {
  const effective = withPolicy(level, policy);
  let state = newRun(level, seed, registrationId, policy);
  if (!state) throw new Error(`level ${level.id} has no registration ${registrationId}`);
  const rand = generator(seed ^ 0x5bd1e995);
  const events: GameEvent[] = [];
  let steps = 0;
  while (!state.ended && steps < maxSteps) {
    const options = availableIntents(effective, state);
    const perMonth = maxSteps / (level.months + 1);
    const hurry = steps > perMonth * state.month;
    const intent =
      hurry && !state.pendingEvent ? ({ type: 'endMonth' } as const) : bot(effective, state, options, rand);
    const r = step(effective, state, intent);
    state = r.state;
    events.push(...r.events);
    steps++;
  }
  return { state, events, steps };
}
