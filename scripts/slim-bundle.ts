// The build's size trims, one plugin each (docs/performance.md, "Bundle size"): jsQR without its
// Kanji table, Phaser without the parts the canvas map never uses. (The content arrives as one
// compact JSON string from scripts/checked-content.ts.)
import type { Plugin } from 'vite';
import { jsqrWithoutKanji } from './jsqr-no-kanji.ts';
import { phaserTrims } from './phaser-trims.ts';

export function slimBundle(): Plugin[] {
  return [jsqrWithoutKanji(), phaserTrims()];
}
