// What the first screens load (docs/performance.md): the title runs neither Phaser nor the levels
// (their bytes are only prefetched) and breaks no CSP rule; the city from a run link is usable as
// a DOM map before Phaser — here Phaser never arrives, and the map still takes the player places;
// and the run-link screen itself is drawn from the level's names before the levels have loaded.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { encodeRun } from '../../src/share/run-code';
import { openSession, type Session } from './browser';

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

async function open(): Promise<Session> {
  const s = await openSession(inject('baseUrl'));
  sessions.push(s);
  // The page reports CSP violations (even caught ones, like an eval probe) as events.
  await s.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspSeen: string[] }).cspSeen = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.sourceFile}`),
    );
  });
  return s;
}

/** A friend's link to a fresh rural run of a level (seed 7, today's rules). */
const runLink = (levelId: string) =>
  `${inject('baseUrl')}?run=${encodeRun({ levelId, seed: 7, registrationId: 'rural', policyId: 'status-quo', intents: [] })}`;

/** Scripts the page fetched other than by a prefetch hint, i.e. that it meant to run. */
const ranScripts = (s: Session) =>
  s.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).initiatorType !== 'link' && /\.js$/.test(e.name))
      .map((e) => e.name.replace(/^.*\//, '')),
  );

describe('the first screens', () => {
  it('the title prefetches Phaser and the levels without running them; they run after the first input', async () => {
    const s = await open();
    await s.page.goto(inject('baseUrl'));
    await s.page.waitForSelector('.screen-title .title-buttons button');
    // No hint is in the page until it has loaded (they would share a slow line with the title's
    // own files); then, when idle, the page adds them.
    await s.page.waitForLoadState('load');
    await s.page.waitForSelector('link[rel=prefetch][href*="phaser-"]', { state: 'attached' });
    const hints = await s.page.$$eval('link[rel=prefetch]', (ls) =>
      ls.map((l) => l.getAttribute('href') ?? ''),
    );
    expect(hints.some((h) => /phaser-/.test(h))).toBe(true);
    expect(hints.some((h) => /bundle-/.test(h))).toBe(true);
    expect(hints.some((h) => /play-/.test(h))).toBe(true);
    // Wait until the prefetches have arrived and the page has been idle once: by then anything
    // that ran them would have (the title is already interactive).
    await s.page.waitForFunction(() =>
      ['phaser-', 'bundle-'].every((name) =>
        performance
          .getEntriesByType('resource')
          .some((e) => e.name.includes(`/${name}`) && (e as PerformanceResourceTiming).responseEnd > 0),
      ),
    );
    await s.page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null))));
    const ran = await ranScripts(s);
    expect(ran.filter((f) => /^(phaser|start|bundle|play|schemas)-/.test(f))).toEqual([]);
    // The first key press starts the levels loading; Play then shows them.
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector('.screen-levels');
    expect((await ranScripts(s)).some((f) => /^bundle-/.test(f))).toBe(true);
    expect(await s.page.evaluate(() => (window as unknown as { cspSeen: string[] }).cspSeen)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('a run link opens a usable DOM map before Phaser (here Phaser never loads)', async () => {
    const s = await open();
    await s.context.route(/\/assets\/phaser-[\w-]+\.js$/, (route) => route.abort());
    await s.page.goto(runLink('tutorial'));
    await s.page.click('.screen-run-link .run-play button');
    await s.page.waitForSelector('.hud');
    // Every place of the level is on the sketch, the player's own marked.
    await s.page.waitForSelector('.map-sketch .sketch-venue');
    const venues = await s.page.$$eval('.map-sketch .sketch-venue', (vs) =>
      vs.map((v) => (v as HTMLElement).dataset.venue),
    );
    expect(venues).toContain('factory');
    expect(venues).toContain('clinic');
    expect(await s.page.$eval('.sketch-venue.here', (v) => (v as HTMLElement).dataset.venue)).toBe(
      'coach-station',
    );
    expect(await s.page.evaluate(() => performance.getEntriesByName('iw:city-first-frame').length)).toBe(1);
    expect(await s.page.evaluate(() => performance.getEntriesByName('iw:city-avatar').length)).toBe(0);
    // A tap on a place goes there, as the places list does: its panel opens and the sketch marks it.
    await s.page.click('.map-sketch .sketch-venue[data-venue="urban-village"]');
    await s.page.waitForSelector('dialog.panel-venue[open]');
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector('.sketch-venue.here[data-venue="urban-village"]');
    expect(await s.page.evaluate(() => (window as unknown as { cspSeen: string[] }).cspSeen)).toEqual([]);
  });

  it('a run link names its city and offers Play before the levels load; Play then waits for them', async () => {
    const s = await open();
    // The levels' chunk is held back until the player has pressed Play.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let asked = false;
    await s.context.route(/\/assets\/bundle-[\w-]+\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await s.page.goto(runLink('megacity'));
    // The screen, in full, from the names alone: the place, the registration, a button per registration.
    await s.page.waitForSelector('.screen-run-link .run-play button');
    expect(await s.page.textContent('.screen-run-link .lead')).toMatch(/Megacity.*Haipu.*Rural hukou/);
    expect(await s.page.$$eval('.run-play button', (bs) => bs.map((b) => b.textContent?.trim()))).toEqual([
      expect.stringMatching(/Rural hukou/),
      expect.stringMatching(/Urban hukou of Haipu/),
    ]);
    // The levels are asked for once the screen is painted (not before it), and have not arrived.
    await expect.poll(() => asked).toBe(true);
    expect(await ranScripts(s)).not.toContainEqual(expect.stringMatching(/^bundle-/));
    await s.page.click('.run-play button.run-play-urban-local');
    expect(await s.page.$('.hud')).toBeNull();
    release();
    // Play was heard: the city opens once the levels are in.
    await s.page.waitForSelector('.hud');
    expect(s.errors).toEqual([]);
  });

  it('sound starts with the first key on the title; on a run link, not with its Play but in the city', async () => {
    const s = await open();
    // Counts the AudioContexts the page makes (Howler makes one when sound is unlocked).
    await s.page.addInitScript(() => {
      const w = window as unknown as { AudioContext: typeof AudioContext; audioContexts: number };
      const Original = w.AudioContext;
      w.audioContexts = 0;
      w.AudioContext = class extends Original {
        constructor(options?: AudioContextOptions) {
          super(options);
          w.audioContexts++;
        }
      };
    });
    const made = () => s.page.evaluate(() => (window as unknown as { audioContexts: number }).audioContexts);
    await s.page.goto(inject('baseUrl'));
    await s.page.waitForSelector('.screen-title .title-buttons button');
    expect(await made()).toBe(0);
    await s.page.keyboard.press('Enter'); // Play
    await expect.poll(made).toBe(1);

    await s.page.goto(runLink('tutorial'));
    await s.page.click('.screen-run-link .run-play button');
    await s.page.waitForSelector('.hud');
    // The levels and the sound's code were in before the city opened: a Play that unlocked would have made it.
    expect(await made()).toBe(0);
    await s.page.keyboard.press('ArrowRight');
    await expect.poll(made).toBe(1);
    expect(s.errors).toEqual([]);
  });
});
