import { type Bot, playBot } from './bots';
import { goalsMet } from './month';
import { replay, twinRegistration } from './replay';
import type { Level, Policy } from './types';

export interface SimulationRow {
  level: string;
  registration: string;
  bot: string;
  runs: number;
  /** Share of runs that met each goal, 0..1. */
  goalRates: Record<string, number>;
  /** Average of (this run − its twin): money, goals met, walls hit. Negative money = the twin ended richer. */
  twinGap: { twin: string; money: number; goals: number; walls: number };
}

/** Plays many seeded games with a bot and replays each as its twin. Pure: same inputs, same rows. */
export function simulate(
  level: Level,
  policy: Policy | null,
  registration: string,
  botName: string,
  bot: Bot,
  runs: number,
): SimulationRow {
  const twin = twinRegistration(level, registration);
  const counts: Record<string, number> = Object.fromEntries(level.goals.map((g) => [g.id, 0]));
  let money = 0;
  let goals = 0;
  let walls = 0;
  for (let i = 0; i < runs; i++) {
    const seed = (i * 2654435761) >>> 0;
    const game = playBot(level, policy, registration, seed, bot);
    const met = goalsMet(level, game.state);
    for (const g of met) counts[g] = (counts[g] ?? 0) + 1;
    if (twin) {
      const t = replay(
        level,
        seed,
        twin.id,
        policy,
        game.state.log.map((l) => l.intent),
      )!;
      money += game.state.stats.money - t.state.stats.money;
      goals += met.length - goalsMet(level, t.state).length;
      walls += game.state.walls.length - t.state.walls.length;
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    level: level.id,
    registration,
    bot: botName,
    runs,
    goalRates: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, round(v / runs)])),
    twinGap: {
      twin: twin?.id ?? '',
      money: Math.round(money / runs),
      goals: round(goals / runs),
      walls: round(walls / runs),
    },
  };
}
