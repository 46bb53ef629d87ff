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

export function phaserFlags(flags: PhaserFlags): Plugin {
  const pattern = new RegExp(`typeof\\s+(${Object.keys(flags).join('|')})\\b`, 'g');
  return {
    name: 'phaser-flags',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]phaser[\\/]src[\\/].*\.js$/.test(id) || !code.includes('typeof')) return null;
      const out = code.replace(pattern, (_, name: keyof PhaserFlags) => String(flags[name]));
      return out === code ? null : { code: out, map: null };
    },
  };
}
