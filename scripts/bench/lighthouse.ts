// Lighthouse (12, mobile preset: Moto G Power screen, simulated slow 4G and CPU ×4) on four
// screens of the built game, served as the other load figures serve it: the title, the city from
// a run link (open the link, click "Play as …"), the outcome (open a finished run's link, Watch,
// Skip) and the debrief page (#/debrief). Each screen is audited RUNS times in a fresh browser
// (cold cache, empty storage); the figures are the medians of the category scores (0–100).
// CPU-heavy: it is not part of `npm run bench` without arguments nor of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { navigation } from 'lighthouse';
import puppeteer, { type Page } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/browser/browser';
import { ROOT } from '../node-content';
import type { Figure } from './figure';
import { serveStatic } from './static-server';
import { median } from './throttle';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** BENCH_LIGHTHOUSE_SCREENS=city,outcome audits only those screens (all four by default). */
const ONLY = process.env.BENCH_LIGHTHOUSE_SCREENS?.split(',').filter(Boolean);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Metrics worth reading next to the performance score. */
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

interface Screen {
  name: string;
  /** Drives the page to the screen; Lighthouse records from the navigation until the page is quiet. */
  open(page: Page, base: string): Promise<void>;
}

export interface LighthouseLinks {
  /** ?run=… of a fresh run (the city). */
  cityLink: string;
  /** ?run=… of a run that reaches its end (the outcome). */
  outcomeLink: string;
}

function screens(links: LighthouseLinks): Screen[] {
  return [
    { name: 'title', open: async (page, base) => void (await page.goto(base)) },
    {
      name: 'city',
      open: async (page, base) => {
        await page.goto(`${base}${links.cityLink}`);
        const play = await page.waitForSelector('.screen-run-link .run-play button', { timeout: 60_000 });
        await play!.click();
        await page.waitForSelector('.hud', { timeout: 60_000 });
      },
    },
    {
      name: 'outcome',
      open: async (page, base) => {
        await page.goto(`${base}${links.outcomeLink}`);
        const watch = await page.waitForSelector('.screen-run-link .run-watch', { timeout: 60_000 });
        await watch!.click();
        const skip = await page.waitForSelector('.run-skip', { timeout: 60_000 });
        await skip!.click();
        await page.waitForSelector('.screen-outcome', { timeout: 60_000 });
      },
    },
    {
      name: 'debrief',
      open: async (page, base) => {
        await page.goto(`${base}#/debrief`);
        await page.waitForSelector('.debrief-page', { timeout: 60_000 });
      },
    },
  ];
}

export async function benchLighthouse(dist: string, links: LighthouseLinks): Promise<Figure[]> {
  const server = await serveStatic(dist);
  // A fresh browser for every audit: one crashed browser (it happens on a loaded machine) then
  // costs one audit, and no audit inherits another's caches or processes.
  const launch = () =>
    puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, '--headless'] });
  const out = join(ROOT, 'test-output', 'lighthouse');
  mkdirSync(out, { recursive: true });
  const figures: Figure[] = [];
  try {
    for (const screen of screens(links).filter((s) => !ONLY || ONLY.includes(s.name))) {
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, [] as number[]]));
      const metrics = Object.fromEntries(METRICS.map((m) => [m, [] as number[]]));
      for (let i = 0; i < RUNS; i++) {
        const browser = await launch();
        const page = await browser.newPage();
        try {
          const result = await navigation(page, () => screen.open(page, server.url), {
            flags: { logLevel: 'error' },
          });
          if (!result) throw new Error(`lighthouse gave no result for ${screen.name}`);
          const { lhr } = result;
          if (lhr.runtimeError) throw new Error(`${screen.name}: ${lhr.runtimeError.message}`);
          writeFileSync(join(out, `${screen.name}-${i + 1}.json`), JSON.stringify(lhr));
          for (const c of CATEGORIES) scores[c]!.push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
          for (const m of METRICS) metrics[m]!.push(lhr.audits[m]?.numericValue ?? Number.NaN);
          const failed = Object.values(lhr.audits)
            .filter(
              (a: { score: number | null; scoreDisplayMode: string }) =>
                a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
            )
            .map((a: { id: string }) => a.id);
          console.error(
            `lighthouse ${screen.name} #${i + 1}: ${CATEGORIES.map((c) => `${c} ${scores[c]!.at(-1)}`).join(', ')}${failed.length ? `; failing: ${failed.join(' ')}` : ''}`,
          );
        } finally {
          await browser.close();
        }
      }
      for (const c of CATEGORIES)
        figures.push({ name: `lighthouse.${screen.name}.${c}`, value: median(scores[c]!), unit: 'score' });
      for (const m of METRICS) {
        const v = median(metrics[m]!);
        figures.push({
          name: `lighthouse.${screen.name}.${m.replace(/-/g, '_')}`,
          value: m === 'cumulative-layout-shift' ? Math.round(v * 1000) / 1000 : Math.round(v),
          unit: m === 'cumulative-layout-shift' ? '' : 'ms',
        });
      }
    }
  } finally {
    await server.close();
  }
  return figures;
}
