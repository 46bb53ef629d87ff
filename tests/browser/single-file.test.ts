// The single-file build (npm run build:single): one HTML file opened from a disk (file://) with
// every request to the network refused. The tutorial plays to its outcome in English and Chinese,
// every level opens to its city with its art, a class code works, links say they are local, and
// the page's CSP (script and style allowed only by their hashes) holds: nothing is blocked.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_ORDER } from '../../src/content/load';
import { openSession, type Session, screenshot } from './browser';
import { type Lang, playTutorial, settled, tabTo } from './drive';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, process.env.IW_DIST ? `${process.env.IW_DIST}-single` : 'dist-single');
const FILE = join(OUT, 'index.html');
const url = (query = '') => `${pathToFileURL(FILE).href}${query}`;
type L = { en: string; 'zh-Hans': string };
const levelTitle = (id: string) =>
  (JSON.parse(readFileSync(join(ROOT, 'levels', `${id}.json`), 'utf8')) as { title: L }).title;

beforeAll(async () => {
  if (!process.env.IW_SKIP_BUILD)
    await build({ mode: 'single', logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
});

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

/** A browser with the network refused: any http(s) request is aborted and recorded. */
async function offline(locale: string): Promise<{ session: Session; network: string[]; csp: string[] }> {
  const session = await openSession(url(), { locale });
  sessions.push(session);
  const network: string[] = [];
  await session.context.route(/^(https?|wss?):/, (route) => {
    network.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await session.context.setOffline(true);
  const csp: string[] = [];
  session.page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  return { session, network, csp };
}

describe('one offline file', () => {
  it('is one HTML file and nothing else', () => {
    expect(readdirSync(OUT)).toEqual(['index.html']);
    const html = readFileSync(FILE, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"/);
    // The CSP is as strict as the hosted page's, plus the hashes of the inlined script and style.
    const csp = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    console.log(`bundle.single_kb ${Math.round(statSync(FILE).size / 1024)} KB`);
  });

  for (const lang of ['en', 'zh-Hans'] as const satisfies Lang[]) {
    it(`plays the tutorial to its outcome from file:// with the network off (${lang})`, async () => {
      const { session, network, csp } = await offline(lang === 'en' ? 'en-US' : 'zh-CN');
      const { page } = session;
      await page.goto(url('?reg=rural&seed=7'));
      await page.waitForSelector('.screen-title');
      const tag = lang === 'en' ? 'en' : 'zh';
      await playTutorial(page, lang, async (screen) => {
        if (screen === 'lottery (drawn)') {
          // The card's art is inlined: a data: URL that decoded to a real image.
          const img = await page.$eval('.card-img', (i) => ({
            src: (i as HTMLImageElement).src.slice(0, 5),
            w: (i as HTMLImageElement).naturalWidth,
          }));
          expect(img).toEqual({ src: 'data:', w: expect.any(Number) });
          expect(img.w).toBeGreaterThan(0);
        }
        if (screen === 'city' || screen === 'outcome') await screenshot(page, `single-${screen}-${tag}`);
      });
      expect(await page.$eval('#twin', (e) => e.textContent)).toContain(
        lang === 'en' ? 'Urban hukou' : '城镇',
      );
      expect(network).toEqual([]);
      expect(csp).toEqual([]);
      expect(session.errors).toEqual([]);
    });
  }

  it('opens every level to its city, and a class code typed on the title joins the class', async () => {
    const { session, network, csp } = await offline('en-US');
    const { page } = session;
    for (const id of LEVEL_ORDER) {
      await page.goto(url('?reg=rural&seed=5'));
      await page.waitForSelector('.screen-title');
      await tabTo(page, 'Play');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.screen-levels');
      await tabTo(page, levelTitle(id).en);
      await page.keyboard.press('Enter');
      await page.waitForSelector('.screen-lottery');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.powerups');
      await settled(page);
      await page.keyboard.press('Enter'); // meet the family
      await page.waitForSelector('.screen-family');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.hud');
      await page.waitForFunction(() => !document.querySelector('.map-loading'), null, { timeout: 30_000 });
    }
    await screenshot(page, 'single-city-last-level');

    // The teacher page says the link is local; the class code typed on the title joins the class.
    await page.goto(url('#/teacher'));
    await page.waitForSelector('.teacher-page .class-code');
    expect(await page.textContent('.teacher-page .file-link')).toContain('opens only on this computer');
    const code = (await page.getAttribute('[data-code]', 'data-code'))!;
    await screenshot(page, 'single-teacher');
    await page.goto(url());
    await page.waitForSelector('.screen-title .class-join');
    await page.fill('#class-code-input', code);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.class-student');
    expect(await page.textContent('.class-student .class-code')).toBe(`${code.slice(0, 4)}-${code.slice(4)}`);
    expect(network).toEqual([]);
    expect(csp).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
