// Emblems shared by venues, icons and cards: booklet, permit, shield, star, cross, tally, wheat, tower, key.
import {
  BLUE,
  circle,
  dark,
  ellipse,
  GREEN,
  light,
  line,
  PURPLE,
  path,
  poly,
  r1,
  rect,
  SKY,
  SW,
  VERM,
  WHITE,
  YELLOW,
} from './kit';

/** Household booklet: a closed booklet with a round seal. s = height. */
export function emblemBooklet(cx: number, cy: number, s: number, fill = '#A9473A'): string {
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
export function emblemCard(cx: number, cy: number, w: number, fill = SKY): string {
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
export function emblemShield(cx: number, cy: number, h: number, fill = BLUE, inner?: string): string {
  const w = h * 0.84;
  const x = cx - w / 2;
  const y = cy - h / 2;
  const d = `M${cx} ${y}L${x + w} ${y + h * 0.16}V${y + h * 0.48}C${x + w} ${y + h * 0.78} ${cx + w * 0.2} ${y + h * 0.92} ${cx} ${y + h}C${cx - w * 0.2} ${y + h * 0.92} ${x} ${y + h * 0.78} ${x} ${y + h * 0.48}V${y + h * 0.16}Z`;
  const half = `M${cx} ${y}L${x + w} ${y + h * 0.16}V${y + h * 0.48}C${x + w} ${y + h * 0.78} ${cx + w * 0.2} ${y + h * 0.92} ${cx} ${y + h}Z`;
  return path(d, fill) + path(half, dark(fill, 0.22), { s: null }) + path(d, 'none') + (inner ?? '');
}
export function starPts(cx: number, cy: number, R: number, r: number, n = 5): number[] {
  const p: number[] = [];
  for (let i = 0; i < n * 2; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / n;
    const rr = i % 2 === 0 ? R : r;
    p.push(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
  }
  return p;
}
export const emblemStar = (cx: number, cy: number, R: number, fill = YELLOW): string =>
  poly(starPts(cx, cy, R, R * 0.48), fill);
/** Round sign with a plus: the clinic / hospital / medical-insurance mark. */
export function emblemCross(cx: number, cy: number, r: number, fill = SKY, plus = WHITE): string {
  const a = r * 0.62;
  const b = r * 0.22;
  const d = `M${cx - b} ${cy - a}h${2 * b}v${a - b}h${a - b}v${2 * b}h${b - a}v${a - b}h${-2 * b}v${b - a}h${b - a}v${-2 * b}h${a - b}Z`;
  return circle(cx, cy, r, fill) + path(d, plus, { w: Math.max(1.2, SW * 0.6) });
}
/** Tally marks: four strokes and a bar, on a board. */
export function emblemTally(cx: number, cy: number, w: number, fill = WHITE): string {
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
export function wheat(cx: number, cy: number, s: number, fill = YELLOW): string {
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
export function tower(cx: number, cy: number, s: number, fill = SKY): string {
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
export function houseKey(x: number, y: number, len: number, fill = PURPLE): string {
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
