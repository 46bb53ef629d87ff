// Keyboard-only helpers for the access tests (the same approach as play.test.ts): Tab to a
// control by its text, Enter to press it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..', '..');
type L = { en: string; 'zh-Hans': string };
export type Lang = 'en' | 'zh-Hans';
export interface LevelJson {
  title: L;
  venues: { id: string; name: L; actions: { id: string; name: L }[] }[];
}
export const tutorial = JSON.parse(readFileSync(join(ROOT, 'levels', 'tutorial.json'), 'utf8')) as LevelJson;

export const active = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a && a !== document.body ? (a.textContent ?? '') : '';
  });

export async function tabTo(page: Page, text: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await active(page)).includes(text)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach "${text}" with Tab; focus is on "${await active(page)}"`);
}

/** Walks to a venue from the places list and presses an action; leaves the resulting panel open. */
export async function attempt(page: Page, lang: Lang, venue: string, action: string): Promise<void> {
  const v = tutorial.venues.find((x) => x.id === venue)!;
  await tabTo(page, v.name[lang]);
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.panel-venue');
  await tabTo(page, v.actions.find((a) => a.id === action)!.name[lang]);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(150);
}

export async function closePanel(page: Page): Promise<void> {
  if (await page.$('dialog[open]')) await page.keyboard.press('Escape');
  await page.waitForTimeout(100);
}

/** Presses E; `atEnd` runs while the month-end panel is open; then choices and Continue. */
export async function endMonth(page: Page, atEnd?: () => Promise<void>): Promise<void> {
  await page.keyboard.press('e');
  await page.waitForSelector('dialog.panel-month');
  await page.waitForTimeout(200);
  await atEnd?.();
  const choices = await page.$$eval('dialog.panel-month .btn-choice', (bs) =>
    bs.map((b) => b.textContent ?? ''),
  );
  for (const c of choices) {
    if (await page.$eval('dialog.panel-month .row.end button', (b) => !(b as HTMLButtonElement).disabled))
      break;
    await tabTo(page, c);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
  }
  await tabTo(page, await page.$eval('dialog.panel-month .row.end button', (b) => b.textContent ?? ''));
  await page.keyboard.press('Enter');
  await page.waitForTimeout(150);
}

/** Title (Play focused) → level select → lottery → city, with hooks to look at each screen. */
export async function startTutorial(
  page: Page,
  lang: Lang,
  at: {
    levels?: () => Promise<void>;
    lottery?: () => Promise<void>;
    drawn?: () => Promise<void>;
    family?: () => Promise<void>;
  } = {},
): Promise<void> {
  await tabTo(page, lang === 'en' ? 'Play' : '开始');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.screen-levels');
  await at.levels?.();
  await tabTo(page, tutorial.title[lang]);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.screen-lottery');
  await at.lottery?.();
  await page.keyboard.press('Enter'); // turn the card
  await page.waitForSelector('.powerups');
  await page.waitForTimeout(1000);
  await at.drawn?.();
  await page.keyboard.press('Enter'); // meet the family
  await page.waitForSelector('.screen-family');
  await at.family?.();
  await page.keyboard.press('Enter'); // go to the city
  await page.waitForSelector('.hud');
  await page.waitForSelector('canvas');
  await page.waitForFunction(() => !document.querySelector('.map-loading'), null, { timeout: 30_000 });
  await page.waitForTimeout(400);
}

/** The tutorial as a rural player, to the outcome; `look` is called at each named screen. */
export async function playTutorial(
  page: Page,
  lang: Lang,
  look: (screen: string) => Promise<void> = async () => {},
): Promise<void> {
  await startTutorial(page, lang, {
    levels: () => look('level select'),
    lottery: () => look('lottery'),
    drawn: () => look('lottery (drawn)'),
    family: () => look('family'),
  });
  await look('city');
  await attempt(page, lang, 'factory', 'sign-contract');
  await closePanel(page);
  await tabTo(page, tutorial.venues.find((v) => v.id === 'urban-village')!.name[lang]);
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.panel-venue');
  await look('venue panel');
  await tabTo(
    page,
    tutorial.venues.find((v) => v.id === 'urban-village')!.actions.find((a) => a.id === 'rent-room')!.name[
      lang
    ],
  );
  await page.keyboard.press('Enter');
  await page.waitForTimeout(150);
  await closePanel(page);
  await endMonth(page, () => look('month end'));
  await attempt(page, lang, 'public-school', 'enrol');
  await page.waitForSelector('dialog.panel-wall');
  await page.waitForTimeout(700);
  await look('wall');
  await closePanel(page);
  await page.keyboard.press('j');
  await page.waitForSelector('dialog.panel-journal');
  await look('journal');
  await closePanel(page);
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog.panel-pause');
  await look('pause');
  await closePanel(page);
  await attempt(page, lang, 'migrant-school', 'enrol');
  await closePanel(page);
  await endMonth(page);
  await page.waitForSelector('#twin');
  await look('outcome');
}
