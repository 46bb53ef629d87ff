// The ¾-view building blocks the venues are made of: boxes, gables, windows, doors, shadows, bushes, trees.
import { circle, dark, ellipse, GLASS, INK, LEAF, light, path, poly, rect, WOOD } from './kit';

// Receding edges go up and to the right; light comes from the upper left,
// so tops are lightest, fronts are the base colour and right sides are darker.
interface BoxOpt {
  top?: string;
  side?: string;
  noTop?: boolean;
}
/** A box whose front face is (x, y, w, h); k is the projected depth. */
export function box(
  x: number,
  y: number,
  w: number,
  h: number,
  k: number,
  base: string,
  o: BoxOpt = {},
): string {
  const dx = k / 2;
  const top = o.noTop ? '' : poly([x, y, x + dx, y - k, x + w + dx, y - k, x + w, y], o.top ?? light(base));
  const side = poly([x + w, y, x + w + dx, y - k, x + w + dx, y + h - k, x + w, y + h], o.side ?? dark(base));
  return top + side + rect(x, y, w, h, base);
}
/** Ridge parallel to the front: the front roof slope and the right gable end. */
export function gable(
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
export const shadow = (x: number, y: number, w: number): string =>
  ellipse(x + w / 2 + 6, y, w / 2 + 8, 6, INK, { s: null, o: 0.16 });
export function windows(
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
export const door = (x: number, y: number, w: number, h: number, fill = WOOD): string =>
  path(`M${x} ${y + h}V${y + 3}q0-3 3-3h${w - 6}q3 0 3 3V${y + h}Z`, fill, { w: 2 });
export function bush(x: number, y: number, r: number): string {
  return (
    circle(x - r * 0.7, y, r * 0.75, LEAF, { w: 2 }) +
    circle(x + r * 0.7, y, r * 0.75, dark(LEAF, 0.12), { w: 2 }) +
    circle(x, y - r * 0.35, r * 0.85, LEAF, { w: 2 }) +
    circle(x - r * 0.25, y - r * 0.55, r * 0.3, light(LEAF, 0.3), { s: null })
  );
}
export function smallTree(x: number, y: number, r: number): string {
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
