// Offline: after one visit the service worker controls the page; with the network off a reload
// still brings up the game, and the tutorial plays to its outcome with its art and sounds.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './browser';
import { playTutorial } from './drive';

const ASSETS = join(import.meta.dirname, '..', '..', 'assets');
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('offline after one visit', () => {
  it('reloads with the network off and plays the tutorial to its end', async () => {
    session = await openSession(inject('baseUrl'));
    const { page, context } = session;
    await page.goto(`${inject('baseUrl')}?reg=rural&seed=7`);
    await page.waitForSelector('.screen-title');
    // Controlled means installed (everything precached) and activated.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });

    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('.screen-title');
    const fetched = await page.evaluate(async () => {
      const urls = [
        'manifest.webmanifest',
        'audio/sfx-wall.mp3',
        'audio/music-city.mp3',
        'art/card-back.svg',
      ];
      return Promise.all(urls.map(async (u) => `${u} ${(await fetch(u)).status}`));
    });
    expect(fetched).toEqual([
      'manifest.webmanifest 200',
      'audio/sfx-wall.mp3 200',
      'audio/music-city.mp3 200',
      'art/card-back.svg 200',
    ]);
    await playTutorial(page, 'en');
    expect(await page.$eval('#twin', (e) => e.textContent)).toContain('Urban hukou');
    // Until the app icons land in assets/icons, the manifest's icon requests fail online too.
    const missing = (u: string) => !existsSync(join(ASSETS, new URL(u).pathname));
    expect(failed.filter((u) => !missing(u))).toEqual([]);
    expect(session.errors.length).toBe(failed.filter(missing).length);
    await context.setOffline(false);
  });
});
