// Makes the favicon (SVG + 32 px PNG), the app icons (192, 512, maskable 512, apple-touch 180) in
// assets/icons/ and the default link-preview card assets/og-card.png (1200×630). Everything is drawn
// as SVG here and rasterised through headless Chromium (playwright-core), so that it can be remade.
// Run: npx tsx scripts/make-icons.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/browser/browser';

const ROOT = join(import.meta.dirname, '..');
const ICONS = join(ROOT, 'assets', 'icons');
const ART = join(ROOT, 'assets', 'art');
const CREAM = '#FFF4E0';
const INK = '#3B2F2F';
// Okabe–Ito orange and vermillion bricks; the top course is the "invisible" wall, drawn dashed.
const BRICK_A = '#E69F00';
const BRICK_B = '#D55E00';

/** The mark: three courses of bricks under a dashed, unfilled course (the invisible wall), on a 64-unit square. */
function mark(): string {
  const rows: string[] = [];
  const course = (y: number, offset: number, fill: (i: number) => string) => {
    for (let i = -1; i < 4; i++) {
      const x = 8 + offset + i * 16;
      const x0 = Math.max(8, x);
      const x1 = Math.min(56, x + 16);
      if (x1 - x0 < 2) continue;
      rows.push(`<rect x="${x0}" y="${y}" width="${x1 - x0}" height="9" rx="1.5" fill="${fill(i)}"/>`);
    }
  };
  rows.push(
    '<rect x="8" y="14" width="48" height="9" rx="1.5" fill="none" stroke-width="1.6" stroke-dasharray="4 3"/>',
  );
  course(23, 0, (i) => (i % 2 ? BRICK_A : BRICK_B));
  course(32, 8, (i) => (i % 2 ? BRICK_B : BRICK_A));
  course(41, 0, (i) => (i % 2 ? BRICK_A : BRICK_B));
  return `<g stroke="${INK}" stroke-width="2" stroke-linejoin="round">${rows.join('')}</g>`;
}

/** An icon: the mark on a rounded cream tile, or full-bleed (maskable, apple-touch) with room around it. */
function iconSvg(kind: 'rounded' | 'bleed' | 'maskable'): string {
  const ground =
    kind === 'rounded'
      ? `<rect x="2" y="2" width="60" height="60" rx="14" fill="${CREAM}" stroke="${INK}" stroke-width="3"/>`
      : `<rect width="64" height="64" fill="${CREAM}"/>`;
  // Maskable icons keep their content inside the central 80 % circle.
  const scale = kind === 'maskable' ? 0.72 : kind === 'bleed' ? 0.86 : 1;
  const shift = (64 - 64 * scale) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${ground}<g transform="translate(${shift} ${shift}) scale(${scale})">${mark()}</g></svg>`;
}

const dataUri = (file: string) =>
  `data:image/svg+xml;base64,${readFileSync(join(ART, file)).toString('base64')}`;
const escapeXml = (s: string) => s.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The default preview for links to the game (a run's own card is drawn by the game itself). */
function ogSvg(): string {
  const font = `system-ui, 'Noto Sans', 'Noto Sans CJK SC', sans-serif`;
  const cjk = `'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif`;
  const segments = Array.from(
    { length: 5 },
    (_, i) => `<image href="${dataUri('wall-segment.svg')}" x="${i * 256}" y="0" width="256" height="96"/>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="${CREAM}"/>
  <g transform="translate(0 -20) scale(1 0.6)">${segments}</g>
  <g transform="translate(56 150) rotate(-6)">
    <image href="${dataUri('card-rural.svg')}" x="0" y="0" width="256" height="352"/>
  </g>
  <g transform="translate(290 140) rotate(6)">
    <image href="${dataUri('card-urban.svg')}" x="0" y="0" width="256" height="352"/>
  </g>
  <text x="590" y="220" font-family="${font}" font-size="68" font-weight="800" fill="${INK}">${escapeXml('Invisible Walls')}</text>
  <text x="590" y="300" font-family="${cjk}" font-size="60" font-weight="700" fill="${INK}">隐形的墙</text>
  <text font-family="${font}" font-size="28" fill="#6B5A50"><tspan x="590" y="372">Same effort, different walls:</tspan><tspan x="590" y="410">a game about China's household</tspan><tspan x="590" y="448">registration (hukou).</tspan></text>
  <text x="590" y="500" font-family="${cjk}" font-size="28" fill="#6B5A50">同样的努力，不同的墙。</text>
  <rect x="0" y="586" width="1200" height="44" fill="${INK}"/>
  <text x="590" y="616" font-family="${font}" font-size="20" font-weight="600" fill="${CREAM}">${escapeXml('Play in the browser · 在浏览器里玩')}</text>
</svg>`;
}

async function main() {
  mkdirSync(ICONS, { recursive: true });
  writeFileSync(join(ICONS, 'favicon.svg'), `${iconSvg('rounded')}\n`);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const raster = async (svg: string, w: number, h: number, out: string, transparent: boolean) => {
    await page.setViewportSize({ width: w, height: h });
    const sized = svg.replace('<svg ', `<svg width="${w}" height="${h}" `);
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    await page.waitForTimeout(100);
    await page.screenshot({
      path: out,
      omitBackground: transparent,
      clip: { x: 0, y: 0, width: w, height: h },
    });
    console.log(`wrote ${out}`);
  };
  await raster(iconSvg('rounded'), 32, 32, join(ICONS, 'favicon-32.png'), true);
  await raster(iconSvg('rounded'), 192, 192, join(ICONS, 'icon-192.png'), true);
  await raster(iconSvg('rounded'), 512, 512, join(ICONS, 'icon-512.png'), true);
  await raster(iconSvg('maskable'), 512, 512, join(ICONS, 'icon-maskable-512.png'), false);
  await raster(iconSvg('bleed'), 180, 180, join(ICONS, 'apple-touch-icon-180.png'), false);
  await raster(
    ogSvg().replace(/ width="1200" height="630"/, ''),
    1200,
    630,
    join(ROOT, 'assets', 'og-card.png'),
    false,
  );
  await browser.close();
}

await main();
