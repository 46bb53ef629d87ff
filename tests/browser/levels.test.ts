// Every shipped level opens in the browser, from the title to its city, in both languages:
// its map draws with no console error, and a screenshot of each city goes to test-output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { LEVEL_ORDER } from '../../src/content/load';
import { openSession, type Session, screenshot } from './browser';
import { mapReady, settled, tabTo } from './drive';

const ROOT = join(import.meta.dirname, '..', '..');
type L = { en: string; 'zh-Hans': string };
const level = (id: string) =>
  JSON.parse(readFileSync(join(ROOT, 'levels', `${id}.json`), 'utf8')) as {
    title: L;
    months: number;
    venues: { name: L }[];
  };

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const cases = LEVEL_ORDER.flatMap((id, i) => [{ id, lang: i % 2 === 0 ? 'en' : 'zh-Hans' } as const]);

describe('every level opens to its city', () => {
  it.each(cases)('$id ($lang)', async ({ id, lang }) => {
    const data = level(id);
    session = await openSession(inject('baseUrl'), { locale: lang === 'en' ? 'en-US' : 'zh-CN' });
    const page = session.page;
    await page.goto(`${inject('baseUrl')}?reg=rural&seed=5`);
    await page.waitForSelector('.screen-title');
    await page.keyboard.press('Enter'); // Play
    await page.waitForSelector('.screen-levels');
    await tabTo(page, data.title[lang]);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.screen-lottery');
    await page.keyboard.press('Enter'); // turn the card
    await page.waitForSelector('.powerups');
    await settled(page);
    await page.keyboard.press('Enter'); // go to the city
    await page.waitForSelector('.hud');
    await mapReady(page);
    const hud = await page.$eval('.hud-time', (e) => e.textContent ?? '');
    expect(hud).toContain(String(data.months));
    const places = await page.$$eval('[data-venue]', (els) => els.map((e) => e.textContent ?? ''));
    for (const v of data.venues) expect(places.some((p) => p.includes(v.name[lang]))).toBe(true);
    await screenshot(page, `city-level-${id}-${lang}`);
    expect(session.errors).toEqual([]);
    expect(session.foreign).toEqual([]);
  });
});
