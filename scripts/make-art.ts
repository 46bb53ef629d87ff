// Generates every piece of the game's art as hand-built SVG into assets/art/, plus manifest.json.
// Run: npx tsx scripts/make-art.ts   (deterministic: same script, same bytes)
// What each asset looks like is drawn by a module under scripts/art/; this file only lists the
// assets in manifest order, with their size and outline width, and writes them.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ArtAsset, ArtManifest } from '../src/platform/art-manifest';
import { avatarChild, avatarSheet } from './art/avatar';
import { cards } from './art/cards';
import { lamp, tiles, tree } from './art/ground';
import { docIcons, miscIcons, statIcons, venueIcons } from './art/icons';
import { begin, svg } from './art/kit';
import { people } from './art/people';
import { portraits } from './art/portraits';
import { titleArt } from './art/title';
import { venues } from './art/venues';
import { wallPieces } from './art/wall';

const OUT = 'assets/art';

function build(): ArtAsset[] {
  const out: ArtAsset[] = [];
  /** Draw one asset with its root stroke width w, write it, and list it. */
  const put = (
    key: string,
    width: number,
    height: number,
    w: number,
    draw: () => string,
    frames?: ArtAsset['frames'],
  ): void => {
    begin(w);
    const content = draw();
    const file = `${key}.svg`;
    writeFileSync(join(OUT, file), `${content.startsWith('<svg') ? content : svg(width, height, content)}\n`);
    out.push({ key, file: `art/${file}`, width, height, ...(frames ? { frames } : {}) });
  };
  for (const [kind, draw] of Object.entries(venues)) put(`venue-${kind}`, 128, 128, 2.5, draw);
  for (const set of [venueIcons, statIcons, docIcons, miscIcons]) {
    for (const [name, draw] of Object.entries(set)) put(`icon-${name}`, 48, 48, 2.5, draw);
  }
  put('avatar', 192, 256, 2, avatarSheet, { frameWidth: 48, frameHeight: 64 });
  put('avatar-child', 32, 40, 2, avatarChild);
  for (const [key, draw] of Object.entries(cards)) put(key, 320, 440, 3, draw);
  put('title-art', 1280, 720, 3, titleArt);
  for (const [key, draw] of Object.entries(wallPieces)) put(key, 256, 96, 2.5, draw);
  for (const [key, draw] of Object.entries(tiles)) put(key, 64, 64, 1.5, draw);
  put('tree', 64, 64, 2.5, tree);
  put('lamp', 32, 64, 2, lamp);
  for (const [key, draw] of portraits()) put(key, 96, 96, 2, draw);
  for (const [key, w, h, draw] of people()) put(key, w, h, 1.5, draw);
  return out;
}

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) if (f.endsWith('.svg')) rmSync(join(OUT, f));
const assets = ArtManifest.parse(build()); // the schema the game reads it with
writeFileSync(
  join(OUT, 'manifest.json'),
  `[\n${assets.map((a) => `  ${JSON.stringify(a)}`).join(',\n')}\n]\n`,
);
const bytes = readdirSync(OUT).reduce((n, f) => n + statSync(join(OUT, f)).size, 0);
console.log(`${assets.length} assets, ${(bytes / 1024).toFixed(1)} KB in ${OUT}`);
