// Draws the level's ground: districts as tinted blocks with streets between them, trees and
// lamps for warmth, each venue as a building with its label. Art when loaded, Graphics if not.
import type Phaser from 'phaser';
import type { Level, Venue } from '../rules/types';
import { GROUND, ROOF, TILE, venueGroup } from '../ui/palette';

export { TILE, venueGroup } from '../ui/palette';

/** The page's font stack, CJK faces included, so Chinese labels render in a Chinese face. */
const LABEL_FONT =
  'system-ui, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
/** Labels are drawn at the screen's pixel density (and up-scaled on zoomed-out maps), so not blurry. */
const labelResolution = () => Math.min(4, Math.ceil((window.devicePixelRatio || 1) * 1.5));

export function doorOf(v: Venue): { x: number; y: number } {
  return { x: (v.x + 0.5) * TILE, y: (v.y + 0.5) * TILE };
}

/** A tiny deterministic hash so the trees stand in the same places on every visit. */
function hash(a: number, b: number): number {
  const v = Math.sin(a * 12.9898 + b * 78.233) * 43758.5453;
  return v - Math.floor(v);
}

export function drawGround(scene: Phaser.Scene, level: Level): void {
  const W = level.city.width * TILE;
  const H = level.city.height * TILE;
  const art = scene.textures.exists('tile-street') && scene.textures.exists('tile-grass');
  if (art) scene.add.tileSprite(0, 0, W, H, 'tile-street').setOrigin(0);
  const g = scene.add.graphics();
  if (!art) g.fillStyle(0xe2d3b5, 1).fillRect(0, 0, W, H); // streets show between the districts
  const tiles = ['tile-grass', 'tile-plaza', 'tile-field'];
  level.districts.forEach((d, i) => {
    const pad = 10;
    const rect = [d.x * TILE + pad, d.y * TILE + pad, d.w * TILE - 2 * pad, d.h * TILE - 2 * pad] as const;
    if (art) {
      const key = tiles[i % tiles.length]!;
      scene.add
        .tileSprite(rect[0], rect[1], rect[2], rect[3], scene.textures.exists(key) ? key : 'tile-grass')
        .setOrigin(0);
      g.fillStyle(GROUND[i % GROUND.length]!, 0.45);
    } else g.fillStyle(GROUND[i % GROUND.length]!, 1);
    g.fillRoundedRect(...rect, 18);
  });
  // Dashed centre lines on the streets along district edges.
  g.lineStyle(3, 0xfaf4e6, 1);
  for (const d of level.districts) {
    for (let x = d.x * TILE + 20; x < (d.x + d.w) * TILE - 20; x += 36) {
      if (d.y > 0) g.lineBetween(x, d.y * TILE, x + 16, d.y * TILE);
    }
    for (let y = d.y * TILE + 20; y < (d.y + d.h) * TILE - 20; y += 36) {
      if (d.x > 0) g.lineBetween(d.x * TILE, y, d.x * TILE, y + 16);
    }
  }
  const taken = new Set(
    level.venues.flatMap((v) => [
      `${v.x},${v.y}`,
      `${v.x},${v.y - 1}`,
      `${v.x + 1},${v.y}`,
      `${v.x - 1},${v.y}`,
    ]),
  );
  for (let x = 0; x < level.city.width; x++) {
    for (let y = 0; y < level.city.height; y++) {
      if (taken.has(`${x},${y}`)) continue;
      const r = hash(x, y);
      const px = (x + 0.5) * TILE;
      const py = (y + 0.5) * TILE;
      if (r < 0.07) drawTree(scene, g, px, py);
      else if (r > 0.975) drawLamp(scene, g, px, py);
    }
  }
}

function drawTree(scene: Phaser.Scene, g: Phaser.GameObjects.Graphics, x: number, y: number): void {
  if (scene.textures.exists('tree')) {
    scene.add.image(x, y, 'tree').setDisplaySize(56, 56).setOrigin(0.5, 0.8);
    return;
  }
  g.fillStyle(0x8a6a4a, 1).fillRect(x - 3, y, 6, 14);
  g.fillStyle(0x009e73, 1).fillCircle(x, y - 6, 16);
  g.fillStyle(0x3fb58f, 1).fillCircle(x - 5, y - 10, 8);
}

function drawLamp(scene: Phaser.Scene, g: Phaser.GameObjects.Graphics, x: number, y: number): void {
  if (scene.textures.exists('lamp')) {
    scene.add.image(x, y, 'lamp').setDisplaySize(24, 48).setOrigin(0.5, 0.9);
    return;
  }
  g.fillStyle(0x5a4a3a, 1).fillRect(x - 2, y - 22, 4, 30);
  g.fillStyle(0xf0e442, 1).fillCircle(x, y - 24, 7);
}

/** A venue: building (art or drawn), door mat and a readable label. Returns the label. */
export function drawVenue(scene: Phaser.Scene, v: Venue, label: string): Phaser.GameObjects.Text {
  const { x, y } = doorOf(v);
  const group = venueGroup(v);
  const key = `venue-${v.kind}`;
  if (scene.textures.exists(key)) {
    scene.add
      .image(x, y + TILE * 0.35, key)
      .setOrigin(0.5, 1)
      .setDisplaySize(TILE * 1.8, TILE * 1.8);
    if (scene.textures.exists(`icon-${v.kind}`)) {
      const g = scene.add.graphics().setDepth(4);
      g.fillStyle(0xfffaf0, 1)
        .fillCircle(x + 46, y - 88, 22)
        .lineStyle(3, ROOF[group] ?? 0x3b2f2f, 1)
        .strokeCircle(x + 46, y - 88, 22);
      scene.add
        .image(x + 46, y - 88, `icon-${v.kind}`)
        .setDisplaySize(30, 30)
        .setDepth(4);
    }
  } else {
    const g = scene.add.graphics();
    g.fillStyle(0x3b2f2f, 0.15).fillRoundedRect(x - 50, y - 58, 104, 84, 10);
    g.fillStyle(0xfffaf0, 1).fillRoundedRect(x - 52, y - 62, 104, 84, 10);
    g.lineStyle(3, 0x3b2f2f, 1).strokeRoundedRect(x - 52, y - 62, 104, 84, 10);
    g.fillStyle(ROOF[group] ?? 0x0072b2, 1).fillRoundedRect(x - 58, y - 74, 116, 26, 8);
    g.lineStyle(3, 0x3b2f2f, 1).strokeRoundedRect(x - 58, y - 74, 116, 26, 8);
    g.fillStyle(0x6b4f3f, 1).fillRoundedRect(x - 12, y - 8, 24, 30, 4);
    g.fillStyle(0xd3e9f5, 1)
      .fillRect(x - 40, y - 40, 18, 16)
      .fillRect(x + 22, y - 40, 18, 16);
  }
  return scene.add
    .text(x, y + 30, label, {
      fontFamily: LABEL_FONT,
      resolution: labelResolution(),
      fontSize: '16px',
      color: '#3b2f2f',
      backgroundColor: '#fffaf0',
      padding: { x: 8, y: 4 },
      align: 'center',
    })
    .setOrigin(0.5, 0)
    .setDepth(5);
}

export function drawDistrictLabels(
  scene: Phaser.Scene,
  level: Level,
  name: (id: string) => string,
): Phaser.GameObjects.Text[] {
  return level.districts.map((d) =>
    scene.add
      .text(d.x * TILE + 24, d.y * TILE + 20, name(d.id), {
        fontFamily: LABEL_FONT,
        resolution: labelResolution(),
        fontSize: '18px',
        fontStyle: 'bold',
        color: '#5a463c',
      })
      .setDepth(4),
  );
}
