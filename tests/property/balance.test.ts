// The lesson lands in the numbers (issue 13): for the registration that meets walls, the greedy
// bot's mean gap to its twin is not zero and the walled player is not better off; under
// "Access follows residence" that gap shrinks on the levels whose walls are registration gates.
// Seeded and deterministic; fewer runs than docs/balance.md, the same rules.
import { describe, expect, it } from 'vitest';
import { greedyBot, type Level, liveIntentions, playBot, simulate, twinRegistration } from '../../src/rules';
import { shipped } from '../helpers/shipped';

const content = shipped();
const RUNS = 40;
const statusQuo = content.policies.get('status-quo') ?? null;
const reform = content.policies.get('residency-access') ?? null;

/**
 * Whether a registration meets walls on a level: playing greedily, it goes round doors its twin
 * goes straight through (the twin's moves "open-door", "instead" or "skipped", once in two runs
 * on average). Decided from play, not from a list.
 */
function meetsWalls(level: Level, registration: string): boolean {
  const twin = twinRegistration(level, registration)!;
  let rounds = 0;
  for (let i = 0; i < 20; i++) {
    const seed = (i * 2654435761) >>> 0;
    const game = playBot(level, statusQuo, registration, seed, greedyBot);
    const lived = liveIntentions(
      level,
      seed,
      { registrationId: registration, policy: statusQuo },
      { registrationId: twin.id, policy: statusQuo },
      game.state.log.map((l) => l.intent),
    )!;
    rounds += lived.moves.filter((m) => ['open-door', 'instead', 'skipped'].includes(m.kind)).length;
  }
  return rounds / 20 >= 0.5;
}

const levels = [...content.levels.values()].filter((l) => l.id !== 'reform-city');

describe.each(levels.map((level) => ({ id: level.id, level })))('balance on $id', ({ level }) => {
  const walled = level.registrations.filter((r) => meetsWalls(level, r.id)).map((r) => r.id);

  it('some registration meets walls', () => {
    expect(walled.length).toBeGreaterThan(0);
  });

  it('for the walled registration the twin gap is not zero, and the walled player is not better off', () => {
    for (const reg of walled) {
      const row = simulate(level, statusQuo, reg, 'greedy', greedyBot, RUNS);
      const gap = row.twinGap;
      expect(gap.money !== 0 || gap.goals !== 0, `${reg}: ${JSON.stringify(gap)}`).toBe(true);
      if (level.id === 'hometown') {
        // The hometown's walls are the land (land contract, homestead): the urban-registered player
        // meets them, and loses the goal that needs land. Its money is not the walls' doing: the
        // father's employee pension is about 25 times the resident one (pension-gap-2025), so the
        // rural family is the one the registration leaves poorer; checked below.
        expect(gap.goals, `${reg}: ${JSON.stringify(gap)}`).toBeLessThan(0);
      } else {
        // Not better off: poorer, or fewer goals, and not ahead on the other beyond noise
        // (a twentieth of a goal: one run in twenty).
        expect(gap.money < 0 || gap.goals < 0, `${reg}: ${JSON.stringify(gap)}`).toBe(true);
        expect(gap.money, `${reg}: ${JSON.stringify(gap)}`).toBeLessThanOrEqual(0);
        expect(gap.goals, `${reg}: ${JSON.stringify(gap)}`).toBeLessThanOrEqual(0.05);
      }
    }
  });
});

describe('the hometown: the registration divides pensions and care, not doors', () => {
  it('the rural family, who meets no wall, ends poorer than its urban twin', () => {
    const home = content.levels.get('hometown')!;
    const row = simulate(home, statusQuo, 'rural', 'greedy', greedyBot, RUNS);
    expect(row.twinGap.money).toBeLessThan(-20000);
  });
});

describe('Access follows residence', () => {
  it('shrinks the walled registration’s money gap by a tenth or more on at least three levels', () => {
    const shrunk: string[] = [];
    for (const level of levels) {
      if (!level.policies.includes('residency-access')) continue;
      const today = simulate(level, statusQuo, 'rural', 'greedy', greedyBot, RUNS).twinGap.money;
      const after = simulate(level, reform, 'rural', 'greedy', greedyBot, RUNS).twinGap.money;
      if (today < 0 && Math.abs(after) <= 0.9 * Math.abs(today)) shrunk.push(level.id);
    }
    expect(shrunk.length, shrunk.join(', ')).toBeGreaterThanOrEqual(3);
  });
});
