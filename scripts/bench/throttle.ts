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

/** Milliseconds from navigation start to a performance mark the page sets. */
export async function timeToMark(page: Page, url: string, mark: string, timeout = 60_000): Promise<number> {
  await page.goto(url, { waitUntil: 'commit', timeout });
  const handle = await page.waitForFunction(
    (name) => performance.getEntriesByName(name)[0]?.startTime,
    mark,
    { timeout, polling: 50 },
  );
  return Math.round((await handle.jsonValue()) as number);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
