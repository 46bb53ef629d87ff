// What the city map stands on: the seamless 64×64 ground tiles, and the tree and street lamp placed on them.
import {
  CREAM,
  circle,
  dark,
  ellipse,
  INK,
  LEAF,
  light,
  line,
  path,
  rect,
  SOIL,
  TILE,
  WOOD,
  YELLOW,
} from './kit';

export function tree(): string {
  const c = LEAF;
  return (
    ellipse(36, 58, 20, 4.5, INK, { s: null, o: 0.18 }) +
    path('M29 58q3-8 2-22h6q-1 14 2 22Z', WOOD) +
    circle(20, 30, 13, c) +
    circle(44, 30, 13, dark(c, 0.12)) +
    circle(32, 20, 15, c) +
    circle(32, 36, 12, dark(c, 0.12), { s: null }) +
    path('M20 42a12 12 0 0 0 24 0', 'none') +
    path('M44 43a13 13 0 0 0 13-13', 'none') +
    path('M7 30a13 13 0 0 0 13 13', 'none') +
    circle(26, 14, 5, light(c, 0.35), { s: null }) +
    circle(16, 26, 3.5, light(c, 0.35), { s: null })
  );
}
export function lamp(): string {
  return (
    ellipse(19, 61, 9, 2.5, INK, { s: null, o: 0.18 }) +
    circle(16, 12, 11, YELLOW, { s: null, o: 0.3 }) +
    rect(11, 56, 10, 5, TILE, { rx: 1.5 }) +
    rect(14, 18, 4, 39, dark(TILE, 0.25)) +
    path('M10 18h12l-2-10h-8Z', light(YELLOW, 0.35)) +
    path('M8 9q8-7 16 0Z', dark(TILE, 0.25)) +
    line([16, 2, 16, 4])
  );
}

/** Shapes that cross a tile edge are repeated on the other side, so tiles join without seams. */
function wrap(size: number, x: number, y: number, draw: (x: number, y: number) => string, m = 8): string {
  let s = '';
  for (const ox of [-size, 0, size]) {
    for (const oy of [-size, 0, size]) {
      const nx = x + ox;
      const ny = y + oy;
      if (nx > -m && nx < size + m && ny > -m && ny < size + m) s += draw(nx, ny);
    }
  }
  return s;
}
function tileGrass(): string {
  let s = rect(0, 0, 64, 64, '#BCD590', { s: null });
  const tufts: [number, number][] = [
    [10, 12],
    [41, 7],
    [27, 35],
    [54, 41],
    [8, 51],
    [44, 58],
    [61, 23],
  ];
  s += wrap(64, 20, 52, (x, y) => ellipse(x, y, 12, 6, '#B5D088', { s: null }), 14);
  s += wrap(64, 52, 18, (x, y) => ellipse(x, y, 10, 5, '#C4DA9B', { s: null }), 14);
  for (const [x, y] of tufts) {
    s += wrap(64, x, y, (a, b) =>
      line([a - 3, b, a - 1.5, b - 3.5, a, b, a + 1.5, b - 3.5, a + 3, b], { s: '#98B96C' }),
    );
  }
  s += wrap(64, 34, 19, (x, y) => circle(x, y, 1.4, CREAM, { s: null, o: 0.8 }));
  return s;
}
function tileStreet(): string {
  let s = rect(0, 0, 64, 64, '#BDB3A7', { s: null });
  const dots: [number, number, string][] = [
    [6, 8, '#B0A69A'],
    [22, 40, '#C9C0B5'],
    [44, 14, '#B0A69A'],
    [56, 50, '#C9C0B5'],
    [34, 26, '#B0A69A'],
    [12, 58, '#B0A69A'],
    [60, 4, '#C9C0B5'],
    [28, 6, '#C9C0B5'],
    [48, 34, '#B0A69A'],
  ];
  for (const [x, y, c] of dots) s += wrap(64, x, y, (a, b) => circle(a, b, 1.8, c, { s: null }), 3);

  return s;
}
function tilePlaza(): string {
  let s = rect(0, 0, 64, 64, '#EBDCC0', { s: null });
  for (let r = 0; r < 4; r++) {
    const off = r % 2 ? 16 : 0;
    for (let c = -1; c < 3; c++) {
      const x = c * 32 + off;
      const y = r * 16;
      s += rect(x + 1, y + 1, 30, 14, r % 2 ? '#EFE2C9' : '#E8D8BA', { s: null, rx: 2 });
      s += rect(x + 2, y + 2, 28, 2, '#F6ECD9', { s: null, rx: 1 });
    }
  }
  return s;
}
function tileField(): string {
  let s = rect(0, 0, 64, 64, SOIL, { s: null });
  for (let r = 0; r < 4; r++) {
    const y = r * 16;
    s += rect(0, y + 10, 64, 4, dark(SOIL, 0.1), { s: null });
    for (let c = 0; c < 4; c++) {
      const x = c * 16 + (r % 2 ? 8 : 0);
      s += wrap(
        64,
        x + 4,
        y + 7,
        (a, b) =>
          path(`M${a} ${b}q-4-1-5-5q4 0 5 5q1-5 5-5q-1 4-5 5Z`, r % 2 ? '#8DB863' : '#7FAE58', {
            s: '#5F8A44',
            w: 1,
          }),
        6,
      );
    }
  }
  return s;
}

/** The ground tiles by asset key. */
export const tiles: Record<string, () => string> = {
  'tile-grass': tileGrass,
  'tile-street': tileStreet,
  'tile-plaza': tilePlaza,
  'tile-field': tileField,
};
