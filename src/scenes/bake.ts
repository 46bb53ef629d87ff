// Bakes the map's still parts (ground, trees, buildings, labels) into one picture at the camera's
// zoom, shown by the DOM under Phaser's canvas: it is drawn once and never again, so a frame only
// redraws Phaser's small, transparent canvas around the avatar (docs/performance.md). The picture
// shows at once as a canvas, then as an <img> of it (a blob: URL): Chromium commits a still image
// far more cheaply each frame than a still 2D canvas.
import type Phaser from 'phaser';

export const MARGIN = 160; // buildings and icons reach above and beside their tiles
const KEY = 'city-still';

export class StillLayer {
  private zoom = 0;
  private readonly objects: Phaser.GameObjects.GameObject[];
  /** The baked picture, 1:1 in screen pixels; world (-MARGIN, -MARGIN) is its top-left corner. */
  readonly element: HTMLDivElement = document.createElement('div');
  private readonly canvas = document.createElement('canvas');
  private readonly img = document.createElement('img');
  private url = '';
  private generation = 0;

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
    const s = this.element.style;
    s.position = 'absolute';
    s.left = '0';
    s.top = '0';
    s.pointerEvents = 'none';
    s.transformOrigin = '0 0';
    this.element.setAttribute('aria-hidden', 'true');
    this.img.alt = '';
    this.img.draggable = false;
    for (const e of [this.canvas, this.img]) {
      Object.assign(e.style, { position: 'absolute', left: '0', top: '0', display: 'none' });
      this.element.append(e);
    }
  }

  /** (Re)draws the still objects at `zoom` (or again when `force`, e.g. new label texts); they stay hidden. */
  bake(zoom: number, force = false): void {
    if (!force && Math.abs(zoom - this.zoom) < 0.001) return;
    this.zoom = zoom;
    const { scene } = this;
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
    const source = (texture as unknown as { canvas: HTMLCanvasElement | null }).canvas;
    if (source) {
      const { canvas, img } = this;
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = img.style.width = `${w}px`;
      canvas.style.height = img.style.height = `${h}px`;
      canvas.getContext('2d')?.drawImage(source, 0, 0);
      canvas.style.display = 'block';
      img.style.display = 'none';
      const generation = ++this.generation;
      canvas.toBlob((blob) => {
        if (!blob || generation !== this.generation) return;
        const old = this.url;
        this.url = URL.createObjectURL(blob);
        img.onload = () => {
          if (generation !== this.generation) return;
          img.style.display = 'block';
          canvas.style.display = 'none';
          if (old) URL.revokeObjectURL(old);
        };
        img.src = this.url;
      });
    }
    scene.textures.remove(KEY);
  }

  /** Lets go of the picture's blob: URL (the map is leaving). */
  /** Frees the picture: the blob URL, the canvas's pixels, and the element from the page. */
  dispose(): void {
    this.generation++;
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = '';
    this.img.onload = null;
    this.img.removeAttribute('src');
    this.canvas.width = this.canvas.height = 0;
    this.element.remove();
  }
}
