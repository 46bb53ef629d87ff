// The local player meets the system too (issue 15): a card about the rural family next door, seen
// only by the local registration, reads as a card with its choices and a folded "Why?" naming its
// facts. The factory city as an urban-local family, up to the first neighbour card a greedy player meets.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { shipped } from '../helpers/shipped';
import { openSession, type Session, screenshot } from './browser';
import { resumeAtMonthEnd, saveAtCard } from './drive';

const content = shipped();
const level = content.levels.get('factory-city')!;
const CARD = 'neighbour-school';

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

describe('a neighbour card for the local player', () => {
  const save = saveAtCard(level, 'urban-local', CARD);
  const card = level.events.find((e) => e.id === CARD)!;

  for (const [lang, locale, cont] of [
    ['en', 'en-US', 'Continue'],
    ['zh-Hans', 'zh-CN', '继续游戏'],
  ] as const) {
    it(`shows the Lius' wall as a card with choices and a folded Why? (${lang}, 360×640)`, async () => {
      const s = await openSession(inject('baseUrl'), { locale, viewport: { width: 360, height: 640 } });
      sessions.push(s);
      const { page } = s;
      const panel = await resumeAtMonthEnd(page, inject('baseUrl'), save, cont);
      const shown = panel.locator('.event-card');
      await expect(shown.textContent()).resolves.toContain(card.title[lang]);
      for (const c of card.choices!)
        await expect(panel.getByRole('button', { name: c.label[lang] }).count()).resolves.toBe(1);
      expect(await shown.locator('details').count()).toBe(1);
      // Nothing wider than the phone.
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide).toBeLessThanOrEqual(360);
      await shown.scrollIntoViewIfNeeded();
      await screenshot(page, `neighbour-card-${lang}-360`);
      expect(s.errors).toEqual([]);
    });
  }
});
