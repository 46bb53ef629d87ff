// Family portraits: head-and-shoulders busts (96×96) in the game's flat, round-ended style,
// one per person in src/content/story.ts's PORTRAITS, each in four expressions.
// Nothing here is a type: faces differ by hair, age, clothes and small things people wear.
import { FACES, type Face, PORTRAITS, type PortraitId, portraitKey } from '../../src/content/story';
import {
  circle,
  dark,
  el,
  ellipse,
  HAIR,
  INK,
  light,
  mix,
  path,
  rect,
  SKIN,
  svg,
  WHITE,
  YELLOW,
} from './kit';

type Age = 'child' | 'teen' | 'adult' | 'elder';
type Hair =
  | 'short'
  | 'cap'
  | 'bun'
  | 'bob'
  | 'plaits'
  | 'ponytail'
  | 'clips'
  | 'spiky'
  | 'crop'
  | 'grey-short'
  | 'curly'
  | 'parted'
  | 'bald';

interface Spec {
  age: Age;
  hair: Hair;
  hairColor: string;
  skin: string;
  top: string;
  /** A second colour: collar, cap, ribbon or clip. */
  accent: string;
  glasses?: boolean;
  collar?: 'round' | 'shirt' | 'hood';
}

const GREY = '#D8D2C8';
const GREY_DARK = '#A79D92';
const SKIN_WARM = mix(SKIN, '#B07A52', 0.25);
const SKIN_LIGHT = mix(SKIN, '#FFFFFF', 0.15);

const SPECS: Record<PortraitId, Spec> = {
  'girl-plaits': {
    age: 'child',
    hair: 'plaits',
    hairColor: HAIR,
    skin: SKIN,
    top: '#E8A33D',
    accent: '#D35D6E',
  },
  'grandma-grey': {
    age: 'elder',
    hair: 'grey-short',
    hairColor: GREY,
    skin: SKIN,
    top: '#6C7FA8',
    accent: '#F3E3C3',
  },
  'boy-short': {
    age: 'child',
    hair: 'crop',
    hairColor: HAIR,
    skin: SKIN_WARM,
    top: '#3F8A8C',
    accent: WHITE,
  },
  'woman-short': {
    age: 'adult',
    hair: 'bob',
    hairColor: HAIR,
    skin: SKIN,
    top: '#B5524B',
    accent: '#F3E3C3',
  },
  'girl-ponytail': {
    age: 'teen',
    hair: 'ponytail',
    hairColor: '#3A2A20',
    skin: SKIN_LIGHT,
    top: '#4F6D8F',
    accent: WHITE,
    collar: 'shirt',
  },
  'man-cap': {
    age: 'adult',
    hair: 'cap',
    hairColor: HAIR,
    skin: SKIN_WARM,
    top: '#E0A043',
    accent: '#2F6F8F',
  },
  'girl-bob': {
    age: 'child',
    hair: 'bob',
    hairColor: '#3A2A20',
    skin: SKIN_LIGHT,
    top: '#D96C8A',
    accent: WHITE,
  },
  'boy-teen': {
    age: 'teen',
    hair: 'spiky',
    hairColor: HAIR,
    skin: SKIN,
    top: '#2F5E8C',
    accent: WHITE,
    collar: 'shirt',
  },
  'woman-bun': {
    age: 'adult',
    hair: 'bun',
    hairColor: '#3A2A20',
    skin: SKIN_WARM,
    top: '#6B8E5A',
    accent: '#F3E3C3',
  },
  'boy-cap': { age: 'child', hair: 'cap', hairColor: HAIR, skin: SKIN, top: '#C9503C', accent: '#E8C547' },
  'man-short': {
    age: 'adult',
    hair: 'short',
    hairColor: HAIR,
    skin: SKIN_WARM,
    top: '#5B6B7A',
    accent: '#3F8A8C',
  },
  'grandma-glasses': {
    age: 'elder',
    hair: 'parted',
    hairColor: GREY,
    skin: SKIN_WARM,
    top: '#8C5A7A',
    accent: '#F3E3C3',
    glasses: true,
  },
  'girl-clips': {
    age: 'child',
    hair: 'clips',
    hairColor: HAIR,
    skin: SKIN_WARM,
    top: '#5AA37A',
    accent: '#E8C547',
  },
  'grandma-curly': {
    age: 'elder',
    hair: 'curly',
    hairColor: GREY_DARK,
    skin: SKIN,
    top: '#A8643C',
    accent: '#F3E3C3',
  },
  'grandpa-bald': {
    age: 'elder',
    hair: 'bald',
    hairColor: GREY,
    skin: SKIN_WARM,
    top: '#4B4E6D',
    accent: WHITE,
    collar: 'shirt',
  },
  'boy-round': {
    age: 'child',
    hair: 'crop',
    hairColor: '#3A2A20',
    skin: SKIN_LIGHT,
    top: '#E8C547',
    accent: '#3F8A8C',
  },
  'man-glasses': {
    age: 'adult',
    hair: 'short',
    hairColor: '#3A2A20',
    skin: SKIN,
    top: '#3F8A8C',
    accent: WHITE,
    glasses: true,
    collar: 'shirt',
  },
};

const CX = 48;
const BG = light(YELLOW, 0.72);

/** Hair drawn behind the head (long hair, buns, plaits). */
function hairBack(s: Spec, cy: number): string {
  const c = s.hairColor;
  switch (s.hair) {
    case 'bob':
      return path(
        `M27 ${cy}C26 ${cy - 16} 36 ${cy - 22} 48 ${cy - 22}S70 ${cy - 16} 69 ${cy}L70 ${cy + 15}Q63 ${cy + 19} 60 ${cy + 12}H36Q33 ${cy + 19} 26 ${cy + 15}Z`,
        c,
      );
    case 'bun':
      return (
        circle(CX, cy - 23, 7.5, c) +
        path(`M28 ${cy + 2}C27 ${cy - 14} 36 ${cy - 21} 48 ${cy - 21}S69 ${cy - 14} 68 ${cy + 2}Z`, c)
      );
    case 'plaits':
      return [26.5, 69.5]
        .map(
          (x) =>
            ellipse(x, cy + 10, 4.5, 6, c) +
            ellipse(x, cy + 19, 4, 5.5, c) +
            rect(x - 4, cy + 24, 8, 3.5, s.accent, { rx: 1.5, w: 1.5 }) +
            path(`M${x - 2.5} ${cy + 27}l-1 6h7l-1-6Z`, c, { w: 1.5 }),
        )
        .join('');
    case 'ponytail':
      return path(
        `M60 ${cy - 12}C74 ${cy - 12} 78 ${cy + 2} 74 ${cy + 22}C71 ${cy + 12} 66 ${cy + 4} 60 ${cy}Z`,
        c,
      );
    case 'curly':
      return [
        [30, cy - 6],
        [66, cy - 6],
        [29, cy + 3],
        [67, cy + 3],
      ]
        .map(([x, y]) => circle(x!, y!, 6, c))
        .join('');
    default:
      return '';
  }
}

/** Hair and hats drawn over the head. */
function hairFront(s: Spec, cy: number): string {
  const c = s.hairColor;
  const parted = `M28 ${cy + 1}C27 ${cy - 15} 36 ${cy - 21} 48 ${cy - 21}S69 ${cy - 15} 68 ${cy + 1}C64 ${cy - 8} 56 ${cy - 12} 49 ${cy - 11}L48 ${cy - 16}L47 ${cy - 11}C40 ${cy - 12} 32 ${cy - 8} 28 ${cy + 1}Z`;
  switch (s.hair) {
    case 'short':
      return path(
        `M28 ${cy + 2}C26 ${cy - 14} 36 ${cy - 22} 48 ${cy - 22}S70 ${cy - 14} 68 ${cy + 2}C65 ${cy - 4} 62 ${cy - 8} 58 ${cy - 10}C52 ${cy - 6} 40 ${cy - 5} 28 ${cy + 2}Z`,
        c,
      );
    case 'crop':
      return path(
        `M29 ${cy - 1}C28 ${cy - 16} 37 ${cy - 22} 48 ${cy - 22}S68 ${cy - 16} 67 ${cy - 1}C63 ${cy - 9} 56 ${cy - 11} 48 ${cy - 11}S33 ${cy - 9} 29 ${cy - 1}Z`,
        c,
      );
    case 'spiky':
      return path(
        `M28 ${cy + 1}C25 ${cy - 16} 36 ${cy - 23} 49 ${cy - 22}C61 ${cy - 22} 70 ${cy - 15} 68 ${cy + 1}L64 ${cy - 10}L60 ${cy - 6}L56 ${cy - 13}L50 ${cy - 8}L45 ${cy - 14}L40 ${cy - 8}L34 ${cy - 12}Z`,
        c,
      );
    case 'cap':
      return (
        path(
          `M29 ${cy}C28 ${cy - 8} 30 ${cy - 10} 33 ${cy - 10}H63C66 ${cy - 10} 68 ${cy - 8} 67 ${cy}C63 ${cy - 5} 33 ${cy - 5} 29 ${cy}Z`,
          c,
        ) +
        path(
          `M28 ${cy - 8}C28 ${cy - 20} 37 ${cy - 25} 48 ${cy - 25}S68 ${cy - 20} 68 ${cy - 8}Z`,
          s.accent,
        ) +
        path(`M26 ${cy - 8}Q48 ${cy - 14} 70 ${cy - 8}Q48 ${cy - 3} 26 ${cy - 8}Z`, dark(s.accent, 0.15)) +
        circle(CX, cy - 25, 2, dark(s.accent, 0.15), { w: 1.5 })
      );
    case 'bob':
      return path(`M29 ${cy - 5}C30 ${cy - 17} 38 ${cy - 21} 48 ${cy - 21}S66 ${cy - 17} 67 ${cy - 5}Z`, c);
    case 'clips':
      return (
        path(
          `M28 ${cy + 3}C26 ${cy - 15} 36 ${cy - 21} 48 ${cy - 21}S70 ${cy - 15} 68 ${cy + 3}C66 ${cy - 5} 62 ${cy - 7} 60 ${cy - 8}C55 ${cy - 6} 41 ${cy - 6} 36 ${cy - 8}C34 ${cy - 7} 30 ${cy - 5} 28 ${cy + 3}Z`,
          c,
        ) +
        rect(33, cy - 12, 7, 3.5, s.accent, { rx: 1.5, w: 1.5, t: `rotate(-20 36 ${cy - 10})` }) +
        rect(56, cy - 12, 7, 3.5, s.accent, { rx: 1.5, w: 1.5, t: `rotate(20 60 ${cy - 10})` })
      );
    case 'grey-short':
      return (
        path(parted, c) +
        path(`M29 ${cy - 2}q-4 6 -1 12M67 ${cy - 2}q4 6 1 12`, 'none', { s: dark(c, 0.2), w: 1.5 })
      );
    case 'curly':
      return [32, 40, 48, 56, 64]
        .map((x, i) => circle(x, cy - 16 - (i === 2 ? 4 : i % 2 ? 2 : 0), 6.5, c))
        .join('');
    case 'parted':
    case 'bun':
    case 'plaits':
    case 'ponytail':
      return path(parted, c);
    case 'bald':
      return (
        path(`M29 ${cy - 2}q-2 8 1 12l3-1q-2-6 0-11Z`, c, { w: 1.5 }) +
        path(`M67 ${cy - 2}q2 8 -1 12l-3-1q2-6 0-11Z`, c, { w: 1.5 }) +
        path(`M41 ${cy - 14}q7 -2 14 0`, 'none', { s: dark(s.skin, 0.25), w: 1.3 })
      );
  }
}

/** Eyes, brows, mouth and cheeks for one expression. */
function features(face: Face, s: Spec, cy: number): string {
  const ey = cy + 2;
  const lx = 41;
  const rx = 55;
  const blush = (o: number) =>
    circle(35, ey + 7, 3, '#E88B7A', { s: null, o }) + circle(61, ey + 7, 3, '#E88B7A', { s: null, o });
  const dotEyes = (dy = 0, hi = true) =>
    ellipse(lx, ey + dy, 2, 2.7, INK, { s: null }) +
    ellipse(rx, ey + dy, 2, 2.7, INK, { s: null }) +
    (hi
      ? circle(lx + 0.7, ey + dy - 1, 0.8, WHITE, { s: null }) +
        circle(rx + 0.7, ey + dy - 1, 0.8, WHITE, { s: null })
      : '');
  const brow = (d: string) =>
    path(d, 'none', { w: 1.8, s: dark(s.hairColor === GREY ? GREY_DARK : s.hairColor, 0.1) });
  const lines =
    s.age === 'elder'
      ? path(
          `M${lx - 7} ${ey - 1}l-2 -1M${lx - 7} ${ey + 2}l-2 1M${rx + 7} ${ey - 1}l2 -1M${rx + 7} ${ey + 2}l2 1`,
          'none',
          {
            w: 1,
            s: dark(s.skin, 0.3),
          },
        )
      : '';
  let out = '';
  switch (face) {
    case 'hopeful':
      out =
        dotEyes(-0.5) +
        brow(`M${lx - 4} ${ey - 7}q4 -3 8 -1M${rx - 4} ${ey - 8}q4 -2 8 1`) +
        path(`M44 ${ey + 9}q4 3 8 0`, 'none', { w: 1.6 }) +
        blush(0.45);
      break;
    case 'happy':
      out =
        path(`M${lx - 3} ${ey + 1}q3 -4 6 0M${rx - 3} ${ey + 1}q3 -4 6 0`, 'none', { w: 1.8 }) +
        brow(`M${lx - 4} ${ey - 7}q4 -3 8 -1M${rx - 4} ${ey - 8}q4 -2 8 1`) +
        path(`M42 ${ey + 8}q6 0 12 0q-1 7 -6 7t-6 -7Z`, '#8A3B33', { w: 1.6 }) +
        path(`M45 ${ey + 13}q3 -2 6 0`, 'none', { s: '#E88B7A', w: 1.6 }) +
        blush(0.6);
      break;
    case 'worried':
      out =
        dotEyes(0.5) +
        brow(`M${lx - 4} ${ey - 5}L${lx + 4} ${ey - 8}M${rx - 4} ${ey - 8}L${rx + 4} ${ey - 5}`) +
        path(`M43 ${ey + 11}q2.5 -2.5 5 0t5 0`, 'none', { w: 1.6 }) +
        blush(0.25);
      break;
    case 'hurt':
      out =
        ellipse(lx, ey + 1.5, 2, 1.8, INK, { s: null }) +
        ellipse(rx, ey + 1.5, 2, 1.8, INK, { s: null }) +
        path(`M${lx - 3} ${ey}h6M${rx - 3} ${ey}h6`, 'none', { w: 1.5, s: dark(s.skin, 0.35) }) +
        brow(`M${lx - 4} ${ey - 4}L${lx + 4} ${ey - 8}M${rx - 4} ${ey - 8}L${rx + 4} ${ey - 4}`) +
        path(`M44 ${ey + 12}q4 -3.5 8 0`, 'none', { w: 1.6 }) +
        blush(0.2);
      break;
  }
  const glasses = s.glasses
    ? circle(lx, ey, 6, 'none', { w: 1.6 }) +
      circle(rx, ey, 6, 'none', { w: 1.6 }) +
      path(`M${lx + 6} ${ey}h2`, 'none', { w: 1.6 })
    : '';
  return out + lines + glasses;
}

function body(s: Spec): string {
  const narrow = s.age === 'child';
  const x0 = narrow ? 20 : 13;
  const x1 = 96 - x0;
  const top = narrow ? 74 : 70;
  const shirt = path(
    `M${x0} 98C${x0} ${top + 6} ${x0 + 14} ${top} 48 ${top}S${x1} ${top + 6} ${x1} 98Z`,
    s.top,
  );
  const collar =
    s.collar === 'shirt'
      ? path(`M40 ${top}L48 ${top + 9}L56 ${top}L52 ${top - 1}L48 ${top + 4}L44 ${top - 1}Z`, s.accent, {
          w: 1.6,
        })
      : path(`M40 ${top + 0.5}Q48 ${top + 8} 56 ${top + 0.5}`, 'none', { s: dark(s.top, 0.25), w: 1.8 });
  const neck = rect(43, top - 10, 10, 12, dark(s.skin, 0.06), { w: 1.8 });
  return neck + shirt + collar;
}

export function portrait(id: PortraitId, face: Face): string {
  const s = SPECS[id];
  const cy = s.age === 'child' ? 46 : 44;
  const r = s.age === 'child' ? 18.5 : 19;
  const ears =
    circle(CX - r + 0.5, cy + 3, 3.5, s.skin, { w: 1.8 }) +
    circle(CX + r - 0.5, cy + 3, 3.5, s.skin, { w: 1.8 });
  const inner =
    circle(CX, 48, 46, BG, { s: null }) +
    hairBack(s, cy) +
    body(s) +
    ears +
    circle(CX, cy, r, s.skin) +
    hairFront(s, cy) +
    features(face, s, cy);
  const clipped = el('g', { 'clip-path': 'url(#clip)' }, inner);
  return svg(
    96,
    96,
    clipped + circle(CX, 48, 46, 'none', { w: 2.5 }),
    el('clipPath', { id: 'clip' }, circle(CX, 48, 46, WHITE, { s: null })),
  );
}

/** Every portrait in every expression: its art key and how to draw it. */
export function portraits(): [string, () => string][] {
  return PORTRAITS.flatMap((id) =>
    FACES.map((f): [string, () => string] => [portraitKey(id, f), () => portrait(id, f)]),
  );
}
