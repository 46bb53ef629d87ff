// City figures at CPU ×4: the 95th percentile frame time while walking the busiest level for
// 10 s (requestAnimationFrame deltas collected in the page), and the JS heap over 5 minutes of
// bot play driven with the keyboard and clicks (garbage collected through CDP before each sample).
import type { Browser, CDPSession, Page } from 'playwright-core';
import { botTick, startLevelFromTitle, walkAround } from './drive';
import type { Figure } from './figure';
import { throttledPage } from './throttle';

const WALK_MS = 10_000;
export const HEAP_MS = Number(process.env.BENCH_HEAP_MS ?? 5 * 60_000);

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

export async function benchCityFrames(browser: Browser, url: string, levelIndex: number): Promise<Figure[]> {
  const { context, page } = await throttledPage(browser, { network: false });
  try {
    await page.goto(url);
    await startLevelFromTitle(page, levelIndex);
    // The game's offline copy (the service worker's one-time precache, ~1.9 MB) installs once the
    // line has been quiet a while (src/app/offline.ts), which here is in the city: the figure is
    // the walking city's own, so it is taken once that download is over.
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
    await page.waitForTimeout(1000); // the first frames after loading are not walking
    // A string, not a function: tsx would wrap named functions in a helper the page lacks.
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__collect = true;
      let last = performance.now();
      const tick = (now) => {
        window.__frames.push(now - last);
        last = now;
        if (window.__collect) requestAnimationFrame(tick);
      };
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(tick);
      });
    })()`);
    await walkAround(page, WALK_MS);
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __collect: boolean };
      w.__collect = false;
      return w.__frames;
    });
    const round = (x: number) => Math.round(x * 10) / 10;
    return [
      { name: 'city.frame_p95_ms', value: round(percentile(frames, 95)), unit: 'ms' },
      { name: 'city.frame_p50_ms', value: round(percentile(frames, 50)), unit: 'ms' },
      { name: 'city.frames', value: frames.length, unit: 'frames' },
    ];
  } finally {
    await context.close();
  }
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / (1024 * 1024);
}

export async function benchHeap(browser: Browser, url: string, levelIndex: number): Promise<Figure[]> {
  const { context, page, cdp } = await throttledPage(browser, { network: false });
  try {
    await cdp.send('HeapProfiler.enable');
    await page.goto(url);
    await startLevelFromTitle(page, levelIndex);
    await page.waitForTimeout(1000);
    const samples = [await heapMb(cdp)];
    let seed = 1;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const start = Date.now();
    let nextSample = start + 30_000;
    let ticks = 0;
    while (Date.now() - start < HEAP_MS) {
      await botTick(page, rand).catch(() => {});
      ticks++;
      if (Date.now() >= nextSample) {
        samples.push(await heapMb(cdp));
        nextSample += 30_000;
      }
    }
    await leaveDialogs(page);
    samples.push(await heapMb(cdp));
    const round = (x: number) => Math.round(x * 100) / 100;
    return [
      { name: 'heap.city_mb', value: round(samples[0]!), unit: 'MB' },
      { name: 'heap.growth_mb', value: round(samples.at(-1)! - samples[0]!), unit: 'MB' },
      { name: 'heap.max_mb', value: round(Math.max(...samples)), unit: 'MB' },
      { name: 'heap.bot_steps', value: ticks, unit: 'steps' },
    ];
  } finally {
    await context.close();
  }
}

async function leaveDialogs(page: Page): Promise<void> {
  for (let i = 0; i < 5 && (await page.$('dialog[open]')); i++) await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
}
