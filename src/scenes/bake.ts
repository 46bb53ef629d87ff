// Bakes the map's still parts (ground, trees, buildings, labels) into one texture at the camera's zoom, so
// that each frame copies one image pixel for pixel instead of drawing hundreds of shapes and
// scaling them: on a CPU-only Canvas renderer that is what keeps walking smooth (docs/performance.md).
import type Phaser from 'phaser';

const MARGIN = 160; // buildings and icons reach above and beside their tiles
const KEY = 'city-still';

export class StillLayer {
  private image: Phaser.GameObjects.Image | null = null;
  private zoom = 0;
  private readonly objects: Phaser.GameObjects.GameObject[];

  constructor(
    private scene: Phaser.Scene,
    objects: Phaser.GameObjects.GameObject[],
    private width: number,
    private height: number,
  ) {
    this.objects = objects
      .map((o, i) => ({ o, i, depth: (o as unknown as { depth?: number }).depth ?? 0 }))
      .sort((a, b) => a.depth - b.depth || a.i - b.i)
      .map((x) => x.o);
  }

  /** (Re)draws the still objects at `zoom` (or again when `force`, e.g. new label texts); they stay hidden. */
  bake(zoom: number, force = false): void {
    if (!force && Math.abs(zoom - this.zoom) < 0.001) return;
    this.zoom = zoom;
    const { scene } = this;
    this.image?.destroy();
    if (scene.textures.exists(KEY)) scene.textures.remove(KEY);
    const w = Math.ceil((this.width + 2 * MARGIN) * zoom);
    const h = Math.ceil((this.height + 2 * MARGIN) * zoom);
    const texture = scene.textures.addDynamicTexture(KEY, w, h);
    if (!texture) return;
    const visible = (v: boolean) => {
      for (const o of this.objects) (o as unknown as Phaser.GameObjects.Components.Visible).setVisible(v);
    };
    visible(true);
    // Objects keep their own positions (draw's x, y would replace them); the camera adds the margin.
    texture.camera.setOrigin(0, 0).setZoom(zoom).setScroll(-MARGIN, -MARGIN);
    texture.draw(this.objects);
    texture.render();
    visible(false);
    this.image = scene.add
      .image(-MARGIN, -MARGIN, KEY)
      .setOrigin(0)
      .setScale(1 / zoom)
      .setDepth(-1);
  }
}
