// Small passers-by for the map (front view, 32×48; children 24×36): neighbours, people queuing,
// children at a school gate. Plain clothes in many colours, the same drawing for everyone.
import { circle, dark, ellipse, HAIR, INK, path, rect, SHOE, SKIN, svg } from './kit';

interface Figure {
  coat: string;
  legs: string;
  hair: string;
  skin: string;
  /** A bag, a school bag or nothing. */
  carry?: 'bag' | 'satchel';
  child?: boolean;
  /** Grey hair tied back, a little stoop. */
  elder?: boolean;
}

const FIGURES: Record<string, Figure> = {
  'person-a': { coat: '#3F8A8C', legs: '#4B4E6D', hair: HAIR, skin: SKIN, carry: 'bag' },
  'person-b': { coat: '#B5524B', legs: '#5B5048', hair: '#3A2A20', skin: '#D9A57C' },
  'person-c': { coat: '#E0A043', legs: '#4B4E6D', hair: HAIR, skin: '#D9A57C', carry: 'bag' },
  'person-d': { coat: '#6B8E5A', legs: '#5B6B7A', hair: '#3A2A20', skin: SKIN },
  'person-elder': { coat: '#8C5A7A', legs: '#5B5048', hair: '#D8D2C8', skin: SKIN, elder: true },
  'child-a': { coat: '#F0C84A', legs: '#4F6D8F', hair: HAIR, skin: SKIN, carry: 'satchel', child: true },
  'child-b': {
    coat: '#D96C8A',
    legs: '#4F6D8F',
    hair: '#3A2A20',
    skin: '#D9A57C',
    carry: 'satchel',
    child: true,
  },
};

function figure(f: Figure): string {
  const k = f.child ? 0.75 : 1;
  const s = (v: number) => v * k;
  const lean = f.elder ? 1 : 0;
  const cx = s(16);
  let out = ellipse(cx, s(45), s(9), s(2.4), INK, { s: null, o: 0.18 });
  out +=
    rect(s(11), s(32), s(4.5), s(11), f.legs, { rx: s(2) }) +
    rect(s(16.5), s(32), s(4.5), s(11), f.legs, { rx: s(2) });
  out +=
    rect(s(10), s(42), s(6), s(3), SHOE, { rx: s(1.5) }) +
    rect(s(16), s(42), s(6), s(3), SHOE, { rx: s(1.5) });
  if (f.carry === 'satchel') out += rect(s(8), s(19), s(16), s(12), dark(f.coat, 0.35), { rx: s(3) });
  out += path(`M${s(9)} ${s(34)}V${s(22)}q0-${s(5)} ${s(7)}-${s(5)}t${s(7)} ${s(5)}V${s(34)}Z`, f.coat);
  out += circle(s(8.5), s(31), s(2), f.skin, { w: 1.4 }) + circle(s(23.5), s(31), s(2), f.skin, { w: 1.4 });
  if (f.carry === 'bag') out += rect(s(22), s(27), s(6), s(7), '#C9A26F', { rx: s(1.5), w: 1.4 });
  const hy = s(11) + lean;
  out += circle(cx + lean, hy, s(7), f.skin);
  out += f.elder
    ? path(`M${cx - 7.3} ${hy}c0-5 3-8 7.3-8s8 3 7.3 8c-2-2-4-3-7.3-3s-5 1-7.3 3Z`, f.hair) +
      circle(cx + lean, hy - 7.5, 2.4, f.hair, { w: 1.4 })
    : path(
        `M${cx - s(7.3)} ${hy + s(1)}c0-${s(6)} ${s(3)}-${s(9)} ${s(7.3)}-${s(9)}s${s(8)} ${s(3)} ${s(7.3)} ${s(9)}c-${s(2)}-${s(3)}-${s(4)}-${s(4)}-${s(6)}-${s(4)}c-${s(3)} ${s(2)}-${s(6)} ${s(3)}-${s(8.6)} ${s(4)}Z`,
        f.hair,
      );
  out +=
    circle(cx - s(2.6) + lean, hy + s(1.5), s(0.9), INK, { s: null }) +
    circle(cx + s(2.6) + lean, hy + s(1.5), s(0.9), INK, { s: null });
  return out;
}

/** Every passer-by: key, width, height, drawing. */
export function people(): [string, number, number, () => string][] {
  return Object.entries(FIGURES).map(([key, f]) => {
    const w = f.child ? 24 : 32;
    const h = f.child ? 36 : 48;
    return [key, w, h, () => svg(w, h, figure(f))];
  });
}
