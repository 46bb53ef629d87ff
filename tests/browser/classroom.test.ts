// A class session end to end: the teacher makes a session; a student joins from its link, answers
// the questions, plays the tutorial with the keyboard and copies the result code; 29 more codes
// come from the bot; the debrief reads all 30 from a noisy chat log and shows the right numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { contentFiles } from '../../scripts/node-content';
import { parseDebriefInput } from '../../src/classroom/aggregate';
import { GENERAL_QUIZ, questionsFor, quizKey } from '../../src/classroom/quiz';
import { decodeSession } from '../../src/classroom/session';
import { loadContent } from '../../src/content/load';
import { greedyBot, playBot, randomBot, report } from '../../src/rules';
import { encodeResult, resultFromRun } from '../../src/share/result-code';
import { openSession, SCREENSHOTS, type Session, screenshot } from './browser';
import { closePanel, endMonth, mapReady, settled, tabTo } from './drive';

const ROOT = join(import.meta.dirname, '..', '..');
type L = { en: string; 'zh-Hans': string };
interface LevelJson {
  venues: { id: string; name: L; actions: { id: string; name: L }[] }[];
}
/** The questions a tutorial class asks: those whose facts the tutorial teaches. */
const ASKED = questionsFor([loadContent(contentFiles()).levels.get('tutorial')]);
const tutorial = JSON.parse(readFileSync(join(ROOT, 'levels', 'tutorial.json'), 'utf8')) as LevelJson;
const SEED = 4242;

const sessions: Session[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
});
async function open(opts: Parameters<typeof openSession>[1] = {}): Promise<Session> {
  const s = await openSession(inject('baseUrl'), opts);
  sessions.push(s);
  return s;
}
function clean(s: Session) {
  expect(s.errors).toEqual([]);
  expect(s.foreign).toEqual([]);
}

async function attempt(page: Page, venue: string, action: string) {
  const v = tutorial.venues.find((x) => x.id === venue)!;
  await tabTo(page, v.name.en);
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.panel-venue');
  await tabTo(page, v.actions.find((a) => a.id === action)!.name.en);
  await page.keyboard.press('Enter');
  await settled(page);
}
async function answerQuiz(page: Page, answers: readonly number[]) {
  await page.waitForSelector('.class-quiz');
  for (const [i, a] of answers.entries()) await page.check(`input[name="q${i}"][value="${a}"]`);
  await page.click('.class-quiz button[type="submit"]');
}

/** 29 students' codes made by the bot, as the class would hand them in. */
function botCodes(classCode: string): { codes: string[]; regs: string[]; walls: string[][] } {
  const content = loadContent(contentFiles());
  const level = content.levels.get('tutorial')!;
  const policy = content.policies.get('status-quo') ?? null;
  const codes: string[] = [];
  const regs: string[] = [];
  const walls: string[][] = [];
  for (let i = 0; i < 29; i++) {
    const reg = i % 3 === 0 ? 'urban' : 'rural';
    const game = playBot(level, policy, reg, SEED, i % 2 ? greedyBot : randomBot);
    const twinState = report(level, game.state, policy, []).twin!.state;
    const quiz = {
      before: GENERAL_QUIZ.map((_, k) => (i + k) % 3),
      after: quizKey().map((a, k) => (k < i % 5 ? a : 0)),
    };
    const r = resultFromRun(level, game.state, twinState, quiz, { classCode, nonce: 1000 + i });
    codes.push(encodeResult(r));
    regs.push(r.registrationId);
    walls.push(r.walls);
  }
  return { codes, regs, walls };
}

describe('a class session', () => {
  let link = '';
  let classCode = '';
  let studentCodes = '';

  it('the teacher makes a session with a link, a code and a QR code, and a bad code is refused on the title', async () => {
    const s = await open();
    const page = s.page;
    await page.goto(`${inject('baseUrl')}#/teacher`);
    await page.waitForSelector('.teacher-page .class-code');
    await page.fill('#class-seed', String(SEED));
    const before = await page.getAttribute('[data-link]', 'data-link');
    await page.check('input[name="assign"][value="alternate"]');
    // The link and code are remade for the new assignment.
    await page.waitForFunction(
      (b) => document.querySelector('[data-link]')?.getAttribute('data-link') !== b,
      before,
    );
    await settled(page);
    link = (await page.getAttribute('[data-link]', 'data-link'))!;
    classCode = (await page.getAttribute('[data-code]', 'data-code'))!;
    const decoded = decodeSession(classCode);
    expect(decoded.ok && decoded.session).toMatchObject({
      levels: ['tutorial'],
      seed: SEED,
      assign: 'alternate',
      quiz: true,
    });
    expect(link).toContain(`class=${classCode}`);
    expect(await page.$$('.class-qr svg path')).toHaveLength(1);
    await screenshot(page, 'classroom-teacher');
    await page.click('[data-action="projector"]');
    await settled(page);
    await screenshot(page, 'classroom-teacher-projector');

    await page.goto(inject('baseUrl'));
    await page.waitForSelector('.screen-title .class-join');
    await page.fill('#class-code-input', 'ABCD-EFG1');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#class-code-error');
    await page.$eval('#class-code-error', (e) => e.scrollIntoView());
    expect(await page.textContent('#class-code-error')).toMatch(/not a class code|typing mistake|too/);
    await screenshot(page, 'classroom-join-error');
    expect(await page.$('.title-buttons')).not.toBeNull();
    clean(s);
  });

  it('a student joins from the link, answers, plays the tutorial and copies the result code', async () => {
    const s = await open();
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(link).origin });
    const page = s.page;
    await page.goto(link);
    await page.waitForSelector('.class-student #class-seat');
    await page.fill('#class-seat', '3'); // odd seat: rural
    await page.waitForSelector('.class-levels li');
    await screenshot(page, 'classroom-student-join');
    await page.click('.class-student .btn-primary');
    await page.waitForSelector('.class-quiz');
    await screenshot(page, 'classroom-student-quiz');
    // The tutorial's questions, picked by its facts.
    expect(await page.$$eval('.quiz-question', (qs) => qs.length)).toBe(ASKED.length);
    await answerQuiz(
      page,
      ASKED.map(() => 2),
    );
    await page.waitForSelector('.screen-lottery');
    await page.keyboard.press('Enter'); // turn the card
    await page.waitForSelector('.powerups');
    await settled(page);
    await page.keyboard.press('Enter'); // meet the family
    await page.waitForSelector('.screen-family');
    await page.keyboard.press('Enter'); // go to the city
    await page.waitForSelector('.hud');
    await mapReady(page);
    await attempt(page, 'factory', 'sign-contract');
    await closePanel(page);
    await attempt(page, 'urban-village', 'rent-room');
    await closePanel(page);
    await endMonth(page);
    await attempt(page, 'public-school', 'enrol');
    await page.waitForSelector('dialog.panel-wall');
    await closePanel(page);
    await attempt(page, 'migrant-school', 'enrol');
    await closePanel(page);
    await endMonth(page);
    await page.waitForSelector('.class-bar');
    await screenshot(page, 'classroom-student-outcome');
    await page.click('[data-action="class-next"]');
    await answerQuiz(page, quizKey(ASKED));
    await page.waitForSelector('.class-result');
    await page.click('[data-action="copy"]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
    studentCodes = await page.evaluate(() => navigator.clipboard.readText());
    expect(studentCodes).toBe(await page.getAttribute('.class-result', 'data-codes'));
    await screenshot(page, 'classroom-student-result');
    const read = parseDebriefInput(studentCodes);
    expect(read.results).toHaveLength(1);
    expect(read.results[0]).toMatchObject({
      levelId: 'tutorial',
      registrationId: 'rural',
      seed: SEED,
      classCode,
      quiz: { before: ASKED.map(() => 2), after: quizKey(ASKED) },
    });
    clean(s);
  });

  it('the debrief reads 30 codes from a noisy chat log and shows the class by registration', async () => {
    const bots = botCodes(classCode);
    const real = parseDebriefInput(studentCodes).results[0]!;
    const regs = [...bots.regs, real.registrationId];
    const wallCount = new Map<string, number>();
    for (const ws of [...bots.walls, real.walls])
      for (const w of ws) wallCount.set(w, (wallCount.get(w) ?? 0) + 1);
    const topWall = Math.max(...wallCount.values());
    const broken = `${bots.codes[5]!.slice(0, 20)}${bots.codes[5]![20] === 'A' ? 'B' : 'A'}${bots.codes[5]!.slice(21)}`;
    const lines = [
      '[09:01] Ms Li: paste your result codes here please',
      `[09:20] Student 1: ${studentCodes}`,
      ...bots.codes.map((c, i) => `[09:${21 + i}] student ${i + 2}: here it is ${c} thanks!`),
      `[09:55] student 7: sent it twice sorry ${bots.codes[3]}`,
      `[09:56] student 8: ${broken}`,
      'IW1- is how they start, right?',
    ];
    const text = lines.join('\n');

    for (const lang of ['en', 'zh-Hans'] as const) {
      const s = await open({
        viewport: { width: 1280, height: 900 },
        locale: lang === 'en' ? 'en-GB' : 'zh-CN',
      });
      const page = s.page;
      await page.goto(`${inject('baseUrl')}#/debrief`);
      await page.waitForSelector('#debrief-input');
      await page.fill('#debrief-input', text);
      await page.click('[data-action="read"]');
      await page.waitForSelector('.debrief-level');
      const statOf = async (name: string) =>
        Number((await page.textContent(`[data-stat="${name}"]`))!.replace(/[^\d]/g, ''));
      expect(await statOf('students')).toBe(30);
      expect(await statOf('duplicates')).toBe(1);
      expect(await statOf('invalid')).toBe(1);
      expect(await statOf('level-students')).toBe(30);
      expect(await statOf('reg-rural')).toBe(regs.filter((r) => r === 'rural').length);
      expect(await statOf('reg-urban')).toBe(regs.filter((r) => r === 'urban').length);
      // The walls that stopped most students, counted over every code (class result codes name
      // theirs too); when the bots' tutorial runs meet none, no wall is named as the top one.
      if (wallCount.size) expect(await statOf('top-wall')).toBe(topWall);
      else expect(await page.$('[data-stat="top-wall"]')).toBeNull();
      const tag = lang === 'en' ? '' : '-zh';
      await screenshot(page, `classroom-debrief${tag}`);
      await page.$eval('.debrief-level h3', (e) => e.scrollIntoView());
      await screenshot(page, `classroom-debrief-charts${tag}`);
      await page.$eval('.debrief-quiz', (e) => e.scrollIntoView());
      await screenshot(page, `classroom-debrief-quiz${tag}`);
      if (lang === 'en') {
        const download = page.waitForEvent('download');
        await page.click('[data-action="csv"]');
        const csv = readFileSync((await (await download).path())!, 'utf8');
        expect(csv.trim().split('\r\n')).toHaveLength(31);
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: join(SCREENSHOTS, 'classroom-debrief-print.png'), fullPage: true });
        expect(await page.$eval('[data-action="csv"]', (b) => getComputedStyle(b).display)).toBe('none');
        await page.emulateMedia({ media: 'screen' });
      }
      clean(s);
    }
  });
});

describe('the teacher picks the questions', () => {
  it('switches one off: the class code gets a ninth character, a reload keeps it, and students are asked only the others', async () => {
    expect(ASKED.length).toBeGreaterThanOrEqual(2);
    const teacher = await open();
    const page = teacher.page;
    await page.goto(`${inject('baseUrl')}#/teacher`);
    await page.waitForSelector('.teacher-page .class-code');
    await page.click('.class-questions summary');
    await page.waitForSelector('#class-q-0');
    expect(await page.$$('.quiz-pick li')).toHaveLength(ASKED.length);
    await page.uncheck('#class-q-0');
    await page.waitForFunction(
      () => document.querySelector('[data-code]')?.getAttribute('data-code')?.length === 9,
    );
    const code = (await page.getAttribute('[data-code]', 'data-code'))!;
    const decoded = decodeSession(code);
    expect(decoded.ok && decoded.session.questionsOff).toBe(1);
    expect(await page.textContent('.class-code')).toMatch(/^\w{4}-\w{4}-\w$/);
    await page.$eval('.class-questions', (e) => e.scrollIntoView());
    await screenshot(page, 'classroom-teacher-questions');
    // The last question left on cannot be switched off here (that is the quiz box).
    for (let i = 1; i < ASKED.length - 1; i++) await page.uncheck(`#class-q-${i}`);
    expect(await page.isDisabled(`#class-q-${ASKED.length - 1}`)).toBe(true);
    for (let i = 1; i < ASKED.length - 1; i++) await page.check(`#class-q-${i}`);
    await page.waitForFunction(
      (c) => document.querySelector('[data-code]')?.getAttribute('data-code') === c,
      code,
    );
    // A reload shows the same class, the question still off.
    await page.reload();
    await page.waitForSelector('.teacher-page .class-code');
    expect(await page.getAttribute('[data-code]', 'data-code')).toBe(code);
    const link = (await page.getAttribute('[data-link]', 'data-link'))!;
    clean(teacher);

    const student = await open();
    await student.page.goto(link);
    await student.page.waitForSelector('.class-student #class-seat');
    await student.page.fill('#class-seat', '5');
    await student.page.click('.class-student .btn-primary');
    await student.page.waitForSelector('.class-quiz');
    const questions = await student.page.$$eval('.quiz-question legend', (ls) =>
      ls.map((l) => l.textContent ?? ''),
    );
    expect(questions).toHaveLength(ASKED.length - 1);
    expect(questions.join(' ')).not.toContain(ASKED[0]!.question.en);
    expect(questions[0]).toContain(ASKED[1]!.question.en);
    clean(student);
  });
});
