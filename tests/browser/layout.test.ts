// Layout that fits: at 320×568, 360×640, 1280×720 and 1920×1080, at 100% and 200% text, in
// English and Chinese, on the city, a wall, a month end and the outcome: no sideways scroll, no
// element outside the window (but inside a panel or strip that scrolls), the HUD at most a quarter
// of the height, the map at least half the screen. Screenshots go to
// test-output/screenshots/layout-*.png.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session, screenshot } from './browser';
import { type Lang, playTutorial } from './drive';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const SIZES = [
  { width: 320, height: 568 },
  { width: 360, height: 640 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const SCREENS = new Set(['city', 'wall', 'month end', 'outcome']);

/** What does not fit on the screen as it is now. */
function misfits(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const W = window.innerWidth;
    const H = window.innerHeight;
    const doc = document.documentElement;
    if (doc.scrollWidth > W + 1) out.push(`page scrolls sideways: ${doc.scrollWidth}px in ${W}px`);
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}.${String(e.className).trim().split(/\s+/).join('.')} "${(e.textContent ?? '').trim().slice(0, 24)}"`;
    /** An ancestor that scrolls (or clips) on this axis holds the element in view by scrolling. */
    const scrolled = (e: Element, axis: 'x' | 'y') => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p)[axis === 'x' ? 'overflowX' : 'overflowY'];
        if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
        if (p.tagName === 'DIALOG') return axis === 'y';
      }
      return false;
    };
    const dialogs = [...document.querySelectorAll('dialog[open]')];
    const top = dialogs[dialogs.length - 1];
    const inCity = document.body.classList.contains('in-city');
    const scope: ParentNode = top ?? document.body;
    const box = top?.getBoundingClientRect();
    for (const e of scope.querySelectorAll('*')) {
      if (e.closest('.sr-only, canvas, svg')) continue;
      const r = e.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue;
      const cs = getComputedStyle(e);
      if (cs.visibility === 'hidden' || cs.display === 'contents') continue;
      // Inside a panel nothing may run past the panel's own edges (it would be clipped unseen).
      if (box && (r.left < box.left - 1 || r.right > box.right + 1))
        out.push(
          `past the panel's edge (${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(box.left)}–${Math.round(box.right)}): ${name(e)}`,
        );
      else if ((r.left < -1 || r.right > W + 1) && !scrolled(e, 'x'))
        out.push(`outside sideways (${Math.round(r.left)}–${Math.round(r.right)} of ${W}): ${name(e)}`);
      // Pages (the outcome) scroll down as pages do; the city and its panels must not.
      if (inCity && (r.top < -1 || r.bottom > H + 1) && !scrolled(e, 'y'))
        out.push(`outside vertically (${Math.round(r.top)}–${Math.round(r.bottom)} of ${H}): ${name(e)}`);
    }
    if (top) {
      const r = top.getBoundingClientRect();
      if (r.left < -1 || r.right > W + 1 || r.top < -1 || r.bottom > H + 1)
        out.push(`panel outside the window: ${name(top)}`);
    }
    const hud = document.querySelector('.hud');
    const places = document.querySelector('.places-nav');
    if (hud && !top) {
      const h = hud.getBoundingClientRect().height;
      if (h > H * 0.25) out.push(`HUD ${Math.round(h)}px tall in ${H}px (over a quarter)`);
      const p = places?.getBoundingClientRect();
      const phone = window.matchMedia('(max-width: 700px)').matches;
      const mapW = W - (!phone && p ? p.width + 16 : 0);
      const mapH = H - h - (phone && p ? p.height : 0);
      if (mapW * mapH < W * H * 0.5)
        out.push(`map ${Math.round(mapW)}×${Math.round(mapH)} is under half the screen`);
    }
    return out;
  });
}

async function textSize(page: Page, pct: 100 | 200): Promise<void> {
  await page.evaluate((p) => {
    document.documentElement.style.fontSize = p === 100 ? '' : `${p}%`;
    window.dispatchEvent(new Event('resize'));
  }, pct);
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}

describe('layout that fits', () => {
  for (const lang of ['en', 'zh-Hans'] as const satisfies readonly Lang[])
    for (const viewport of SIZES)
      it(`${lang} at ${viewport.width}×${viewport.height}, 100% and 200% text`, async () => {
        session = await openSession(inject('baseUrl'), {
          viewport,
          locale: lang === 'en' ? 'en-US' : 'zh-CN',
          reducedMotion: 'reduce',
        });
        const page = session.page;
        // The guide has its own test; here it would only move the panels' first focus.
        await page.addInitScript(() => localStorage.setItem('iw.guide', 'done'));
        const problems: string[] = [];
        const look = async (screen: string) => {
          if (!SCREENS.has(screen)) return;
          for (const pct of [100, 200] as const) {
            await textSize(page, pct);
            const tag = `layout-${screen.replace(/ /g, '-')}-${lang === 'en' ? 'en' : 'zh'}-${viewport.width}x${viewport.height}-${pct}`;
            await screenshot(page, tag);
            for (const p of await misfits(page)) problems.push(`${screen} at ${pct}%: ${p}`);
          }
          await textSize(page, 100);
        };
        await page.goto(`${inject('baseUrl')}?reg=rural&seed=7`);
        await page.waitForSelector('.screen-title');
        await page.focus('.screen-title [data-autofocus]');
        await playTutorial(page, lang, look);
        expect([...new Set(problems)]).toEqual([]);
        expect(session.errors).toEqual([]);
      });
});
