// Plays the game in Chromium with the keyboard alone: title → level → lottery → city → walls →
// month end → outcome with the twin; save and resume; a corrupt save; screenshots of each screen.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session, screenshot } from './browser';
import { active, closePanel, endMonth as endMonthWith, mapReady, settled, tabTo } from './drive';

const ROOT = join(import.meta.dirname, '..', '..');
type L = { en: string; 'zh-Hans': string };
interface LevelJson {
  venues: { id: string; name: L; actions: { id: string; name: L }[] }[];
  documents: { id: string; name: L }[];
}
const readLevel = (id: string) =>
  JSON.parse(readFileSync(join(ROOT, 'levels', `${id}.json`), 'utf8')) as LevelJson;
const tutorial = readLevel('tutorial');

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function open(query: string, opts: Parameters<typeof openSession>[1] = {}): Promise<Page> {
  session = await openSession(inject('baseUrl'), opts);
  // These tests follow the play itself; the tutorial's guide has its own test (guide.test.ts).
  await session.page.addInitScript(() => localStorage.setItem('iw.guide', 'done'));
  await session.page.goto(`${inject('baseUrl')}${query}`);
  await session.page.waitForSelector('.screen-title');
  return session.page;
}

function names(level: LevelJson, lang: 'en' | 'zh-Hans', venue: string, action: string) {
  const v = level.venues.find((x) => x.id === venue)!;
  return { venue: v.name[lang], action: v.actions.find((a) => a.id === action)!.name[lang] };
}

/** Walks to a venue from the places list and tries an action; leaves the resulting panel open. */
async function attempt(page: Page, level: LevelJson, lang: 'en' | 'zh-Hans', venue: string, action: string) {
  const n = names(level, lang, venue, action);
  await tabTo(page, n.venue);
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.panel-venue');
  await tabTo(page, n.action);
  await page.keyboard.press('Enter');
  await settled(page);
}

/** Ends the month (drive.ts), with a screenshot of the month-end panel when `shot` names one. */
const endMonth = (page: Page, shot?: string) =>
  endMonthWith(
    page,
    shot
      ? async () => {
          await screenshot(page, shot);
        }
      : undefined,
  );

async function startLevel(page: Page, levelTitle: string, shots?: string) {
  await page.keyboard.press('Enter'); // Play (focused on the title)
  await page.waitForSelector('.screen-levels');
  if (shots) await screenshot(page, `levels-${shots}`);
  await tabTo(page, levelTitle);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.screen-lottery');
  await page.keyboard.press('Enter'); // turn the card
  await page.waitForSelector('.powerups');
  await settled(page);
  if (shots) await screenshot(page, `lottery-${shots}`);
  await page.keyboard.press('Enter'); // meet the family
  await page.waitForSelector('.screen-family');
  await page.keyboard.press('Enter'); // go to the city
  await page.waitForSelector('.hud');
  await mapReady(page);
}

function clean(s: Session) {
  expect(s.errors).toEqual([]);
  expect(s.foreign).toEqual([]);
}

const hudText = (page: Page) => page.$eval('.hud-time', (e) => e.textContent);
const moneyText = (page: Page) => page.$eval('.hud-stats .stat', (e) => e.textContent);

describe('the tutorial, with the keyboard alone', () => {
  for (const lang of ['en', 'zh-Hans'] as const) {
    it(`a rural player meets the school wall and sees the twin (${lang})`, async () => {
      const tag = lang === 'en' ? 'en' : 'zh';
      const page = await open('?reg=rural&seed=7', { locale: lang === 'en' ? 'en-US' : 'zh-CN' });
      await screenshot(page, `title-${tag}`);
      await startLevel(page, lang === 'en' ? 'First month in Riverside' : '初到江畔市', tag);
      await screenshot(page, `city-${tag}`);
      await attempt(page, tutorial, lang, 'factory', 'sign-contract');
      await screenshot(page, `venue-${tag}`);
      await closePanel(page);
      await attempt(page, tutorial, lang, 'urban-village', 'rent-room');
      await closePanel(page);
      await endMonth(page, `month-end-${tag}`);
      await attempt(page, tutorial, lang, 'public-school', 'enrol');
      const wall = await page.waitForSelector('dialog.panel-wall');
      await settled(page);
      const permit = tutorial.documents.find((d) => d.id === 'residence-permit')!.name[lang];
      expect(await wall.textContent()).toContain(permit);
      await screenshot(page, `wall-${tag}`);
      await closePanel(page);
      await page.keyboard.press('j');
      await page.waitForSelector('dialog.panel-journal');
      expect(await page.$eval('dialog.panel-journal', (e) => e.textContent)).toContain(permit);
      await screenshot(page, `journal-${tag}`);
      await closePanel(page);
      await attempt(page, tutorial, lang, 'migrant-school', 'enrol');
      await closePanel(page);
      await endMonth(page);
      await page.waitForSelector('#twin');
      expect(await page.$eval('#twin', (e) => e.textContent)).toContain(
        lang === 'en' ? 'Urban hukou' : '城镇户口',
      );
      await screenshot(page, `outcome-${tag}`);
      await page.$eval('#twin', (e) => e.scrollIntoView());
      await screenshot(page, `outcome-twin-${tag}`);
      clean(session!);
    });
  }

  it('an urban player on a phone gets the public school and the outcome', async () => {
    const page = await open('?reg=urban&seed=7', { viewport: { width: 360, height: 640 } });
    await screenshot(page, 'title-phone');
    await startLevel(page, 'First month in Riverside', 'phone');
    await screenshot(page, 'city-phone');
    await attempt(page, tutorial, 'en', 'factory', 'sign-contract');
    await screenshot(page, 'venue-phone');
    await closePanel(page);
    await attempt(page, tutorial, 'en', 'urban-village', 'rent-room');
    await closePanel(page);
    await endMonth(page, 'month-end-phone');
    await attempt(page, tutorial, 'en', 'public-school', 'enrol');
    await closePanel(page);
    // Every goal is met: the game offers to finish (F) rather than ending by itself.
    await page.waitForSelector('.hud-buttons .btn-primary');
    await page.keyboard.press('f');
    await page.waitForSelector('#twin');
    expect(await page.$eval('#twin', (e) => e.textContent)).toContain('Rural hukou');
    await screenshot(page, 'outcome-phone');
    clean(session!);
  });
});

describe('save and resume', () => {
  it('resumes the same month, days and money after a reload mid-level', async () => {
    const page = await open('?reg=rural&seed=11');
    await startLevel(page, 'First month in Riverside');
    await attempt(page, tutorial, 'en', 'factory', 'sign-contract');
    await closePanel(page);
    await attempt(page, tutorial, 'en', 'urban-village', 'rent-room');
    await closePanel(page);
    const before = [await hudText(page), await moneyText(page)];
    await page.reload();
    await page.waitForSelector('.screen-title');
    expect(await active(page)).toContain('Continue');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.hud');
    expect([await hudText(page), await moneyText(page)]).toEqual(before);
    clean(session!);
  });

  it('sets a corrupt save aside with a message, and the title still works', async () => {
    const page = await open('');
    await page.evaluate(() => localStorage.setItem('iw.save', 'garbage{'));
    await page.reload();
    await page.waitForSelector('.notice');
    expect(await page.$eval('.notice', (e) => e.textContent)).toContain('could not be read');
    await screenshot(page, 'title-corrupt-save');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.screen-levels');
    clean(session!);
  });
});

describe.runIf(existsSync(join(ROOT, 'levels', 'factory-city.json')))('the factory city', () => {
  it('plays to the outcome with the keyboard', async () => {
    const title = (
      JSON.parse(readFileSync(join(ROOT, 'levels', 'factory-city.json'), 'utf8')) as { title: L }
    ).title.en;
    const page = await open('?reg=rural&seed=3');
    await startLevel(page, title);
    for (let i = 0; i < 40 && !(await page.$('#twin')); i++) await endMonth(page);
    await page.waitForSelector('#twin');
    await screenshot(page, 'outcome-factory-city');
    clean(session!);
  });
});
