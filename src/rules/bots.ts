// Seeded bots (random, greedy) that play a level through the rules, for simulation and tests.
import { availableIntents, intentsOffered, wouldPass } from './available';
import { END_MONTH } from './lookup';
import { goalsMet } from './month';
import { withPolicy } from './policy';
import { generator } from './random';
import { newRun } from './state';
import { advanceKnowing, isIntent, walkDays } from './step';
import type { Effect, GameEvent, Intent, Level, Policy, RunState } from './types';

/** A bot picks the next intent from those available; `rand` is its own seeded chance. */
export type Bot = (level: Level, s: RunState, options: readonly Intent[], rand: () => number) => Intent;

function pick<T>(xs: readonly T[], rand: () => number): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

/** Tries anything, walls included, and ends months at random. */
export const randomBot: Bot = (_level, _s, options, rand) => pick(options, rand);

/**
 * Plays like a sensible newcomer: does what moves the story on (a new document, flag, job,
 * home or school place) where it stands, else walks to where such a step is open, else
 * ends the month. It never knocks on a wall it can see, and never swaps a job or home it has.
 */
export const greedyBot: Bot = (level, s, options, rand) => {
  const open = options.filter((i) => wouldPass(level, s, i));
  if (open.some((i) => i.type === 'finish')) return { type: 'finish' };
  const choices = open.filter((i) => i.type === 'choose');
  if (choices.length > 0) return choices[0]!;
  const progress = open.filter((i) => i.type === 'act' && makesProgress(level, s, i.venue, i.action));
  if (progress.length > 0) return pick(progress, rand);
  const moves = open.filter(
    (i): i is Extract<Intent, { type: 'move' }> => i.type === 'move' && venueHasProgress(level, s, i.venue),
  );
  if (moves.length > 0) return pick(moves, rand);
  return { type: 'endMonth' };
};

/** Whether an action gives something new: a document, a flag, or a job, home or school where there is none. */
function makesProgress(level: Level, s: RunState, venueId: string, actionId: string): boolean {
  const action = level.venues.find((v) => v.id === venueId)?.actions.find((a) => a.id === actionId);
  if (!action) return false;
  return flatten(action.effects).some(
    (e) =>
      (e.type === 'document' && e.gain && !s.documents.includes(e.id)) ||
      (e.type === 'flag' && e.set && !s.flags.includes(e.id)) ||
      (e.type === 'take' && s.slots[e.slot] === undefined),
  );
}

function flatten(effects: readonly Effect[]): Effect[] {
  return effects.flatMap((e) => (e.type === 'if' ? [e, ...flatten(e.then), ...flatten(e.else ?? [])] : [e]));
}

function venueHasProgress(level: Level, s: RunState, venueId: string): boolean {
  // Count the walk: a step that fits only if you were already there is no reason to go.
  const from = level.venues.find((v) => v.id === s.at);
  const to = level.venues.find((v) => v.id === venueId);
  const walk = to ? walkDays(level, from, to) : 0;
  const there = { ...s, at: venueId, daysUsed: s.daysUsed + walk };
  return availableIntents(level, there).some(
    (i) => i.type === 'act' && wouldPass(level, there, i) && makesProgress(level, there, i.venue, i.action),
  );
}

export interface BotGame {
  state: RunState;
  events: GameEvent[];
  steps: number;
}

/**
 * Plays a whole level with a bot. Bounded: ends months once the step budget runs low.
 * The game keeps only its latest state, so it plays on one state of its own, changed in place
 * (step's `advance`), rather than copying the state and its log at every step; each turn's
 * state is the bot's to read during its turn only (a bot must not change it: the game also
 * carries the goals it meets from step to step).
 */
export function playBot(
  level: Level,
  policy: Policy | null,
  registrationId: string,
  seed: number,
  bot: Bot,
  maxSteps = 2000,
): BotGame {
  const effective = withPolicy(level, policy);
  const state = newRun(level, seed, registrationId, policy);
  if (!state) throw new Error(`level ${level.id} has no registration ${registrationId}`);
  const rand = generator(seed ^ 0x5bd1e995);
  const events: GameEvent[] = [];
  // The goals the state meets, carried from step to step (advanceKnowing) rather than counted
  // again before each step and for the offer of `finish`.
  let met: readonly string[] = goalsMet(effective, state);
  let steps = 0;
  while (!state.ended && steps < maxSteps) {
    const options = intentsOffered(effective, state, met.length === effective.goals.length);
    const perMonth = maxSteps / (level.months + 1);
    const hurry = steps > perMonth * state.month;
    const intent = hurry && !state.pendingEvent ? END_MONTH : bot(effective, state, options, rand);
    // Offered as availableIntents gave it: an intent, and one that can be attempted.
    const offered = options.includes(intent);
    if (offered || isIntent(intent)) {
      // As step logs it; the log is this game's own (a fresh run's), so it grows in place.
      state.log.push({ month: state.month, day: state.daysUsed, intent });
      met = advanceKnowing(effective, state, intent, events, met, offered) ?? goalsMet(effective, state);
    } else events.push({ type: 'rejected', reason: 'malformed', intent });
    steps++;
  }
  return { state, events, steps };
}
