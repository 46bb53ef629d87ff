// The 21 venue buildings of the city map (128×128, ¾ view), and the coach the title scene reuses.
import { box, bush, door, gable, shadow, smallTree, windows } from './blocks';
import {
  emblemBooklet,
  emblemCard,
  emblemCross,
  emblemShield,
  emblemStar,
  emblemTally,
  houseKey,
} from './emblems';
import {
  BLUE,
  BRICK,
  CARDBOARD,
  CONCRETE,
  CREAM,
  circle,
  dark,
  ellipse,
  GLASS,
  GREEN,
  INK,
  LEAF,
  light,
  line,
  mix,
  ORANGE,
  PURPLE,
  path,
  poly,
  rect,
  SKY,
  SOIL,
  STONE,
  TAN,
  TILE,
  VERM,
  WHITE,
  WOOD,
  YELLOW,
} from './kit';

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

export function vOffice(): string {
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

export function vFormalLease(): string {
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
export function vPublicSchool(): string {
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

export function bus(x: number, y: number, w: number, h: number, body = CREAM, stripe = GREEN): string {
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

export function vVillageHome(): string {
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

export function vFarmland(): string {
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

/** Every venue kind the levels use, by key. */
export const venues: Record<string, () => string> = {
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
