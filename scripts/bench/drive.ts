// Drives the built game the way a player does, with the keyboard and clicks only: no test hooks
// in the production build. Used by the city-frame and heap figures and the run-link fallback.
import type { Page } from 'playwright-core';

/** The level with the most venues and districts: the busiest map to draw. */
export function busiest<L extends { id: string; venues: unknown[]; districts: unknown[] }>(levels: L[]): L {
  return [...levels].sort(
    (a, b) => b.venues.length + b.districts.length - (a.venues.length + a.districts.length),
  )[0]!;
}

/** From a fresh title screen: Play → the level's card (its place in the content order) → turn the card → city. */
export async function startLevelFromTitle(page: Page, levelIndex: number): Promise<void> {
  await page.waitForSelector('.screen-title .title-buttons button', { timeout: 60_000 });
  await page.click('.screen-title .title-buttons .btn-primary');
  await page.waitForSelector('.screen-levels', { timeout: 60_000 });
  await page.locator('.level-card').nth(levelIndex).locator('.btn-primary').click();
  await page.waitForSelector('.screen-lottery');
  await page.keyboard.press('Enter'); // turn the card
  await page.waitForSelector('.powerups');
  await page.locator('.screen-lottery [data-autofocus]').click({ timeout: 30_000 });
  await waitForCity(page);
}

/** Until the city shows with Phaser's map and the avatar (the DOM sketch of the map comes first). */
export async function waitForCity(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('.hud', { timeout });
  await page.waitForFunction(() => performance.getEntriesByName('iw:city-avatar').length > 0, null, {
    timeout,
    polling: 100,
  });
}

const ARROWS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const;

/** Holds arrow keys on the map for `ms`, changing direction every ~1.2 s and closing any panel a door opens. */
export async function walkAround(page: Page, ms: number): Promise<void> {
  const end = Date.now() + ms;
  let k = 0;
  while (Date.now() < end) {
    if (await page.$('dialog[open]')) await page.keyboard.press('Escape');
    await page.focus('#game').catch(() => {});
    const key = ARROWS[k++ % ARROWS.length]!;
    await page.keyboard.down(key);
    await page.waitForTimeout(Math.min(1200, Math.max(0, end - Date.now())));
    await page.keyboard.up(key);
  }
}

/** One step of a random player: walk, go into places and try things, end months, play again. */
export async function botTick(page: Page, rand: () => number): Promise<void> {
  const where = await page.evaluate(() => ({
    city: !document.getElementById('stage')?.hidden,
    dialog: !!document.querySelector('dialog[open]'),
    page: !document.getElementById('page')?.hidden,
    screen: document.querySelector('#screen > .screen')?.className ?? '',
  }));
  const press = (key: string) => page.keyboard.press(key);
  if (where.page) {
    await page.evaluate(() => history.back());
    return;
  }
  if (where.dialog) {
    // A panel: try one of its buttons, or close it.
    if (rand() < 0.7) {
      for (let i = Math.floor(rand() * 4); i > 0; i--) await press('Tab');
      await press('Enter');
    } else await press('Escape');
    return;
  }
  if (where.city) {
    const r = rand();
    if (r < 0.35) {
      await page.focus('#game').catch(() => {});
      const key = ARROWS[Math.floor(rand() * 4)]!;
      await page.keyboard.down(key);
      await page.waitForTimeout(300 + rand() * 500);
      await page.keyboard.up(key);
    } else if (r < 0.8) {
      // A place from the list: Tab to it and go in.
      const places = await page.$$('#places .place');
      const place = places[Math.floor(rand() * places.length)];
      if (place) await place.focus().then(() => press('Enter'));
    } else await press('e');
    return;
  }
  if (where.screen.includes('screen-lottery')) {
    await press('Enter');
    return;
  }
  // Title, levels, outcome: the primary button (play, this level, play again).
  const primary = await page.$('#screen .btn-primary');
  if (primary) await primary.click().catch(() => {});
  else await press('Enter');
}
