// Load figures, each a median of several fresh loads at CPU ×4 and Fast 3G:
// the game's first interactive screen and the city from a run link, against a stock
// Phaser 4 hello world built in the same run as the baseline.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../node-content';
import { initialGzKb, totalGzKb } from './bundle';
import { startLevelFromTitle, waitForCity } from './drive';
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

/** Milliseconds from navigation to the city's first frame, opening a run link (?run=CODE). The
 * sharing screen offers to watch or to play the run; the bench plays it, as a student would. A
 * build without that screen is driven from the title instead (levelIndex). */
async function cityFromRunLink(
  browser: Browser,
  url: string,
  levelIndex: number,
): Promise<{ firstFrame: number; avatar: number }> {
  const { context, page } = await throttledPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const offer = await page
      .waitForSelector('.screen-run-link .run-play button', { timeout: 60_000 })
      .catch(() => null);
    if (offer) {
      await offer.click();
      await waitForCity(page);
    } else await startLevelFromTitle(page, levelIndex);
    // First frame: the map usable (the DOM sketch, or Phaser's map in a build without one);
    // avatar: Phaser's map and the avatar drawn.
    // (No helper function inside evaluate: tsx would wrap it in a __name the page lacks.)
    const [firstFrame, avatar] = await page.evaluate(() =>
      ['iw:city-first-frame', 'iw:city-avatar'].map((n) => performance.getEntriesByName(n)[0]?.startTime),
    );
    return { firstFrame: Math.round(firstFrame!), avatar: Math.round(avatar ?? firstFrame!) };
  } finally {
    await context.close();
  }
}

/** The built game: bundle sizes and load times. `runLink` is a ?run= query for the city. */
export async function benchGameLoad(
  browser: Browser,
  dist: string,
  baselineFirstFrame: number,
  runLink: string,
  levelIndex: number,
): Promise<Figure[]> {
  const server = await serveStatic(dist);
  try {
    const title = await medianLoad(browser, server.url, 'iw:title-interactive');
    const cities: { firstFrame: number; avatar: number }[] = [];
    for (let i = 0; i < RUNS; i++)
      cities.push(await cityFromRunLink(browser, `${server.url}${runLink}`, levelIndex));
    const city = median(cities.map((c) => c.firstFrame));
    const avatar = median(cities.map((c) => c.avatar));
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
      {
        name: 'load.city_ratio_vs_baseline',
        value: Math.round((city / baselineFirstFrame) * 1000) / 1000,
        unit: 'ratio',
      },
      { name: 'load.city_avatar_ms', value: avatar, unit: 'ms' },
    ];
  } finally {
    await server.close();
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
