// The build's size trims, one plugin each (docs/performance.md, "Bundle size"): jsQR without its
// Kanji table, the content JSON without indentation, Phaser without the parts the canvas map never uses.
import type { Plugin } from 'vite';
import { jsqrWithoutKanji } from './jsqr-no-kanji.ts';
import { minifiedContent } from './minify-content.ts';
import { phaserTrims } from './phaser-trims.ts';

export function slimBundle(): Plugin[] {
  return [jsqrWithoutKanji(), minifiedContent(), phaserTrims()];
}
