// The local player meets the system too (issue 15): a card about the rural family next door, seen
// only by the local registration, reads as a card with its choices and a folded "Why?" naming its
// facts. The factory city as an urban-local family, up to the first neighbour card a greedy player meets.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { availableIntents, newRun, step } from '../../src/rules';
import { greedyBot } from '../../src/rules/bots';
import { generator } from '../../src/rules/random';
import type { Intent } from '../../src/rules/types';
import { shipped } from '../helpers/shipped';
import { openSession, type Session, screenshot } from './browser';

const content = shipped();
const level = content.levels.get('factory-city')!;
const CARD = 'neighbour-school';

function runToNeighbour(): { seed: number; intents: Intent[] } {
  for (let seed = 0; seed < 200; seed++) {
    let state = newRun(level, seed, 'urban-local', null)!;
    const rand = generator(seed);
    const intents: Intent[] = [];
    for (let n = 0; n < 2000 && !state.ended; n++) {
      if (state.pendingEvent === CARD) return { seed, intents };
      const intent = greedyBot(level, state, availableIntents(level, state), rand);
      intents.push(intent);
      state = step(level, state, intent).state;
    }
  }
  throw new Error(`no greedy urban-local factory-city run meets ${CARD}`);
}

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

describe('a neighbour card for the local player', () => {
  const { seed, intents } = runToNeighbour();
  const save = JSON.stringify({
    v: 1,
    run: { levelId: 'factory-city', seed, registrationId: 'urban-local', policyId: 'status-quo', intents },
  });
  const card = level.events.find((e) => e.id === CARD)!;

  for (const [lang, locale, cont] of [
    ['en', 'en-US', 'Continue'],
    ['zh-Hans', 'zh-CN', '继续游戏'],
  ] as const) {
    it(`shows the Lius' wall as a card with choices and a folded Why? (${lang}, 360×640)`, async () => {
      const s = await openSession(inject('baseUrl'), { locale, viewport: { width: 360, height: 640 } });
      sessions.push(s);
      const { page } = s;
      await page.goto(inject('baseUrl'));
      await page.evaluate((t) => localStorage.setItem('iw.save', t), save);
      await page.reload();
      await page.getByRole('button', { name: cont, exact: true }).click();
      const panel = page.locator('dialog.panel-month');
      await panel.waitFor({ state: 'visible', timeout: 60_000 });
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
