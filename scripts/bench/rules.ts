// rules.games_per_s: whole random-bot games per second on one core, over the shipped levels
// and their registrations; rules.step_us: median microseconds per step.
import { performance } from 'node:perf_hooks';
import { availableIntents, generator, newRun, playBot, randomBot, step } from '../../src/rules';
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
  return [
    { name: 'rules.games_per_s', value: Math.round(gamesPerS), unit: 'games/s' },
    { name: 'rules.step_us', value: Math.round(median * 100) / 100, unit: 'us' },
  ];
}
