// Load figures, each a median of several fresh loads at CPU ×4 and Fast 3G:
// the game's first interactive screen and the city from a run link, against a stock
// Phaser 4 hello world built in the same run as the baseline.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../node-content';
import { initialGzKb, totalGzKb } from './bundle';
import type { Figure } from './figure';
import { serveStatic } from './static-server';
import { median, throttledPage, timeToMark } from './throttle';

export const RUNS = Number(process.env.BENCH_RUNS ?? 5);

export function buildBaseline(): string {
  execFileSync('npx', ['vite', 'build', '--config', 'scripts/bench/baseline/vite.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return join(ROOT, 'dist-baseline');
}

async function medianLoad(browser: Browser, url: string, mark: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await throttledPage(browser);
    times.push(await timeToMark(page, url, mark));
    await context.close();
  }
  return median(times);
}

export async function benchBaseline(browser: Browser): Promise<{ figures: Figure[]; firstFrame: number }> {
  const dist = buildBaseline();
  const server = await serveStatic(dist);
  try {
    const firstFrame = await medianLoad(browser, server.url, 'bench:first-frame');
    return {
      firstFrame,
      figures: [
        { name: 'baseline.initial_gz_kb', value: round(totalGzKb(dist)), unit: 'KB' },
        { name: 'baseline.first_frame_ms', value: firstFrame, unit: 'ms' },
      ],
    };
  } finally {
    await server.close();
  }
}

/** The built game in dist/: bundle sizes and load times. `runLink` is a ?run= query for the city. */
export async function benchGameLoad(
  browser: Browser,
  baselineFirstFrame: number,
  runLink: string,
): Promise<Figure[]> {
  const dist = join(ROOT, 'dist');
  const server = await serveStatic(dist);
  try {
    const title = await medianLoad(browser, server.url, 'iw:title-interactive');
    const city = await medianLoad(browser, `${server.url}${runLink}`, 'iw:city-first-frame');
    return [
      { name: 'bundle.initial_gz_kb', value: round(initialGzKb(dist)), unit: 'KB' },
      { name: 'bundle.total_gz_kb', value: round(totalGzKb(dist)), unit: 'KB' },
      { name: 'load.title_interactive_ms', value: title, unit: 'ms' },
      {
        name: 'load.ratio_vs_baseline',
        value: Math.round((title / baselineFirstFrame) * 1000) / 1000,
        unit: 'ratio',
      },
      { name: 'load.city_first_frame_ms', value: city, unit: 'ms' },
    ];
  } finally {
    await server.close();
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
