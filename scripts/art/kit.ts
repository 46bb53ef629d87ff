// The art script's palette and tiny SVG toolkit, shared by every module that draws.
// ---------- palette ----------
// Okabe–Ito colours carry meaning; everything else is a warm neutral.
export const INK = '#3B2F2F';
export const CREAM = '#FFF4E0';
export const SAND = '#F6E7C8';
export const ORANGE = '#E69F00'; // work, wages
export const SKY = '#56B4E9'; // health care, city air
export const GREEN = '#009E73'; // rural hukou, land, home, "met"
export const YELLOW = '#F0E442'; // schooling, family, harvest
export const BLUE = '#0072B2'; // urban hukou, offices, documents
export const VERM = '#D55E00'; // walls, "unmet"
export const PURPLE = '#CC79A7'; // housing, residence

export const WHITE = '#FFFDF7';
export const STONE = '#ECE0CA';
export const TAN = '#E6C9A2';
export const BRICK = '#CF8A6C';
export const CONCRETE = '#D4CBBE';
export const CARDBOARD = '#D9A86C';
export const WOOD = '#B47A4E';
export const LEAF = '#86B25F';
export const SOIL = '#C9A26F';
export const TILE = '#8C8796';
export const SKIN = '#E4B48A';
export const HAIR = '#4A3426';
export const SHOE = '#5A4030'; // the avatar's and every passer-by's shoes

// ---------- tiny SVG toolkit ----------
export type Attrs = Record<string, string | number | undefined>;
export const r1 = (v: number): number => Math.round(v * 10) / 10;
export function attrs(a: Attrs): string {
  let s = '';
  for (const [k, v] of Object.entries(a)) {
    if (v !== undefined) s += ` ${k}="${typeof v === 'number' ? r1(v) : v}"`;
  }
  return s;
}
export const el = (tag: string, a: Attrs, inner?: string): string =>
  inner === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${inner}</${tag}>`;

/** Stroke width used by shape helpers; each asset family sets its own. */
export let SW = 2.5;
export interface Paint {
  /** stroke colour; null for none */
  s?: string | null;
  w?: number;
  o?: number;
  rx?: number;
  t?: string;
}
/** The root <svg> sets stroke INK at ROOT_W, so most shapes need no stroke attributes at all. */
export let ROOT_W = 2.5;
/** Start an asset: its root stroke width and the helpers' default. */
export function begin(w: number): void {
  ROOT_W = w;
  SW = w;
}
export function paint(fill: string, p: Paint): Attrs {
  const noStroke = p.s === null;
  const w = p.w ?? SW;
  return {
    fill,
    stroke: noStroke ? 'none' : p.s && p.s !== INK ? p.s : undefined,
    'stroke-width': noStroke || r1(w) === r1(ROOT_W) ? undefined : w,
    opacity: p.o,
    transform: p.t,
  };
}
export const pts = (p: number[]): string => p.map(r1).join(' ');
export const rect = (x: number, y: number, w: number, h: number, fill: string, p: Paint = {}): string =>
  el('rect', { x, y, width: w, height: h, rx: p.rx, ...paint(fill, p) });
export const circle = (cx: number, cy: number, r: number, fill: string, p: Paint = {}): string =>
  el('circle', { cx, cy, r, ...paint(fill, p) });
export const ellipse = (
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  fill: string,
  p: Paint = {},
): string => el('ellipse', { cx, cy, rx, ry, ...paint(fill, p) });
export const poly = (p: number[], fill: string, o: Paint = {}): string =>
  el('polygon', { points: pts(p), ...paint(fill, o) });
export const path = (d: string, fill: string, o: Paint = {}): string => el('path', { d, ...paint(fill, o) });
export const line = (p: number[], o: Paint = {}): string =>
  el('polyline', { points: pts(p), ...paint('none', o) });
export const g = (inner: string, t?: string, o?: number): string =>
  el('g', { transform: t, opacity: o }, inner);

export function svg(w: number, h: number, body: string, defs = ''): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"` +
    ` stroke="${INK}" stroke-width="${ROOT_W}" stroke-linejoin="round" stroke-linecap="round">${defs ? `<defs>${defs}</defs>` : ''}${body}</svg>`
  );
}

// ---------- colour helpers ----------
export function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
export function mix(a: string, b: string, t: number): string {
  const x = rgb(a);
  const y = rgb(b);
  const c = x.map((v, i) => Math.round(v + ((y[i] ?? 0) - v) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}
export const light = (c: string, t = 0.35): string => mix(c, '#FFFFFF', t);
export const dark = (c: string, t = 0.2): string => mix(c, INK, t);
export const GLASS = light(SKY, 0.6);
/** Set the shape helpers' default stroke width (an importer cannot assign SW itself). */
export function setSW(w: number): void {
  SW = w;
}
