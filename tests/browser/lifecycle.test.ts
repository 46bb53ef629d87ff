// Nothing lost (issue 12): a finished run and its result code survive resizes and rotations; a
// city leaves nothing behind; a finished run comes back as "Your last result"; a reload with an
// event choice open asks again; a watched link or a run that cannot start never touches the
// viewer's save; blocked or full storage is said, not fatal; two tabs never share one run; a
// malformed class place and a newer save are handled.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { encodeSession } from '../../src/classroom/session';
import { wouldPass } from '../../src/rules';
import { encodeRun } from '../../src/share/run-code';
import { type RunRecord, recordOf } from '../../src/store/run-record';
import { openRun } from '../../src/store/store';
import { shipped } from '../helpers/shipped';
import { openSession, type Session, screenshot } from './browser';
import { endMonth, startTutorial } from './drive';

const content = shipped();
const base = () => inject('baseUrl');

let sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions) await s.close();
  sessions = [];
});

async function open(query = '', opts: Parameters<typeof openSession>[1] = {}, init?: string): Promise<Page> {
  const s = await openSession(base(), opts);
  sessions.push(s);
  if (init) await s.context.addInitScript(init);
  await s.page.goto(`${base()}${query}`);
  await s.page.waitForSelector('.screen-title');
  return s.page;
}
const errorsOf = (page: Page) => sessions.find((s) => s.context === page.context())!.errors;

/** A tutorial run as the store plays it: the intents given, each event choice answered with the first open one. */
function tutorialRun(seed: number, intents: RunRecord['intents']): RunRecord {
  const opened = openRun(content, {
    levelId: 'tutorial',
    seed,
    registrationId: 'rural',
    policyId: 'status-quo',
    intents: [],
  });
  if (!opened.ok) throw new Error(opened.error);
  const store = opened.store;
  for (const i of intents) {
    store.dispatch(i);
    const card = store.effective.events.find((e) => e.id === store.state().pendingEvent);
    const open = card?.choices?.find((c) =>
      wouldPass(store.effective, store.state(), { type: 'choose', choice: c.id }),
    );
    if (open) store.dispatch({ type: 'choose', choice: open.id });
  }
  return recordOf(store.state());
}

/** A seed whose first month end draws an event that asks for a choice. */
function seedWithChoice(): number {
  for (let seed = 0; seed < 500; seed++) {
    const o = openRun(content, {
      levelId: 'tutorial',
      seed,
      registrationId: 'rural',
      policyId: 'status-quo',
      intents: [{ type: 'endMonth' }],
    });
    if (o.ok && o.store.state().pendingEvent) return seed;
  }
  throw new Error('no tutorial seed draws a choice at the first month end');
}

const saveOf = (record: RunRecord, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ v: 1, run: record, ...extra });

async function putSave(page: Page, text: string, reload = true) {
  await page.evaluate((t) => localStorage.setItem('iw.save', t), text);
  if (reload) {
    await page.reload();
    await page.waitForSelector('.screen-title');
  }
}
const readKey = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

// Locators, not waitForSelector: an ElementHandle it returns pins its element in memory, which
// would show up as a leak in the count of DOM nodes below.
const until = (page: Page, selector: string, state: 'attached' | 'visible' | 'detached' = 'attached') =>
  page.locator(selector).first().waitFor({ state, timeout: 60_000 });

async function continueRun(page: Page) {
  await page.getByRole('button', { name: 'Continue' }).click();
  await until(page, '.hud');
  await until(page, '.map-loading', 'detached');
  await until(page, '.city-map canvas');
}

async function quitToTitle(page: Page) {
  await page.locator('#game').focus();
  await page.keyboard.press('Escape');
  await until(page, 'dialog.panel-pause', 'visible');
  await page.getByRole('button', { name: 'Quit to title' }).click();
  await until(page, '.screen-title');
}

/** Ten resizes across phone and desktop sizes, then a phone turned both ways; waits for each to land. */
async function shake(page: Page) {
  const sizes = [
    [360, 640],
    [1280, 720],
    [375, 812],
    [1024, 768],
    [412, 915],
    [1920, 1080],
    [768, 1024],
    [1366, 768],
    [320, 568],
    [1280, 721],
  ] as const;
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await page.waitForFunction(([w, h]) => innerWidth === w && innerHeight === h, [width, height]);
  }
  for (const [width, height] of [
    [640, 360],
    [360, 640],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => {
      window.dispatchEvent(new Event('orientationchange'));
      screen.orientation?.dispatchEvent(new Event('change'));
    });
    await page.waitForFunction(([w, h]) => innerWidth === w && innerHeight === h, [width, height]);
  }
  // Two frames: any resize handler left behind has run by now.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
}

describe('a finished run survives resizes and rotation', () => {
  it('keeps the outcome and its result code through 10 resizes and a rotation, and after Quit', async () => {
    const page = await open();
    // Month 1 played; the last month end is pressed in the city.
    await putSave(page, saveOf(tutorialRun(3, [{ type: 'endMonth' }])));
    await continueRun(page);
    await endMonth(page);
    await page.waitForSelector('#twin');
    const code = await page.$eval('.result-code', (e) => e.textContent);
    expect(code).toMatch(/^IW1-/);
    await shake(page);
    expect(await page.$('.screen-error')).toBeNull();
    expect(await page.$eval('.result-code', (e) => e.textContent)).toBe(code);
    await screenshot(page, 'lifecycle-outcome-after-resizes');
    // Back to title: the finished run is offered again, with the same code.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Title' }).click();
    await page.waitForSelector('.screen-title');
    await screenshot(page, 'lifecycle-title-last-result');
    await page.getByRole('button', { name: 'Your last result' }).click();
    await page.waitForSelector('#twin');
    expect(await page.$eval('.result-code', (e) => e.textContent)).toBe(code);
    // A reload keeps it too.
    await page.reload();
    await page.getByRole('button', { name: 'Your last result' }).click();
    await page.waitForSelector('#twin');
    expect(await page.$eval('.result-code', (e) => e.textContent)).toBe(code);

    // The same after Quit from a run in progress.
    await page.getByRole('button', { name: 'Title' }).click();
    await putSave(page, saveOf(tutorialRun(3, [])));
    await continueRun(page);
    await quitToTitle(page);
    await shake(page);
    expect(await page.$('.screen-error')).toBeNull();
    expect(await page.$('.screen-title')).not.toBeNull();
    expect(errorsOf(page)).toEqual([]);
  });

  it('after 12 cities, resize listeners, canvases and DOM nodes are back at their level after the first', async () => {
    // Counts window resize listeners as they are added and removed, and keeps a weak list of
    // every canvas made, so that detached ones still alive show up after a garbage collection.
    const init = `(() => {
      const add = EventTarget.prototype.addEventListener;
      const remove = EventTarget.prototype.removeEventListener;
      const live = new Set();
      window.__resize = live;
      EventTarget.prototype.addEventListener = function (type, fn, opts) {
        if (this === window && type === 'resize') live.add(fn);
        return add.call(this, type, fn, opts);
      };
      EventTarget.prototype.removeEventListener = function (type, fn, opts) {
        if (this === window && type === 'resize') live.delete(fn);
        return remove.call(this, type, fn, opts);
      };
      const made = document.createElement.bind(document);
      window.__canvases = [];
      document.createElement = function (tag, o) {
        const e = made(tag, o);
        if (String(tag).toLowerCase() === 'canvas') window.__canvases.push(new WeakRef(e));
        return e;
      };
    })();`;
    const page = await open('', {}, init);
    await putSave(page, saveOf(tutorialRun(3, [])));
    const cdp = await page.context().newCDPSession(page);
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const counters = (await cdp.send('Memory.getDOMCounters')) as {
        nodes: number;
        jsEventListeners: number;
      };
      const page_ = await page.evaluate(() => ({
        resize: (window as unknown as { __resize: Set<unknown> }).__resize.size,
        attachedCanvases: document.getElementsByTagName('canvas').length,
        liveCanvases: (window as unknown as { __canvases: WeakRef<object>[] }).__canvases.filter((r) =>
          r.deref(),
        ).length,
        elements: document.getElementsByTagName('*').length,
      }));
      return { ...page_, nodes: counters.nodes, listeners: counters.jsEventListeners };
    };
    let first: Awaited<ReturnType<typeof measure>> | null = null;
    for (let run = 1; run <= 12; run++) {
      await continueRun(page);
      await quitToTitle(page);
      // Phaser destroys its game on the next frame.
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
      );
      if (run === 1) first = await measure();
    }
    // Detached DOM and the JS objects holding it are freed in layers (Blink and V8 heaps hold each
    // other), and one forced collection may free only the outer layer of twelve cities' garbage:
    // collect again until the counts settle. A real leak never settles, however many rounds.
    let last = await measure();
    for (let round = 0; round < 8 && last.listeners > first!.listeners; round++) last = await measure();
    console.log('after the first city', first, 'after the twelfth', last);
    expect(last.resize).toBe(first!.resize);
    expect(last.attachedCanvases).toBe(first!.attachedCanvases);
    // One canvas of the city just left may still be reachable until its game's last frame and the
    // next collection (seen once in CI: 26 against 25; runs 1–8 measured flat at 25). A leaked city
    // holds 4, eleven of them 44: any leak is far past this.
    expect(last.liveCanvases).toBeLessThanOrEqual(first!.liveCanvases + 1);
    expect(last.elements).toBe(first!.elements);
    // Listeners and nodes in memory, detached ones included. A city left behind is ~420 nodes
    // and ~26 listeners (12 runs on the old code: 923 → 5581 nodes, 65 → 351 listeners). Nodes
    // rise once by ~350 after one of the early cities and then stay flat, so less than one city's
    // worth over the first is allowed: eleven leaked cities could never fit in it.
    expect(last.listeners).toBeLessThanOrEqual(first!.listeners);
    expect(last.nodes).toBeLessThan(first!.nodes + 400);
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('a reload while a month-end event asks for a choice', () => {
  it('asks the same choice again, saves no refused click, and plays on from exactly there', async () => {
    const seed = seedWithChoice();
    const page = await open();
    await putSave(page, saveOf(tutorialRun(seed, [])));
    await continueRun(page);
    await page.locator('#game').focus();
    await page.keyboard.press('e');
    await page.waitForSelector('dialog.panel-month .btn-choice');
    await page.reload();
    await page.waitForSelector('.screen-title');
    await continueRun(page);
    // The choice is asked again at once; nothing else can be done first.
    await page.waitForSelector('dialog.panel-month .btn-choice:not([disabled])');
    await screenshot(page, 'lifecycle-choice-reopened');
    const saved = JSON.parse((await readKey(page, 'iw.save'))!) as { run: RunRecord };
    expect(saved.run.intents).toEqual([{ type: 'endMonth' }]);
    await page.locator('dialog.panel-month .btn-choice').first().click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    const after = JSON.parse((await readKey(page, 'iw.save'))!) as { run: RunRecord; ended?: boolean };
    expect(after.run.intents.map((i) => i.type)).toEqual(['endMonth', 'choose']);
    expect(after.ended).toBeUndefined();
    expect(await page.$eval('.hud', (e) => e.textContent)).toContain('Month 2');
    expect(errorsOf(page)).toEqual([]);
  });

  it('an old save with clicks refused while the choice was open still reopens the choice', async () => {
    const seed = seedWithChoice();
    const page = await open();
    const poisoned = {
      ...tutorialRun(seed, []),
      intents: [{ type: 'endMonth' }, { type: 'move', venue: 'factory' }, { type: 'endMonth' }],
    };
    await putSave(page, saveOf(poisoned as RunRecord));
    await continueRun(page);
    await page.waitForSelector('dialog.panel-month .btn-choice:not([disabled])');
    expect(await page.$('#twin')).toBeNull();
    expect(errorsOf(page)).toEqual([]);
  });

  it('a saved run that already ended opens its outcome', async () => {
    const page = await open();
    const ended = tutorialRun(5, [{ type: 'endMonth' }, { type: 'endMonth' }]);
    // Saved by a game that did not mark it ended (or reloaded on the last step): Continue opens the outcome.
    await putSave(page, saveOf(ended));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForSelector('#twin');
    expect(await page.$('.hud')).toBeNull();
    // Marked ended: the title offers it as the last result.
    await putSave(page, saveOf(ended, { ended: true }));
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Your last result' }).click();
    await page.waitForSelector('#twin');
    expect(errorsOf(page)).toEqual([]);
  });
});

describe("the viewer's own save", () => {
  it('survives watching a ?run= link, a "Play as…" that cannot start, and is set aside (really) when its level is gone', async () => {
    const mine = saveOf(tutorialRun(9, [{ type: 'move', venue: 'factory' }]));
    const shared = tutorialRun(4, [{ type: 'endMonth' }, { type: 'endMonth' }]);
    const page = await open('', { reducedMotion: 'reduce' });
    await putSave(page, mine, false);
    await page.goto(`${base()}?run=${encodeRun(shared)}`);
    await page.locator('.run-watch').click();
    await page.waitForSelector('#twin');
    expect(await readKey(page, 'iw.save')).toBe(mine);
    await page.getByRole('button', { name: 'Title' }).click();
    await page.waitForSelector('.screen-title');
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(1);

    // A link whose policy this version does not know: its "Play as…" cannot start.
    await page.goto(`${base()}?run=${encodeRun({ ...shared, policyId: 'no-such-policy' })}`);
    await page.locator('.run-play-rural').click();
    await page.waitForSelector('.screen-title .notice');
    expect(await page.$eval('.notice', (e) => e.textContent)).toContain('was not touched');
    expect(await readKey(page, 'iw.save')).toBe(mine);

    // A save whose level is gone: Continue sets it aside — a real copy — and says where.
    const gone = saveOf({ ...tutorialRun(9, []), levelId: 'no-such-level' });
    await putSave(page, gone);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForSelector('.screen-title .notice');
    expect(await page.$eval('.notice', (e) => e.textContent)).toContain('iw.save.set-aside');
    expect(await readKey(page, 'iw.save.set-aside')).toBe(gone);
    expect(await readKey(page, 'iw.save')).toBeNull();
    expect(errorsOf(page)).toEqual([]);
  });

  it('a save from a newer version says "newer" and is kept aside', async () => {
    const page = await open();
    const newer = JSON.stringify({ v: 99, run: tutorialRun(1, []) });
    await putSave(page, newer);
    await page.waitForSelector('.notice');
    expect(await page.$eval('.notice', (e) => e.textContent)).toContain('newer version');
    expect(await readKey(page, 'iw.save.set-aside')).toBe(newer);
  });
});

describe('blocked or full storage', () => {
  it('where localStorage throws, the game still starts, says progress will not be kept, and plays', async () => {
    const page = await open(
      '',
      {},
      `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });`,
    );
    await page.waitForSelector('.banner-storage');
    expect(await page.$eval('.banner-storage', (e) => e.textContent)).toContain('will be lost');
    await screenshot(page, 'lifecycle-storage-blocked');
    await startTutorial(page, 'en');
    // The pause menu does not promise a save that cannot be kept.
    await page.locator('#game').focus();
    await page.keyboard.press('Escape');
    await until(page, 'dialog.panel-pause', 'visible');
    const note = await page.locator('dialog.panel-pause p.muted').textContent();
    expect(note).toContain('not keeping your progress');
    expect(note).not.toContain('saved');
    expect(errorsOf(page).filter((e) => !e.includes('SecurityError'))).toEqual([]);
  });

  it('when a save cannot be written (storage full) the player is warned, and the crash screen never claims a save', async () => {
    const page = await open(
      '',
      {},
      `(() => { const set = Storage.prototype.setItem;
        Storage.prototype.setItem = function (k, v) {
          if (k === 'iw.save' && window.__full) throw new DOMException('full', 'QuotaExceededError');
          return set.call(this, k, v);
        }; })();`,
    );
    await putSave(page, saveOf(tutorialRun(3, [])));
    await page.evaluate(() => {
      (window as unknown as { __full: boolean }).__full = true;
    });
    await continueRun(page);
    await page.waitForSelector('.banner-storage');
    expect(await page.$eval('.banner-storage', (e) => e.textContent)).toContain('could not be saved');
    // An unexpected error now: the error screen must not say the run is saved.
    await page.evaluate(() => setTimeout(() => Promise.reject(new Error('boom')), 0));
    await page.waitForSelector('.screen-error');
    expect(await page.$('.crash-saved')).toBeNull();
  });
});

describe('two tabs on one run', () => {
  it('the second tab says the run is open elsewhere and can take it over; the first then stops', async () => {
    const a = await open();
    await putSave(a, saveOf(tutorialRun(3, [])));
    await continueRun(a);
    const b = await a.context().newPage();
    await b.goto(base());
    await b.waitForSelector('.screen-title');
    await b.getByRole('button', { name: 'Continue' }).click();
    await b.waitForSelector('.screen-elsewhere');
    await screenshot(b, 'lifecycle-open-elsewhere');
    expect(await a.$('.hud')).not.toBeNull(); // the first tab plays on until the second takes over
    await b.locator('.take-over').click();
    await b.waitForSelector('.hud');
    await a.waitForSelector('.screen-taken');
    // Only the second tab writes now: a step there is saved, and the first tab has no city left.
    await b.waitForFunction(() => !document.querySelector('.map-loading'), null, { timeout: 60_000 });
    await b.locator('#game').focus();
    await b.keyboard.press('e');
    await b.waitForSelector('dialog.panel-month');
    const saved = JSON.parse((await readKey(b, 'iw.save'))!) as { run: RunRecord };
    expect(saved.run.intents[0]).toEqual({ type: 'endMonth' });
    expect(await a.$('.hud')).toBeNull();
    // And the first tab can take it back, at the step the second reached.
    await a.locator('.take-over').click();
    await a.waitForSelector('.hud');
    await b.waitForSelector('.screen-taken');
    expect(errorsOf(a)).toEqual([]);
  });
});

describe('class progress', () => {
  it('a malformed iw.class place does not break opening a class link', async () => {
    const code = encodeSession({
      v: 1,
      levels: ['tutorial'],
      seed: 12,
      assign: 'rural',
      lang: 'en',
      quiz: false,
    });
    const page = await open();
    await page.evaluate(
      (c) =>
        localStorage.setItem('iw.class', JSON.stringify({ code: c, kind: 'rural', results: [{ x: 1 }] })),
      code,
    );
    await page.goto(`${base()}?class=${code}`);
    await page.waitForFunction(() => document.querySelector('.screen:not(.screen-title)'));
    expect(await page.$('.screen-error')).toBeNull();
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('the service worker', () => {
  const dist = join(import.meta.dirname, '..', '..', process.env.IW_DIST ?? 'dist');

  it('precaches what offline play needs: the manifest once, no link-preview card', () => {
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((m) => m[1]!);
    expect(urls).toContain('index.html');
    expect(urls.filter((u) => u === 'manifest.webmanifest')).toHaveLength(1);
    expect(urls.filter((u) => u.includes('og-card'))).toEqual([]);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('offers a waiting new version at the title or an outcome, never in the city', async () => {
    const page = await open();
    // Installing the worker precaches the whole game: on a busy machine that takes a while.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 90_000 });
    await putSave(page, saveOf(tutorialRun(3, [])));
    await continueRun(page);
    // A new build: the same worker with a few bytes more, fetched by the browser's update check.
    // (The served folder's sw.js is changed for this test only and put back after it — after the
    // reload too: put back earlier, the reloaded page's own update check finds the old bytes as
    // yet another new version, and rightly offers it.)
    const file = join(dist, 'sw.js');
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, `${original}\n// next version`);
      await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        await reg?.update();
      });
      // Polled without an async predicate: the last answer is kept on window between polls.
      await page.waitForFunction(
        () => {
          const w = window as unknown as { __waiting?: boolean };
          void navigator.serviceWorker.getRegistration().then((r) => {
            w.__waiting = r?.waiting != null;
          });
          return w.__waiting === true;
        },
        null,
        { timeout: 90_000, polling: 200 },
      );
      await offeredAtSafeMoments(page);
    } finally {
      writeFileSync(file, original);
    }
  }, 300_000); // two worker installs and three cities: minutes on a busy machine
});

/** The update waiting: offered at the title, never in the city, and taking it reloads into it. */
async function offeredAtSafeMoments(page: Page) {
  // Mid-run: nothing is offered.
  expect(await page.locator('.banner-update').count()).toBe(0);
  await quitToTitle(page);
  await until(page, '.banner-update', 'visible');
  expect(await page.locator('.banner-update').textContent()).toContain('new version');
  await screenshot(page, 'lifecycle-update-ready');
  // Back into a run: the offer goes away until the next safe moment.
  await continueRun(page);
  expect(await page.locator('.banner-update').count()).toBe(0);
  await quitToTitle(page);
  await until(page, '.banner-update', 'visible');
  // Taking it reloads into the new version.
  const reloaded = page.waitForEvent('load', { timeout: 90_000 });
  await page.locator('.banner-update .banner-action').click();
  await reloaded;
  await until(page, '.screen-title');
  expect(await page.locator('.banner-update').count()).toBe(0);
}
