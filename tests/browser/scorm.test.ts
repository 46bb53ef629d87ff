// The SCORM 1.2 package (npm run build:scorm) in a learning platform played by scorm-again, a
// maintained SCORM runtime, as the LMS: a launch page holds window.API and runs the package's
// index.html in a frame (the game finds the API by the standard parent search). The student plays
// part of the tutorial: the run is bookmarked. The platform relaunches it in a fresh browser (no
// local save): the title offers Continue, the run resumes where it stopped and plays to the
// outcome, and the platform reads back completion, the score (goals met) and the result code.
// The zip's imsmanifest.xml validates against the SCORM 1.2 schemas with xmllint.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScorm, SCHEMA_FILES } from '../../scripts/build-scorm';
import { decodeResult } from '../../src/share/result-code';
import { decodeRun } from '../../src/share/run-code';
import { openSession, type Session, screenshot } from './browser';
import { attempt, closePanel, endMonth, startTutorial, tabTo, tutorial } from './drive';
import { type Host, serveFiles } from './static-host';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, process.env.IW_DIST ? `${process.env.IW_DIST}-scorm` : 'dist-scorm');
const ZIP = join(OUT, 'invisible-walls-scorm12.zip');
const CONTENT = '/lms/course/7/content/';

// The LMS's launch page: scorm-again as window.API, data from an earlier session, the SCO in a frame.
const LMS_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,">
<script src="/lms/scorm12.min.js"></script></head>
<body style="margin:0"><iframe id="sco" title="SCO" style="border:0;width:1280px;height:720px"></iframe></body></html>`;

let zip: Record<string, Uint8Array>;
let host: Host;
const sessions: Session[] = [];
beforeAll(async () => {
  if (!process.env.IW_SKIP_BUILD || !existsSync(ZIP)) await buildScorm(OUT);
  zip = unzipSync(readFileSync(ZIP));
  const files = new Map<string, Buffer | string>([
    ['/lms/launch.html', LMS_HTML],
    [
      '/lms/scorm12.min.js',
      readFileSync(join(ROOT, 'node_modules', 'scorm-again', 'dist', 'scorm12.min.js')),
    ],
  ]);
  for (const [name, data] of Object.entries(zip)) files.set(CONTENT + name, Buffer.from(data));
  host = await serveFiles(files);
});
afterAll(async () => {
  for (const s of sessions) await s.close();
  await host?.close();
});

/** The frame's page as drive.ts wants it: the frame's DOM with the top page's keyboard. */
function inFrame(page: Page, frame: Frame): Page {
  return new Proxy(frame, {
    get(target, key) {
      if (key === 'keyboard') return page.keyboard;
      const v = Reflect.get(target, key);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  }) as unknown as Page;
}

/** Launches the SCO with the LMS's stored data (none on a first launch); returns the game's frame. */
async function launch(
  cmi: Record<string, unknown> | null,
): Promise<{ session: Session; page: Page; game: Page }> {
  const session = await openSession(host.origin);
  sessions.push(session);
  const { page } = session;
  await page.goto(`${host.origin}/lms/launch.html`);
  await page.evaluate(
    ({ cmi, src }) => {
      const w = window as unknown as {
        API: unknown;
        Scorm12API: new (s: object) => { loadFromJSON(j: object): void };
      };
      const api = new w.Scorm12API({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });
      if (cmi) api.loadFromJSON(cmi);
      w.API = api;
      (document.getElementById('sco') as HTMLIFrameElement).src = src;
    },
    { cmi, src: `${CONTENT}index.html?reg=rural&seed=7` },
  );
  const frame = await (await page.waitForSelector('#sco')).contentFrame();
  await frame!.waitForSelector('.screen-title');
  return { session, page, game: inFrame(page, frame!) };
}

/** What the LMS holds for the learner (scorm-again's own export of its CMI data). */
interface Cmi {
  core: {
    lesson_status: string;
    lesson_location: string;
    exit: string;
    session_time: string;
    score: { raw: string; min: string; max: string };
  };
  suspend_data: string;
  comments: string;
  interactions: Record<string, { id: string; type: string; student_response: string }>;
}
const cmiOf = async (page: Page): Promise<Cmi> => {
  const o = (await page.evaluate(() =>
    (window as unknown as { API: { renderCMIToJSONObject(): unknown } }).API.renderCMIToJSONObject(),
  )) as { cmi?: Cmi } & Cmi;
  return o.cmi ?? o;
};

describe('a SCORM 1.2 package', () => {
  it('holds the game, its manifest and the schemas; the manifest validates against SCORM 1.2', () => {
    const names = Object.keys(zip);
    expect(names).toEqual(expect.arrayContaining(['imsmanifest.xml', 'index.html', ...SCHEMA_FILES]));
    expect(names.some((n) => n === 'sw.js' || n.endsWith('.webmanifest'))).toBe(false); // the LMS serves it
    const manifest = new TextDecoder().decode(zip['imsmanifest.xml']);
    // Every file the manifest lists is in the zip.
    for (const m of manifest.matchAll(/<file href="([^"]+)"/g)) expect(names).toContain(m[1]);
    expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');

    const which = spawnSync('xmllint', ['--version']);
    if (which.error)
      throw new Error('This test validates with xmllint: sudo apt-get install -y libxml2-utils');
    const dir = mkdtempSync(join(tmpdir(), 'iw-scorm-'));
    try {
      for (const f of [...SCHEMA_FILES, 'imsmanifest.xml']) writeFileSync(join(dir, f), zip[f]!);
      const validate = (file: string) =>
        spawnSync('xmllint', ['--noout', '--nonet', '--schema', 'adlcp_rootv1p2.xsd', file], {
          cwd: dir,
          encoding: 'utf8',
        });
      const ok = validate('imsmanifest.xml');
      expect(ok.stderr).toContain('imsmanifest.xml validates');
      expect(ok.status).toBe(0);
      // The validator does check: a SCO type SCORM 1.2 does not know is refused.
      writeFileSync(
        join(dir, 'broken.xml'),
        manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="game"'),
      );
      const broken = validate('broken.xml');
      expect(broken.status).not.toBe(0);
      expect(broken.stderr).toContain('scormtype');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports to the platform, bookmarks the run, and resumes it on relaunch', async () => {
    // First launch: the contract and the room, then the student leaves.
    const first = await launch(null);
    await startTutorial(first.game, 'en');
    await attempt(first.game, 'en', 'factory', 'sign-contract');
    await closePanel(first.game);
    await attempt(first.game, 'en', 'urban-village', 'rent-room');
    await closePanel(first.game);
    let cmi = await cmiOf(first.page);
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(cmi.core.lesson_location).toBe('tutorial');
    const bookmark = decodeRun(cmi.suspend_data);
    expect(bookmark.ok && bookmark.record).toMatchObject({
      levelId: 'tutorial',
      seed: 7,
      intents: expect.arrayContaining([{ type: 'act', venue: 'factory', action: 'sign-contract' }]),
    });
    await first.page.evaluate(() => {
      (document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank';
    });
    await first.page.waitForFunction(() =>
      (window as unknown as { API: { isTerminated(): boolean } }).API.isTerminated(),
    );
    cmi = await cmiOf(first.page);
    expect(cmi.core.exit).toBe('suspend');
    expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(cmi.core.session_time).not.toMatch(/^0+:00:00/); // the time the student spent
    expect(host.missing).toEqual([]);
    expect(first.session.errors).toEqual([]);

    // Relaunch in a fresh browser: only the platform remembers the run.
    const second = await launch({
      core: {
        entry: 'resume',
        lesson_status: cmi.core.lesson_status,
        lesson_location: cmi.core.lesson_location,
      },
      suspend_data: cmi.suspend_data,
    });
    const { game } = second;
    await game.waitForSelector('.title-buttons');
    const cont = (
      await game.$$eval('.title-buttons button', (bs) => bs.map((b) => b.textContent ?? ''))
    ).find((t) => t.includes('Continue'));
    expect(cont).toBeDefined();
    await screenshot(second.page, 'scorm-relaunch-title');
    await tabTo(game, 'Continue');
    await game.keyboard.press('Enter');
    await game.waitForSelector('.hud');
    await game.waitForFunction(() => !document.querySelector('.map-loading'), null, { timeout: 30_000 });
    // Resumed, not restarted: the avatar is at the room rented before the student left.
    const room = tutorial.venues.find((v) => v.id === 'urban-village')!.name.en;
    expect(await game.$eval('.hud', (e) => e.textContent)).toBeTruthy();
    expect(
      await game.$$eval('[data-venue]', (els) =>
        els.map((e) => e.textContent ?? '').find((t) => /here/.test(t)),
      ),
    ).toContain(room);

    await endMonth(game);
    await attempt(game, 'en', 'public-school', 'enrol');
    await game.waitForSelector('dialog.panel-wall');
    await closePanel(game);
    await attempt(game, 'en', 'migrant-school', 'enrol');
    await closePanel(game);
    await endMonth(game);
    await game.waitForSelector('#twin');
    await screenshot(second.page, 'scorm-outcome');
    const shown = await game.$eval('.result-code', (e) => e.textContent ?? '');

    cmi = await cmiOf(second.page);
    expect(cmi.core.lesson_status).toBe('completed');
    const result = decodeResult(shown);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const met = result.result.goalsMet
      .toString(2)
      .split('')
      .filter((b) => b === '1').length;
    expect(cmi.core.score).toEqual({
      raw: String(Math.round((100 * met) / result.result.goalCount)),
      min: '0',
      max: '100',
    });
    expect(cmi.core.score.raw).toBe('75'); // this run meets three of the tutorial's four goals
    // The learner's response is the result code the outcome screen shows (the teacher's debrief reads it).
    expect(cmi.comments).toContain(shown);
    const response = Object.values(cmi.interactions).find((i) => i.id === 'result-tutorial');
    expect(shown.length).toBeLessThanOrEqual(255); // SCORM 1.2's limit for a response
    expect(response).toMatchObject({ type: 'fill-in', student_response: shown });
    expect(cmi.suspend_data).toBe(''); // a finished run is not resumed
    expect(second.session.errors).toEqual([]);
    expect(second.session.foreign).toEqual([]);
  });

  it('runs as usual without a platform', async () => {
    const s = await openSession(host.origin);
    sessions.push(s);
    await s.page.goto(`${host.origin}${CONTENT}index.html`);
    await s.page.waitForSelector('.title-buttons');
    expect(await s.page.evaluate(() => 'API' in window)).toBe(false);
    expect(s.errors).toEqual([]);
  });
});
