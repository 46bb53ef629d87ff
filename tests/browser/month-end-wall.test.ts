// A wall met in a month-end event reads like a wall met at a door: one human sentence, the
// checklist of what it takes (✓/✗), "Why?" folded — never the engine's list of unmet requirements.
// The capital's exam year as a rural family: "He sits the gaokao here" needs a Beijing hukou.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { shipped } from '../helpers/shipped';
import { openSession, type Session, screenshot } from './browser';
import { resumeAtMonthEnd, saveAtCard } from './drive';

const content = shipped();

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

describe('a walled choice at a month end', () => {
  // A greedy player's capital run as a rural family, up to the month the exam-year card asks.
  const save = saveAtCard(content.levels.get('capital')!, 'rural', 'gaokao-year');

  for (const [lang, locale, choice, cont, viewport] of [
    ['en', 'en-US', 'He sits the gaokao here', 'Continue', { width: 1280, height: 720 }],
    ['zh', 'zh-CN', '他在这里参加高考', '继续游戏', { width: 360, height: 640 }],
  ] as const) {
    it(`shows the sentence and the checklist, not the engine's words (${lang})`, async () => {
      const s = await openSession(inject('baseUrl'), { locale, viewport });
      sessions.push(s);
      const { page } = s;
      // The pending exam-year card opens again where the run stopped.
      const panel = await resumeAtMonthEnd(page, inject('baseUrl'), save, cont);
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
