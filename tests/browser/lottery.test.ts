// The lottery has a way back to the cities, and "Same city, other registration" deals the other
// card openly: the lottery and its power-up cards show before the city.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session, screenshot } from './browser';
import { playTutorial, tabTo, tutorial } from './drive';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('the lottery', () => {
  it('goes back to the cities, and shows the other card and its power-ups on a replay', async () => {
    session = await openSession(inject('baseUrl'), { reducedMotion: 'reduce' });
    const page = session.page;
    await page.addInitScript(() => localStorage.setItem('iw.guide', 'done'));
    await page.goto(`${inject('baseUrl')}?reg=rural&seed=7`);
    await page.waitForSelector('.screen-title');
    await page.focus('.screen-title [data-autofocus]');
    await tabTo(page, 'Play');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.screen-levels');
    await tabTo(page, tutorial.title.en);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.screen-lottery');
    await tabTo(page, 'Back');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.screen-levels');

    await page.goto(`${inject('baseUrl')}?reg=rural&seed=7`);
    await page.waitForSelector('.screen-title');
    await page.focus('.screen-title [data-autofocus]');
    await playTutorial(page, 'en');
    await tabTo(page, 'Same city, other registration');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.screen-lottery');
    expect(await page.$eval('.screen-lottery', (e) => e.textContent ?? '')).toContain(
      'Your registration was assigned.',
    );
    await page.keyboard.press('Enter'); // turn the card
    await page.waitForSelector('.powerups');
    expect(await page.$eval('.powerups', (e) => e.textContent ?? '')).toContain('Urban');
    await screenshot(page, 'lottery-other-registration');
    await page.keyboard.press('Enter'); // meet the family
    await page.waitForSelector('.screen-family');
    await page.keyboard.press('Enter'); // to the city
    await page.waitForSelector('.hud');
    expect(session.errors).toEqual([]);
  });
});
