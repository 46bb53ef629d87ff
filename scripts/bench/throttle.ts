// Opens a page the way a cheap school laptop on weak Wi-Fi sees it: CPU ×4 and Fast 3G
// (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up), set through the DevTools protocol.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export const FAST_3G = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};

export interface ThrottledPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

export async function throttledPage(
  browser: Browser,
  opts: { cpu?: number; network?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<ThrottledPage> {
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 720 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.cpu ?? 4 });
  if (opts.network !== false) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  }
  return { context, page, cdp };
}

/**
 * Milliseconds from navigation start to a performance mark the page sets. The page reports the mark
 * itself (a PerformanceObserver added before its own scripts, through a binding): no polling, and
 * none of Playwright's injected script runs in the page while it loads. `waitForFunction` evaluated
 * that script (~75 ms of CPU ×4) in the middle of the title's load, a tenth of the title's figure
 * and a fiftieth of the baseline's. Every call needs a page of its own.
 */
export async function timeToMark(page: Page, url: string, mark: string, timeout = 60_000): Promise<number> {
  let reported: (startTime: number) => void = () => {};
  const seen = new Promise<number>((resolve) => {
    reported = resolve;
  });
  await page.exposeBinding('benchMarkSeen', (_source, name: string, startTime: number) => {
    if (name === mark) reported(startTime);
  });
  await page.addInitScript((name: string) => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name === name)
          (window as unknown as { benchMarkSeen(n: string, t: number): void }).benchMarkSeen(
            e.name,
            e.startTime,
          );
    }).observe({ type: 'mark', buffered: true });
  }, mark);
  await page.goto(url, { waitUntil: 'commit', timeout });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${mark} within ${timeout} ms at ${url}`)), timeout);
  });
  try {
    return Math.round(await Promise.race([seen, late]));
  } finally {
    clearTimeout(timer);
  }
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
