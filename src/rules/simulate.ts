// Many seeded bot runs per registration and policy: the balance table behind `npm run simulate`.
import { type Bot, playBot } from './bots';
import { goalsMet } from './month';
import { twinRegistration } from './replay';
import { liveIntentions } from './twin';
import type { Level, Policy } from './types';

export interface SimulationRow {
  level: string;
  registration: string;
  bot: string;
  runs: number;
  /** Share of runs that met each goal, 0..1. */
  goalRates: Record<string, number>;
  /** Mean walls met per run (refusals where the registration is why). */
  walls: number;
  /** Mean refusals per run that are not walls (money, own choice, calendar, something to get). */
  refusals: number;
  /**
   * Mean of (this run − its twin), the twin living the run's intentions (rules/twin.ts): money,
   * goals met, walls met. Negative money = the twin ended richer.
   */
  twinGap: { twin: string; money: number; goals: number; walls: number };
}

/** Plays many seeded games with a bot and lets each one's twin live it. Pure: same inputs, same rows. */
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
  let myWalls = 0;
  let refusals = 0;
  for (let i = 0; i < runs; i++) {
    const seed = (i * 2654435761) >>> 0;
    const game = playBot(level, policy, registration, seed, bot);
    const met = goalsMet(level, game.state);
    for (const g of met) counts[g] = (counts[g] ?? 0) + 1;
    myWalls += game.state.walls.length;
    refusals += game.state.refusals.length;
    if (twin) {
      const t = liveIntentions(
        level,
        seed,
        { registrationId: registration, policy },
        { registrationId: twin.id, policy },
        game.state.log.map((l) => l.intent),
      )!.subject.state;
      money += game.state.stats.money - t.stats.money;
      goals += met.length - goalsMet(level, t).length;
      walls += game.state.walls.length - t.walls.length;
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    level: level.id,
    registration,
    bot: botName,
    runs,
    goalRates: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, round(v / runs)])),
    walls: round(myWalls / runs),
    refusals: round(refusals / runs),
    twinGap: {
      twin: twin?.id ?? '',
      money: Math.round(money / runs),
      goals: round(goals / runs),
      walls: round(walls / runs),
    },
  };
}
