// Phones and desktops, both languages: every main screen screenshotted to
// test-output/screenshots/access-*.png, with no visible text under 14 px, every button at least
// 44 px, nothing wider than the window, and no English left on Chinese screens.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session, screenshot } from './browser';
import { type Lang, playTutorial, settled, tabTo } from './drive';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** Problems on the visible screen: small text, small targets, sideways overflow. */
function inspect(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const topDialog = [...document.querySelectorAll('dialog[open]')].pop();
    const scope: ParentNode = topDialog ?? document;
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 2 && r.height > 2 && getComputedStyle(e).visibility !== 'hidden';
    };
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}.${e.className} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
    for (const e of scope.querySelectorAll('*')) {
      const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
      if (!own || !visible(e)) continue;
      const px = parseFloat(getComputedStyle(e).fontSize);
      if (px < 14) out.push(`text ${px}px: ${name(e)}`);
    }
    for (const e of scope.querySelectorAll('button, summary, a.btn, [role="button"]')) {
      if (!visible(e)) continue;
      const r = e.getBoundingClientRect();
      if (r.width < 44 || r.height < 44)
        out.push(`target ${Math.round(r.width)}×${Math.round(r.height)}: ${name(e)}`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      out.push(`page ${document.documentElement.scrollWidth}px wide in ${window.innerWidth}px`);
    return out;
  });
}

/** Visible words of three or more Latin letters on a Chinese screen. Source citations keep their
 *  own language (publishers and titles) and codes are codes; fact figures and years are checked
 *  like any other text. */
function latin(page: Page) {
  return page.evaluate(() => {
    const topDialog = [...document.querySelectorAll('dialog[open]')].pop();
    const root = topDialog ?? document.body;
    const words: string[] = [];
    for (const e of root.querySelectorAll('*')) {
      if (e.closest('.fact-source, [lang="en"], .sr-only, code')) continue;
      const r = e.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) continue;
      for (const n of e.childNodes)
        if (n.nodeType === 3) words.push(...(n.textContent?.match(/\b[A-Za-z]{3,}\b/g) ?? []));
    }
    return words.filter((w) => !/^(hukou|English|CSV|QR|PDF)$/i.test(w));
  });
}

const SIZES = [
  { width: 360, height: 640 },
  { width: 1280, height: 720 },
];

describe('phones and desktops in both languages', () => {
  for (const lang of ['en', 'zh-Hans'] as const satisfies readonly Lang[])
    for (const viewport of SIZES) {
      it(`${lang} at ${viewport.width}×${viewport.height}`, async () => {
        session = await openSession(inject('baseUrl'), {
          viewport,
          locale: lang === 'en' ? 'en-US' : 'zh-CN',
          reducedMotion: 'reduce',
        });
        const page = session.page;
        const problems: string[] = [];
        const look = async (screen: string) => {
          await settled(page);
          const tag = `access-${screen.replace(/[^a-z]+/g, '-')}-${lang === 'en' ? 'en' : 'zh'}-${viewport.width}x${viewport.height}`;
          await screenshot(page, tag);
          for (const p of await inspect(page)) problems.push(`${screen}: ${p}`);
          if (lang === 'zh-Hans')
            for (const w of await latin(page)) problems.push(`${screen}: English "${w}"`);
        };
        await page.goto(`${inject('baseUrl')}?reg=rural&seed=7`);
        await page.waitForSelector('.screen-title');
        await look('title');
        await tabTo(page, lang === 'en' ? 'Settings' : '设置');
        await page.keyboard.press('Enter');
        await page.waitForSelector('dialog[open]');
        await look('settings');
        await page.keyboard.press('Escape');
        await page.focus('.screen-title [data-autofocus]');
        await playTutorial(page, lang, look);
        expect([...new Set(problems)]).toEqual([]);
        expect(session.errors).toEqual([]);
      });
    }
});
