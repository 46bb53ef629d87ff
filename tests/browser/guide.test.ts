// The teacher guide's sources, printed: each language's sources section fits three A4 pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './browser';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const sessions: Session[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
});

/** Pages in a PDF that Chromium wrote: one "/Type /Page" object per page. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('the teacher guide’s sources table', () => {
  for (const [lang, locale] of [
    ['en', 'en-GB'],
    ['zh-Hans', 'zh-CN'],
  ] as const) {
    it(`${lang}: printed on A4, the sources section is at most 3 pages`, async () => {
      const s = await openSession(inject('baseUrl'), { locale });
      sessions.push(s);
      const { page } = s;
      await page.goto(`${inject('baseUrl')}#/guide`);
      await page.waitForSelector('.guide-page .sources-table');
      const text = await page.textContent('.guide-page article');
      expect(text).not.toContain('{{');
      const whole = pageCount(await page.pdf({ format: 'A4' }));
      // Leave only the last section (the sources): hide what comes before its heading.
      await page.evaluate(() => {
        const article = document.querySelector('.guide-page article')!;
        const heads = article.querySelectorAll(':scope > h2');
        for (let n = heads[heads.length - 1]!.previousElementSibling; n; n = n.previousElementSibling)
          (n as HTMLElement).style.display = 'none';
      });
      const pdf = await page.pdf({ format: 'A4' });
      writeFileSync(join(SHOTS, `guide-sources-${lang}.pdf`), pdf);
      const sources = pageCount(pdf);
      expect(sources).toBeGreaterThan(0);
      expect(sources).toBeLessThan(whole);
      expect(sources).toBeLessThanOrEqual(3);
      expect(s.errors).toEqual([]);
    });
  }
});
