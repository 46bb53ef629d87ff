// The hukou cards (320×440; the lower half stays plain for text): the back, rural and urban.
import { emblemBooklet, tower, wheat } from './emblems';
import {
  BLUE,
  CREAM,
  circle,
  el,
  GREEN,
  g,
  light,
  path,
  rect,
  SAND,
  SKY,
  setSW,
  svg,
  WHITE,
  YELLOW,
} from './kit';
import { vFarmland, vFormalLease, vOffice, vPublicSchool, vVillageHome } from './venues';

function cardFrame(
  accent: string,
  scene: string,
  corner: string,
  id: string,
): { body: string; defs: string } {
  const defs = el('clipPath', { id }, rect(18, 18, 284, 200, '#000', { s: null, rx: 12 }));
  const body =
    rect(6, 6, 308, 428, CREAM, { rx: 20, w: 3 }) +
    el('g', { 'clip-path': `url(#${id})` }, scene) +
    rect(18, 18, 284, 200, 'none', { rx: 12, w: 3 }) +
    rect(12, 12, 296, 416, 'none', { rx: 16, s: accent, w: 3 }) +
    rect(40, 236, 240, 3, light(accent, 0.5), { s: null, rx: 1.5 }) +
    circle(46, 46, 21, WHITE, { w: 3 }) +
    corner +
    g(circle(46, 46, 21, WHITE, { w: 3 }) + corner, 'rotate(180 160 220)');
  return { body, defs };
}
function cardRural(): string {
  let scene = rect(0, 0, 320, 230, light(YELLOW, 0.72), { s: null });
  scene += circle(236, 62, 24, light(YELLOW, 0.2), { w: 3 });
  for (const [x, y] of [
    [120, 56],
    [140, 48],
  ] as const) {
    scene += path(`M${x} ${y}q5-5 10 0q5-5 10 0`, 'none', { w: 2.5 });
  }
  scene += path('M0 132q80-40 170-10t170-6V230H0Z', light(GREEN, 0.55));
  setSW(2.5);
  scene += g(vFarmland(), 'translate(160 84) scale(1.25)');
  scene += g(vVillageHome(), 'translate(10 96) scale(1.05)');
  setSW(3);
  const c = cardFrame(GREEN, scene, wheat(46, 46, 32, YELLOW), 'c');
  return svg(320, 440, c.body, c.defs);
}
function skyline(
  x0: number,
  base: number,
  heights: number[],
  w: number,
  fill: string,
  win: string,
  sw: number,
): string {
  let s = '';
  heights.forEach((h, i) => {
    const x = x0 + i * w;
    s += rect(x, base - h, w - 4, h + 4, fill, { w: sw });
    s += rect(x + 5, base - h + 8, w - 14, h - 12, win, { s: null });
  });
  return s;
}
function cardUrban(): string {
  let scene = rect(0, 0, 320, 230, light(SKY, 0.68), { s: null });
  scene += circle(250, 60, 22, WHITE, { s: null, o: 0.7 });
  scene += skyline(20, 190, [70, 105, 80, 128, 90, 112, 76], 42, light(BLUE, 0.55), 'url(#w1)', 2.5);
  setSW(2.5);
  scene += g(vOffice(), 'translate(104 34) scale(1.45)');
  scene += g(vFormalLease(), 'translate(206 78) scale(1.12)');
  scene += g(vPublicSchool(), 'translate(4 92) scale(1.0)');
  setSW(3);
  const c = cardFrame(BLUE, scene, tower(46, 46, 32, SKY), 'c');
  const winPat = el(
    'pattern',
    { id: 'w1', width: 10, height: 12, patternUnits: 'userSpaceOnUse' },
    rect(1, 2, 6, 6, light(SKY, 0.75), { s: null }),
  );
  return svg(320, 440, c.body, c.defs + winPat);
}
function cardBack(): string {
  const bg = '#5C4339';
  const pat = el(
    'pattern',
    { id: 'p', width: 32, height: 32, patternUnits: 'userSpaceOnUse', x: 10, y: 14 },
    path('M16 2L30 16L16 30L2 16Z', 'none', { s: '#7A5C4E', w: 2 }) +
      circle(16, 16, 3, '#8A6A58', { s: null }) +
      circle(0, 0, 2, '#8A6A58', { s: null }) +
      circle(32, 0, 2, '#8A6A58', { s: null }) +
      circle(0, 32, 2, '#8A6A58', { s: null }) +
      circle(32, 32, 2, '#8A6A58', { s: null }),
  );
  let body = rect(6, 6, 308, 428, bg, { rx: 20, w: 3 });
  body += rect(18, 18, 284, 404, 'url(#p)', { s: null, rx: 12 });
  body += rect(18, 18, 284, 404, 'none', { rx: 12, s: SAND, w: 3 });
  body += rect(26, 26, 268, 388, 'none', { rx: 8, s: '#8A6A58', w: 1.5 });
  body += circle(160, 220, 70, bg, { s: SAND, w: 3 });
  body += circle(160, 220, 58, CREAM, { w: 3 });
  setSW(3.5);
  body += emblemBooklet(160, 220, 70);
  setSW(3);
  for (const [x, y] of [
    [40, 40],
    [280, 40],
    [40, 400],
    [280, 400],
  ] as const) {
    body += circle(x, y, 7, SAND, { w: 2 });
  }
  return svg(320, 440, body, pat);
}

/** The three cards by asset key, in manifest order. */
export const cards: Record<string, () => string> = {
  'card-back': cardBack,
  'card-rural': cardRural,
  'card-urban': cardUrban,
};
