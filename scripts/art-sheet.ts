// Builds test-output/art-sheet.html (every asset from assets/art/manifest.json on a cream ground)
// and screenshots it to test-output/art-sheet.png with headless Chromium.
// Run: npx tsx scripts/make-art.ts && npx tsx scripts/art-sheet.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/browser/browser';

interface Asset {
  key: string;
  file: string;
  width: number;
  height: number;
  frames?: { frameWidth: number; frameHeight: number };
}

const OUT = 'test-output';
const assets = JSON.parse(readFileSync('assets/art/manifest.json', 'utf8')) as Asset[];
const url = (a: Asset): string => `../assets/${a.file}`;
const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function cell(a: Asset, scale = 1, label = a.key): string {
  return `<figure><img src="${url(a)}" width="${a.width * scale}" height="${a.height * scale}" alt=""><figcaption>${esc(label)}</figcaption></figure>`;
}
function section(id: string, title: string, body: string): string {
  return `<section id="${id}"><h2>${esc(title)}</h2><div class="row">${body}</div></section>`;
}
const by = (p: (a: Asset) => boolean): Asset[] => assets.filter(p);

const venues = by((a) => a.key.startsWith('venue-'));
const icons = by((a) => a.key.startsWith('icon-'));
const tiles = by((a) => a.key.startsWith('tile-'));
const rest = by((a) => !/^(venue|icon|tile)-/.test(a.key));
const get = (k: string): Asset => {
  const a = assets.find((x) => x.key === k);
  if (!a) throw new Error(`manifest has no ${k}`);
  return a;
};

// icons at 48 px and at 24 px, side by side, on cream and on the grass tile
const iconCells = icons
  .map(
    (a) =>
      `<figure class="ic"><div><img src="${url(a)}" width="48" height="48" alt=""><img src="${url(a)}" width="24" height="24" alt=""><span class="dark"><img src="${url(a)}" width="24" height="24" alt=""></span></div><figcaption>${esc(a.key.slice(5))}</figcaption></figure>`,
  )
  .join('');
// tiles repeated 3×3 to show the seams, and a small map mock-up using them
const tileCells = tiles
  .map(
    (a) =>
      `<figure>${cell(a)}<div class="rep" style="background-image:url(${url(a)})"></div><figcaption>${esc(a.key)} ×1 and 3×3</figcaption></figure>`,
  )
  .join('');
const av = get('avatar');
const avatarCells =
  cell(av, 1, 'avatar 1×') +
  cell(av, 2, 'avatar 2×') +
  ['down', 'left', 'right', 'up']
    .map(
      (d, row) =>
        `<figure><div class="walk" style="background-image:url(${url(av)});background-position-y:-${row * 64}px"></div><figcaption>walk ${d}</figcaption></figure>`,
    )
    .join('') +
  cell(get('avatar-child'), 1, 'avatar-child') +
  cell(get('avatar-child'), 2, 'child 2×');
const scenery = rest.filter((a) => !/^(avatar|card-|title-)/.test(a.key));
const mapMock = `<div class="map">${venues
  .slice(0, 6)
  .map(
    (a, i) =>
      `<img src="${url(a)}" width="128" height="128" style="left:${20 + i * 150}px;top:${i % 2 ? 40 : 10}px" alt="">`,
  )
  .join(
    '',
  )}<img src="${url(get('tree'))}" style="left:900px;top:90px" alt=""><img src="${url(get('lamp'))}" style="left:140px;top:120px" alt=""><img src="${url(av)}" class="sprite" style="left:300px;top:150px" alt=""><img src="${url(get('wall-segment'))}" style="left:560px;top:172px" alt=""><img src="${url(get('wall-crack'))}" style="left:816px;top:172px" alt=""></div>`;

const html = `<!doctype html><meta charset="utf-8"><title>Invisible Walls — art sheet</title>
<style>
body{margin:0;padding:24px;background:#FFF4E0;font:13px/1.3 system-ui,sans-serif;color:#3B2F2F;width:1400px}
h1{margin:0 0 8px;font-size:22px} h2{font-size:16px;margin:18px 0 8px;border-bottom:2px solid #F6E7C8}
.row{display:flex;flex-wrap:wrap;gap:14px;align-items:flex-end}
figure{margin:0;display:flex;flex-direction:column;align-items:center;gap:4px}
figcaption{font-size:11px;color:#6b5a55}
.ic div{display:flex;align-items:center;gap:6px;padding:4px;background:#FFFBF2;border-radius:8px}
.ic .dark{background:#BCD590;padding:3px;border-radius:4px;display:flex}
.rep{width:192px;height:192px;background-size:64px 64px}
.walk{width:48px;height:64px;animation:walk .6s steps(4) infinite;background-size:192px 256px}
@keyframes walk{from{background-position-x:0}to{background-position-x:-192px}}
.map{position:relative;width:1360px;height:300px;background:url(../assets/art/tile-grass.svg);border-radius:8px;overflow:hidden}
.map::after{content:"";position:absolute;left:0;right:0;top:236px;height:64px;background:url(../assets/art/tile-street.svg)}
.map img{position:absolute}
.map .sprite{width:48px;height:64px;object-fit:none;object-position:0 0}
</style>
<h1>Invisible Walls — art sheet (${assets.length} assets)</h1>
${section('venues', 'Venues 128×128', venues.map((a) => cell(a, 1, a.key.slice(6))).join(''))}
${section('mock', 'On the map', mapMock)}
${section('icons', 'Icons at 48 px and 24 px (cream and grass)', iconCells)}
${section('avatar', 'Avatar', avatarCells)}
${section('cards', 'Hukou cards', ['card-back', 'card-rural', 'card-urban'].map((k) => cell(get(k))).join(''))}
${section('scenery', 'Walls, trees, lamps', scenery.map((a) => cell(a)).join(''))}
${section('tiles', 'Ground tiles', tileCells)}
${section('title', 'Title art 1280×720', cell(get('title-art')))}
`;

mkdirSync(OUT, { recursive: true });
const htmlPath = resolve(OUT, 'art-sheet.html');
writeFileSync(htmlPath, html);

const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1448, height: 900 } });
  await page.goto(`file://${htmlPath}`);
  await page.waitForLoadState('load');
  const broken = await page.$$eval('img', (imgs) =>
    imgs.filter((i) => !(i as HTMLImageElement).naturalWidth).map((i) => (i as HTMLImageElement).src),
  );
  if (broken.length) throw new Error(`images failed to load:\n${broken.join('\n')}`);
  await page.screenshot({ path: resolve(OUT, 'art-sheet.png'), fullPage: true });
  // one close-up per section at 2× device pixels, easier to inspect than the whole sheet
  const zoom = await browser.newPage({ viewport: { width: 1448, height: 900 }, deviceScaleFactor: 2 });
  await zoom.goto(`file://${htmlPath}`);
  await zoom.waitForLoadState('load');
  for (const id of ['venues', 'mock', 'icons', 'avatar', 'cards', 'scenery', 'tiles', 'title']) {
    await zoom
      .locator(`#${id}`)
      .screenshot({ path: resolve(OUT, `art-sheet-${id}.png`), animations: 'disabled' });
  }
  console.log(`wrote ${OUT}/art-sheet.html and ${OUT}/art-sheet.png (${assets.length} assets)`);
} finally {
  await browser.close();
}
