// The debrief scans result codes' QR codes in bulk: photos chosen as files (several at once, one
// picture without a result code) and a camera (Chromium's fake camera playing a video of a
// student's QR code). Every code read joins the pasted text and its seat is listed as handed in.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import qrcode from 'qrcode-generator';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type ClassResult, encodeClassResult } from '../../src/classroom/class-result';
import { encodeSession } from '../../src/classroom/session';
import { openSession, type Session, screenshot } from './browser';

const OUT = join(import.meta.dirname, '..', '..', 'test-output', 'qr');
mkdirSync(OUT, { recursive: true });
const sessions: Session[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
});

const classCode = encodeSession({
  v: 1,
  levels: ['tutorial', 'factory-city'],
  seed: 2024,
  assign: 'alternate',
  lang: 'en',
  quiz: true,
});
/** A student's class result code, as the outcome screen makes it. */
const codeFor = (seat: number, levelIndex = 0): string => {
  const r: ClassResult = {
    classCode,
    seat,
    levelIndex,
    kind: seat % 2 ? 'rural' : 'urban',
    goalCount: 4,
    goalsMet: seat % 2 ? 1 : 7,
    ended: 'months',
    months: 12,
    money: 4200 + seat * 100,
    health: 60,
    family: 55,
    walls: seat % 2 ? [0, 1] : [],
    twin: { goalsMet: seat % 2 ? 7 : 1, money: 9000 },
    reforms: [],
    quiz: { before: [1, 0, 2], after: [1, 1, 2] },
    nonce: 0,
  };
  return encodeClassResult(r);
};

function qrOf(text: string) {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  return qr;
}

/** A GIF of the QR code, as a phone's screenshot of the result screen would hold it. */
function qrGif(name: string, text: string): string {
  const url = qrOf(text).createDataURL(6, 4);
  const path = join(OUT, `${name}.gif`);
  writeFileSync(path, Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
  return path;
}

/** A two-second Y4M video (what Chromium's fake camera plays) of a QR code on a grey desk. */
function qrVideo(name: string, text: string): string {
  const qr = qrOf(text);
  const n = qr.getModuleCount();
  const W = 640;
  const H = 480;
  const cell = 8;
  const size = (n + 8) * cell;
  const x0 = (W - size) / 2;
  const y0 = (H - size) / 2;
  const y = Buffer.alloc(W * H, 120);
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      const r = Math.floor(py / cell) - 4;
      const c = Math.floor(px / cell) - 4;
      const dark = r >= 0 && c >= 0 && r < n && c < n && qr.isDark(r, c);
      y[(y0 + py) * W + x0 + px] = dark ? 16 : 235;
    }
  const uv = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const frames: Buffer[] = [Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`)];
  for (let f = 0; f < 20; f++) frames.push(Buffer.from('FRAME\n'), y, uv);
  const path = join(OUT, `${name}.y4m`);
  writeFileSync(path, Buffer.concat(frames));
  return path;
}

describe('scanning QR codes in the debrief', () => {
  it('reads a batch of photos of result codes, says which picture held none, and lists the seats', async () => {
    const codes = [1, 2, 3].map((s) => codeFor(s));
    const files = [
      ...codes.map((c, i) => qrGif(`seat-${i + 1}`, c)),
      qrGif('not-a-code', 'https://example.org/'),
      qrGif('seat-1-again', codes[0]!),
    ];
    const s = await openSession(inject('baseUrl'));
    sessions.push(s);
    const page = s.page;
    await page.goto(`${inject('baseUrl')}#/debrief`);
    await page.waitForSelector('[data-action="scan-files"]', { state: 'attached' });
    // Chromium on Linux has no BarcodeDetector, so the pictures are read by jsQR as the build ships
    // it (without its Kanji table, scripts/jsqr-no-kanji.ts), loaded on this first scan.
    expect(await page.evaluate(() => 'BarcodeDetector' in globalThis)).toBe(false);
    const jsqr = page.waitForResponse((r) => /\/jsQR-[\w-]+\.js$/.test(r.url()));
    await page.setInputFiles('#scan-files', files);
    expect((await jsqr).ok()).toBe(true);
    await page.waitForSelector('.scan-status[data-scanned="3"]');
    await page.waitForFunction(() =>
      /no result code/.test(document.querySelector('.scan-status')?.textContent ?? ''),
    );
    const pasted = await page.inputValue('#debrief-input');
    for (const c of codes) expect(pasted).toContain(c);
    // The seat-1 code scanned twice is added once.
    expect(pasted.split(codes[0]!).length - 1).toBe(1);
    await page.waitForSelector('.debrief-roster [data-level="tutorial"] [data-seats="1 2 3"]');
    expect(await page.textContent('[data-stat="students"]')).toMatch(/3/);
    await page.$eval('.scan-panel', (e) => e.scrollIntoView());
    await screenshot(page, 'debrief-scan-files');
    expect(s.errors).toEqual([]);
  });

  it('reads a code held up to the camera', async () => {
    const code = codeFor(4, 1);
    const video = qrVideo('seat-4-camera', code);
    const s = await openSession(inject('baseUrl'), {
      args: [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    sessions.push(s);
    const page = s.page;
    await s.context.grantPermissions(['camera'], { origin: new URL(inject('baseUrl')).origin });
    await page.goto(`${inject('baseUrl')}#/debrief`);
    await page.click('[data-action="scan-camera"]');
    await page.waitForSelector('.scan-status[data-scanned="1"]', { timeout: 30_000 });
    expect(await page.inputValue('#debrief-input')).toContain(code);
    await page.waitForSelector('.debrief-roster [data-level="factory-city"] [data-seats="4"]');
    await page.click('[data-action="scan-camera"]'); // stop
    await page.waitForSelector('[data-action="scan-camera"][aria-pressed="false"]');
    expect(await page.$eval('.scan-video', (v) => (v as HTMLVideoElement).srcObject)).toBeNull();
    expect(s.errors).toEqual([]);
  });
});
