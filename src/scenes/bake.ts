// Bakes the map's still parts (ground, trees, buildings, labels) into one picture at the camera's
// zoom, shown by the DOM under Phaser's canvas: it is drawn once and never again, so a frame only
// redraws Phaser's small, transparent canvas around the avatar (docs/performance.md). The picture
// shows at once as a canvas, then as an <img> of it (a blob: URL): Chromium commits a still image
// far more cheaply each frame than a still 2D canvas.
import type Phaser from 'phaser';
import { nextTask, SLICE_MS } from './slices';

export const MARGIN = 160; // buildings and icons reach above and beside their tiles
const KEY = 'city-still';
/** The first bake is drawn this many objects at a time, SLICE_MS at most per task. */
const SLICE_OBJECTS = 2;

const isTileSprite = (o: Phaser.GameObjects.GameObject): o is Phaser.GameObjects.TileSprite =>
  o.type === 'TileSprite';

/** Fills a tile sprite's box straight into the picture with its texture as a repeating pattern.
 * Phaser's canvas renderer first fills a canvas of the sprite's whole size (in world pixels: the
 * ground is the whole city) and then draws that canvas scaled: two passes over millions of pixels,
 * ~90 ms at CPU ×4 for the busiest level's ground, in one task. Here: one pass at the picture's
 * own scale. The ground's tile sprites are plain (no tile offset, scale or rotation, no tint). */
function fillTiles(ctx: CanvasRenderingContext2D, o: Phaser.GameObjects.TileSprite, zoom: number): void {
  const f = o.frame;
  const image = f.source.image as CanvasImageSource & { width: number; height: number };
  let tile: CanvasImageSource = image;
  if (f.cutX !== 0 || f.cutY !== 0 || f.cutWidth !== image.width || f.cutHeight !== image.height) {
    const c = document.createElement('canvas');
    c.width = f.cutWidth;
    c.height = f.cutHeight;
    c.getContext('2d')?.drawImage(
      image,
      f.cutX,
      f.cutY,
      f.cutWidth,
      f.cutHeight,
      0,
      0,
      f.cutWidth,
      f.cutHeight,
    );
    tile = c;
  }
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) return;
  ctx.save();
  ctx.setTransform(
    zoom,
    0,
    0,
    zoom,
    Math.round((o.x - o.displayOriginX + MARGIN) * zoom),
    Math.round((o.y - o.displayOriginY + MARGIN) * zoom),
  );
  ctx.globalAlpha = o.alpha;
  ctx.fillStyle = pattern;
  ctx.fillRect(0, 0, o.width, o.height);
  ctx.restore();
}

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
    // Drawn only into the picture (each made visible for its own draw), never by Phaser's camera.
    for (const o of this.objects) (o as unknown as Phaser.GameObjects.Components.Visible).setVisible(false);
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
    this.ready = new Promise((resolve) => {
      this.markReady = resolve;
    });
  }

  /** Resolves when the first picture is on screen (the DOM sketch of the map can go then). */
  readonly ready: Promise<void>;
  private markReady!: () => void;
  private shown = false;

  /** (Re)draws the still objects at `zoom` (or again when `force`, e.g. new label texts); they stay hidden.
   * The first picture is drawn a few objects at a time, in tasks of at most SLICE_MS each (a busy
   * level's map was one task of ~1 s at CPU ×4, which blocked taps and keys); the sketch of the
   * map covers it meanwhile. Later bakes (a new zoom or language) draw at once, over the picture
   * on screen. A newer bake or dispose() abandons an unfinished one. */
  bake(zoom: number, force = false): void {
    if (!force && Math.abs(zoom - this.zoom) < 0.001) return;
    this.zoom = zoom;
    const { scene, objects } = this;
    const generation = ++this.generation;
    const key = `${KEY}-${generation}`;
    const w = Math.ceil((this.width + 2 * MARGIN) * zoom);
    const h = Math.ceil((this.height + 2 * MARGIN) * zoom);
    const texture = scene.textures.addDynamicTexture(key, w, h);
    if (!texture) {
      this.markReady(); // no picture: the map goes on without it, as it would have before
      return;
    }
    // Objects keep their own positions (draw's x, y would replace them); the camera adds the margin.
    texture.camera.setOrigin(0, 0).setZoom(zoom).setScroll(-MARGIN, -MARGIN);
    const context = (texture as unknown as { context: CanvasRenderingContext2D | null }).context;
    const render = (some: Phaser.GameObjects.GameObject[]) => {
      if (!some.length) return;
      for (const o of some) (o as unknown as Phaser.GameObjects.Components.Visible).setVisible(true);
      texture.draw(some);
      texture.render();
      for (const o of some) (o as unknown as Phaser.GameObjects.Components.Visible).setVisible(false);
    };
    const draw = (from: number, to: number) => {
      let batch: Phaser.GameObjects.GameObject[] = [];
      for (const o of objects.slice(from, to)) {
        if (!context || !isTileSprite(o)) {
          batch.push(o);
          continue;
        }
        render(batch);
        batch = [];
        fillTiles(context, o, zoom);
      }
      render(batch);
    };
    const abandoned = () => generation !== this.generation || !scene.sys?.textures;
    const finish = () => {
      const source = (texture as unknown as { canvas: HTMLCanvasElement | null }).canvas;
      if (source) this.show(source, w, h, generation);
      scene.textures.remove(key);
    };
    if (this.shown) {
      draw(0, objects.length);
      finish();
      return;
    }
    let next = 0;
    const step = () => {
      if (abandoned()) {
        if (scene.sys?.textures?.exists(key)) scene.textures.remove(key);
        return;
      }
      const until = performance.now() + SLICE_MS;
      while (next < objects.length && performance.now() < until) {
        draw(next, next + SLICE_OBJECTS);
        next += SLICE_OBJECTS;
      }
      if (next < objects.length) nextTask(step);
      else finish();
    };
    // Not in the caller's task: the city's first layout and its bake were one long task.
    nextTask(step);
  }

  /** Shows the baked pixels: at once as a canvas, then as an <img> of them (cheaper each frame). */
  private show(source: HTMLCanvasElement, w: number, h: number, generation: number): void {
    const { canvas, img } = this;
    canvas.width = w;
    canvas.height = h;
    canvas.style.width = img.style.width = `${w}px`;
    canvas.style.height = img.style.height = `${h}px`;
    canvas.getContext('2d')?.drawImage(source, 0, 0);
    canvas.style.display = 'block';
    img.style.display = 'none';
    this.shown = true;
    this.markReady();
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
