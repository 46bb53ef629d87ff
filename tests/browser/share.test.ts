// Sharing, end to end: finish a tutorial run, open the share panel, draw the card in both sizes and
// languages (saved as screenshots), copy the run link, watch it replayed in a fresh browser to the
// same outcome, and open a damaged link: a clear message, and the game still plays.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, SCREENSHOTS, type Session } from './browser';
import { closePanel, mapReady, monthClosed, settled, tabTo } from './drive';

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

async function open(
  query: string,
  opts: Parameters<typeof openSession>[1] = {},
  ready = '.screen-title',
): Promise<Session> {
  const s = await openSession(inject('baseUrl'), opts);
  sessions.push(s);
  await s.page.goto(`${inject('baseUrl')}${query}`);
  await s.page.waitForSelector(ready);
  return s;
}

async function attempt(page: Page, venue: string, action: string) {
  await tabTo(page, venue);
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.panel-venue');
  await tabTo(page, action);
  await page.keyboard.press('Enter');
  await settled(page);
  await closePanel(page);
}

async function endMonth(page: Page) {
  await page.keyboard.press('e');
  await page.waitForSelector('dialog.panel-month');
  await settled(page);
  const end = 'dialog.panel-month .row.end button';
  for (const c of await page.$$eval('dialog.panel-month .btn-choice', (bs) =>
    bs.map((b) => b.textContent ?? ''),
  )) {
    if (await page.$eval(end, (b) => !(b as HTMLButtonElement).disabled)) break;
    await tabTo(page, c);
    await page.keyboard.press('Enter');
    await settled(page);
  }
  await tabTo(page, await page.$eval(end, (b) => b.textContent ?? ''));
  await page.keyboard.press('Enter');
  await monthClosed(page);
}

/** The tutorial as a rural player: contract, room, the school wall, the migrant school, the end. */
async function playTutorial(page: Page) {
  await page.keyboard.press('Enter');
  await page.waitForSelector('.screen-levels');
  await tabTo(page, 'First month in Riverside');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.screen-lottery');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.powerups');
  await settled(page);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.screen-family');
  await page.keyboard.press('Enter');
  await mapReady(page);
  await attempt(page, 'Electronics factory', 'Sign a labour contract');
  await attempt(page, 'Urban-village room', 'Rent a shared room');
  await endMonth(page);
  await attempt(page, 'Riverside No. 2 Primary School', 'Enrol your child');
  await attempt(page, 'Sunflower private school', 'Enrol at the private school');
  await endMonth(page);
  // Every section in (the outcome comes a section per task; aria-busy until the last one).
  await page.waitForSelector('.screen-outcome:not([aria-busy]) #twin');
}

/** What must match between a run and its replay: goals and walls, the twin table, the split. */
const outcomeText = (page: Page) =>
  page.$$eval('.screen-outcome > .card:not(.result-block)', (cards) => cards.map((c) => c.textContent));

async function saveCards(page: Page, tag: string) {
  await page.waitForSelector('dialog.panel-share.share-ready');
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const size of ['1200x630', '1080x1920']) {
    const url = await page.$eval(`img.share-card[data-size="${size}"]`, (img) => {
      const i = img as HTMLImageElement;
      const c = document.createElement('canvas');
      c.width = i.naturalWidth;
      c.height = i.naturalHeight;
      c.getContext('2d')!.drawImage(i, 0, 0);
      return c.toDataURL('image/png');
    });
    expect(url.length).toBeGreaterThan(10_000);
    writeFileSync(join(SCREENSHOTS, `card-${tag}-${size}.png`), Buffer.from(url.split(',')[1]!, 'base64'));
  }
}

function clean(s: Session) {
  expect(s.errors).toEqual([]);
  expect(s.foreign).toEqual([]);
}

describe('sharing the end of a run', () => {
  it('draws the card, shares a link that replays the same outcome, and explains a damaged link', async () => {
    const first = await open('?reg=rural&seed=7');
    const page = first.page;
    await first.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await playTutorial(page);
    const original = await outcomeText(page);
    expect(await page.$eval('.result-code', (e) => e.textContent)).toMatch(/^IW1-/);

    await tabTo(page, 'Share');
    await page.keyboard.press('Enter');
    await saveCards(page, 'en');
    const alts = await page.$$eval('img.share-card', (is) => is.map((i) => i.getAttribute('alt') ?? ''));
    expect(alts[0]).toContain('Invisible Walls');
    expect(alts[0]).toContain('Rural hukou');
    const summary = await page.$eval('textarea.share-text', (e) => (e as HTMLTextAreaElement).value);
    expect(summary).toContain('?run=');
    expect(summary).not.toMatch(/\p{Extended_Pictographic}/u);
    await page.click('.share-copy-link');
    await page.waitForFunction(() =>
      document.querySelector('.share-status')?.textContent?.includes('Link copied'),
    );
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await page.$eval('input.share-link', (e) => (e as HTMLInputElement).value));
    await page.click('.share-copy-text');
    await page.waitForFunction(() =>
      document.querySelector('.share-status')?.textContent?.includes('Text copied'),
    );
    clean(first);

    // A friend opens the link in a browser of their own and watches the run replayed.
    const friend = await open(link.slice(inject('baseUrl').length), {}, '.screen-run-link');
    await friend.page.click('.run-watch');
    await friend.page.waitForSelector('.run-steps li');
    await friend.page.waitForSelector('.screen-outcome:not([aria-busy]) #twin', { timeout: 30_000 });
    expect(await outcomeText(friend.page)).toEqual(original);
    clean(friend);

    // In Chinese, with reduced motion: straight to the outcome, and the card in Chinese.
    const zh = await open(
      link.slice(inject('baseUrl').length),
      { locale: 'zh-CN', reducedMotion: 'reduce' },
      '.screen-run-link',
    );
    await zh.page.click('.run-watch');
    await zh.page.waitForSelector('#twin');
    await zh.page.click('.outcome-buttons button:nth-last-child(2)');
    await saveCards(zh.page, 'zh');
    expect(await zh.page.$eval('img.share-card', (i) => i.getAttribute('alt'))).toContain('隐形的墙');
    clean(zh);

    // One character changed: the title says so, and Play still works.
    const code = new URL(link).searchParams.get('run')!;
    const k = Math.floor(code.length / 2);
    const bad = `${code.slice(0, k)}${code[k] === 'A' ? 'B' : 'A'}${code.slice(k + 1)}`;
    const broken = await open(`?run=${encodeURIComponent(bad)}`);
    expect(await broken.page.$eval('.notice', (e) => e.textContent)).toContain('damaged or incomplete');
    await broken.page.click('.title-buttons .btn-primary');
    await broken.page.waitForSelector('.screen-levels');
    clean(broken);
  });
});
