// axe-core on every screen, in both languages: no serious or critical violations. The screens:
// title, settings (also at high contrast and 150 %), sources, level select, lottery (face down and drawn), city, venue panel, month
// end, wall, journal, pause, outcome, and #/teacher and #/debrief when the classroom has them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './browser';
import { type Lang, playTutorial, settled, tabTo } from './drive';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

interface Found {
  screen: string;
  lang: Lang;
  serious: string[];
  all: string[];
}
const results: Found[] = [];

async function audit(page: Page, lang: Lang, screen: string): Promise<void> {
  const r = await new AxeBuilder({ page }).analyze();
  const serious = r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  results.push({ screen, lang, serious, all: r.violations.map((v) => `${v.id} (${v.impact})`) });
}

function report(): void {
  const dir = join(import.meta.dirname, '..', '..', 'test-output');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'a11y-results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

describe('axe-core finds no serious or critical violations', () => {
  for (const lang of ['en', 'zh-Hans'] as const) {
    it(`on every screen (${lang})`, async () => {
      session = await openSession(inject('baseUrl'), {
        locale: lang === 'en' ? 'en-US' : 'zh-CN',
        reducedMotion: 'reduce', // no fades half-way through a contrast check
      });
      const page = session.page;
      const base = inject('baseUrl');
      await page.goto(`${base}?reg=rural&seed=7`);
      await page.waitForSelector('.screen-title');
      await audit(page, lang, 'title');

      await tabTo(page, lang === 'en' ? 'Settings' : '设置');
      await page.keyboard.press('Enter');
      await page.waitForSelector('dialog[open]');
      await audit(page, lang, 'settings');
      await page.click('[data-size="150"]');
      await page.check('#set-contrast');
      await audit(page, lang, 'settings (high contrast, 150%)');
      await page.click('[data-size="100"]');
      await page.uncheck('#set-contrast');
      await page.keyboard.press('Escape');

      for (const [hash, name] of [
        ['#/sources', 'sources'],
        ['#/teacher', 'teacher'],
        ['#/debrief', 'debrief'],
      ] as const) {
        await page.evaluate((h) => location.assign(h), hash);
        await settled(page);
        if (await page.$('#page:not([hidden]) *')) await audit(page, lang, name);
        else results.push({ screen: `${name} (not in the game)`, lang, serious: [], all: [] });
        await page.evaluate(() => location.assign('#'));
        await settled(page);
      }
      await page.waitForSelector('#page', { state: 'hidden' });
      await page.focus('.screen-title [data-autofocus]');

      await playTutorial(page, lang, (screen) => audit(page, lang, screen));
      report();
      const bad = results.filter((r) => r.lang === lang && r.serious.length);
      expect(bad).toEqual([]);
      expect(results.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(15);
      expect(session.errors).toEqual([]);
    });
  }
});
