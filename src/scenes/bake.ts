// Bakes the map's still parts (ground, trees, buildings) into one texture once, so that each frame
// draws one image instead of hundreds of shapes: on a CPU-only Canvas renderer that is the
// difference between a few frames a second and a smooth walk (docs/performance.md).
import type Phaser from 'phaser';

const MARGIN = 160; // buildings and icons reach above and beside their tiles

/** Draws `objects` (in depth order) into a texture of the map's size, destroys them, and shows the texture. */
export function bakeStill(
  scene: Phaser.Scene,
  objects: Phaser.GameObjects.GameObject[],
  width: number,
  height: number,
): Phaser.GameObjects.Image | null {
  const key = 'city-still';
  if (scene.textures.exists(key)) scene.textures.remove(key);
  const texture = scene.textures.addDynamicTexture(key, width + 2 * MARGIN, height + 2 * MARGIN);
  if (!texture) return null;
  const ordered = objects
    .map((o, i) => ({ o, i, depth: (o as unknown as { depth?: number }).depth ?? 0 }))
    .sort((a, b) => a.depth - b.depth || a.i - b.i)
    .map((x) => x.o);
  // Objects keep their own positions (draw's x, y would replace them); the camera adds the margin.
  texture.camera.setScroll(-MARGIN, -MARGIN);
  texture.draw(ordered);
  texture.render();
  for (const o of objects) o.destroy();
  return scene.add.image(-MARGIN, -MARGIN, key).setOrigin(0).setDepth(-1);
}
