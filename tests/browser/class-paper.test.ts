// The debrief on a projector and on paper, in English and Chinese: at 1920 × 1080 every text is at
// least 24 px and every chart legend is whole, the pasted text is hidden; printed, the teacher
// record (date, class code, level, language) is one or two A4 pages and the student worksheet one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type ClassResult, encodeClassResult } from '../../src/classroom/class-result';
import { encodeSession, formatSessionCode } from '../../src/classroom/session';
import { openSession, type Session, screenshot } from './browser';

const PDFS = join(import.meta.dirname, '..', '..', 'test-output', 'pdf');
mkdirSync(PDFS, { recursive: true });
const sessions: Session[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
});

/** Six students of a Factory city class: three rural (two walls, reforms that take them down), three urban. */
function classText(lang: 'en' | 'zh-Hans'): { code: string; text: string } {
  const code = encodeSession({
    v: 1,
    levels: ['factory-city'],
    seed: 2024,
    assign: 'alternate',
    lang,
    quiz: true,
  });
  const codes = [1, 2, 3, 4, 5, 6].map((seat) => {
    const rural = seat % 2 === 1;
    const r: ClassResult = {
      classCode: code,
      seat,
      levelIndex: 0,
      kind: rural ? 'rural' : 'urban',
      goalCount: 4,
      goalsMet: rural ? 0b0001 : 0b1111,
      ended: rural ? (seat === 5 ? 'health' : 'months') : 'goals',
      months: rural ? 12 : 4,
      money: rural ? 3100 + seat * 200 : 2600,
      health: seat === 5 ? 0 : 62,
      family: 48,
      walls: rural ? [0, 1] : [],
      twin: { goalsMet: rural ? 0b1111 : 0b0001, money: rural ? 8800 : 1500 },
      reforms: [
        { policy: 1, fell: rural ? [0, 1] : [], goals: rural ? 3 : 4, shrank: rural },
        { policy: 2, fell: [], goals: rural ? 1 : 4, shrank: false },
      ],
      quiz: { before: [0, 1, 0, 1, 0], after: [1, 1, 2, 1, 1] },
      nonce: 0,
    };
    return encodeClassResult(r);
  });
  return { code, text: `Teacher's chat log (names hidden on the projector)\n${codes.join('\n')}` };
}

async function pdfPages(bytes: Buffer): Promise<number> {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

describe.each([
  ['en', 'en-GB'],
  ['zh-Hans', 'zh-CN'],
] as const)('the debrief on a projector and on paper (%s)', (lang, locale) => {
  it('projects at 24 px or more with whole legends, and prints a record and a worksheet', async () => {
    const { code, text } = classText(lang);
    const s = await openSession(inject('baseUrl'), { viewport: { width: 1920, height: 1080 }, locale });
    sessions.push(s);
    const page = s.page;
    await page.goto(`${inject('baseUrl')}#/debrief`);
    await page.waitForSelector('#debrief-input');
    await page.fill('#debrief-input', text);
    await page.click('[data-action="read"]');
    await page.waitForSelector('.debrief-level .debrief-reform');
    // The walls are named and the reform lens counted.
    expect(await page.getAttribute('.debrief-top-wall', 'data-tied')).toBe('2');
    expect(
      await page.getAttribute(
        '.debrief-reform[data-policy="residency-access"] .debrief-reform-fell',
        'data-fell',
      ),
    ).toBe('3');
    await page.click('.debrief-page .btn[aria-pressed]');
    await page.waitForSelector('.debrief-page.projector');
    expect(await page.isVisible('#debrief-input')).toBe(false);
    const small = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(
        document.querySelector('.debrief-page')!,
        NodeFilter.SHOW_TEXT,
      );
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const host = n.parentElement!;
        if (
          !n.textContent?.trim() ||
          host.closest('details:not([open]) > :not(summary), .print-only, .sr-only')
        )
          continue;
        if (!host.getClientRects().length) continue;
        let px = Number.parseFloat(getComputedStyle(host).fontSize);
        const svg = host.closest('svg');
        if (svg) {
          // A chart's text: its size in the drawing times how much the drawing is scaled on screen.
          px =
            Number(host.getAttribute('font-size') ?? 13) *
            (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
        }
        if (px < 23.9) out.push(`${px.toFixed(1)}px ${n.textContent.trim().slice(0, 30)}`);
      }
      return out;
    });
    expect(small).toEqual([]);
    const clipped = await page.$$eval('.chart-legend text', (ts) =>
      ts
        .filter((t) => {
          const svg = (t as SVGTextElement).ownerSVGElement!;
          const b = (t as SVGTextElement).getBBox();
          return b.x + b.width > svg.viewBox.baseVal.width + 0.5;
        })
        .map((t) => t.textContent),
    );
    expect(clipped).toEqual([]);
    const tag = lang === 'en' ? '' : '-zh';
    await screenshot(page, `debrief-projector-1920${tag}`);
    await page.$eval('.debrief-level h3', (e) => e.scrollIntoView());
    await screenshot(page, `debrief-projector-1920-charts${tag}`);
    await page.$eval('.debrief-reform', (e) => e.scrollIntoView());
    await screenshot(page, `debrief-projector-1920-reforms${tag}`);
    // Paper: off the projector, as a teacher prints.
    await page.click('.debrief-page .btn[aria-pressed]');
    await page.evaluate(() => {
      document.documentElement.dataset.print = 'record';
    });
    const record = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(PDFS, `teacher-record-${lang}.pdf`), record);
    const recordPages = await pdfPages(record);
    expect(recordPages).toBeGreaterThanOrEqual(1);
    expect(recordPages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'print' });
    const head = await page.textContent('.print-head');
    expect(head).toContain(formatSessionCode(code));
    expect(head).toMatch(lang === 'en' ? /Factory city/ : /工厂/);
    expect(head).toMatch(/20\d\d/);
    expect(await page.isVisible('.worksheet')).toBe(false);
    await page.evaluate(() => {
      document.documentElement.dataset.print = 'worksheet';
    });
    expect(await page.isVisible('.worksheet')).toBe(true);
    expect(await page.isVisible('.debrief-summary')).toBe(false);
    await page.emulateMedia({ media: null });
    const sheet = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(PDFS, `student-worksheet-${lang}.pdf`), sheet);
    expect(await pdfPages(sheet)).toBe(1);
    console.log(`${lang}: teacher record ${recordPages} page(s), worksheet ${await pdfPages(sheet)} page`);
    expect(s.errors).toEqual([]);
  });
});
