// Helpers the browser tests share. Keyboard-only ones for the access tests (the same approach as
// play.test.ts): Tab to a control by its text, Enter to press it. And saves made by a bot, to open
// the game where a run stopped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { availableIntents, newRun, step } from '../../src/rules';
import { greedyBot } from '../../src/rules/bots';
import { generator } from '../../src/rules/random';
import type { Intent, Level } from '../../src/rules/types';

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

/**
 * Waits until the page has drawn two frames and no finite CSS animation or transition is running
 * (but the toast's fade, which blocks nothing):
 * a dialog has finished opening, a card has finished turning. Never a fixed sleep, so that a slow,
 * loaded machine only takes longer (Tests must wait on conditions, see README).
 */
export async function settled(page: Page, timeout = 30_000): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
  await page.waitForFunction(
    () =>
      document.getAnimations().every((a) => {
        if (a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity) return true;
        // The toast fades for 3 s over the game and blocks nothing: not worth waiting for.
        const target = (a.effect as KeyframeEffect | null)?.target;
        return target instanceof Element && target.closest('.toast, [aria-live]') !== null;
      }),
    null,
    { timeout },
  );
}

/** Presses Escape when a dialog is open and waits until it has closed (and whatever follows settled). */
export async function closePanel(page: Page): Promise<void> {
  const open = await page.$$eval('dialog[open]', (ds) => ds.length);
  if (open > 0) {
    await page.keyboard.press('Escape');
    await page.waitForFunction((n) => document.querySelectorAll('dialog[open]').length < n, open);
  }
  await settled(page);
}

/** Waits until no month-end panel is open: the next month is on, or the outcome shows. */
export async function monthClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('dialog.panel-month[open]'));
  await settled(page);
}

/** The game is on the map: the HUD is there and the map has loaded (its canvas may stay hidden under a panel). */
export async function mapReady(page: Page): Promise<void> {
  await page.waitForSelector('.hud');
  await page.waitForSelector('.city-map canvas', { state: 'attached' }); // the baked map shows as an <img> once ready
  await page.waitForFunction(() => !document.querySelector('.map-loading'), null, { timeout: 60_000 });
  await settled(page);
}

/** Walks to a venue from the places list and presses an action; leaves the resulting panel open. */
export async function attempt(page: Page, lang: Lang, venue: string, action: string): Promise<void> {
  const v = tutorial.venues.find((x) => x.id === venue)!;
  await tabTo(page, v.name[lang]);
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.panel-venue');
  await tabTo(page, v.actions.find((a) => a.id === action)!.name[lang]);
  await page.keyboard.press('Enter');
  await settled(page);
}

/** Presses E; `atEnd` runs while the month-end panel is open; then choices and Continue. */
export async function endMonth(page: Page, atEnd?: () => Promise<void>): Promise<void> {
  await page.keyboard.press('e');
  await page.waitForSelector('dialog.panel-month');
  await settled(page);
  await atEnd?.();
  const choices = await page.$$eval('dialog.panel-month .btn-choice', (bs) =>
    bs.map((b) => b.textContent ?? ''),
  );
  for (const c of choices) {
    if (await page.$eval('dialog.panel-month .row.end button', (b) => !(b as HTMLButtonElement).disabled))
      break;
    await tabTo(page, c);
    await page.keyboard.press('Enter');
    await settled(page);
  }
  await tabTo(page, await page.$eval('dialog.panel-month .row.end button', (b) => b.textContent ?? ''));
  await page.keyboard.press('Enter');
  await monthClosed(page);
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
  await settled(page); // the card has turned
  await at.drawn?.();
  await page.keyboard.press('Enter'); // meet the family
  await page.waitForSelector('.screen-family');
  await at.family?.();
  await page.keyboard.press('Enter'); // go to the city
  await mapReady(page);
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
  await settled(page);
  await closePanel(page);
  await endMonth(page, () => look('month end'));
  await attempt(page, lang, 'public-school', 'enrol');
  await page.waitForSelector('dialog.panel-wall');
  await settled(page);
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
  await page.waitForSelector('.screen-outcome:not([aria-busy]) #twin');
  await look('outcome');
}

/**
 * The save text of a greedy player's run of `level` as `registrationId` (no reform), stopped at the
 * month end where the event card `card` waits for a choice: the first seed below 200 that gets there.
 */
export function saveAtCard(level: Level, registrationId: string, card: string): string {
  for (let seed = 0; seed < 200; seed++) {
    let state = newRun(level, seed, registrationId, null)!;
    const rand = generator(seed);
    const intents: Intent[] = [];
    for (let n = 0; n < 2000 && !state.ended; n++) {
      if (state.pendingEvent === card) {
        const run = { levelId: level.id, seed, registrationId, policyId: 'status-quo', intents };
        return JSON.stringify({ v: 1, run });
      }
      const intent = greedyBot(level, state, availableIntents(level, state), rand);
      intents.push(intent);
      state = step(level, state, intent).state;
    }
  }
  throw new Error(`no greedy ${registrationId} run of ${level.id} meets the card ${card}`);
}

/**
 * Opens the game with `save` stored, presses Continue (`cont`, in the page's language) and waits
 * for the month-end panel, open again where the run stopped.
 */
export async function resumeAtMonthEnd(
  page: Page,
  baseUrl: string,
  save: string,
  cont: string,
): Promise<Locator> {
  await page.goto(baseUrl);
  await page.evaluate((t) => localStorage.setItem('iw.save', t), save);
  await page.reload();
  await page.getByRole('button', { name: cont, exact: true }).click();
  const panel = page.locator('dialog.panel-month');
  await panel.waitFor({ state: 'visible', timeout: 60_000 });
  return panel;
}
