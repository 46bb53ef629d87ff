// A wall met in a month-end event reads like a wall met at a door: one human sentence, the
// checklist of what it takes (✓/✗), "Why?" folded — never the engine's list of unmet requirements.
// The capital's exam year as a rural family: "He sits the gaokao here" needs a Beijing hukou.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { availableIntents, newRun, step } from '../../src/rules';
import { greedyBot } from '../../src/rules/bots';
import { generator } from '../../src/rules/random';
import type { Intent } from '../../src/rules/types';
import { shipped } from '../helpers/shipped';
import { openSession, type Session, screenshot } from './browser';

const content = shipped();

/** A greedy player's capital run as a rural family, up to the month the exam-year card asks. */
function runToExamYear(): { seed: number; intents: Intent[] } {
  const level = content.levels.get('capital')!;
  for (let seed = 0; seed < 200; seed++) {
    let state = newRun(level, seed, 'rural', null)!;
    const rand = generator(seed);
    const intents: Intent[] = [];
    for (let n = 0; n < 2000 && !state.ended; n++) {
      if (state.pendingEvent === 'gaokao-year') return { seed, intents };
      const intent = greedyBot(level, state, availableIntents(level, state), rand);
      intents.push(intent);
      state = step(level, state, intent).state;
    }
  }
  throw new Error('no greedy capital run reaches the exam year');
}

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

describe('a walled choice at a month end', () => {
  const { seed, intents } = runToExamYear();
  const save = JSON.stringify({
    v: 1,
    run: { levelId: 'capital', seed, registrationId: 'rural', policyId: 'status-quo', intents },
  });

  for (const [lang, locale, choice, cont, viewport] of [
    ['en', 'en-US', 'He sits the gaokao here', 'Continue', { width: 1280, height: 720 }],
    ['zh', 'zh-CN', '他在这里参加高考', '继续游戏', { width: 360, height: 640 }],
  ] as const) {
    it(`shows the sentence and the checklist, not the engine's words (${lang})`, async () => {
      const s = await openSession(inject('baseUrl'), { locale, viewport });
      sessions.push(s);
      const { page } = s;
      await page.goto(inject('baseUrl'));
      await page.evaluate((t) => localStorage.setItem('iw.save', t), save);
      await page.reload();
      await page.getByRole('button', { name: cont, exact: true }).click();
      // The pending exam-year card opens again where the run stopped.
      const panel = page.locator('dialog.panel-month');
      await panel.waitFor({ state: 'visible', timeout: 60_000 });
      await panel.getByRole('button', { name: choice }).click();
      const wall = panel.locator('.inline-wall');
      await wall.locator('.wall-sentence').waitFor();
      // What it takes, as stamps: the hukou is missing (✗).
      await expect(wall.locator('.checklist .stamp-no').count()).resolves.toBeGreaterThan(0);
      expect(await wall.locator('.unmet-list').count()).toBe(0);
      // No other door to send the player to: the other choices on the card are the way on.
      expect(await wall.locator('.alts').count()).toBe(0);
      // The reasons are there, folded until asked: the card's own "Why?" holds the wall's facts,
      // so the wall does not repeat it.
      expect(await panel.locator('.event-card details').count()).toBe(1);
      await wall.scrollIntoViewIfNeeded();
      await screenshot(page, `month-end-wall-${lang}`);
      expect(s.errors).toEqual([]);
    });
  }
});
