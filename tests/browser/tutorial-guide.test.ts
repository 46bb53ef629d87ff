// The tutorial's guide teaches in the first minute: walk, go in and try, meet a wall, read Why?,
// end the month. Each step points at the real control (a ring, and aria-describedby for screen
// readers), says itself in a polite live region, and is done by doing it. Played with the keyboard
// alone (a rural player) and with touch alone on a phone (an urban player, who is shown the wall
// their rural neighbours meet). Skipped once, it stays skipped.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session, screenshot } from './browser';
import { type Lang, startTutorial, tabTo, tutorial } from './drive';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const guide = {
  en: {
    walk: 'Walk to the factory',
    try: 'Press Try',
    wall: 'try to enrol your child',
    wallUrban: 'Your neighbours came from a village',
    why: 'Open Why?',
    end: 'press End month',
    done: 'That is the loop',
  },
  'zh-Hans': {
    walk: '走到工厂',
    try: '按“试试”',
    wall: '试着给孩子报名',
    wallUrban: '你的邻居一家来自农村',
    why: '打开“为什么？”',
    end: '按“结束本月”',
    done: '一个月就是这样过的',
  },
} as const;

/** Waits until the guide says the words of a step, and returns what it points at. */
async function stepShows(page: Page, words: string): Promise<{ ring: string; describedBy: boolean }> {
  await page.waitForFunction(
    (w) => document.querySelector('#guide-text')?.textContent?.includes(w) ?? false,
    words,
    { timeout: 10_000 },
  );
  return page.evaluate(() => {
    const ring = document.querySelector('.guide-target');
    return {
      ring: ring
        ? `${ring.tagName.toLowerCase()}${ring.id ? `#${ring.id}` : ''} ${(ring.textContent ?? '').trim().slice(0, 40)}`
        : '',
      describedBy: ring?.getAttribute('aria-describedby') === 'guide-text',
    };
  });
}

/** Tab (keyboard only) until the focused element matches a selector. */
async function tabToMatch(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

const live = (page: Page) => page.$eval('#guide-text', (e) => e.getAttribute('aria-live'));

describe('the tutorial guide', () => {
  it('is followed with the keyboard alone (rural, English)', async () => {
    const lang: Lang = 'en';
    const g = guide[lang];
    session = await openSession(inject('baseUrl'), { reducedMotion: 'reduce' });
    const page = session.page;
    await page.goto(`${inject('baseUrl')}?reg=rural&seed=7`);
    await page.waitForSelector('.screen-title');
    await page.focus('.screen-title [data-autofocus]');
    await startTutorial(page, lang);
    const factory = tutorial.venues.find((v) => v.id === 'factory')!;
    const school = tutorial.venues.find((v) => v.id === 'public-school')!;

    // 1. Walk: the ring is on the factory in the places list.
    let at = await stepShows(page, g.walk);
    expect(at.ring).toContain(factory.name.en);
    expect(at.describedBy).toBe(true);
    expect(await live(page)).toBe('polite');
    await screenshot(page, 'guide-1-walk-en');
    await tabTo(page, factory.name.en);
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.panel-venue');

    // 2. Go in and try: the bubble is inside the panel, the ring on its Try button.
    at = await stepShows(page, g.try);
    expect(at.ring).toContain('Try');
    expect(await page.$('dialog.panel-venue #guide')).not.toBeNull();
    await screenshot(page, 'guide-2-try-en');
    await tabTo(page, factory.actions[0]!.name.en);
    await page.keyboard.press('Enter');

    // 3. Meet a wall: walk to the public school and try to enrol.
    at = await stepShows(page, g.wall);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    at = await stepShows(page, g.wall);
    expect(at.ring).toContain(school.name.en);
    await tabTo(page, school.name.en);
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.panel-venue');
    await tabTo(page, school.actions[0]!.name.en);
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.panel-wall');

    // 4. Read Why?: the ring is on the folded fact; Enter on it opens it.
    at = await stepShows(page, g.why);
    expect(at.ring).toContain('Why?');
    await screenshot(page, 'guide-4-why-en');
    await tabToMatch(page, 'dialog.panel-wall .fact-card > summary');
    await page.keyboard.press('Enter');
    expect(
      await page.$eval('dialog.panel-wall details.fact-card', (d) => (d as HTMLDetailsElement).open),
    ).toBe(true);

    // 5. End the month: the ring is on the HUD's End month button.
    at = await stepShows(page, g.end);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    at = await stepShows(page, g.end);
    expect(at.ring).toContain('End month');
    await page.keyboard.press('e');
    await page.waitForSelector('dialog.panel-month');
    await stepShows(page, g.done);
    await screenshot(page, 'guide-6-done-en');
    await tabToMatch(page, '.guide-ok');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('#guide'));
    expect(await page.evaluate(() => localStorage.getItem('iw.guide'))).toBe('done');
    expect(session.errors).toEqual([]);
  });

  it('is followed with touch alone on a phone (urban, Chinese), and shows the neighbours’ wall', async () => {
    const lang: Lang = 'zh-Hans';
    const g = guide[lang];
    session = await openSession(inject('baseUrl'), {
      viewport: { width: 360, height: 640 },
      locale: 'zh-CN',
      reducedMotion: 'reduce',
      hasTouch: true,
    });
    const page = session.page;
    await page.goto(`${inject('baseUrl')}?reg=urban&seed=7`);
    await page.waitForSelector('.screen-title');
    await page.tap('.screen-title [data-autofocus]');
    await page.waitForSelector('.screen-levels');
    await page.tap(`.screen-levels button:has-text("${tutorial.title[lang]}")`);
    await page.waitForSelector('.screen-lottery');
    await page.tap('.screen-lottery .btn-primary');
    await page.waitForSelector('.powerups');
    await page.tap('.screen-lottery .btn-primary');
    await page.waitForSelector('.screen-family'); // meet the family
    await page.tap('.screen-family .btn-primary');
    await page.waitForSelector('.hud');

    const factory = tutorial.venues.find((v) => v.id === 'factory')!;
    let at = await stepShows(page, g.walk);
    expect(at.ring).toContain(factory.name[lang]);
    await screenshot(page, 'guide-1-walk-zh-phone');
    await page.tap(`[data-venue="factory"]`);
    await page.waitForSelector('dialog.panel-venue');
    at = await stepShows(page, g.try);
    await page.tap('dialog.panel-venue .guide-target');
    at = await stepShows(page, g.wallUrban);
    await page.tap('dialog.panel-venue .btn-icon');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    // The urban player's school door is open: the guide shows the wall the neighbours meet.
    await page.tap('.guide-watch');
    await page.waitForSelector('dialog.panel-wall');
    const permit = '居住证';
    expect(await page.$eval('dialog.panel-wall', (e) => e.textContent ?? '')).toContain(permit);
    at = await stepShows(page, g.why);
    await screenshot(page, 'guide-4-neighbours-wall-zh-phone');
    await page.tap('dialog.panel-wall .fact-card > summary');
    at = await stepShows(page, g.end);
    await page.tap('dialog.panel-wall .row.end .btn-primary');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    at = await stepShows(page, g.end);
    expect(at.ring).toContain('结束本月');
    await page.tap('#hud-end-month');
    await page.waitForSelector('dialog.panel-month');
    await stepShows(page, g.done);
    await screenshot(page, 'guide-6-done-zh-phone');
    await page.tap('.guide-ok');
    await page.waitForFunction(() => !document.querySelector('#guide'));
    expect(session.errors).toEqual([]);
  });

  it('can be skipped, and stays skipped', async () => {
    session = await openSession(inject('baseUrl'), { reducedMotion: 'reduce' });
    const page = session.page;
    await page.goto(`${inject('baseUrl')}?reg=rural&seed=7`);
    await page.waitForSelector('.screen-title');
    await page.focus('.screen-title [data-autofocus]');
    await startTutorial(page, 'en');
    await stepShows(page, guide.en.walk);
    await tabToMatch(page, '.guide-skip');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('#guide'));
    expect(await page.$('.guide-target')).toBeNull();
    await page.reload();
    await page.waitForSelector('.screen-title');
    expect(await page.evaluate(() => localStorage.getItem('iw.guide'))).toBe('done');
  });
});
