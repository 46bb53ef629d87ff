// Generates every piece of the game's art as hand-built SVG into assets/art/, plus manifest.json.
// Run: npx tsx scripts/make-art.ts   (deterministic: same script, same bytes)
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ArtAsset, ArtManifest } from '../src/platform/art-manifest';
import {
  BLUE,
  BRICK,
  begin,
  CARDBOARD,
  CONCRETE,
  CREAM,
  circle,
  dark,
  el,
  ellipse,
  GLASS,
  GREEN,
  g,
  HAIR,
  INK,
  LEAF,
  light,
  line,
  mix,
  ORANGE,
  PURPLE,
  path,
  poly,
  r1,
  rect,
  SAND,
  SKIN,
  SKY,
  SOIL,
  STONE,
  SW,
  setSW,
  svg,
  TAN,
  TILE,
  VERM,
  WHITE,
  WOOD,
  YELLOW,
} from './art/kit';
import { people } from './art/people';
import { portraits } from './art/portraits';

const OUT = 'assets/art';

// ---------- ¾ view building blocks ----------
// Receding edges go up and to the right; light comes from the upper left,
// so tops are lightest, fronts are the base colour and right sides are darker.
interface BoxOpt {
  top?: string;
  side?: string;
  noTop?: boolean;
}
/** A box whose front face is (x, y, w, h); k is the projected depth. */
function box(x: number, y: number, w: number, h: number, k: number, base: string, o: BoxOpt = {}): string {
  const dx = k / 2;
  const top = o.noTop ? '' : poly([x, y, x + dx, y - k, x + w + dx, y - k, x + w, y], o.top ?? light(base));
  const side = poly([x + w, y, x + w + dx, y - k, x + w + dx, y + h - k, x + w, y + h], o.side ?? dark(base));
  return top + side + rect(x, y, w, h, base);
}
/** Ridge parallel to the front: the front roof slope and the right gable end. */
function gable(
  x: number,
  y: number,
  w: number,
  k: number,
  rh: number,
  roof: string,
  wall: string,
  ov = 4,
): string {
  const dx = k / 2;
  const rx = x + dx / 2;
  const ry = y - k / 2 - rh;
  const end = poly([x + w, y, rx + w, ry, x + w + dx, y - k], dark(wall));
  const slope = poly(
    [x - ov, y + ov / 2, x + w + ov, y + ov / 2, rx + w + ov / 2, ry, rx - ov / 2, ry],
    roof,
  );
  return end + slope;
}
/** Soft cast shadow to the lower right of a footprint. */
const shadow = (x: number, y: number, w: number): string =>
  ellipse(x + w / 2 + 6, y, w / 2 + 8, 6, INK, { s: null, o: 0.16 });
function windows(
  x: number,
  y: number,
  cols: number,
  rows: number,
  ww: number,
  wh: number,
  gx: number,
  gy: number,
  fill = GLASS,
): string {
  let s = '';
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++)
      s += rect(x + c * (ww + gx), y + r * (wh + gy), ww, wh, fill, { w: 1.5, rx: 1 });
  }
  return s;
}
const door = (x: number, y: number, w: number, h: number, fill = WOOD): string =>
  path(`M${x} ${y + h}V${y + 3}q0-3 3-3h${w - 6}q3 0 3 3V${y + h}Z`, fill, { w: 2 });
function bush(x: number, y: number, r: number): string {
  return (
    circle(x - r * 0.7, y, r * 0.75, LEAF, { w: 2 }) +
    circle(x + r * 0.7, y, r * 0.75, dark(LEAF, 0.12), { w: 2 }) +
    circle(x, y - r * 0.35, r * 0.85, LEAF, { w: 2 }) +
    circle(x - r * 0.25, y - r * 0.55, r * 0.3, light(LEAF, 0.3), { s: null })
  );
}
function smallTree(x: number, y: number, r: number): string {
  return (
    ellipse(x + 4, y + 1, r * 0.9, 3.5, INK, { s: null, o: 0.16 }) +
    rect(x - 2, y - r * 0.9, 4, r * 0.9, WOOD, { w: 2 }) +
    circle(x, y - r * 1.3, r, LEAF, { w: 2 }) +
    path(`M${x + r * 0.2} ${y - r * 0.35}a${r} ${r} 0 0 0 ${r * 0.78} ${-r * 0.55}`, 'none', {
      s: dark(LEAF, 0.2),
      w: 2,
    }) +
    circle(x - r * 0.35, y - r * 1.6, r * 0.3, light(LEAF, 0.35), { s: null })
  );
}

// ---------- emblems (shared by buildings, icons and cards) ----------
/** Household booklet: a closed booklet with a round seal. s = height. */
function emblemBooklet(cx: number, cy: number, s: number, fill = '#A9473A'): string {
  const w = s * 0.74;
  const x = cx - w / 2;
  const y = cy - s / 2;
  return (
    rect(x, y, w, s, fill, { rx: s * 0.08 }) +
    rect(x, y, w * 0.16, s, dark(fill, 0.25), { rx: s * 0.06, s: null }) +
    line([x + w * 0.16, y + 1.5, x + w * 0.16, y + s - 1.5], { w: Math.max(1.2, SW * 0.6) }) +
    circle(cx + w * 0.08, cy - s * 0.1, s * 0.17, YELLOW, { w: Math.max(1.2, SW * 0.6) }) +
    rect(cx + w * 0.08 - w * 0.22, cy + s * 0.2, w * 0.44, s * 0.07, light(fill, 0.5), { s: null, rx: 1 })
  );
}
/** Residence-permit card: photo block and lines. w = width. */
function emblemCard(cx: number, cy: number, w: number, fill = SKY): string {
  const h = w * 0.66;
  const x = cx - w / 2;
  const y = cy - h / 2;
  const sw = Math.max(1.2, SW * 0.6);
  return (
    rect(x, y, w, h, fill, { rx: w * 0.1 }) +
    rect(x, y + h * 0.16, w, h * 0.14, dark(fill, 0.25), { s: null }) +
    rect(x + w * 0.1, y + h * 0.42, w * 0.28, h * 0.42, WHITE, { w: sw, rx: 1.5 }) +
    circle(x + w * 0.24, y + h * 0.58, w * 0.06, dark(fill, 0.3), { s: null }) +
    path(`M${x + w * 0.14} ${y + h * 0.82}q${w * 0.1}-${h * 0.2} ${w * 0.2} 0`, dark(fill, 0.3), {
      s: null,
    }) +
    rect(x + w * 0.47, y + h * 0.46, w * 0.42, h * 0.09, WHITE, { s: null, rx: 1 }) +
    rect(x + w * 0.47, y + h * 0.66, w * 0.3, h * 0.09, WHITE, { s: null, rx: 1 })
  );
}
/** Shield, optionally split light/dark down the middle. h = height. */
function emblemShield(cx: number, cy: number, h: number, fill = BLUE, inner?: string): string {
  const w = h * 0.84;
  const x = cx - w / 2;
  const y = cy - h / 2;
  const d = `M${cx} ${y}L${x + w} ${y + h * 0.16}V${y + h * 0.48}C${x + w} ${y + h * 0.78} ${cx + w * 0.2} ${y + h * 0.92} ${cx} ${y + h}C${cx - w * 0.2} ${y + h * 0.92} ${x} ${y + h * 0.78} ${x} ${y + h * 0.48}V${y + h * 0.16}Z`;
  const half = `M${cx} ${y}L${x + w} ${y + h * 0.16}V${y + h * 0.48}C${x + w} ${y + h * 0.78} ${cx + w * 0.2} ${y + h * 0.92} ${cx} ${y + h}Z`;
  return path(d, fill) + path(half, dark(fill, 0.22), { s: null }) + path(d, 'none') + (inner ?? '');
}
function starPts(cx: number, cy: number, R: number, r: number, n = 5): number[] {
  const p: number[] = [];
  for (let i = 0; i < n * 2; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / n;
    const rr = i % 2 === 0 ? R : r;
    p.push(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
  }
  return p;
}
const emblemStar = (cx: number, cy: number, R: number, fill = YELLOW): string =>
  poly(starPts(cx, cy, R, R * 0.48), fill);
/** Round sign with a plus: the clinic / hospital / medical-insurance mark. */
function emblemCross(cx: number, cy: number, r: number, fill = SKY, plus = WHITE): string {
  const a = r * 0.62;
  const b = r * 0.22;
  const d = `M${cx - b} ${cy - a}h${2 * b}v${a - b}h${a - b}v${2 * b}h${b - a}v${a - b}h${-2 * b}v${b - a}h${b - a}v${-2 * b}h${a - b}Z`;
  return circle(cx, cy, r, fill) + path(d, plus, { w: Math.max(1.2, SW * 0.6) });
}
/** Tally marks: four strokes and a bar, on a board. */
function emblemTally(cx: number, cy: number, w: number, fill = WHITE): string {
  const h = w * 0.6;
  const x = cx - w / 2;
  const y = cy - h / 2;
  let s = rect(x, y, w, h, fill, { rx: w * 0.08 });
  for (let i = 0; i < 4; i++) {
    const lx = x + w * (0.25 + i * 0.15);
    s += line([lx, y + h * 0.22, lx, y + h * 0.78], { w: Math.max(1.5, SW * 0.7) });
  }
  s += line([x + w * 0.16, y + h * 0.7, x + w * 0.84, y + h * 0.3], { s: VERM, w: Math.max(1.5, SW * 0.7) });
  return s;
}
/** Wheat ear on a stalk (rural symbol). s = total height. */
function wheat(cx: number, cy: number, s: number, fill = YELLOW): string {
  const top = cy - s / 2;
  const sw = Math.max(1.2, SW * 0.6);
  let k = line([cx, cy + s / 2, cx, top + s * 0.12], { w: sw * 1.4, s: dark(GREEN, 0.1) });
  for (let i = 0; i < 4; i++) {
    const y = top + s * (0.16 + i * 0.13);
    const gw = s * 0.13;
    k += ellipse(cx - gw * 0.75, y + gw * 0.5, gw * 0.5, gw * 0.85, fill, {
      w: sw,
      t: `rotate(-30 ${r1(cx - gw * 0.75)} ${r1(y + gw * 0.5)})`,
    });
    k += ellipse(cx + gw * 0.75, y + gw * 0.5, gw * 0.5, gw * 0.85, fill, {
      w: sw,
      t: `rotate(30 ${r1(cx + gw * 0.75)} ${r1(y + gw * 0.5)})`,
    });
  }
  k += ellipse(cx, top + s * 0.08, s * 0.06, s * 0.1, fill, { w: sw });
  k += path(
    `M${cx} ${cy + s * 0.25}q${s * 0.2}-${s * 0.02} ${s * 0.26}-${s * 0.16}q-${s * 0.18} 0 -${s * 0.26} ${s * 0.16}Z`,
    GREEN,
    { w: sw },
  );
  return k;
}
/** A tower with a spire (urban symbol). s = total height. */
function tower(cx: number, cy: number, s: number, fill = SKY): string {
  const top = cy - s / 2;
  const w = s * 0.32;
  const sw = Math.max(1.2, SW * 0.6);
  let k = line([cx, top, cx, top + s * 0.18], { w: sw * 1.3 });
  k += poly(
    [cx - w * 0.35, top + s * 0.3, cx, top + s * 0.14, cx + w * 0.35, top + s * 0.3],
    light(fill, 0.3),
    { w: sw },
  );
  k += rect(cx - w / 2, top + s * 0.3, w, s * 0.7, fill, { w: sw, rx: 1 });
  k += rect(cx - w / 2 - s * 0.14, top + s * 0.62, s * 0.14, s * 0.38, BLUE, { w: sw });
  k += rect(cx + w / 2, top + s * 0.52, s * 0.14, s * 0.48, BLUE, { w: sw });
  for (let i = 0; i < 4; i++)
    k += rect(cx - w * 0.2, top + s * (0.38 + i * 0.14), w * 0.4, s * 0.05, WHITE, { s: null });
  return k;
}
/** A key whose bow is a little house. len = overall length, drawn pointing right. */
function houseKey(x: number, y: number, len: number, fill = PURPLE): string {
  const b = len * 0.42;
  const sw = Math.max(1.4, SW * 0.7);
  const bow = poly(
    [x, y + b * 0.35, x + b / 2, y - b * 0.15, x + b, y + b * 0.35, x + b, y + b, x, y + b],
    fill,
    { w: sw },
  );
  const hole = rect(x + b * 0.36, y + b * 0.5, b * 0.28, b * 0.32, WHITE, { w: sw * 0.7, rx: 1 });
  const cy = y + b * 0.62;
  const bit = path(
    `M${x + b} ${cy - len * 0.06}H${x + len}v${len * 0.12}h${-len * 0.1}v${len * 0.1}h${-len * 0.1}v${-len * 0.1}H${x + b}Z`,
    fill,
    { w: sw },
  );
  return bit + bow + hole;
}

// ---------- venues (128×128, ¾ view) ----------
function vFactory(): string {
  const wall = TAN;
  const roof = '#C7B7A6';
  const x0 = 14;
  const y0 = 68;
  const tw = 21;
  const th = 15;
  const k = 14;
  const dx = k / 2;
  let s = shadow(x0, 108, 4 * tw + dx);
  // chimney, behind the shed
  s += box(22, 22, 12, 50, 6, BRICK);
  s += rect(22, 30, 12, 6, ORANGE, { w: 2 });
  s +=
    circle(40, 14, 5, WHITE, { w: 2 }) +
    circle(49, 9, 6.5, WHITE, { w: 2 }) +
    circle(60, 7, 5, WHITE, { w: 2, o: 0.85 });
  for (let i = 0; i < 4; i++) {
    const xi = x0 + i * tw;
    s += poly([xi, y0, xi, y0 - th, xi + dx, y0 - th - k, xi + dx, y0 - k], GLASS);
    s += poly([xi, y0 - th, xi + dx, y0 - th - k, xi + tw + dx, y0 - k, xi + tw, y0], light(roof, 0.25));
  }
  const xe = x0 + 4 * tw;
  s += poly([xe, y0, xe + dx, y0 - k, xe + dx, 108 - k, xe, 108], dark(wall));
  const f: number[] = [x0, 108];
  for (let i = 0; i < 4; i++) f.push(x0 + i * tw, y0 - th, x0 + (i + 1) * tw, y0);
  f.push(xe, 108);
  s += poly(f, wall);
  s += windows(20, 76, 3, 1, 8, 9, 4, 0);
  s += rect(58, 78, 32, 30, ORANGE, { rx: 1.5 });
  for (let i = 0; i < 4; i++) s += line([60, 84 + i * 6, 88, 84 + i * 6], { w: 1.5, s: dark(ORANGE, 0.35) });
  s += rect(62, 72, 24, 4, dark(ORANGE, 0.2), { w: 1.5, rx: 1 });
  s += bush(26, 110, 6);
  return s;
}

function vConstruction(): string {
  let s = shadow(40, 108, 72);
  // concrete frame, three floors and a half
  const x = 46;
  const w = 56;
  s += box(x, 46, w, 62, 14, dark(CONCRETE, 0.35), { top: CONCRETE });
  for (let i = 0; i < 4; i++) s += rect(x - 2, 46 + i * 20, w + 2, 5, CONCRETE, { w: 2 });
  for (let i = 0; i < 4; i++) s += rect(x + i * 17.3, 46, 4, 62, CONCRETE, { w: 2 });
  for (let i = 0; i < 4; i++) s += line([x + 2 + i * 17.3, 46, x + 2 + i * 17.3, 38], { w: 2 });
  // scaffold on the left
  s += line([40, 44, 40, 108], { s: WOOD, w: 3 }) + line([40, 44, 40, 108], { w: 1 });
  for (let i = 0; i < 3; i++) s += rect(36, 60 + i * 20, 12, 3, WOOD, { w: 1.5 });
  // tower crane
  const mx = 24;
  s += rect(mx, 18, 10, 90, 'none', { w: 2.5 });
  for (let i = 0; i < 9; i++)
    s += line([mx, 18 + i * 10, mx + 10, 28 + i * 10], { w: 1.5, s: dark(ORANGE, 0.3) });
  s += rect(mx, 18, 10, 90, 'none', { s: ORANGE, w: 1.5 });
  s += line([mx + 5, 6, mx + 5, 18], { w: 2.5 });
  s += line([8, 18, mx + 5, 6, 118, 18], { w: 1.5 });
  s += rect(8, 16, 112, 6, ORANGE, { rx: 1 });
  for (let i = 0; i < 10; i++)
    s += line([12 + i * 11, 16, 16 + i * 11, 22], { w: 1.2, s: dark(ORANGE, 0.35) });
  s += rect(6, 22, 14, 9, CONCRETE, { rx: 1 });
  s += rect(mx - 3, 22, 16, 11, YELLOW, { rx: 2 }) + rect(mx + 4, 24, 6, 5, GLASS, { w: 1.2 });
  // hook and a hanging beam
  s += line([98, 22, 98, 44], { w: 1.5 }) + path('M98 44v4a3 3 0 0 1-5 2', 'none', { w: 2 });
  s += line([98, 48, 88, 56], { w: 1 }) + line([98, 48, 110, 56], { w: 1 });
  s += rect(84, 56, 30, 5, BRICK, { w: 2 });
  // hoarding with hazard stripes
  s += rect(38, 100, 76, 10, CREAM, { w: 2 });
  for (let i = 0; i < 7; i++)
    s += poly([43 + i * 10, 110, 48 + i * 10, 100, 53 + i * 10, 100, 48 + i * 10, 110], ORANGE, { s: null });
  s += rect(38, 100, 76, 10, 'none', { w: 2 });
  return s;
}

function parcel(x: number, y: number, w: number, h: number): string {
  return (
    box(x, y, w, h, w * 0.45, CARDBOARD) +
    line([x + w / 2, y, x + w / 2 + w * 0.11, y - w * 0.45], { w: 1.2 }) +
    rect(x + w / 2 - 1.5, y, 3, h * 0.45, light(CARDBOARD, 0.5), { w: 1 })
  );
}
function scooter(x: number, y: number): string {
  // e-scooter seen from the side, facing left, with a delivery box on the back
  let s = ellipse(x + 14, y + 6, 18, 3, INK, { s: null, o: 0.16 });
  s += circle(x, y, 5.5, INK) + circle(x, y, 2.2, CONCRETE, { s: null });
  s += circle(x + 26, y, 5.5, INK) + circle(x + 26, y, 2.2, CONCRETE, { s: null });
  s += path(`M${x + 2} ${y - 4}q2-6 9-6h10q6 0 7 6v2h-26Z`, '#7D97A8', { w: 2 });
  s += line([x, y, x + 3, y - 16], { w: 2.5 }) + line([x - 1, y - 16, x + 6, y - 16], { w: 2.5 });
  s += rect(x + 12, y - 12, 12, 3.5, INK, { s: null, rx: 1.5 });
  s += box(x + 18, y - 24, 13, 11, 6, ORANGE);
  return s;
}
function vDelivery(): string {
  const wall = '#E9DDC8';
  let s = shadow(20, 106, 94);
  s += box(20, 50, 84, 56, 18, wall);
  s += rect(20, 50, 84, 11, ORANGE);
  s += poly([58, 52, 66, 52, 66, 59, 58, 59], light(CARDBOARD, 0.3), { w: 1.5 });
  s += line([62, 52, 62, 59], { w: 1.2 });
  for (let i = 0; i < 2; i++) {
    const dx = 26 + i * 40;
    s += rect(dx, 68, 32, 38, light(CONCRETE, 0.2), { rx: 1.5 });
    for (let j = 0; j < 5; j++)
      s += line([dx + 2, 74 + j * 6, dx + 30, 74 + j * 6], { w: 1.2, s: dark(CONCRETE, 0.25) });
  }
  s += parcel(98, 98, 14, 12) + parcel(110, 102, 10, 8) + parcel(100, 86, 10, 9);
  s += scooter(12, 112);
  return s;
}

function vOffice(): string {
  let s = shadow(30, 110, 78);
  s += box(76, 48, 28, 62, 14, STONE);
  s += windows(80, 54, 3, 7, 5, 5, 3, 3);
  const x = 40;
  const y = 22;
  const w = 40;
  const h = 88;
  s += box(x, y, w, h, 18, light(SKY, 0.45), { top: STONE, side: mix(SKY, INK, 0.3) });
  for (let i = 0; i < 9; i++) s += rect(x, y + 4 + i * 9, w, 3, STONE, { s: null });
  for (let i = 1; i < 4; i++)
    s += line([x + i * 10, y, x + i * 10, y + h - 14], { w: 1.2, s: light(INK, 0.4) });
  s += path(`M${x + 6} ${y + 8}l10-4v60l-10 4Z`, WHITE, { s: null, o: 0.35 });
  s += rect(x, y, w, h, 'none');
  // rooftop plant and antenna
  s += box(x + 12, y - 6, 14, 4, 6, CONCRETE);
  s += line([x + 28, y - 8, x + 28, y - 20], { w: 2 }) + circle(x + 28, y - 21, 2, VERM, { w: 1.2 });
  // entrance
  s += rect(x + 10, y + h - 14, 20, 14, GLASS, { w: 2 });
  s += rect(x + 6, y + h - 18, 28, 5, ORANGE, { rx: 1.5 });
  s += bush(24, 108, 7);
  return s;
}

function vCivil(): string {
  let s = shadow(12, 110, 104);
  s += box(44, 36, 36, 16, 10, STONE);
  s += box(12, 52, 100, 50, 14, STONE);
  s += rect(20, 64, 84, 38, dark(STONE, 0.25), { s: null });
  s += rect(12, 52, 100, 12, light(STONE, 0.2));
  s += circle(62, 44, 5, YELLOW, { w: 2 });
  for (let i = 0; i < 7; i++) {
    const cx = 22 + i * 13;
    s +=
      rect(cx - 3.5, 64, 8, 38, WHITE, { w: 2 }) +
      rect(cx + 1.5, 65, 2.5, 36, dark(STONE, 0.12), { s: null });
  }
  s += rect(12, 52, 100, 50, 'none');
  s += rect(8, 102, 108, 5, light(STONE, 0.2), { w: 2 });
  s += rect(4, 107, 116, 5, light(STONE, 0.35), { w: 2 });
  s += rect(53, 82, 18, 20, WOOD, { w: 2 }) + line([62, 82, 62, 102], { w: 1.2 });
  return s;
}

function clothes(x: number, y: number, fill: string, kind: number): string {
  if (kind === 0) return path(`M${x - 4} ${y}h8l2 3-2 1v6h-8v-6l-2-1Z`, fill, { w: 1.2 });
  if (kind === 1) return rect(x - 3, y, 6, 9, fill, { w: 1.2 });
  return path(`M${x - 4} ${y}h8v9l-3 0-1-5-1 5h-3Z`, fill, { w: 1.2 });
}
function vUrbanVillage(): string {
  let s = shadow(8, 110, 106);
  const b: [number, number, number, string][] = [
    [8, 40, 24, '#F1D5C8'],
    [32, 26, 24, '#ECE6D6'],
    [56, 46, 26, '#E6C9A2'],
    [82, 34, 30, '#DCD2C4'],
  ];
  for (const [x, y, w, c] of b) {
    s += box(x, y, w, 110 - y, 10, c);
    const rows = Math.floor((96 - y) / 13);
    for (let r = 0; r < rows; r++) {
      for (let cI = 0; cI < 2; cI++) {
        const wx = x + 3 + cI * (w / 2);
        const wy = y + 6 + r * 13;
        s += rect(wx, wy, w / 2 - 6, 7, GLASS, { w: 1.2, rx: 0.5 });
        s += line([wx + (w / 2 - 6) / 2, wy, wx + (w / 2 - 6) / 2, wy + 7], { w: 0.8 });
      }
    }
  }
  // rooftop tanks and a shack
  s += rect(12, 30, 9, 7, '#7FA2B8', { w: 1.8, rx: 3 });
  s += box(86, 28, 10, 6, 5, CONCRETE);
  s += rect(62, 38, 10, 6, CONCRETE, { w: 1.5 });
  // AC units
  s +=
    rect(26, 62, 8, 5, WHITE, { w: 1.2 }) +
    rect(75, 72, 8, 5, WHITE, { w: 1.2 }) +
    rect(50, 48, 8, 5, WHITE, { w: 1.2 });
  // washing lines between buildings
  s += path('M22 56q14 8 28 2', 'none', { w: 1 });
  s += clothes(30, 59, PURPLE, 0) + clothes(42, 59, YELLOW, 1);
  s += path('M66 66q14 6 30 0', 'none', { w: 1 });
  s += clothes(74, 68, SKY, 2) + clothes(88, 68, CREAM, 0);
  // ground-floor shop with awning
  s += rect(60, 96, 22, 14, dark(TAN, 0.35), { w: 2 });
  for (let i = 0; i < 4; i++)
    s += path(`M${58 + i * 6.5} 92h6.5v4q-3.25 3-6.5 0Z`, i % 2 ? CREAM : PURPLE, { w: 1.5 });
  s += door(14, 98, 10, 12) + door(40, 98, 10, 12) + door(90, 98, 10, 12);
  return s;
}

function vFormalLease(): string {
  let s = shadow(28, 108, 76);
  const x = 30;
  const w = 66;
  s += box(x, 26, w, 82, 16, '#F4E7D0');
  s += rect(x, 26, w, 5, light(PURPLE, 0.4), { w: 2 });
  for (let r = 0; r < 4; r++) {
    const y = 36 + r * 14;
    s += windows(x + 6, y, 4, 1, 10, 9, 5, 0);
    s += rect(x + 4, y + 9, 27, 3, PURPLE, { w: 1.5 }) + rect(x + 35, y + 9, 27, 3, PURPLE, { w: 1.5 });
  }
  s += windows(x + 6, 94, 1, 1, 10, 9, 0, 0) + windows(x + 50, 94, 1, 1, 10, 9, 0, 0);
  s += rect(x + 22, 90, 22, 5, PURPLE, { rx: 1.5 });
  s += door(x + 26, 95, 14, 13, GLASS);
  s += bush(22, 108, 8) + bush(102, 110, 7);
  return s;
}

function vPublicRental(): string {
  const wall = '#E4E1D6';
  let s = shadow(10, 110, 106);
  s += box(10, 46, 98, 64, 20, wall);
  s += box(50, 30, 20, 16, 8, wall);
  for (let r = 0; r < 4; r++) {
    const y = 52 + r * 13;
    s += windows(14, y, 5, 1, 5, 7, 2.6, 0) + windows(73, y, 5, 1, 5, 7, 2.6, 0);
    s += rect(10, y + 9, 98, 2.5, light(PURPLE, 0.25), { s: null });
  }
  s += rect(52, 46, 16, 64, light(PURPLE, 0.55), { w: 2 });
  for (let i = 0; i < 6; i++) s += rect(56, 34 + i * 11, 8, 6, GLASS, { w: 1.2 });
  s += door(54, 98, 12, 12, GLASS);
  s += rect(10, 46, 98, 64, 'none');
  s += bush(20, 112, 6) + bush(98, 112, 6);
  return s;
}

function sparkle(x: number, y: number, r: number): string {
  return path(
    `M${x} ${y - r}Q${x} ${y} ${x + r} ${y}Q${x} ${y} ${x} ${y + r}Q${x} ${y} ${x - r} ${y}Q${x} ${y} ${x} ${y - r}Z`,
    YELLOW,
    { w: 1.5 },
  );
}
function vBuyFlat(): string {
  let s = shadow(44, 110, 60);
  const x = 50;
  const w = 42;
  s += box(x, 16, w, 94, 16, WHITE, { top: '#EDE5D6' });
  for (let r = 0; r < 9; r++) {
    const y = 22 + r * 9.5;
    s += rect(x + 4, y, w - 8, 6, GLASS, { w: 1.2, rx: 1 });
    s += rect(x + 2, y + 6, w - 4, 2.5, light(PURPLE, 0.35), { w: 1 });
  }
  s += rect(x + 14, 10, 14, 6, PURPLE, { w: 2 });
  s += door(x + 15, 100, 12, 10, GLASS);
  // sales sign with the key
  s += line([24, 110, 24, 84], { w: 3 });
  s += rect(8, 56, 34, 30, PURPLE, { rx: 5 });
  s += rect(11, 59, 28, 24, light(PURPLE, 0.55), { rx: 3, w: 1.5 });
  s += houseKey(13, 62, 24, WHITE);
  s += sparkle(104, 20, 6) + sparkle(40, 34, 4.5) + sparkle(110, 46, 3.5);
  s += bush(104, 110, 6);
  return s;
}

function track(cx: number, cy: number, w: number, h: number): string {
  const d = (a: number, b: number) =>
    `M${cx - a + b} ${cy - b}h${2 * (a - b)}a${b} ${b} 0 0 1 0 ${2 * b}h${-2 * (a - b)}a${b} ${b} 0 0 1 0 ${-2 * b}Z`;
  return (
    path(d(w / 2, h / 2), '#D58C6E') +
    path(d(w / 2 - 5, h / 2 - 4), 'none', { s: WHITE, w: 1 }) +
    path(d(w / 2 - 9, h / 2 - 8), '#9CC77A')
  );
}
function vPublicSchool(): string {
  let s = shadow(14, 110, 100);
  s += box(14, 34, 78, 34, 12, '#F5EBD6');
  s += rect(14, 34, 78, 6, YELLOW);
  s += windows(18, 44, 7, 2, 7, 7, 3.5, 4);
  s += box(44, 22, 18, 12, 8, '#F5EBD6');
  s += circle(53, 28, 3.5, WHITE, { w: 1.5 });
  s += door(47, 56, 12, 12, GLASS);
  s += track(60, 92, 100, 32);
  s += rect(40, 87, 40, 10, light('#9CC77A', 0.2), { s: null, rx: 3 });
  s += line([106, 70, 106, 14], { w: 2.5 }) + rect(102, 68, 8, 4, CONCRETE, { w: 1.5 });
  s += path('M107 15h14l-4 5 4 5h-14Z', YELLOW, { w: 2 });
  s += circle(106, 13, 2, INK, { s: null });
  return s;
}

function vMigrantSchool(): string {
  let s = shadow(14, 110, 88);
  const wall = '#EFE2C8';
  const roof = '#8FB0C2';
  s += box(16, 50, 70, 58, 18, wall, { noTop: true });
  s += gable(16, 50, 70, 18, 12, roof, wall, 5);
  for (let i = 0; i < 10; i++) s += line([14 + i * 7.8, 52, 20 + i * 7.8, 34], { w: 1, s: dark(roof, 0.3) });
  s += rect(16, 58, 70, 8, YELLOW, { w: 2 });
  s += windows(22, 70, 3, 1, 11, 9, 5, 0);
  s += windows(22, 90, 2, 1, 11, 9, 5, 0);
  s += door(34 + 18, 92, 10, 16);
  // an outside staircase added when the workshop became a school
  s += door(72, 66, 10, 14, light(WOOD, 0.2));
  s += rect(66, 80, 20, 3, CONCRETE, { w: 1.8 });
  s += poly([50, 108, 66, 80, 72, 80, 56, 108], CONCRETE, { w: 1.8 });
  for (let i = 1; i < 6; i++) s += line([50 + i * 2.7, 108 - i * 4.7, 56 + i * 2.7, 108 - i * 4.7], { w: 1 });
  s += line([54, 98, 68, 74, 86, 74], { w: 1.5 });
  // a single hoop in the yard
  s += ellipse(9, 111, 6, 2, INK, { s: null, o: 0.16 });
  s += line([8, 110, 8, 72], { w: 2.5 }) + rect(2, 66, 13, 9, WHITE, { w: 1.8 });
  s += path('M5 75h7l-1 5h-5Z', 'none', { s: VERM, w: 1.2 });
  s += circle(116, 108, 4.5, ORANGE, { w: 1.8 }) + path('M112 107q4 2 9 0M116 104v8', 'none', { w: 1 });
  return s;
}

function vBoardingSchool(): string {
  // hills behind: this school is back home, in the county
  const hill = 'M12 84C4 44 18 18 42 28C58 6 92 6 104 24C118 20 126 40 116 84';
  let s = path(`${hill}Z`, dark(LEAF, 0.08), { s: null }) + path(hill, 'none', { w: 2 });
  s += shadow(10, 110, 108);
  const dw = '#F1E6D2';
  s += box(44, 40, 68, 62, 14, dw, { noTop: true });
  s += gable(44, 40, 68, 14, 8, '#B1685A', dw, 4);
  for (let r = 0; r < 3; r++) {
    const y = 46 + r * 19;
    for (let c = 0; c < 5; c++) s += door(48 + c * 13, y, 8, 12, light(WOOD, 0.2));
    s += rect(44, y + 9, 68, 3, light(SKY, 0.5), { w: 1.2 });
    s += clothes(50 + r * 20, y + 12, [PURPLE, YELLOW, SKY][r] ?? CREAM, r);
  }
  const tw = '#F7EEDA';
  s += box(8, 68, 48, 42, 12, tw, { noTop: true });
  s += gable(8, 68, 48, 12, 7, '#B1685A', tw, 4);
  s += rect(8, 72, 48, 5, YELLOW, { w: 1.5 });
  s += windows(13, 81, 4, 2, 6, 7, 4.5, 4);
  s += door(26, 98, 12, 12, GLASS);
  return s;
}

function vClinic(): string {
  const wall = '#F4F0E7';
  let s = shadow(20, 108, 84);
  s += box(20, 62, 76, 46, 16, wall);
  for (let i = 0; i < 6; i++)
    s += path(`M${18 + i * 13.3} 70h13.3v5q-6.65 5-13.3 0Z`, i % 2 ? WHITE : SKY, { w: 1.8 });
  s += windows(26, 82, 2, 1, 16, 18, 4, 0);
  s += door(66, 82, 22, 26, GLASS);
  s += line([77, 82, 77, 108], { w: 1.2 });
  s += line([58, 46, 58, 62], { w: 3 });
  s += emblemCross(58, 36, 14);
  s += bush(106, 108, 7);
  s += rect(10, 98, 10, 10, BRICK, { w: 2, rx: 1 }) + bush(15, 96, 5);
  return s;
}

function vHospital(): string {
  let s = shadow(6, 112, 118);
  const wall = '#F4F0E7';
  s += box(6, 58, 40, 54, 14, wall);
  s += windows(10, 64, 4, 3, 5, 6, 3.5, 6);
  s += box(84, 58, 32, 54, 14, wall);
  s += windows(88, 64, 3, 3, 5, 6, 4, 6);
  s += box(38, 22, 50, 90, 18, wall);
  s += rect(38, 22, 50, 6, light(SKY, 0.2), { s: null });
  s += windows(43, 52, 5, 4, 5, 7, 4, 4);
  s += emblemCross(63, 38, 11);
  s += rect(30, 92, 66, 6, SKY, { rx: 2 });
  s += line([34, 98, 34, 112], { w: 2 }) + line([92, 98, 92, 112], { w: 2 });
  s += door(54, 98, 18, 14, GLASS);
  s += rect(38, 22, 50, 90, 'none');
  return s;
}

function vHukouDesk(): string {
  let s = shadow(18, 108, 92);
  s += box(18, 48, 84, 60, 16, WHITE, { top: '#EEE8DE' });
  s += rect(18, 48, 84, 12, BLUE);
  s += rect(18, 60, 84, 3, SKY, { s: null });
  s += rect(18, 48, 84, 60, 'none');
  s += windows(23, 68, 2, 2, 9, 8, 4, 6) + windows(75, 68, 2, 2, 9, 8, 4, 6);
  s += rect(48, 65, 24, 26, BLUE, { rx: 4 });
  s += emblemBooklet(60, 78, 19);
  s += rect(44, 92, 32, 4, BLUE, { rx: 1 });
  s += door(52, 96, 16, 12, GLASS);
  s += line([60, 96, 60, 108], { w: 1.2 });
  s += rect(50, 34, 20, 10, CONCRETE, { w: 2 }) + rect(54, 28, 12, 6, SKY, { w: 2, rx: 2 });
  s += line([40, 98, 40, 108], { w: 2 }) + circle(40, 96, 3, YELLOW, { w: 1.5 });
  s += line([80, 98, 80, 108], { w: 2 }) + circle(80, 96, 3, YELLOW, { w: 1.5 });
  return s;
}

function vPermitOffice(): string {
  let s = shadow(22, 110, 96);
  const wall = '#EEE6D6';
  // barrel-vault service hall
  const x = 26;
  const w = 88;
  const y = 70;
  const k = 16;
  s += poly([x + w, y, x + w + k / 2, y - k, x + w + k / 2, 110 - k, x + w, 110], dark(wall));
  s += path(`M${x} ${y}q${w / 2}-24 ${w} 0l${k / 2} ${-k}q${-w / 2}-24 ${-w} 0Z`, light(BLUE, 0.55));
  s += path(`M${x} ${y}q${w / 2}-24 ${w} 0`, 'none', { w: 2.5 });
  s += rect(x, y, w, 40, wall);
  s += path(`M${x} ${y}q${w / 2}-24 ${w} 0Z`, wall);
  s += rect(x + 8, y + 10, w - 16, 30, GLASS, { w: 2 });
  for (let i = 1; i < 6; i++)
    s += line([x + 8 + (i * (w - 16)) / 6, y + 10, x + 8 + (i * (w - 16)) / 6, y + 40], { w: 1.2 });
  s += rect(x, y + 4, w, 4, BLUE, { s: null });
  // pylon sign with the card
  s += rect(3, 28, 22, 82, BLUE, { rx: 3 });
  s += rect(25, 28, 4, 82, dark(BLUE), { w: 2 });
  s += emblemCard(14, 44, 18, WHITE);
  // queue posts
  for (let i = 0; i < 3; i++)
    s +=
      line([40 + i * 12, 110, 40 + i * 12, 102], { w: 2 }) +
      circle(40 + i * 12, 101, 1.8, YELLOW, { w: 1.2 });
  s += line([40, 104, 64, 104], { w: 1.5, s: BLUE });
  return s;
}

function vInsurance(): string {
  let s = shadow(30, 110, 70);
  const wall = STONE;
  s += box(32, 24, 60, 86, 16, wall);
  s += rect(32, 24, 60, 30, light(BLUE, 0.75), { s: null });
  s += emblemShield(62, 39, 24, BLUE);
  s += rect(32, 24, 60, 86, 'none');
  for (let r = 0; r < 3; r++) s += windows(38, 58 + r * 12, 4, 1, 8, 7, 5, 0, GLASS);
  s += rect(32, 56, 60, 2, BLUE, { s: null });
  for (let i = 0; i < 4; i++) s += rect(40 + i * 14, 94, 5, 16, WHITE, { w: 1.8 });
  s += rect(34, 90, 56, 4, light(STONE, 0.3), { w: 2 });
  s += bush(22, 110, 7) + bush(104, 110, 6);
  return s;
}

function vPoints(): string {
  let s = shadow(12, 110, 104);
  const wall = '#EDE3D0';
  s += box(14, 78, 92, 32, 14, wall);
  s += box(28, 56, 64, 22, 12, wall);
  s += box(42, 36, 36, 20, 10, wall);
  s += emblemStar(60, 24, 11, YELLOW);
  s += rect(14, 78, 92, 4, BLUE, { s: null }) + rect(28, 56, 64, 3, BLUE, { s: null });
  s += rect(14, 78, 92, 32, 'none') + rect(28, 56, 64, 22, 'none');
  s += windows(46, 42, 3, 1, 7, 8, 3.5, 0);
  s += emblemTally(60, 67, 22, WHITE);
  s += windows(32, 62, 1, 1, 10, 9, 0, 0) + windows(78, 62, 1, 1, 10, 9, 0, 0);
  s += windows(20, 86, 3, 1, 8, 9, 4, 0) + windows(76, 86, 3, 1, 8, 9, 4, 0);
  s += door(53, 92, 14, 18, GLASS);
  return s;
}

function bus(x: number, y: number, w: number, h: number, body = CREAM, stripe = GREEN): string {
  let s = rect(x, y, w, h, body, { rx: 5 });
  s += rect(x, y + h * 0.62, w, h * 0.14, stripe, { s: null });
  s += path(`M${x + 2} ${y + 3}h${w * 0.14}v${h * 0.46}h${-w * 0.14 - 1}q-1 0-1-1v${-h * 0.42}Z`, GLASS, {
    w: 1.5,
  });
  const n = 5;
  const ww = (w * 0.76) / n;
  for (let i = 0; i < n; i++)
    s += rect(x + w * 0.2 + i * ww, y + 4, ww - 2, h * 0.36, GLASS, { w: 1.2, rx: 1 });
  s += rect(x, y, w, h, 'none', { rx: 5 });
  s += circle(x + w * 0.2, y + h, h * 0.2, INK) + circle(x + w * 0.2, y + h, h * 0.08, CONCRETE, { s: null });
  s += circle(x + w * 0.8, y + h, h * 0.2, INK) + circle(x + w * 0.8, y + h, h * 0.08, CONCRETE, { s: null });
  s += circle(x + 3, y + h * 0.8, 1.8, YELLOW, { w: 1 });
  return s;
}
function vCoach(): string {
  let s = shadow(6, 110, 112);
  const wall = '#EEE4D2';
  s += box(6, 46, 36, 54, 14, wall);
  s += rect(6, 46, 36, 8, GREEN);
  s += windows(10, 60, 3, 1, 7, 12, 3.5, 0);
  s += door(16, 80, 16, 20, GLASS);
  // canopy on posts over the bays
  s += box(36, 54, 76, 6, 20, light(GREEN, 0.55), { top: light(GREEN, 0.75) });
  for (const px of [42, 76, 108])
    s += line([px, 60, px, 108], { w: 3 }) + line([px, 60, px, 108], { w: 1.2, s: CONCRETE });
  s += bus(46, 72, 60, 28);
  s += rect(36, 108, 76, 3, light(CONCRETE, 0.3), { w: 1.5 });
  return s;
}

function vVillageHome(): string {
  let s = shadow(8, 112, 110);
  const wall = WHITE;
  const roof = TILE;
  s += poly([14, 104, 22, 86, 112, 86, 106, 104], '#E9D7B4', { s: null });
  // main house: white walls under a grey tiled roof with upturned eaves
  s += box(22, 54, 76, 32, 12, wall, { noTop: true });
  s += poly([98, 54, 101, 34, 104, 42], dark(wall));
  s += path('M10 51Q14 58 22 57H100Q110 58 114 51L106 34H24Z', roof);
  for (let i = 0; i < 12; i++) s += line([19 + i * 7.4, 56, 26 + i * 7.1, 35], { w: 1, s: dark(roof, 0.25) });
  s += path('M14 51Q18 55 24 54H100Q108 55 111 51', 'none', { w: 1.5, s: light(roof, 0.4) });
  s += line([22, 34, 108, 34], { w: 4 }) + path('M22 34q-4 0-4-5M108 34q4 0 4-5', 'none', { w: 2.5 });
  s += door(53, 66, 14, 20, WOOD);
  s +=
    windows(30, 62, 2, 1, 8, 10, 4, 0, light(WOOD, 0.5)) +
    windows(76, 62, 2, 1, 8, 10, 4, 0, light(WOOD, 0.5));
  for (let i = 0; i < 3; i++) s += ellipse(72, 61 + i * 6, 2.5, 3.5, YELLOW, { w: 1 });
  // side wing
  s += box(100, 70, 16, 22, 8, wall, { noTop: true });
  s += gable(100, 70, 16, 8, 5, roof, wall, 3);
  // courtyard wall with a roofed gate
  s += rect(10, 100, 40, 12, wall) + rect(8, 97, 44, 4, roof, { w: 2 });
  s += rect(72, 100, 40, 12, wall) + rect(70, 97, 44, 4, roof, { w: 2 });
  s += rect(50, 94, 22, 18, WOOD, { w: 2 }) + line([61, 94, 61, 112], { w: 1.2 });
  s += path('M44 96Q48 94 50 91H72Q74 94 78 96Z', roof, { w: 2 });
  s += smallTree(34, 96, 9);
  return s;
}

function vFarmland(): string {
  // terraces following the contours of a hillside, far (top) to near (bottom)
  const crops = [LEAF, YELLOW, '#9CC77A', light(SKY, 0.4), '#E8D66A', '#9CC77A'];
  const cxs = [58, 62, 68, 70, 66, 62];
  const hws = [30, 38, 44, 48, 53, 57];
  const terrace = (cx: number, y: number, hw: number, h: number): string =>
    `M${cx - hw} ${y + 3}Q${cx - hw / 3} ${y - 9} ${cx + hw} ${y}Q${cx + hw + 4} ${y + h / 2} ${cx + hw} ${y + h}Q${cx - hw / 3} ${y + h - 9} ${cx - hw} ${y + h + 3}Q${cx - hw - 4} ${y + h / 2 + 2} ${cx - hw} ${y + 3}Z`;
  const hill = 'M4 114C4 70 22 28 56 22C92 16 124 60 124 114Z';
  let s = ellipse(66, 116, 60, 5, INK, { s: null, o: 0.14 });
  s += path(hill, light(LEAF, 0.15));
  crops.forEach((c, i) => {
    const y = 34 + i * 13;
    const cx = cxs[i] ?? 64;
    const hw = hws[i] ?? 40;
    s += path(terrace(cx, y + 4, hw, 10), dark(SOIL, 0.05));
    s += path(terrace(cx, y, hw, 9), c);
    if (i === 3) {
      s +=
        line([cx - 24, y + 3, cx - 12, y + 1], { w: 1.5, s: WHITE }) +
        line([cx + 8, y + 1, cx + 20, y + 2], { w: 1.5, s: WHITE });
    } else {
      const ink = c === YELLOW || c === '#E8D66A' ? dark(YELLOW, 0.4) : dark(LEAF, 0.35);
      const n = 4 + (i >> 1);
      for (let j = 0; j < n; j++) {
        const x = cx - hw + 10 + (j * (2 * hw - 20)) / (n - 1);
        const cy = y + 4 - 4 * (1 - ((x - cx) / hw) ** 2);
        s += line([x - 2, cy + 2, x, cy - 1.5, x + 2, cy + 2], { w: 1.2, s: ink });
      }
    }
  });
  s += smallTree(100, 42, 7) + smallTree(20, 66, 6);
  s += box(40, 22, 12, 8, 6, WOOD, { noTop: true }) + gable(40, 22, 12, 6, 4, TILE, WOOD, 2);
  return s;
}

// ---------- icons (48×48, readable at 24 px) ----------
/** Venue icons are rounded badges in their category colour with a cream pictogram. */
const badge = (fill: string, inner: string): string =>
  rect(4, 4, 40, 40, fill, { rx: 11, w: 3 }) +
  rect(7, 30, 34, 11, dark(fill, 0.12), { s: null, rx: 8 }) +
  inner;
const P = CREAM;

const venueIcons: Record<string, () => string> = {
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
const statIcons: Record<string, () => string> = {
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
const docIcons: Record<string, () => string> = {
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

const miscIcons: Record<string, () => string> = {
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

// ---------- avatar (4 rows: down, left, right, up × 4 walk frames of 48×64) ----------
const JACKET = '#3F8A8C';
const TROUSERS = '#4B4E6D';
const PACK = '#E0A043';
const SHOE = '#5A4030';
/** Leg from a hip point, rotated by a degrees (positive swings the foot to the left). */
function leg(hx: number, hy: number, len: number, a: number, toe: number): string {
  const shoe = rect(hx - 3.5 - (toe > 0 ? 2.5 : 0), hy + len - 1, toe > 0 ? 9 : 7, 4, SHOE, { rx: 2 });
  return g(
    rect(hx - 3, hy - 2, 6, len + 1, TROUSERS, { rx: 2 }) + shoe,
    a ? `rotate(${a} ${hx} ${hy})` : undefined,
  );
}
function faceFront(cx: number, cy: number): string {
  return (
    circle(cx, cy, 11, SKIN) +
    path(`M${cx - 11.5} ${cy + 1}c-1-9 5-14 12-14s13 5 11 14c-2-4-4-6-6-7c-3 3-10 4-17 7Z`, HAIR) +
    ellipse(cx - 4.5, cy + 3, 1.4, 1.9, INK, { s: null }) +
    ellipse(cx + 4.5, cy + 3, 1.4, 1.9, INK, { s: null }) +
    circle(cx - 7, cy + 6.5, 1.8, '#E88B7A', { s: null, o: 0.45 }) +
    circle(cx + 7, cy + 6.5, 1.8, '#E88B7A', { s: null, o: 0.45 }) +
    path(`M${cx - 2} ${cy + 7}q2 1.6 4 0`, 'none', { w: 1.3 })
  );
}
function avatarFront(bob: number, ll: number, rl: number, swing: number, back: boolean): string {
  const y = -bob;
  let s = ellipse(24, 60, 11, 3, INK, { s: null, o: 0.18 });
  s += leg(20, 47, 9 + ll, 0, 0) + leg(28, 47, 9 + rl, 0, 0);
  s += g(
    (back ? '' : rect(12, 31, 24, 14, PACK, { rx: 4 })) +
      rect(10.5, 32 + swing, 6, 12, JACKET, { rx: 3 }) +
      circle(13.5, 45 + swing, 2.6, SKIN, { w: 1.6 }) +
      rect(31.5, 32 - swing, 6, 12, JACKET, { rx: 3 }) +
      circle(34.5, 45 - swing, 2.6, SKIN, { w: 1.6 }) +
      path('M15 48V36q0-6 9-6t9 6v12Z', JACKET) +
      (back
        ? rect(14, 31, 20, 17, PACK, { rx: 5 }) +
          rect(16, 33, 16, 6, light(PACK, 0.3), { rx: 3, w: 1.5 }) +
          rect(18, 42, 12, 4, dark(PACK, 0.15), { w: 1.2, rx: 1.5 })
        : line([18.5, 31.5, 18.5, 42], { w: 3, s: dark(PACK, 0.2) }) +
          line([29.5, 31.5, 29.5, 42], { w: 3, s: dark(PACK, 0.2) }) +
          line([24, 32, 24, 47], { w: 1, s: dark(JACKET, 0.3) })) +
      use(back ? 'hb' : 'hf'),
    y ? `translate(0 ${y})` : undefined,
  );
  return s;
}
function avatarSide(bob: number, a: number, swing: number): string {
  const y = -bob;
  let s = ellipse(24, 60, 10, 3, INK, { s: null, o: 0.18 });
  s += leg(24, 47, 9, -a, 1) + leg(24, 47, 9, a, 1);
  s += g(
    rect(22, 33, 6, 12, dark(JACKET, 0.15), { rx: 3, t: `rotate(${swing} 25 34)` }) +
      path('M18 48V37q0-7 7-7t7 7v11Z', JACKET) +
      rect(28, 31, 10, 16, PACK, { rx: 4 }) +
      rect(30, 33, 7, 6, light(PACK, 0.3), { rx: 2, w: 1.3 }) +
      line([28, 32, 24, 42], { w: 2.5, s: dark(PACK, 0.2) }) +
      rect(21, 33, 6, 12, JACKET, { rx: 3, t: `rotate(${-swing} 24 34)` }) +
      circle(24 - Math.sin((swing * Math.PI) / 180) * 10, 45, 2.6, SKIN, { w: 1.6 }) +
      use('hs'),
    y ? `translate(0 ${y})` : undefined,
  );
  return s;
}
/** Reuse of a shape defined once in <defs> (same file), placed by an optional transform. */
const use = (id: string, t?: string): string => el('use', { href: `#${id}`, transform: t });
function avatarSheet(): string {
  // Heads are drawn once; frames 1 and 3 of each walk are the same pose; right is left mirrored.
  const heads =
    el('g', { id: 'hf' }, faceFront(24, 19)) +
    el(
      'g',
      { id: 'hb' },
      circle(24, 19, 11, SKIN) +
        path('M13 20c-2-9 4-14 11-14s13 5 11 14c0 4-2 6-4 7h-14c-2-1-4-3-4-7Z', HAIR),
    ) +
    el(
      'g',
      { id: 'hs' },
      circle(23, 19, 11, SKIN) +
        path('M12.5 19c-1-9 5-13 11-13s13 5 11 13c0 5-2 8-4 9c-1-4-2-6-4-7c-6 0-11-1-14-2Z', HAIR) +
        ellipse(16.5, 21, 1.4, 1.9, INK, { s: null }) +
        circle(16, 25.5, 1.8, '#E88B7A', { s: null, o: 0.45 }) +
        path('M12.2 24q1 1.5 3 1', 'none', { w: 1.2 }),
    );
  const steps: [number, number, number, number][] = [
    [0, 1.5, -1.5, 2],
    [1, 0, 0, 0],
    [0, -1.5, 1.5, -2],
  ];
  const side: [number, number, number][] = [
    [0, 24, 22],
    [1, 0, 0],
    [0, -24, -22],
  ];
  let defs = heads;
  steps.forEach(([bob, ll, rl, sw], c) => {
    defs += el('g', { id: `d${c}` }, avatarFront(bob, ll, rl, sw, false));
    defs += el('g', { id: `u${c}` }, avatarFront(bob, rl, ll, -sw, true));
  });
  side.forEach(([bob, a, sw], c) => {
    defs += el('g', { id: `l${c}` }, avatarSide(bob, a, sw));
  });
  let s = '';
  for (let c = 0; c < 4; c++) {
    const f = c === 3 ? 1 : c;
    s += use(`d${f}`, `translate(${c * 48} 0)`);
    s += use(`l${f}`, `translate(${c * 48} 64)`);
    s += use(`l${f}`, `translate(${c * 48 + 48} 128) scale(-1 1)`);
    s += use(`u${f}`, `translate(${c * 48} 192)`);
  }
  return svg(192, 256, s, defs);
}
function avatarChild(): string {
  return (
    ellipse(16, 37, 8, 2.4, INK, { s: null, o: 0.18 }) +
    rect(11.5, 28, 4, 8, SKIN, { rx: 2, w: 1.6 }) +
    rect(16.5, 28, 4, 8, SKIN, { rx: 2, w: 1.6 }) +
    rect(10.5, 34, 6, 3.5, SHOE, { rx: 1.7, w: 1.6 }) +
    rect(15.5, 34, 6, 3.5, SHOE, { rx: 1.7, w: 1.6 }) +
    rect(10, 25, 12, 6, '#4F6D8F', { rx: 2, w: 1.6 }) +
    rect(6, 19, 4.5, 8, YELLOW, { rx: 2, w: 1.6 }) +
    rect(21.5, 19, 4.5, 8, YELLOW, { rx: 2, w: 1.6 }) +
    circle(8.2, 27.5, 2, SKIN, { w: 1.4 }) +
    circle(23.8, 27.5, 2, SKIN, { w: 1.4 }) +
    path('M9 27v-5q0-5 7-5t7 5v5Z', YELLOW, { w: 1.8 }) +
    circle(16, 11, 8.5, SKIN, { w: 1.8 }) +
    path('M7.2 11c-1-6 3-9.5 8.8-9.5s10 3.5 8.8 9.5c-2-2-3-4-4-5c-4 3-8 3-13.6 5Z', HAIR, { w: 1.8 }) +
    circle(24.5, 5, 2.4, HAIR, { w: 1.6 }) +
    circle(12.6, 13, 1.1, INK, { s: null }) +
    circle(19.4, 13, 1.1, INK, { s: null }) +
    circle(10.5, 15.5, 1.5, '#E88B7A', { s: null, o: 0.45 }) +
    circle(21.5, 15.5, 1.5, '#E88B7A', { s: null, o: 0.45 }) +
    path('M14.5 16q1.5 1.2 3 0', 'none', { w: 1.1 })
  );
}

// ---------- hukou cards (320×440; the lower half stays plain for text) ----------
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

// ---------- scenery ----------
function tree(): string {
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
function lamp(): string {
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

// ---------- title art (1280×720) ----------
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
function titleArt(): string {
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

// ---------- write everything ----------
type Asset = ArtAsset;
const venues: Record<string, () => string> = {
  factory: vFactory,
  construction: vConstruction,
  delivery: vDelivery,
  office: vOffice,
  'civil-service': vCivil,
  'urban-village': vUrbanVillage,
  'formal-lease': vFormalLease,
  'public-rental': vPublicRental,
  'buy-flat': vBuyFlat,
  'public-school': vPublicSchool,
  'migrant-school': vMigrantSchool,
  'boarding-school': vBoardingSchool,
  clinic: vClinic,
  hospital: vHospital,
  'hukou-desk': vHukouDesk,
  'permit-office': vPermitOffice,
  'insurance-bureau': vInsurance,
  'points-office': vPoints,
  'coach-station': vCoach,
  'village-home': vVillageHome,
  farmland: vFarmland,
};

function build(): Asset[] {
  const out: Asset[] = [];
  /** Draw one asset with its root stroke width w, write it, and list it. */
  const put = (
    key: string,
    width: number,
    height: number,
    w: number,
    draw: () => string,
    frames?: Asset['frames'],
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
  put('card-back', 320, 440, 3, cardBack);
  put('card-rural', 320, 440, 3, cardRural);
  put('card-urban', 320, 440, 3, cardUrban);
  put('title-art', 1280, 720, 3, titleArt);
  put('wall-segment', 256, 96, 2.5, wallSegment);
  put('wall-crack', 256, 96, 2.5, wallCrack);
  put('tile-grass', 64, 64, 1.5, tileGrass);
  put('tile-street', 64, 64, 1.5, tileStreet);
  put('tile-plaza', 64, 64, 1.5, tilePlaza);
  put('tile-field', 64, 64, 1.5, tileField);
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
