// The title scene (1280×720): a city at sunset behind the wall, the coach arriving, people walking into town.
import { PACK, TROUSERS } from './avatar';
import { lamp, tree } from './ground';
import {
  CREAM,
  circle,
  dark,
  el,
  ellipse,
  g,
  HAIR,
  INK,
  line,
  path,
  poly,
  rect,
  SAND,
  SKIN,
  setSW,
  svg,
  WHITE,
  YELLOW,
} from './kit';
import { bus } from './venues';

/** A small side-view figure walking to the left; `extra` is what they carry. */
function walker(x: number, y: number, coat: string, extra: string, stride = 1): string {
  setSW(2.5);
  const s =
    ellipse(2, 0, 13, 3, INK, { s: null, o: 0.2 }) +
    line([1, -22, 1 - 7 * stride, -2], { w: 5.5, s: dark(TROUSERS, 0.25) }) +
    line([1, -22, 1 + 7 * stride, -2], { w: 5.5, s: TROUSERS }) +
    extra +
    path('M-6 -20v-14q0-8 7-8t7 8v14Z', coat) +
    line([0, -36, -4, -22], { w: 4.5, s: dark(coat, 0.2) }) +
    circle(0, -49, 7.5, SKIN) +
    path('M-7 -51a7.5 7.5 0 0 1 15 1q0 5-3 7q-1-5-4-7q-4 0-8-1Z', HAIR, { w: 2 });
  return g(s, `translate(${x} ${y})`);
}
export function titleArt(): string {
  const stops = (list: [number, string, number?][]): string =>
    list.map(([o, c, a]) => el('stop', { offset: o, 'stop-color': c, 'stop-opacity': a })).join('');
  const defs =
    el(
      'linearGradient',
      { id: 'sky', x1: 0, y1: 0, x2: 0, y2: 1 },
      stops([
        [0, '#8D8FC2'],
        [0.42, '#D3A8C2'],
        [0.66, '#F4BC93'],
        [0.8, '#FBDCA3'],
      ]),
    ) +
    el(
      'linearGradient',
      { id: 'gr', x1: 0, y1: 0, x2: 0, y2: 1 },
      stops([
        [0, '#EFCB98'],
        [1, '#F6E7C8'],
      ]),
    ) +
    el(
      'radialGradient',
      { id: 'sun' },
      stops([
        [0.25, '#FFF1C4', 0.9],
        [1, '#FFE3A3', 0],
      ]),
    ) +
    el(
      'pattern',
      { id: 'wa', width: 18, height: 22, patternUnits: 'userSpaceOnUse' },
      rect(3, 4, 7, 9, '#FFE7A0', { s: null }) + rect(11, 4, 5, 9, '#6F6596', { s: null, o: 0.45 }),
    ) +
    el(
      'pattern',
      { id: 'wb', width: 14, height: 16, patternUnits: 'userSpaceOnUse' },
      rect(2, 3, 10, 4, '#FFE7A0', { s: null, o: 0.8 }),
    ) +
    el(
      'pattern',
      { id: 'wc', width: 24, height: 20, patternUnits: 'userSpaceOnUse' },
      rect(3, 4, 8, 10, '#FFE7A0', { s: null, o: 0.4 }) + rect(13, 4, 8, 10, '#FFE7A0', { s: null, o: 0.9 }),
    );
  let s = rect(0, 0, 1280, 720, 'url(#sky)', { s: null });
  s += circle(930, 440, 270, 'url(#sun)', { s: null });
  s += circle(930, 446, 60, '#FFE9AE', { s: null });
  // clouds, kept out of the title area on the left
  const cloud = (x: number, y: number, k: number, o: number): string =>
    path(
      `M${x} ${y}h${120 * k}a${18 * k} ${18 * k} 0 0 0-${26 * k}-${16 * k}a${26 * k} ${26 * k} 0 0 0-${48 * k}-${8 * k}a${18 * k} ${18 * k} 0 0 0-${40 * k} ${10 * k}a${14 * k} ${14 * k} 0 0 0-${6 * k} ${14 * k}Z`,
      CREAM,
      { s: null, o },
    );
  s +=
    cloud(960, 140, 1.4, 0.55) +
    cloud(1130, 236, 0.9, 0.45) +
    cloud(720, 96, 0.8, 0.35) +
    cloud(60, 70, 0.6, 0.22);
  for (const [x, y] of [
    [1000, 300],
    [1030, 284],
    [1060, 304],
  ] as const)
    s += path(`M${x} ${y}q6-6 12 0q6-6 12 0`, 'none', { w: 2.5, s: '#6A5F86' });
  // far city: low on the left, rising to the right
  const far = [
    30, 52, 40, 70, 46, 60, 80, 64, 100, 150, 124, 190, 150, 230, 120, 70, 40, 36, 210, 120, 180, 140, 110,
  ];
  far.forEach((h, i) => {
    s += rect(i * 56 - 10, 500 - h, 50, h + 10, '#BBA6C8', { s: null });
  });
  // nearer towers with lit windows, three hues and three window rhythms
  const hues = ['#8479AA', '#7C86B2', '#977DA8'];
  const wins = ['url(#wa)', 'url(#wb)', 'url(#wc)'];
  const mid: [number, number, number][] = [
    [10, 58, 70],
    [96, 80, 58],
    [168, 46, 80],
    [262, 70, 62],
    [340, 44, 88],
    [446, 74, 66],
    [526, 52, 48],
    [590, 120, 64],
    [668, 200, 74],
    [760, 150, 62],
    [842, 80, 52],
    [1000, 290, 80],
    [1092, 200, 60],
    [1160, 330, 68],
    [1236, 170, 60],
  ];
  mid.forEach(([x, h, w], i) => {
    const hue = hues[i % 3] ?? '#8479AA';
    s += rect(x, 512 - h, w, h + 10, hue, { w: 2.5, s: '#5E5580' });
    s += rect(x + 5, 512 - h + 8, w - 12, h - 10, wins[(i * 2) % 3] ?? 'url(#wa)', { s: null, o: 0.9 });
    s += rect(x + w - 9, 513 - h, 8, h + 8, '#5E5580', { s: null, o: 0.25 });
    if (h > 140) s += rect(x + w * 0.25, 512 - h - 12, w * 0.5, 12, hue, { w: 2.5, s: '#5E5580' });
    if (h > 190) s += line([x + w / 2, 500 - h, x + w / 2, 474 - h], { w: 3, s: '#5E5580' });
  });
  // tree line at the foot of the city
  let trees = 'M0 522';
  for (let x = 0; x < 1280; x += 40) trees += `q20-${18 + ((x / 40) % 3) * 6} 40 0`;
  s += path(`${trees}V540H0Z`, '#7E9E6E', { s: '#5E7D58', w: 2.5 });
  s += rect(0, 532, 1280, 188, 'url(#gr)', { s: null });
  // the wall: translucent, so the city shows through, running right across the scene
  s += rect(0, 552, 1280, 12, INK, { s: null, o: 0.07 });
  s += rect(0, 466, 1280, 86, '#F4EFF9', { s: null, o: 0.45 });
  for (let r = 0; r < 5; r++) {
    const y = 480 + r * 15;
    s += line([0, y, 1280, y], { s: WHITE, w: 2, o: 0.5 });
    for (let x = (r % 2) * 32 + 16; x < 1280; x += 64)
      s += line([x, y, x, y + 15], { s: WHITE, w: 2, o: 0.4 });
  }
  for (let x = 110; x < 1280; x += 256) s += rect(x, 456, 26, 96, '#F8F5FB', { s: '#6A5F86', w: 2, o: 0.55 });
  s += rect(-4, 460, 1288, 16, '#F8F5FB', { s: '#6A5F86', w: 2, o: 0.7 });
  s += line([0, 552, 1280, 552], { s: '#6A5F86', w: 2, o: 0.5 });
  for (const x of [190, 560, 1180])
    s += poly([x, 476, x + 34, 476, x - 8, 552, x - 42, 552], WHITE, { s: null, o: 0.22 });
  // light from the low sun comes through the wall
  s += ellipse(930, 510, 150, 46, 'url(#sun)', { s: null, o: 0.8 });
  // road
  s += rect(0, 590, 1280, 60, '#DCC4A2', { s: null });
  s += line([0, 590, 1280, 590], { s: '#C9AE8A', w: 3 }) + line([0, 650, 1280, 650], { s: '#C9AE8A', w: 3 });
  for (let x = 20; x < 1280; x += 80) s += rect(x, 618, 40, 4, SAND, { s: null, rx: 2 });
  // the coach arriving from the right, a little dust behind it
  for (const [x, y, r] of [
    [1196, 632, 12],
    [1218, 624, 9],
    [1236, 634, 7],
  ] as const)
    s += circle(x, y, r, SAND, { s: null, o: 0.8 });
  setSW(3);
  s += ellipse(1060, 640, 118, 8, INK, { s: null, o: 0.18 });
  s += bus(950, 560, 230, 72);
  s += circle(954, 618, 4, YELLOW, { w: 2 });
  // people walking into town: a parent and child, one with a suitcase, one with a bundle
  s += walker(452, 694, '#3F8A8C', rect(6, -42, 10, 20, PACK, { rx: 3, w: 2.5 }), 1);
  s += g(
    ellipse(0, 0, 8, 2.5, INK, { s: null, o: 0.2 }) +
      line([0, -13, -5, -2], { w: 4, s: dark(TROUSERS, 0.25) }) +
      line([0, -13, 4, -2], { w: 4, s: TROUSERS }) +
      path('M-4 -12v-9q0-5 4-5t4 5v9Z', YELLOW, { w: 2.5 }) +
      circle(0, -31, 5.5, SKIN, { w: 2.5 }) +
      path('M-5.5 -32a5.5 5.5 0 0 1 11 0q0 3-2 4q-1-3-3-4Z', HAIR, { w: 2 }) +
      line([-2, -20, -10, -24], { w: 2.5 }),
    'translate(478 698)',
  );
  s += walker(
    560,
    692,
    '#B86F57',
    line([4, -28, 16, -12], { w: 2.5 }) +
      rect(12, -18, 20, 16, '#6F7FA0', { rx: 3, w: 2.5 }) +
      circle(16, -1, 2.5, INK, { s: null }) +
      circle(28, -1, 2.5, INK, { s: null }),
    -1,
  );
  s += walker(650, 688, '#7C6A9E', path('M5 -42q12 2 11 16h-12Z', CREAM, { w: 2.5 }), 1);
  // lamps and trees framing the road
  setSW(1.4);
  s += g(lamp(), 'translate(770 588) scale(1.6)') + g(lamp(), 'translate(330 588) scale(1.6)');
  s += g(tree(), 'translate(-40 560) scale(2.2)') + g(tree(), 'translate(1180 610) scale(1.7)');
  return svg(1280, 720, s, defs);
}
