// Phaser's source tests build flags with `typeof WEBGL_RENDERER` and friends, which its webpack
// build replaces as whole expressions; Vite's `define` cannot, so this plugin does it for files
// under phaser/src, and the bundler drops the branches that become dead.
import type { Plugin } from 'vite';

export interface PhaserFlags {
  WEBGL_RENDERER: boolean;
  CANVAS_RENDERER: boolean;
  WEBGL_DEBUG: boolean;
  EXPERIMENTAL: boolean;
  FEATURE_SOUND: boolean;
  PLUGIN_CAMERA3D: boolean;
  PLUGIN_FBINSTANT: boolean;
}

/** Device/Features.js opens a WebGL context when Phaser loads, to learn whether WebGL works
 * (`Features.webGL`, read only to pick a renderer for `type: AUTO`). A canvas-only build never
 * uses WebGL: the probe cost ~30 ms at CPU ×4 in the task that evaluates Phaser (a context is a
 * round trip to the GPU process, or software GL where there is no GPU), for nothing. */
export const WEBGL_PROBE = "canvas.getContext('webgl') || canvas.getContext('experimental-webgl')";
const FEATURES = /[\\/]phaser[\\/]src[\\/]device[\\/]Features\.js$/;

export function phaserFlags(flags: PhaserFlags): Plugin {
  const pattern = new RegExp(`typeof\\s+(${Object.keys(flags).join('|')})\\b`, 'g');
  return {
    name: 'phaser-flags',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]phaser[\\/]src[\\/].*\.js$/.test(id)) return null;
      let out = code.includes('typeof')
        ? code.replace(pattern, (_, name: keyof PhaserFlags) => String(flags[name]))
        : code;
      if (!flags.WEBGL_RENDERER && FEATURES.test(id)) {
        // A Phaser upgrade that probes differently must be looked at, not shipped with the probe back.
        if (!out.includes(WEBGL_PROBE))
          this.error(
            'phaser-flags: device/Features.js no longer probes WebGL as expected; check scripts/phaser-flags.ts.',
          );
        out = out.replace(WEBGL_PROBE, 'null /* canvas-only build: no WebGL probe */');
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
