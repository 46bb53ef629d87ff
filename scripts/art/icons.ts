// The 48×48 icons (readable at 24 px): a badge per venue kind, the stats, the documents and the UI marks.
import {
  emblemBooklet,
  emblemCard,
  emblemCross,
  emblemShield,
  emblemStar,
  houseKey,
  starPts,
  wheat,
} from './emblems';
import {
  BLUE,
  CARDBOARD,
  CREAM,
  circle,
  dark,
  ellipse,
  GREEN,
  g,
  HAIR,
  INK,
  LEAF,
  light,
  line,
  ORANGE,
  PURPLE,
  path,
  poly,
  rect,
  SKIN,
  SKY,
  SW,
  TILE,
  VERM,
  WHITE,
  WOOD,
  YELLOW,
} from './kit';

/** Venue icons are rounded badges in their category colour with a cream pictogram. */
const badge = (fill: string, inner: string): string =>
  rect(4, 4, 40, 40, fill, { rx: 11, w: 3 }) +
  rect(7, 30, 34, 11, dark(fill, 0.12), { s: null, rx: 8 }) +
  inner;
const P = CREAM;

export const venueIcons: Record<string, () => string> = {
  factory: () =>
    badge(
      ORANGE,
      rect(29, 11, 5, 12, P) +
        poly([11, 36, 11, 20, 17, 25, 17, 20, 23, 25, 23, 20, 29, 25, 29, 20, 37, 25, 37, 36], P) +
        rect(20, 29, 8, 7, ORANGE, { w: 2 }),
    ),
  construction: () =>
    badge(
      ORANGE,
      path('M11 31a13 13 0 0 1 26 0Z', P) +
        rect(8, 31, 32, 5, P, { rx: 2 }) +
        path('M21 19v-3h6v3', 'none', { w: 2.5 }) +
        line([24, 19, 24, 30], { w: 2.5 }),
    ),
  delivery: () =>
    badge(
      ORANGE,
      poly([10, 18, 24, 12, 38, 18, 24, 24], light(CARDBOARD, 0.5)) +
        poly([10, 18, 24, 24, 24, 38, 10, 32], P) +
        poly([24, 24, 38, 18, 38, 32, 24, 38], light(CARDBOARD, 0.2)) +
        line([17, 15, 31, 21, 31, 27], { w: 2.5 }),
    ),
  office: () =>
    badge(
      ORANGE,
      rect(12, 10, 16, 28, P) +
        rect(28, 20, 9, 18, light(CARDBOARD, 0.5)) +
        windowsDots(15, 14, 2, 4, 4, 4, 6, 6) +
        line([8, 38, 40, 38], { w: 2.5 }),
    ),
  'civil-service': () =>
    badge(
      ORANGE,
      poly([8, 19, 24, 9, 40, 19], P) +
        rect(10, 19, 28, 4, P) +
        rect(13, 23, 4, 11, P, { w: 2 }) +
        rect(22, 23, 4, 11, P, { w: 2 }) +
        rect(31, 23, 4, 11, P, { w: 2 }) +
        rect(9, 34, 30, 5, P),
    ),
  'urban-village': () =>
    badge(
      PURPLE,
      rect(8, 19, 11, 19, P) +
        rect(19, 11, 10, 27, light(PURPLE, 0.6)) +
        rect(29, 22, 11, 16, P) +
        rect(11.5, 24, 4, 4, PURPLE, { w: 1.5 }) +
        rect(22, 16, 4, 4, PURPLE, { w: 1.5 }) +
        rect(32.5, 27, 4, 4, PURPLE, { w: 1.5 }) +
        line([8, 33, 40, 33], { w: 1.5 }) +
        path('M22 33h4v4h-4Z', YELLOW, { w: 1.5 }),
    ),
  'formal-lease': () =>
    badge(
      PURPLE,
      rect(13, 10, 22, 28, P) +
        windowsDots(17, 14, 2, 3, 5, 4, 9, 7) +
        rect(21, 31, 6, 7, PURPLE, { w: 2 }) +
        line([10, 38, 38, 38], { w: 2.5 }),
    ),
  'public-rental': () =>
    badge(
      PURPLE,
      rect(8, 16, 32, 22, P) +
        rect(20, 10, 8, 28, light(PURPLE, 0.6)) +
        windowsDots(11, 20, 2, 3, 3, 3, 4, 5) +
        windowsDots(31, 20, 2, 3, 3, 3, 4, 5) +
        line([6, 38, 42, 38], { w: 2.5 }),
    ),
  'buy-flat': () => badge(PURPLE, g(houseKey(8, 14, 32, P), 'rotate(-20 24 24)')),
  'public-school': () =>
    badge(
      YELLOW,
      rect(8, 24, 22, 14, P) +
        poly([6, 24, 19, 15, 32, 24], P) +
        rect(16, 30, 6, 8, YELLOW, { w: 2 }) +
        line([35, 38, 35, 9], { w: 2.5 }) +
        path('M35 10h6l-2 3.5 2 3.5h-6Z', P, { w: 2 }) +
        line([6, 38, 40, 38], { w: 2.5 }),
    ),
  'migrant-school': () =>
    badge(
      YELLOW,
      path('M8 38V22l10-8 10 8v16Z', P) +
        rect(15, 28, 6, 10, YELLOW, { w: 2 }) +
        g(
          rect(29, 10, 7, 26, P, { rx: 1 }) + poly([29, 36, 36, 36, 32.5, 42], light(CARDBOARD, 0.4)),
          'rotate(15 32 26)',
        ),
    ),
  'boarding-school': () =>
    badge(
      YELLOW,
      rect(8, 24, 32, 8, P, { rx: 2 }) +
        line([9, 32, 9, 38], { w: 3 }) +
        line([39, 32, 39, 38], { w: 3 }) +
        line([9, 18, 9, 32], { w: 3 }) +
        rect(11, 19, 10, 6, WHITE, { rx: 3 }) +
        path('M34 8a6 6 0 1 0 6 8a5 5 0 0 1-6-8Z', P),
    ),
  clinic: () => badge(SKY, emblemCross(24, 24, 15, P, SKY)),
  hospital: () =>
    badge(
      SKY,
      rect(7, 22, 10, 16, light(SKY, 0.6)) +
        rect(31, 22, 10, 16, light(SKY, 0.6)) +
        rect(15, 10, 18, 28, P) +
        path('M21.5 14h5v4.5h4.5v5h-4.5v4.5h-5v-4.5h-4.5v-5h4.5Z', SKY, { w: 2 }) +
        rect(21, 31, 6, 7, SKY, { w: 2 }) +
        line([5, 38, 43, 38], { w: 2.5 }),
    ),
  'hukou-desk': () => badge(BLUE, emblemBooklet(24, 24, 30, P)),
  'permit-office': () => badge(BLUE, emblemCard(24, 24, 32, P)),
  'insurance-bureau': () => badge(BLUE, emblemShield(24, 24, 28, P)),
  'points-office': () => badge(BLUE, emblemStar(24, 24, 16, P)),
  'coach-station': () =>
    badge(
      GREEN,
      rect(11, 9, 26, 28, P, { rx: 5 }) +
        rect(14, 13, 20, 10, light(SKY, 0.5), { w: 2 }) +
        line([11, 28, 37, 28], { w: 2 }) +
        circle(16, 32, 2, YELLOW, { w: 1.5 }) +
        circle(32, 32, 2, YELLOW, { w: 1.5 }) +
        line([15, 37, 15, 41], { w: 3 }) +
        line([33, 37, 33, 41], { w: 3 }),
    ),
  'village-home': () =>
    badge(
      GREEN,
      rect(12, 22, 24, 16, P) +
        path('M6 24q4 0 7-3l11-9 11 9q3 3 7 3Z', light(TILE, 0.45)) +
        rect(21, 28, 6, 10, WOOD, { w: 2 }) +
        line([8, 38, 40, 38], { w: 2.5 }),
    ),
  farmland: () => {
    // a field in perspective: rows of two crops converging towards the horizon
    let rows = '';
    for (let i = 0; i < 5; i++) {
      const b = 6 + i * 7.2;
      const t = 14 + i * 4;
      rows += poly([b, 38, t, 17, t + 4, 17, b + 7.2, 38], i % 2 ? YELLOW : light(LEAF, 0.25), { s: null });
    }
    return badge(
      GREEN,
      rows +
        poly([6, 38, 14, 17, 34, 17, 42, 38], 'none') +
        line([14.5, 27, 33.5, 27], { w: 1.2, o: 0.5 }) +
        circle(36, 11, 4, P, { w: 2 }),
    );
  },
};
function windowsDots(
  x: number,
  y: number,
  cols: number,
  rows: number,
  w: number,
  h: number,
  gx: number,
  gy: number,
): string {
  let s = '';
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) s += rect(x + c * gx, y + r * gy, w, h, INK, { s: null, rx: 0.5 });
  return s;
}

function person(cx: number, top: number, h: number, fill: string): string {
  const hr = h * 0.17;
  return (
    circle(cx, top + hr, hr, SKIN) +
    path(
      `M${cx - hr} ${top + hr * 0.9}a${hr} ${hr} 0 0 1 ${2 * hr} 0q${-hr} ${-hr * 0.5} ${-2 * hr} 0Z`,
      HAIR,
      { w: SW * 0.6 },
    ) +
    path(
      `M${cx - h * 0.24} ${top + h}v${-h * 0.3}a${h * 0.24} ${h * 0.24} 0 0 1 ${h * 0.48} 0v${h * 0.3}Z`,
      fill,
    )
  );
}
export const statIcons: Record<string, () => string> = {
  money: () => {
    let s = '';
    for (let i = 0; i < 3; i++) {
      const y = 38 - i * 7;
      s += path(`M8 ${y}v-5a12 4.5 0 0 1 24 0v5a12 4.5 0 0 1-24 0Z`, dark(ORANGE, 0.1));
    }
    s += ellipse(20, 19, 12, 4.5, light(ORANGE, 0.3));
    s += rect(18, 17.5, 4, 3, INK, { s: null });
    s +=
      circle(33, 17, 10, YELLOW) +
      circle(33, 17, 6.5, 'none', { w: 1.5, s: dark(YELLOW, 0.4) }) +
      rect(31, 15, 4, 4, INK, { s: null });
    return s;
  },
  health: () =>
    path('M24 41C12 32 5 25 5 17a9.5 9.5 0 0 1 19-3a9.5 9.5 0 0 1 19 3c0 8-7 15-19 24Z', PURPLE) +
    line([9, 24, 17, 24, 20, 18, 25, 30, 28, 23, 39, 23], { s: WHITE, w: 3 }) +
    path('M11 13a5 5 0 0 1 6-3', 'none', { s: WHITE, w: 2 }),
  family: () =>
    path('M6 42q0-10 12-10t12 10Z', YELLOW) +
    circle(18, 20, 8, SKIN) +
    path('M10 19a8 8 0 0 1 16 0q-8-4-16 0Z', HAIR, { w: 2 }) +
    path('M27 42q0-7 8-7t8 7Z', SKY) +
    circle(35, 28, 5.5, SKIN) +
    path('M29.5 27a5.5 5.5 0 0 1 11 0q-5.5-3-11 0Z', HAIR, { w: 2 }),
  insurance: () => emblemShield(24, 24, 36, BLUE, path('M18 24l5 5 8-10', 'none', { s: WHITE, w: 3.5 })),
  residence: () =>
    path('M6 22L24 7l18 15', 'none', { w: 3 }) +
    path('M10 20v20h28V20L24 9Z', PURPLE) +
    rect(19, 28, 10, 12, light(PURPLE, 0.6), { w: 2 }) +
    circle(35, 33, 9, WHITE) +
    line([35, 28, 35, 33, 39, 35], { w: 2.5 }),
  points: () =>
    poly(starPts(24, 25, 20, 9.5), YELLOW) + poly(starPts(24, 25, 9, 4.3), light(YELLOW, 0.6), { s: null }),
  days: () => {
    let s = '';
    for (let i = 0; i < 8; i++) {
      const a = (i * Math.PI) / 4;
      s += line(
        [24 + Math.cos(a) * 14, 24 + Math.sin(a) * 14, 24 + Math.cos(a) * 20, 24 + Math.sin(a) * 20],
        { w: 3, s: ORANGE },
      );
    }
    return s + circle(24, 24, 10, YELLOW) + path('M19 21a6 6 0 0 1 5-4', 'none', { s: WHITE, w: 2 });
  },
  month: () =>
    rect(6, 10, 36, 32, WHITE, { rx: 5 }) +
    path('M6 20v-5a5 5 0 0 1 5-5h26a5 5 0 0 1 5 5v5Z', BLUE) +
    line([15, 6, 15, 14], { w: 3 }) +
    line([33, 6, 33, 14], { w: 3 }) +
    windowsDots(12, 25, 4, 2, 4, 4, 7, 7) +
    rect(32, 32, 6, 6, VERM, { s: null, rx: 1 }),
};

function paper(fill = WHITE): string {
  return path('M10 5h21l9 9v29H10Z', fill) + path('M31 5v9h9', light(INK, 0.85), { w: 2 });
}
export const docIcons: Record<string, () => string> = {
  booklet: () => emblemBooklet(24, 24, 38),
  permit: () => emblemCard(24, 24, 42, SKY),
  contract: () =>
    paper() +
    line([15, 14, 27, 14], { w: 2.5 }) +
    line([15, 20, 34, 20], { w: 2.5 }) +
    path('M14 34q3-7 5 0t5 0', 'none', { w: 2.5 }) +
    circle(31, 33, 7, ORANGE, { w: 2.5 }) +
    circle(31, 33, 3.5, 'none', { s: WHITE, w: 1.5 }),
  lease: () =>
    paper() +
    line([15, 14, 27, 14], { w: 2.5 }) +
    path('M13 38V28l11-9 11 9v10Z', PURPLE) +
    rect(21, 30, 6, 8, WHITE, { w: 2 }),
  'medical-insurance': () =>
    rect(3, 9, 42, 30, WHITE, { rx: 4 }) +
    rect(3, 14, 42, 5, SKY, { s: null }) +
    rect(3, 9, 42, 30, 'none', { rx: 4 }) +
    emblemCross(31, 28, 9.5) +
    line([8, 26, 17, 26], { w: 2.5 }) +
    line([8, 32, 15, 32], { w: 2.5 }),
  pension: () =>
    path('M9 27c0-8 7-13 15-13s16 5 16 13-7 12-16 12c-9 0-15-4-15-12Z', light(SKY, 0.35)) +
    path('M16 15l-2-6 7 4', light(SKY, 0.35), { w: 2.5 }) +
    line([14, 37, 14, 43], { w: 3.5 }) +
    line([32, 37, 32, 43], { w: 3.5 }) +
    circle(17, 24, 1.6, INK, { s: null }) +
    rect(39, 23, 5, 7, light(SKY, 0.2), { rx: 2, w: 2.5 }) +
    rect(20, 5, 10, 10, YELLOW, { rx: 5, w: 2.5 }) +
    line([22, 18, 30, 18], { w: 2.5 }),
  'school-place': () =>
    path('M24 13q-9-5-19-3v27q10-2 19 3Z', WHITE) +
    path('M24 13q9-5 19-3v27q-10-2-19 3Z', light(YELLOW, 0.5)) +
    line([24, 13, 24, 40], { w: 2 }) +
    line([9, 17, 19, 17], { w: 1.5 }) +
    line([9, 22, 19, 22], { w: 1.5 }) +
    line([9, 27, 17, 27], { w: 1.5 }) +
    path('M32 10v15l3-3 3 3V10', VERM, { w: 2 }),
  'home-purchase': () => g(houseKey(3, 13, 42, PURPLE), 'rotate(-25 24 24)'),
  'land-contract': () =>
    paper() +
    line([15, 14, 27, 14], { w: 2.5 }) +
    line([15, 20, 33, 20], { w: 2.5 }) +
    rect(14, 26, 21, 12, YELLOW, { w: 2, rx: 1.5 }) +
    rect(14, 26, 10.5, 12, light(LEAF, 0.2), { w: 2, rx: 1.5 }) +
    line([16, 30, 22, 30], { w: 1.2, s: dark(LEAF, 0.3) }) +
    line([16, 34, 22, 34], { w: 1.2, s: dark(LEAF, 0.3) }) +
    line([27, 30, 33, 30], { w: 1.2, s: dark(YELLOW, 0.4) }) +
    line([27, 34, 33, 34], { w: 1.2, s: dark(YELLOW, 0.4) }),
  homestead: () =>
    poly([3, 42, 11, 28, 45, 28, 37, 42], light(LEAF, 0.25)) +
    poly([8, 39, 13, 31, 40, 31, 35, 39], 'none', { w: 1.5, s: WHITE }) +
    rect(15, 19, 19, 15, WHITE) +
    path('M10 21q3 0 6-3l8.5-8 8.5 8q3 3 6 3Z', TILE) +
    rect(21.5, 25, 6, 9, WOOD, { w: 2 }),
  'rural-insurance': () => emblemShield(24, 24, 40, GREEN, wheat(24, 25, 27, YELLOW)),
};

export const miscIcons: Record<string, () => string> = {
  wall: () => {
    let s = rect(4, 10, 40, 30, light(VERM, 0.55), { rx: 3 });
    for (const y of [20, 30]) s += line([4, y, 44, y], { w: 2 });
    for (const x of [14, 34]) s += line([x, 10, x, 20], { w: 2 }) + line([x, 30, x, 40], { w: 2 });
    s += line([24, 20, 24, 30], { w: 2 });
    s += rect(2, 6, 44, 6, VERM, { rx: 2 });
    return s;
  },
  why: () =>
    circle(24, 24, 20, BLUE) +
    path('M17 19a7 7 0 1 1 10 6.3c-2 1-3 2.3-3 4.7', 'none', { s: WHITE, w: 4.5 }) +
    circle(24, 36, 2.7, WHITE, { s: null }),
  check: () => circle(24, 24, 20, GREEN) + path('M14 24l7 7 13-14', 'none', { s: WHITE, w: 5 }),
  cross: () => circle(24, 24, 20, VERM) + path('M16 16l16 16M32 16L16 32', 'none', { s: WHITE, w: 5 }),
  lock: () =>
    path('M15 22v-6a9 9 0 0 1 18 0v6', 'none', { w: 9 }) +
    path('M15 22v-6a9 9 0 0 1 18 0v6', 'none', { s: '#B8AC9E', w: 4 }) +
    rect(9, 21, 30, 22, ORANGE, { rx: 5 }) +
    circle(24, 30, 3.5, INK, { s: null }) +
    path('M22.5 31h3l1 6h-5Z', INK, { s: null }),
  twin: () =>
    person(15, 8, 34, GREEN) +
    person(33, 8, 34, BLUE) +
    path('M15 24v8M33 24v8', 'none', { s: WHITE, w: 1.5, o: 0.6 }),
  reform: () =>
    line([30, 30, 42, 42], { w: 9 }) +
    line([30, 30, 42, 42], { s: WOOD, w: 4 }) +
    circle(20, 20, 14, light(SKY, 0.45), { w: 3 }) +
    path('M12 17a9 9 0 0 1 7-6', 'none', { s: WHITE, w: 3 }),
};
