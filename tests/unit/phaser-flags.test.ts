// The canvas-only build replaces Phaser's build flags and skips its WebGL probe
// (scripts/phaser-flags.ts): opening a WebGL context at load is wasted work when WebGL is never used.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type PhaserFlags, phaserFlags, WEBGL_PROBE } from '../../scripts/phaser-flags';

const ROOT = join(import.meta.dirname, '..', '..');
const FEATURES = join(ROOT, 'node_modules', 'phaser', 'src', 'device', 'Features.js');
const flags = (webgl: boolean): PhaserFlags => ({
  WEBGL_RENDERER: webgl,
  CANVAS_RENDERER: true,
  WEBGL_DEBUG: false,
  EXPERIMENTAL: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
});
type Transform = (this: { error(m: string): never }, code: string, id: string) => { code: string } | null;
const run = (webgl: boolean, code: string, id = FEATURES) =>
  (phaserFlags(flags(webgl)).transform as Transform).call(
    {
      error(m: string): never {
        throw new Error(m);
      },
    },
    code,
    id,
  );

describe('Phaser flags', () => {
  it('Phaser still opens a WebGL context in device/Features.js to set Features.webGL', () => {
    const src = readFileSync(FEATURES, 'utf8');
    expect(src).toContain(`var ctx = ${WEBGL_PROBE};`);
    expect(src).toContain('return !!ctx;');
  });

  it('a canvas-only build probes no WebGL; a WebGL build keeps the probe', () => {
    const src = readFileSync(FEATURES, 'utf8');
    const canvasOnly = run(false, src)!.code;
    expect(canvasOnly).not.toContain("getContext('webgl')");
    expect(canvasOnly).toContain('var ctx = null');
    // The 2D test beside it (the ImageData type) stays.
    expect(canvasOnly).toContain("getContext('2d'");
    expect(run(true, src)?.code ?? src).toContain(WEBGL_PROBE);
  });

  it('stops the build when the probe is no longer there to remove', () => {
    expect(() => run(false, 'var Features = {}; module.exports = Features;')).toThrow(
      /no longer probes WebGL/,
    );
  });

  it('replaces the typeof flags in Phaser only', () => {
    const code = 'if (typeof WEBGL_RENDERER) { a(); } if (typeof CANVAS_RENDERER) { b(); }';
    expect(run(false, code, '/p/node_modules/phaser/src/core/Game.js')!.code).toBe(
      'if (false) { a(); } if (true) { b(); }',
    );
    expect(run(false, code, '/p/src/scenes/City.js')).toBeNull();
  });
});
