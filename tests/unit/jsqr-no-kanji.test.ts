// The build ships jsQR without its Shift-JIS table (scripts/jsqr-no-kanji.ts): the jsQR it ships
// still reads the game's QR codes (byte mode, as src/classroom/ui/qr.ts makes them), the table is
// really gone, and a jsqr whose file no longer holds the table stops the build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { jsqrWithoutKanji } from '../../scripts/jsqr-no-kanji';
import { type ClassResult, encodeClassResult } from '../../src/classroom/class-result';
import { type ClassSession, classUrl, encodeSession } from '../../src/classroom/session';
import { sampleSession } from '../helpers/codes';

const jsqrFile = createRequire(import.meta.url).resolve('jsqr');
const original = readFileSync(jsqrFile, 'utf8');

type Transform = (this: { error(m: string): never }, code: string, id: string) => { code: string } | null;
const transform = jsqrWithoutKanji().transform as Transform;
const ctx = {
  error(m: string): never {
    throw new Error(m);
  },
};

type JsQR = (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
/** Runs jsqr's UMD file as CommonJS and returns its default export. */
function load(code: string): JsQR {
  const module = { exports: {} as { default: JsQR } };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports.default;
}

/** RGBA pixels of `text` as a byte-mode QR code, 4 pixels a module, with a quiet zone. */
function qrImage(text: string): { data: Uint8ClampedArray; size: number } {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const cell = 4;
  const size = (n + 8) * cell;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const r = Math.floor(y / cell) - 4;
      const c = Math.floor(x / cell) - 4;
      if (r >= 0 && c >= 0 && r < n && c < n && qr.isDark(r, c))
        data.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3);
    }
  return { data, size };
}

/** The shared sample class (two levels, zh-Hans, questions on) with a seed of its own. */
const session: ClassSession = { ...sampleSession, seed: 7 };
const classCode = encodeSession(session);
const result: ClassResult = {
  classCode,
  seat: 12,
  levelIndex: 1,
  kind: 'rural',
  goalCount: 4,
  goalsMet: 2,
  ended: 'months',
  months: 12,
  money: 3100,
  health: 48,
  family: 70,
  walls: [0, 2],
  twin: { goalsMet: 4, money: 8800 },
  reforms: [],
  quiz: { before: [1, 0, 2], after: [2, 1, 2] },
  nonce: 0,
};

describe('jsQR without its Kanji table', () => {
  const stripped = transform.call(ctx, original, jsqrFile);

  it('empties the Shift-JIS table and leaves the rest of the file as it was', () => {
    expect(stripped).not.toBeNull();
    const code = stripped?.code ?? '';
    expect(code).toContain('exports.shiftJISTable = {};');
    expect(code).not.toMatch(/0xEAA4: 0x7199/); // the table's last entry
    expect(code.length).toBeLessThan(original.length / 2);
    // Outside the table nothing changed.
    const [before, after] = original.split(/exports\.shiftJISTable = \{[^}]*\};/);
    expect(code).toBe(`${before}exports.shiftJISTable = {};${after}`);
  });

  it('still reads the class link and a class result code as the game draws them', () => {
    const jsQR = load(stripped?.code ?? '');
    const texts = [
      classUrl('https://example.org/games/invisible-walls/', session),
      encodeClassResult(result),
    ];
    for (const text of texts) {
      const { data, size } = qrImage(text);
      expect(jsQR(data, size, size)?.data).toBe(text);
    }
  });

  it('touches no other file', () => {
    expect(transform.call(ctx, original, '/x/node_modules/other/dist/jsQR.js')).toBeNull();
    expect(transform.call(ctx, 'exports.shiftJISTable = {};', '/x/src/jsQR.js')).toBeNull();
  });

  it('stops the build when a jsqr file no longer holds the table as expected', () => {
    const renamed = original.replace('exports.shiftJISTable = {', 'exports.sjisTable = {');
    expect(() => transform.call(ctx, renamed, jsqrFile)).toThrow(/jsqr-no-kanji: expected one/);
  });
});
