// rules.games_per_s: whole random-bot games per second on one core, over the shipped levels
// and their registrations; rules.step_us: median microseconds per step; rules.report_ms: one
// full run report (you, twin, every reform of the level) for the longest level, median and p95
// over played runs. `npm run bench -- rules` runs only this part.
import { performance } from 'node:perf_hooks';
import {
  availableIntents,
  generator,
  greedyBot,
  newRun,
  type Policy,
  playBot,
  randomBot,
  report,
  step,
} from '../../src/rules';
import type { Level } from '../../src/rules/types';
import { shippedContent } from '../load-shipped';
import type { Figure } from './figure';

export async function benchRules(): Promise<Figure[]> {
  const content = shippedContent();
  const pairs = [...content.levels.values()].flatMap((level) =>
    level.registrations.map((r) => ({ level, reg: r.id })),
  );
  // Warm up the JIT, then count games for about two seconds.
  for (let i = 0; i < 200; i++) {
    const p = pairs[i % pairs.length]!;
    playBot(p.level, null, p.reg, i, randomBot);
  }
  let games = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 2000) {
    const p = pairs[games % pairs.length]!;
    playBot(p.level, null, p.reg, games * 7919, randomBot);
    games++;
  }
  const gamesPerS = games / ((performance.now() - t0) / 1000);

  // Per-step timing: time batches of steps along random games, take the median per step.
  const samples: number[] = [];
  const rand = generator(42);
  for (let g = 0; g < 300; g++) {
    const p = pairs[g % pairs.length]!;
    let s = newRun(p.level, g, p.reg, null)!;
    while (!s.ended) {
      const options = availableIntents(p.level, s);
      const intent = options[Math.floor(rand() * options.length)]!;
      const t = performance.now();
      for (let k = 0; k < 20; k++) step(p.level, s, intent);
      samples.push(((performance.now() - t) * 1000) / 20);
      s = step(p.level, s, intent).state;
    }
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  const reportMs = benchReport(content);
  return [
    { name: 'rules.games_per_s', value: Math.round(gamesPerS), unit: 'games/s' },
    { name: 'rules.step_us', value: Math.round(median * 100) / 100, unit: 'us' },
    { name: 'rules.report_ms', value: reportMs.median, unit: 'ms' },
    { name: 'rules.report_p95_ms', value: reportMs.p95, unit: 'ms' },
  ];
}

/** The level with the most months (then the most venues): its reports replay the most. */
export function longestLevel(levels: readonly Level[]): Level {
  return [...levels].sort((a, b) => b.months - a.months || b.venues.length - a.venues.length)[0]!;
}

/**
 * Milliseconds for one full report (rules/report.ts, as the outcome screen asks for it) of runs
 * played to the end on the longest level, by both bots from every registration.
 */
function benchReport(content: { levels: Map<string, Level>; policies: Map<string, Policy> }): {
  median: number;
  p95: number;
} {
  const level = longestLevel([...content.levels.values()]);
  const policies = level.policies.map((id) => content.policies.get(id) ?? null);
  const runs = level.registrations.flatMap((r, i) =>
    [greedyBot, randomBot].flatMap((bot, b) =>
      [0, 1, 2, 3, 4].map((k) => playBot(level, null, r.id, 1000 * i + 100 * b + k, bot).state),
    ),
  );
  for (const s of runs) report(level, s, null, policies); // warm up
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const s of runs) {
      const t = performance.now();
      report(level, s, null, policies);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round((times[Math.floor(q * (times.length - 1))] ?? 0) * 100) / 100;
  return { median: at(0.5), p95: at(0.95) };
}
