// A class that survives a real lesson: six students on two shared devices hand in one class result
// code per finished level at once (seat 1 reloads mid-level and resumes; the others take the device
// with "New student on this device"); the debrief lists every seat once and keeps a second class apart.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { contentFiles } from '../../scripts/node-content';
import {
  classResultFromReport,
  decodeClassResult,
  encodeClassResult,
} from '../../src/classroom/class-result';
import { encodeSession } from '../../src/classroom/session';
import { loadContent } from '../../src/content/load';
import { greedyBot, playBot, report } from '../../src/rules';
import { openSession, type Session, screenshot } from './browser';
import { endMonth, mapReady, settled } from './drive';

const sessions: Session[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
});
const base = () => inject('baseUrl');
const classCode = encodeSession({
  v: 1,
  levels: ['tutorial', 'factory-city'],
  seed: 2024,
  assign: 'alternate',
  lang: 'en',
  quiz: false,
});
const link = () => `${base()}?class=${classCode}`;

async function toCity(page: Page) {
  await page.waitForSelector('.screen-lottery');
  await page.keyboard.press('Enter'); // turn the card
  await page.waitForSelector('.powerups');
  await settled(page);
  await page.keyboard.press('Enter'); // meet the family
  await page.waitForSelector('.screen-family');
  await page.keyboard.press('Enter'); // go to the city
  await waitCity(page);
}
async function waitCity(page: Page) {
  await mapReady(page);
}
async function seat(page: Page, n: number) {
  await page.waitForSelector('.class-student #class-seat');
  await page.fill('#class-seat', String(n));
  await page.click('.class-student .btn-primary');
}
/** The tutorial's two months to the outcome; the class code shown there, and only it. */
async function finish(page: Page, months: number): Promise<string> {
  for (let m = 0; m < months; m++) await endMonth(page);
  await page.waitForSelector('.class-hand-in .class-result-code');
  expect(await page.$('.result-block')).toBeNull(); // the ordinary code is not shown in class
  return (await page.getAttribute('.class-result-code', 'data-code'))!;
}

/** A second class's codes, made as its students' runs would make them. */
function otherClass(): { code: string; codes: string[] } {
  const content = loadContent(contentFiles());
  const level = content.levels.get('tutorial')!;
  const policy = content.policies.get('status-quo') ?? null;
  const code = encodeSession({
    v: 1,
    levels: ['tutorial'],
    seed: 77,
    assign: 'rural',
    lang: 'en',
    quiz: false,
  });
  const codes = [1, 2].map((seatNo) => {
    const game = playBot(level, policy, 'rural', 77, greedyBot);
    const rep = report(level, game.state, policy, []);
    return encodeClassResult(
      classResultFromReport(level, rep, {
        classCode: code,
        seat: seatNo,
        levelIndex: 0,
        kind: 'rural',
        quiz: null,
        nonce: seatNo,
      }),
    );
  });
  return { code, codes };
}

describe('a class that survives a real lesson', () => {
  const handedIn: string[] = [];

  it('six students on two shared devices each hand in a class code as their level ends', async () => {
    for (const device of [0, 1]) {
      const s = await openSession(base());
      sessions.push(s);
      const page = s.page;
      for (let k = 0; k < 3; k++) {
        const seatNo = device * 3 + k + 1;
        await page.goto(link());
        if (k > 0) {
          // The device remembers the last student: the next one says they are new.
          await page.waitForSelector('[data-action="class-new-student"]');
          expect(await page.getAttribute('.class-student [data-seat]', 'data-seat')).toBe(String(seatNo - 1));
          if (device === 0 && k === 1) await screenshot(page, 'class-lesson-returning');
          await page.click('[data-action="class-new-student"]');
        }
        await seat(page, seatNo);
        await toCity(page);
        let code: string;
        if (device === 0 && k === 0) {
          // Seat 1 reloads in the middle of the level: the class link resumes the run, month 2.
          await endMonth(page);
          await page.reload();
          await page.waitForSelector('[data-action="class-continue"]');
          await page.click('[data-action="class-continue"]');
          await waitCity(page);
          expect(await page.$('.screen-lottery')).toBeNull();
          code = await finish(page, 1);
          await screenshot(page, 'class-lesson-outcome');
        } else code = await finish(page, 2);
        const d = decodeClassResult(code);
        expect(d.ok && { seat: d.result.seat, level: d.levelId, kind: d.result.kind }).toEqual({
          seat: seatNo,
          level: 'tutorial',
          kind: seatNo % 2 ? 'rural' : 'urban',
        });
        expect(code.length).toBeLessThanOrEqual(40);
        handedIn.push(code);
      }
      expect(s.errors).toEqual([]);
    }
    expect(new Set(handedIn).size).toBe(6);
  });

  it('the debrief lists every seat once by class, with missing seats, and keeps a second class apart', async () => {
    const other = otherClass();
    // Chat noise, one code twice, one split over lines and typed in lower case.
    const text = [
      'Ms Li: codes please',
      ...handedIn.map(
        (c, i) => `student ${i + 1}: ${i === 2 ? `${c.slice(0, 15).toLowerCase()}\n${c.slice(15)}` : c}`,
      ),
      `again: ${handedIn[0]}`,
      ...other.codes.map((c) => `other class: ${c}`),
    ].join('\n');
    for (const lang of ['en', 'zh-Hans'] as const) {
      const s = await openSession(base(), {
        viewport: { width: 1280, height: 900 },
        locale: lang === 'en' ? 'en-GB' : 'zh-CN',
      });
      sessions.push(s);
      const page = s.page;
      await page.goto(`${base()}#/debrief`);
      await page.waitForSelector('#debrief-input');
      await page.fill('#debrief-input', text);
      await page.click('[data-action="read"]');
      await page.waitForSelector('.debrief-roster');
      const seats = (level: string, what: 'seats' | 'missing', cls = classCode) =>
        page.getAttribute(`[data-class="${cls}"] tr[data-level="${level}"] td[data-${what}]`, `data-${what}`);
      expect(await seats('tutorial', 'seats')).toBe('1 2 3 4 5 6');
      expect(await seats('tutorial', 'missing')).toBe('');
      expect(await seats('factory-city', 'seats')).toBe('');
      expect(await seats('factory-city', 'missing')).toBe('1 2 3 4 5 6');
      expect(await seats('tutorial', 'seats', other.code)).toBe('1 2');
      expect(Number((await page.textContent('[data-stat="duplicates"]'))!.replace(/\D/g, ''))).toBe(1);
      expect(Number((await page.textContent('[data-stat="students"]'))!.replace(/\D/g, ''))).toBe(8);
      const tag = lang === 'en' ? '' : '-zh';
      await page.$eval('.debrief-roster', (e) => e.scrollIntoView());
      await screenshot(page, `class-lesson-debrief${tag}`);
      await page.$eval('.debrief-lives', (e) => e.scrollIntoView());
      expect(await page.$$('.debrief-lives tbody tr')).toHaveLength(2);
      await screenshot(page, `class-lesson-debrief-lives${tag}`);
      // The picker shows one class at a time.
      await page.selectOption('#debrief-class', classCode);
      await page.waitForFunction(
        (c) => !document.querySelector(`[data-class]:not([data-class="${c}"])`),
        classCode,
      );
      expect(Number((await page.textContent('[data-stat="students"]'))!.replace(/\D/g, ''))).toBe(6);
      // The pasted text is kept on reload until cleared.
      await page.reload();
      await page.waitForSelector('.debrief-roster');
      expect(await page.inputValue('#debrief-input')).toBe(text);
      await page.click('[data-action="clear"]');
      await page.reload();
      await page.waitForSelector('#debrief-input');
      expect(await page.inputValue('#debrief-input')).toBe('');
      expect(s.errors).toEqual([]);
    }
  });
});

describe('the teacher’s class', () => {
  it('survives a reload: the same code, seed and settings until the teacher changes one', async () => {
    const s = await openSession(base());
    sessions.push(s);
    const page = s.page;
    await page.goto(`${base()}#/teacher`);
    await page.waitForSelector('.teacher-page .class-code');
    await page.fill('#class-seed', '2024');
    await page.check('input[name="assign"][value="alternate"]');
    await page.waitForFunction(() => document.querySelector('[data-code]'));
    const code = await page.getAttribute('[data-code]', 'data-code');
    await page.reload();
    await page.waitForSelector('.teacher-page .class-code');
    expect(await page.getAttribute('[data-code]', 'data-code')).toBe(code);
    expect(await page.inputValue('#class-seed')).toBe('2024');
    expect(s.errors).toEqual([]);
  });
});
