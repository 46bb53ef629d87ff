// The outcome of one megacity run as a rural newcomer: what the screen, the share card, the
// result code and the class debrief (the code pasted into #/debrief) say agree on every number
// with the run's report;
// screenshots on a desktop and a 360×640 phone, in English and Chinese.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { type Bot, greedyBot, type Intent, playBot, reformLens, report, tunePolicy } from '../../src/rules';
import { decodeResult } from '../../src/share/result-code';
import { encodeRun } from '../../src/share/run-code';
import { recordOf } from '../../src/store/run-record';
import { shipped } from '../helpers/shipped';
import { openSession, SCREENSHOTS, type Session, screenshot } from './browser';

const content = shipped();
const level = content.levels.get('megacity')!;
const statusQuo = content.policies.get('status-quo')!;
const policies = level.policies.map((p) => content.policies.get(p)!);

// A newcomer who knocks on the public school, is walled, and pays for the private migrant school;
// then plays on like a sensible player.
const script: Intent[] = [
  { type: 'move', venue: 'public-school' },
  { type: 'act', venue: 'public-school', action: 'enrol' },
  { type: 'move', venue: 'migrant-school' },
  { type: 'act', venue: 'migrant-school', action: 'enrol' },
  { type: 'move', venue: 'electronics-plant' },
  { type: 'act', venue: 'electronics-plant', action: 'sign-contract' },
];
const scripted: Bot = (lvl, s, options, rand) => {
  const next = script[s.log.length];
  return next ?? greedyBot(lvl, s, options, rand);
};
const game = playBot(level, statusQuo, 'rural', 3, scripted);
const r = report(level, game.state, statusQuo, policies);
const code = encodeRun(recordOf(game.state));

let sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions) await s.close();
  sessions = [];
});

async function outcome(lang: 'en' | 'zh-Hans', viewport: { width: number; height: number }): Promise<Page> {
  const s = await openSession(inject('baseUrl'), {
    viewport,
    locale: lang === 'en' ? 'en-GB' : 'zh-CN',
    reducedMotion: 'reduce',
  });
  sessions.push(s);
  await s.page.goto(`${inject('baseUrl')}?run=${encodeURIComponent(code)}`);
  await s.page.waitForSelector('.run-watch');
  await s.page.click('.run-watch');
  // Every section in (the outcome comes a section per task; aria-busy until the last one).
  await s.page.waitForSelector('.screen-outcome:not([aria-busy]) #twin', { timeout: 60_000 });
  expect(s.errors).toEqual([]);
  return s.page;
}

const digits = (s: string) => s.replace(/[^\d]/g, '');
const yuan = (n: number) => `¥${Math.abs(n).toLocaleString('en-GB')}`;

describe('the outcome of a megacity run as a rural newcomer', () => {
  it('the run met the public-school wall and the twin went through the open door', () => {
    expect(r.walls.map((w) => `${w.venue}/${w.action}`)).toContain('public-school/enrol');
    expect(r.twinMoves[0]).toMatchObject({ kind: 'open-door', yours: 'public-school/enrol' });
    // The walled player pays for the wall: here in family (the son sent home when the private
    // school's fees ran on), which can leave a little more money than the twin's.
    expect(r.gap!.money < 0 || r.gap!.family < 0).toBe(true);
    expect(r.gap!.health + r.gap!.family + r.gap!.goals).toBeLessThan(0);
  });

  it('screen, card, result code and class debrief agree on every number', async () => {
    const page = await outcome('en', { width: 1280, height: 720 });
    const screenText = await page.$eval('.screen-outcome', (e) => e.textContent ?? '');
    for (const n of [r.attribution.start, r.attribution.end, r.attribution.twinEnd, r.attribution.walls])
      expect(screenText).toContain(yuan(n));
    expect(await page.$eval('#timeline', (e) => e.getAttribute('data-split'))).toBe(
      String(r.walls[0]!.month),
    );

    // The result code, as the debrief reads it.
    const resultCode = await page.$eval('.result-code', (e) => e.textContent ?? '');
    const decoded = decodeResult(resultCode);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const res = decoded.result;
    const roundTo100 = (n: number) => Math.round(n / 100) * 100;
    expect(res.money).toBe(roundTo100(r.summary.money));
    expect(res.twin?.money).toBe(roundTo100(r.summary.twin!.money));
    expect(res.walls).toEqual(r.summary.walls);
    const count = (mask: number) => mask.toString(2).replace(/0/g, '').length;
    expect(count(res.goalsMet)).toBe(r.summary.goalsMet);
    expect(count(res.twin!.goalsMet)).toBe(r.summary.twin!.goalsMet);

    // The share card: its words carry the same money and goals, yours and your twin's.
    await page.click('.outcome-buttons button:nth-last-child(2)');
    await page.waitForSelector('textarea.share-text');
    const card = await page.$eval('textarea.share-text', (e) => (e as HTMLTextAreaElement).value);
    expect(digits(card)).toContain(digits(yuan(r.summary.money)));
    expect(digits(card)).toContain(digits(yuan(r.summary.twin!.money)));
    expect(card).toContain(`${r.summary.goalsMet} of ${r.summary.goalCount}`);

    // The class debrief, reading the same result code as a teacher pastes it.
    const debrief = await page.context().newPage();
    await debrief.goto(`${inject('baseUrl')}#/debrief`);
    await debrief.waitForSelector('#debrief-input');
    await debrief.fill('#debrief-input', resultCode);
    await debrief.click('[data-action="read"]');
    await debrief.waitForSelector('.debrief-level[data-level="megacity"]');
    const statOf = async (name: string) =>
      Number(digits((await debrief.textContent(`[data-stat="${name}"]`)) ?? ''));
    expect(await statOf('students')).toBe(1);
    expect(await statOf('reg-rural')).toBe(1);
    // The lives table: students, months, money a month, health, family, walls met, how it ended.
    const life = await debrief.$$eval('.debrief-lives tbody tr[data-reg="rural"] td', (tds) =>
      tds.map((td) => td.textContent ?? ''),
    );
    expect(Number(digits(life[3]!))).toBe(game.state.stats.health);
    expect(Number(digits(life[4]!))).toBe(game.state.stats.family);
    expect(Number(digits(life[5]!))).toBe(r.summary.walls.length);
    // The goals chart puts the one student at the goals the outcome counted.
    const charts = await debrief.$$eval('.debrief-level figure.chart', (fs) =>
      fs.map((f) =>
        [...f.querySelectorAll('tbody tr')].map((tr) => [
          tr.querySelector('th')?.textContent ?? '',
          tr.querySelector('td')?.textContent ?? '',
        ]),
      ),
    );
    const goalRows = charts[0]!;
    expect(goalRows.filter(([, n]) => n === '1')).toHaveLength(1);
    expect(digits(goalRows.find(([, n]) => n === '1')![0]!)).toBe(
      `${r.summary.goalsMet}${r.summary.goalCount}`,
    );
    // The twin gaps, in money (both sides rounded to ¥100, as the code carries them) and goals.
    const [twinMoney, twinGoals] = [charts.at(-2)![0]![1]!, charts.at(-1)![0]![1]!];
    const moneyGap = roundTo100(r.summary.money) - roundTo100(r.summary.twin!.money);
    expect(digits(twinMoney)).toBe(digits(yuan(moneyGap)));
    expect(/[-−]/.test(twinMoney)).toBe(moneyGap < 0);
    const goalsGap = r.summary.goalsMet - r.summary.twin!.goalsMet;
    expect(twinGoals.replace('−', '-').replace('+', '')).toBe(String(goalsGap));
    // And the outcome screen said the same gap: the walls' share of the money is you − your twin.
    expect(r.attribution.walls).toBe(r.summary.money - r.summary.twin!.money);
    await debrief.close();
  });

  it('the reform lens: the number a rule asks for can be changed, and both lives are lived again under it', async () => {
    const page = await outcome('en', { width: 1280, height: 720 });
    const side = '.lens-col[data-side="0"]';
    const reformOnLeft = policies.find((p) => p.rewrites.length > 0 || p.portableInsurance)!;
    // "Wherever a rule asks for a local hukou, living in the city for [6] months is enough."
    expect(await page.$eval(`${side} #lens-0-need-0`, (e) => (e as HTMLSelectElement).value)).toBe('6');
    await page.click(`${side} .lens-predict + .row button`);
    await page.waitForSelector(`${side} .lens-gap`);
    await page.selectOption(`${side} #lens-0-need-0`, '0');
    // The lens is drawn again with the picked number, focus kept on the picker.
    await page.waitForFunction(
      () => (document.activeElement as HTMLSelectElement | null)?.id === 'lens-0-need-0',
    );
    expect(await page.$eval(`${side} #lens-0-need-0`, (e) => (e as HTMLSelectElement).value)).toBe('0');
    const tuned = reformLens(
      level,
      game.state,
      statusQuo,
      tunePolicy(reformOnLeft, { on: [], needs: [0] }),
      r.gap,
    );
    const goalsLine = await page.$eval(`${side} .lens-gap + p`, (e) => e.textContent ?? '');
    const met = (l: typeof tuned.you) => l.outcome.goals.filter((g) => g.met).length;
    expect(digits(goalsLine)).toBe(`${met(tuned.you)}${met(tuned.twin!)}${level.goals.length}`);
    const gapLine = await page.$eval(`${side} .lens-gap`, (e) => e.textContent ?? '');
    expect(digits(gapLine)).toContain(digits(yuan(Math.abs(tuned.gap!.money))));
  });

  it.each([
    ['en', 'desktop', { width: 1280, height: 720 }],
    ['en', 'phone', { width: 360, height: 640 }],
    ['zh-Hans', 'desktop', { width: 1280, height: 720 }],
    ['zh-Hans', 'phone', { width: 360, height: 640 }],
  ] as const)('screenshots: %s on a %s', async (lang, device, viewport) => {
    const page = await outcome(lang, viewport);
    // The playback: step with Next to the month the wall stopped you; both sides say that month.
    const wallMonth = r.walls[0]!.month;
    expect(await page.$eval('.playback', (e) => e.dataset.month)).toBe('0');
    for (let m = 1; m <= wallMonth; m++) await page.click('.playback-next');
    await page.waitForSelector(`.playback[data-month="${wallMonth}"]`);
    const money = await page.$$eval('.playback-side [data-money]', (es) => es.map((e) => e.dataset.money));
    const at = (life: typeof r.you) =>
      String([...life.timeline].reverse().find((p) => p.month <= wallMonth)!.money);
    expect(money).toEqual([at(r.you), at(r.twin!)]);
    const said = await page.$eval('.playback [aria-live]', (e) => e.textContent ?? '');
    expect(said.length).toBeGreaterThan(20);
    await page.$eval('.playback', (e) => e.scrollIntoView());
    await page.screenshot({
      path: join(SCREENSHOTS, `outcome-playback-megacity-rural-${lang}-${device}.png`),
    });
    await page.click('.playback-prev');
    await page.waitForSelector(`.playback[data-month="${wallMonth - 1}"]`);
    // Answer the question, make a guess in the lens: the screen as a player leaves it.
    await page.click(`.split-months button[data-month="${r.walls[0]!.month}"]`);
    await page.click('.lens-col[data-side="0"] .lens-predict + .row button');
    await page.waitForSelector('.lens-col[data-side="0"] .lens-gap');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, `outcome-megacity-rural-${lang}-${device}`);
    // The sections out of sight are drawn when scrolled to (content-visibility: auto); a picture
    // of the whole page is taken without scrolling, so they are drawn for it.
    await page.$$eval('.screen-outcome > .card', (cards) => {
      for (const c of cards) (c as HTMLElement).style.contentVisibility = 'visible';
    });
    await page.screenshot({
      path: join(SCREENSHOTS, `outcome-megacity-rural-${lang}-${device}-full.png`),
      fullPage: true,
    });
  });
});
