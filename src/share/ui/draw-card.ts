// Draws the outcome card with Canvas 2D: pure, given a context, the card's words and loaded art.
// Two sizes: 1200×630 for link previews, 1080×1920 for phone stories (250 px kept clear top and bottom).
import type { Language } from '../../rules/types';

export type CardSize = 'link' | 'story';
export const CARD_SIZES: Record<CardSize, { width: number; height: number }> = {
  link: { width: 1200, height: 630 },
  story: { width: 1080, height: 1920 },
};
/** Stories cover the top and bottom of a phone screen with the app's own bars. */
export const STORY_SAFE = 250;

export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
export type Art = Partial<Record<ArtKey, CanvasImageSource>> & {
  /** The family's portraits, drawn in a row over the foot of the registration card. */
  portraits?: CanvasImageSource[];
};
export const ART_FILES = {
  rural: 'card-rural.svg',
  urban: 'card-urban.svg',
  money: 'icon-money.svg',
  health: 'icon-health.svg',
  family: 'icon-family.svg',
  insuranceMonths: 'icon-insurance.svg',
  wall: 'icon-wall.svg',
  twin: 'icon-twin.svg',
  segment: 'wall-segment.svg',
} as const;
export type ArtKey = keyof typeof ART_FILES;

/** Every word on the card, already in the card's language. */
export interface CardView {
  lang: Language;
  game: string;
  title: string;
  registration: string;
  kind: string;
  policy: string | null;
  headline: string;
  ended: string;
  figures: { id: ArtKey; label: string; text: string; twin: string | null }[];
  twinHeading: string;
  twin: string | null;
  wallsHeading: string;
  walls: string[];
  link: string;
}

const CREAM = '#FFF4E0';
const INK = '#3B2F2F';
const SOFT = '#6B5A50';
const PAPER = '#FFFDF7';
const SAND = '#EADCC2';
/** Okabe–Ito: orange for rural, blue for urban, always beside the registration's name. */
const KIND = { rural: { fill: '#E69F00', text: INK }, urban: { fill: '#0072B2', text: '#FFFFFF' } };
const CJK = '"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif';
const LATIN = 'system-ui,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans",sans-serif';

const font = (lang: Language, size: number, weight = 400) =>
  `${weight} ${size}px ${lang === 'zh-Hans' ? CJK : `${LATIN},${CJK}`}`;

// Han characters and full-width punctuation break anywhere; Latin words break at spaces; a number
// keeps the Han character after it ("4个").
const TOKENS =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+[\u2e80-\u9fff]?|\s+/g;
const NO_LINE_START = /^[，。、：；！？）」』》〉,.;:!?)\]—]/;

/** Greedy line breaking that keeps closing punctuation off the start of a line. */
export function wrap(ctx: Ctx2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const tok of text.match(TOKENS) ?? []) {
    const next = line + tok;
    if (line.trim() === '' || ctx.measureText(next.trimEnd()).width <= width || NO_LINE_START.test(tok)) {
      line = line.trim() === '' ? tok.trimStart() : next;
      continue;
    }
    lines.push(line.trimEnd());
    line = tok.trimStart();
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

interface Block {
  size: number;
  lines: string[];
}

/** The largest size (down to min) at which text fits in maxLines; the last line gets "…" if it never does. */
function fitBlock(
  ctx: Ctx2D,
  lang: Language,
  text: string,
  w: number,
  lines: number,
  max: number,
  min: number,
  weight = 400,
): Block {
  for (let size = max; size >= min; size -= 2) {
    ctx.font = font(lang, size, weight);
    const l = wrap(ctx, text, w);
    if (l.length <= lines) return { size, lines: l };
  }
  ctx.font = font(lang, min, weight);
  const l = wrap(ctx, text, w).slice(0, lines);
  let last = l[lines - 1] ?? '';
  while (last && ctx.measureText(`${last}…`).width > w) last = last.slice(0, -1);
  l[lines - 1] = `${last}…`;
  return { size: min, lines: l };
}

/** Writes a fitted block at (x, y) (top of the first line); returns the y below it. */
interface TextOptions {
  lines: number;
  max: number;
  min?: number;
  weight?: number;
  color?: string;
  lead?: number;
  /** Shrink down to this size to keep the text on one line before wrapping it. */
  oneLine?: number;
  /** Measure only: say where the block would end without painting it. */
  dry?: boolean;
}

function text(ctx: Ctx2D, v: CardView, s: string, x: number, y: number, w: number, o: TextOptions): number {
  const one = o.oneLine ? fitBlock(ctx, v.lang, s, w, 1, o.max, o.oneLine, o.weight) : null;
  const b =
    one && !one.lines[0]?.endsWith('…')
      ? one
      : fitBlock(ctx, v.lang, s, w, o.lines, o.max, o.min ?? Math.round(o.max * 0.7), o.weight);
  ctx.font = font(v.lang, b.size, o.weight);
  ctx.fillStyle = o.color ?? INK;
  ctx.textBaseline = 'top';
  const lead = Math.round(b.size * (o.lead ?? 1.3));
  if (!o.dry) b.lines.forEach((line, i) => ctx.fillText(line, x, y + i * lead));
  return y + b.lines.length * lead;
}

function round(
  ctx: Ctx2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
  fill: string,
  stroke = INK,
) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = 3;
  ctx.strokeStyle = stroke;
  ctx.stroke();
}

function image(ctx: Ctx2D, img: CanvasImageSource | undefined, x: number, y: number, w: number, h: number) {
  if (img) ctx.drawImage(img, x, y, w, h);
}

/** A repeated wall strip: the game's motif, as decoration. */
function wallStrip(ctx: Ctx2D, art: Art, y: number, width: number, h: number) {
  const seg = art.segment;
  if (!seg) {
    ctx.fillStyle = SAND;
    ctx.fillRect(0, y, width, h);
    return;
  }
  const w = (256 / 96) * h;
  for (let x = 0; x < width; x += w) ctx.drawImage(seg, x, y, w, h);
}

/** The registration's name on its Okabe–Ito colour, up to three lines; returns the y below it. */
function chip(ctx: Ctx2D, v: CardView, x: number, y: number, maxW: number, size: number): number {
  const k = KIND[v.kind as keyof typeof KIND] ?? { fill: SAND, text: INK };
  const pad = Math.round(size * 0.7);
  const label = fitBlock(ctx, v.lang, v.registration, maxW - pad * 2, 3, size, Math.round(size * 0.8), 700);
  ctx.font = font(v.lang, label.size, 700);
  const widest = Math.max(...label.lines.map((l) => ctx.measureText(l).width));
  const lead = Math.round(label.size * 1.25);
  const w = Math.min(maxW, widest + pad * 2);
  const h = label.lines.length * lead + Math.round(size * 0.7);
  round(ctx, x, y, w, h, Math.min(h / 2, size), k.fill);
  ctx.fillStyle = k.text;
  ctx.textBaseline = 'middle';
  label.lines.forEach((l, i) => ctx.fillText(l, x + pad, y + Math.round(size * 0.35) + lead * (i + 0.5) + 1));
  return y + h;
}

/** The registration card's illustration (its top part: the lower part holds the lottery's words). */
function cardArt(ctx: Ctx2D, img: CanvasImageSource | undefined, x: number, y: number, w: number): number {
  const h = Math.round((w * 224) / 308);
  if (!img) return y;
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 18);
  ctx.clip();
  ctx.drawImage(img, 6, 6, 308, 224, x, y, w, h);
  ctx.restore();
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 18);
  ctx.lineWidth = 4;
  ctx.strokeStyle = INK;
  ctx.stroke();
  return y + h;
}

/** The family's round portraits in an overlapping row along the foot of the card art (ending at y). */
function familyRow(ctx: Ctx2D, art: Art, x: number, y: number, w: number, size: number): void {
  const faces = art.portraits ?? [];
  if (faces.length === 0) return;
  const step = Math.min(size * 0.8, (w - size - 16) / Math.max(1, faces.length - 1));
  faces.forEach((img, i) => {
    const cx = x + 8 + size / 2 + i * step;
    const cy = y - size / 2 - 8;
    ctx.save();
    ctx.beginPath();
    ctx.arc(cx, cy, size / 2, 0, Math.PI * 2);
    ctx.fillStyle = PAPER;
    ctx.fill();
    ctx.drawImage(img, cx - size / 2, cy - size / 2, size, size);
    ctx.lineWidth = 3;
    ctx.strokeStyle = INK;
    ctx.stroke();
    ctx.restore();
  });
}

function figureTile(
  ctx: Ctx2D,
  v: CardView,
  art: Art,
  f: CardView['figures'][number],
  x: number,
  y: number,
  w: number,
  h: number,
  s: number,
) {
  round(ctx, x, y, w, h, 16, PAPER);
  const icon = Math.round(s * 1.6);
  image(ctx, art[f.id], x + 14, y + 14, icon, icon);
  text(ctx, v, f.label, x + 22 + icon, y + 14, w - 36 - icon, {
    lines: 2,
    max: Math.round(s * 0.75),
    color: SOFT,
    lead: 1.15,
  });
  const vy = text(ctx, v, f.text, x + 16, y + 22 + icon, w - 32, {
    lines: 1,
    max: Math.round(s * 1.35),
    weight: 700,
  });
  if (f.twin)
    text(ctx, v, f.twin, x + 16, vy + 2, w - 32, { lines: 1, max: Math.round(s * 0.72), color: SOFT });
}

/** The twin's line and the walls hit, each under an icon and a heading; returns the y below them. */
function twinAndWalls(
  ctx: Ctx2D,
  v: CardView,
  art: Art,
  { x, y, w }: { x: number; y: number; w: number },
  s: number,
  lines: [number, number],
  dry = false,
): number {
  const icon = Math.round(s * 1.5);
  const head = (img: CanvasImageSource | undefined, words: string, at: number) => {
    if (!dry) image(ctx, img, x, at, icon, icon);
    const hy = text(ctx, v, words, x + icon + 12, at + (icon - s * 1.2) / 2, w - icon - 12, {
      lines: 1,
      max: s,
      weight: 700,
      dry,
    });
    return Math.max(hy, at + icon) + 6;
  };
  const body = { max: s, min: Math.round(s * 0.75), dry };
  if (v.twin)
    y = text(ctx, v, v.twin, x, head(art.twin, v.twinHeading, y), w, { ...body, lines: lines[0] }) + s * 0.6;
  const walls = v.walls.join(v.lang === 'zh-Hans' ? '；' : ' · ');
  return text(ctx, v, walls, x, head(art.wall, v.wallsHeading, y), w, { ...body, lines: lines[1] });
}

/** Draws the twin and the walls at the largest size (from max down) at which they end above `limit`. */
function fitTwinAndWalls(
  ctx: Ctx2D,
  v: CardView,
  art: Art,
  box: { x: number; y: number; w: number },
  fit: { max: number; lines: [number, number]; limit: number },
): void {
  const min = Math.round(fit.max * 0.75);
  let s = fit.max;
  while (s > min && twinAndWalls(ctx, v, art, box, s, fit.lines, true) > fit.limit) s -= 1;
  twinAndWalls(ctx, v, art, box, s, fit.lines);
}

function drawLink(ctx: Ctx2D, v: CardView, art: Art) {
  const { width: W, height: H } = CARD_SIZES.link;
  const band = 40;
  wallStrip(ctx, art, 0, W, band);
  // The registration column, centred between the wall and the footer.
  const chipH = 92;
  const colTop = Math.round(band + (H - 44 - band - (174 + 18 + chipH)) / 2);
  const artBottom = cardArt(ctx, art[v.kind as ArtKey], 48, colTop, 240);
  familyRow(ctx, art, 48, artBottom, 240, 72);
  let ly = chip(ctx, v, 48, artBottom + 18, 240, 24) + 12;
  if (v.policy) ly = text(ctx, v, v.policy, 48, ly, 240, { lines: 2, max: 18, color: SOFT });
  const x = 324;
  const w = W - x - 48;
  let y = text(ctx, v, v.title, x, band + 22, w, { lines: 1, max: 32, weight: 700 }) + 4;
  y = text(ctx, v, v.headline, x, y, w, { lines: 1, max: 44, weight: 800 });
  y = text(ctx, v, v.ended, x, y + 2, w, { lines: 1, max: 24, color: SOFT }) + 16;
  const gap = 14;
  const tw = (w - gap * 3) / 4;
  v.figures.forEach((f, i) => {
    figureTile(ctx, v, art, f, x + i * (tw + gap), y, tw, 132, 20);
  });
  const ty = y + 132 + 16;
  fitTwinAndWalls(ctx, v, art, { x, y: ty, w }, { max: 19, lines: [2, 2], limit: H - 56 });
  ctx.fillStyle = INK;
  ctx.fillRect(0, H - 44, W, 44);
  text(ctx, v, `${v.game} · ${v.link}`, 48, H - 34, W - 96, { lines: 1, max: 20, color: CREAM, weight: 600 });
}

function drawStory(ctx: Ctx2D, v: CardView, art: Art) {
  const { width: W, height: H } = CARD_SIZES.story;
  const top = STORY_SAFE + 16;
  const bottom = H - STORY_SAFE - 16;
  const x = 72;
  const w = W - x * 2;
  text(ctx, v, v.game, x, top, w, { lines: 1, max: 44, weight: 800 });
  wallStrip(ctx, art, top + 66, W, 64);
  let y = text(ctx, v, v.title, x, top + 156, w, { lines: 2, max: 56, weight: 700 }) + 24;
  const artBottom = cardArt(ctx, art[v.kind as ArtKey], x, y, 340);
  familyRow(ctx, art, x, artBottom, 340, 104);
  const rx = x + 372;
  const rw = w - 372;
  let ry = chip(ctx, v, rx, y, rw, 30) + 24;
  if (v.policy) ry = text(ctx, v, v.policy, rx, ry, rw, { lines: 2, max: 26, color: SOFT }) + 10;
  ry = text(ctx, v, v.headline, rx, ry, rw, { lines: 3, max: 60, weight: 800, lead: 1.15, oneLine: 40 }) + 8;
  ry = text(ctx, v, v.ended, rx, ry, rw, { lines: 2, max: 34, color: SOFT });
  y = Math.max(artBottom, ry) + 40;
  const gap = 24;
  const th = 196;
  const tw = (w - gap) / 2;
  v.figures.forEach((f, i) => {
    figureTile(ctx, v, art, f, x + (i % 2) * (tw + gap), y + Math.floor(i / 2) * (th + gap), tw, th, 34);
  });
  y += 2 * th + gap + 44;
  const limit = bottom - 84;
  fitTwinAndWalls(ctx, v, art, { x, y, w }, { max: 34, lines: [5, 3], limit });
  ctx.fillStyle = SAND;
  ctx.fillRect(x, bottom - 64, w, 3);
  text(ctx, v, v.link, x, bottom - 44, w, { lines: 1, max: 30, color: SOFT, weight: 600 });
}

/** Paints the whole card on a context whose canvas has the size's width and height. */
export function drawCard(ctx: Ctx2D, size: CardSize, v: CardView, art: Art): void {
  const { width, height } = CARD_SIZES[size];
  ctx.save();
  ctx.fillStyle = CREAM;
  ctx.fillRect(0, 0, width, height);
  ctx.textAlign = 'left';
  if (size === 'link') drawLink(ctx, v, art);
  else drawStory(ctx, v, art);
  ctx.restore();
}
