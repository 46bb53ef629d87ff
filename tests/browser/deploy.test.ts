// Any static host at any path: the normal build (built here with SITE_URL set) served from a
// sub-path, /games/invisible-walls/, with the headers of docs/deploy/_headers. The page, the
// service worker's scope, the manifest and icons follow the path; og:image is absolute; the
// tutorial plays to its outcome; its run link and a class link open the game at the same path;
// and with the network off a reload still brings the game up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session, screenshot } from './browser';
import { playTutorial, tabTo } from './drive';
import { filesOf, type Host, parseHeaders, serveFiles } from './static-host';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, process.env.IW_DIST ? `${process.env.IW_DIST}-deploy` : 'dist-deploy');
const MOUNT = '/games/invisible-walls/';
const SITE_URL = `https://school.example.org${MOUNT}`;
const HEADERS = readFileSync(join(ROOT, 'docs', 'deploy', '_headers'), 'utf8');

let host: Host;
let session: Session | null = null;
beforeAll(async () => {
  if (!process.env.IW_SKIP_BUILD) {
    const before = process.env.SITE_URL;
    process.env.SITE_URL = SITE_URL;
    try {
      await build({ logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
    } finally {
      if (before === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = before;
    }
  }
  host = await serveFiles(filesOf(OUT, MOUNT), { mount: MOUNT, rules: parseHeaders(HEADERS) });
});
afterAll(async () => {
  await session?.close();
  await host?.close();
});

const metaCsp = (html: string) => html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/)?.[1];

describe('served from a sub-path of a static host', () => {
  it('sends the documented headers, and the page points at its own folder', async () => {
    const base = `${host.origin}${MOUNT}`;
    const page = await fetch(base);
    const html = await page.text();
    // The CSP header a host sends is the page's own policy (the meta tag stays for hosts that send none).
    expect(page.headers.get('content-security-policy')).toBe(metaCsp(html));
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const script = html.match(/<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    expect((await fetch(base + script)).headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}sw.js`)).headers.get('cache-control')).toContain('no-store');
    // Link previews need an absolute image: SITE_URL at build time gives it.
    expect(html).toContain(`<meta property="og:image" content="${SITE_URL}og-card.png"`);
    expect(html).toContain(`<meta name="twitter:image" content="${SITE_URL}og-card.png"`);
    expect(html).toContain(`<meta property="og:url" content="${SITE_URL}"`);
    // Every other reference is relative, so the folder can move without a rebuild.
    for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(m[1]).toMatch(/^\.\//);
    const manifest = (await (await fetch(`${base}manifest.webmanifest`)).json()) as {
      start_url: string;
      scope: string;
      icons: { src: string }[];
    };
    expect([manifest.start_url, manifest.scope]).toEqual(['./', './']);
    for (const icon of manifest.icons) expect((await fetch(new URL(icon.src, base))).status).toBe(200);
  });

  it('plays the tutorial, opens its run link and a class link, and reloads offline', async () => {
    const base = `${host.origin}${MOUNT}`;
    session = await openSession(base);
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${base}?reg=rural&seed=7`);
    await page.waitForSelector('.screen-title');
    // The service worker is the folder's, not the host's.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(
      base,
    );
    expect(await page.$eval('link[rel="manifest"]', (l) => (l as HTMLLinkElement).href)).toBe(
      `${base}manifest.webmanifest`,
    );
    expect(await page.$eval('link[rel="icon"]', (l) => (l as HTMLLinkElement).href)).toBe(
      `${base}icons/favicon.svg`,
    );

    await playTutorial(page, 'en');
    await screenshot(page, 'deploy-subpath-outcome');
    await tabTo(page, 'Share');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.panel-share');
    const runLink = await page.$eval('input.share-link', (e) => (e as HTMLInputElement).value);
    expect(runLink.startsWith(`${base}?run=`)).toBe(true);
    await page.keyboard.press('Escape');

    const friend = await context.newPage();
    await friend.goto(runLink);
    await friend.waitForSelector('.screen-run-link');
    await screenshot(friend, 'deploy-subpath-run-link');
    await friend.goto(`${base}#/teacher`);
    await friend.waitForSelector('.teacher-page .class-code');
    const classLink = (await friend.getAttribute('[data-link]', 'data-link'))!;
    expect(classLink.startsWith(`${base}?class=`)).toBe(true);
    expect(await friend.$('.file-link')).toBeNull(); // a hosted copy's links work anywhere
    await friend.goto(classLink);
    await friend.waitForSelector('.class-student');
    await friend.close();

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('.screen-title');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.screen-levels');
    await context.setOffline(false);

    // Nothing was asked of the host outside the game's folder, and nothing of any other host.
    expect(host.requests.filter((p) => !p.startsWith(MOUNT))).toEqual([]);
    expect(session.foreign).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
