// The player's avatar, a 192×256 walk-cycle sheet (down, left, right, up × 4 frames of 48×64), and their child.
import {
  circle,
  dark,
  el,
  ellipse,
  g,
  HAIR,
  INK,
  light,
  line,
  path,
  rect,
  SHOE,
  SKIN,
  svg,
  YELLOW,
} from './kit';

// The traveller's clothes; the title scene's walkers wear the same trousers and pack.
const JACKET = '#3F8A8C';
export const TROUSERS = '#4B4E6D';
export const PACK = '#E0A043';

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
export function avatarSheet(): string {
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
export function avatarChild(): string {
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
