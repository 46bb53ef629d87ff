// Each language's strings are a file of their own (src/i18n/index.ts): the title loads the
// player's language only, the other follows once the title is idle, and switching works offline.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './browser';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** The language files the page has fetched, in order, with when each started (ms after navigation). */
const stringsFetched = (s: Session) =>
  s.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => /\/strings-[\w-]+?-[\w-]{8}\.js$/.test(r.name))
      .map((r) => ({ lang: /strings-(en|zh-Hans)-/.exec(r.name)?.[1], start: r.startTime })),
  );

describe('the strings of one language at a time', () => {
  it.each([
    ['en-US', 'en', 'zh-Hans', 'Play'],
    ['zh-CN', 'zh-Hans', 'en', '开始游戏'],
  ] as const)(
    'a %s browser: the title with its language only, the other after it',
    async (locale, own, other, play) => {
      session = await openSession(inject('baseUrl'), { locale });
      const { page } = session;
      await page.goto(inject('baseUrl'));
      await page.waitForFunction(() => performance.getEntriesByName('iw:title-interactive').length > 0);
      expect(await page.$eval('.screen-title', (e) => e.textContent)).toContain(play);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(own);
      const title = await page.evaluate(
        () => performance.getEntriesByName('iw:title-interactive')[0]!.startTime,
      );
      const before = (await stringsFetched(session)).filter((f) => f.start <= title);
      expect(before.map((f) => f.lang)).toEqual([own]);
      // The other language follows when the page is idle, so that a switch needs no network.
      await page.waitForFunction(
        (lang) => performance.getEntriesByType('resource').some((r) => r.name.includes(`/strings-${lang}-`)),
        other,
        { timeout: 30_000 },
      );
      expect(session.errors).toEqual([]);
    },
  );

  it('switches language both ways with the network off', async () => {
    session = await openSession(inject('baseUrl'));
    const { page, context } = session;
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('.screen-title');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('.screen-title');
    await page.click('button[aria-label="切换到中文"]');
    await page.waitForFunction(() =>
      document.querySelector('.screen-title')?.textContent?.includes('开始游戏'),
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await page.click('button[aria-label="Switch to English"]');
    await page.waitForFunction(() => document.querySelector('.screen-title')?.textContent?.includes('Play'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(session.errors).toEqual([]);
    await context.setOffline(false);
  });
});
