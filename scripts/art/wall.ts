// The invisible wall (256×96, tileable horizontally): a plain segment and one with a glowing crack.
import { el, ellipse, INK, line, poly, rect, svg, WHITE, YELLOW } from './kit';

const WALL_FILL = '#E6DFF0';
function wallBody(): string {
  let s = rect(0, 24, 256, 66, WALL_FILL, { s: null, o: 0.7 });
  for (let r = 0; r < 4; r++) {
    const y = 26 + r * 16;
    const off = r % 2 ? 32 : 0;
    for (let x = -64 + off; x < 256; x += 64) {
      s += rect(x + 2, y + 1, 60, 13, r % 2 ? '#F4F0F8' : '#F8F5FB', { s: null, rx: 4, o: 0.72 });
      s += rect(x + 6, y + 3, 22, 2.5, WHITE, { s: null, rx: 1.2, o: 0.9 });
    }
  }
  // a soft diagonal sheen, inside the tile so it repeats cleanly
  s += poly([40, 24, 64, 24, 34, 90, 10, 90], WHITE, { s: null, o: 0.35 });
  s += poly([168, 24, 178, 24, 148, 90, 138, 90], WHITE, { s: null, o: 0.35 });
  s += rect(-4, 12, 264, 14, '#D9D1E6', { rx: 0 });
  s += rect(-4, 12, 264, 5, '#F6F2FA', { s: null });
  s += line([-4, 90, 260, 90], { w: 2.5 });
  s += rect(0, 90, 256, 6, INK, { s: null, o: 0.12 });
  return s;
}
function wallSegment(): string {
  return svg(256, 96, wallBody());
}
function wallCrack(): string {
  const defs = el(
    'radialGradient',
    { id: 'glow', cx: 0.5, cy: 0.5, r: 0.5 },
    el('stop', { offset: 0, 'stop-color': '#FFF8C8', 'stop-opacity': 0.95 }) +
      el('stop', { offset: 0.5, 'stop-color': YELLOW, 'stop-opacity': 0.35 }) +
      el('stop', { offset: 1, 'stop-color': YELLOW, 'stop-opacity': 0 }),
  );
  let s = wallBody();
  s += ellipse(128, 54, 70, 46, 'url(#glow)', { s: null });
  const crack = [
    124, 12, 134, 30, 126, 44, 138, 60, 130, 74, 136, 90, 122, 90, 118, 74, 114, 58, 122, 44, 112, 28,
  ];
  s += poly(crack, '#FFF8D6', { w: 2.5 });
  s += poly(
    [125, 18, 130, 31, 122, 44, 132, 60, 126, 75, 130, 88, 125, 88, 121, 74, 118, 58, 126, 44, 118, 29],
    YELLOW,
    { s: null, o: 0.7 },
  );
  for (const [x1, y1, x2, y2] of [
    [146, 40, 172, 30],
    [146, 64, 176, 70],
    [106, 38, 84, 28],
    [106, 66, 80, 74],
  ] as const) {
    s += line([x1, y1, x2, y2], { s: YELLOW, w: 3, o: 0.7 });
  }
  return svg(256, 96, s, defs);
}

/** Both wall pieces by asset key. */
export const wallPieces: Record<string, () => string> = {
  'wall-segment': wallSegment,
  'wall-crack': wallCrack,
};
