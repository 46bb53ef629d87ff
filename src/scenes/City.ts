// The city map: drawn from the level, the avatar walking over it. It renders from the store's
// state, animates its events, and reports arrivals at doors; it never decides anything itself.
import Phaser from 'phaser';
import { Avatar } from './avatar';
import type { SceneData } from './Boot';
import { MARGIN, StillLayer } from './bake';
import { Barrier } from './barrier';
import { doorOf, drawDistrictLabels, drawGround, drawVenue, TILE } from './city-map';
import type { CityView } from './city-view';
import { drawPeople, Strollers } from './people';
import { runInSlices } from './slices';

/** Phaser's canvas shows this many world units around the avatar, whose feet are AV_Y from the top. */
const AV_W = 112;
const AV_H = 112;
const AV_Y = 84;

export class City extends Phaser.Scene {
  private opts!: SceneData['options'];
  private avatar!: Avatar;
  private labels = new Map<string, Phaser.GameObjects.Text>();
  private districtLabels: Phaser.GameObjects.Text[] = [];
  private atDoor: string | null = null;
  private still: StillLayer | null = null;
  private strollers!: Strollers;
  private barrier: Barrier | null = null;
  private unsubscribe: (() => void) | null = null;
  /** Removes the listeners this scene put on the window, the map's box and the store. */
  private teardown: (() => void) | null = null;
  private layer!: HTMLElement;
  private sprites!: HTMLElement;
  /** Screen = o + world × zoom, in the map box's pixels; `follow` when zoomed past the fit. */
  private map = { zoom: 1, ox: 0, oy: 0, tx: 0, ty: 0, vw: 0, vh: 0, follow: false };
  private placed = { still: '', sprites: '' };
  /** Frames in a row with nothing moving; after a few, Phaser's loop sleeps until something moves. */
  private idleFrames = 0;

  constructor() {
    super('City');
  }

  create(data: SceneData): void {
    this.opts = data.options;
    this.strollers = new Strollers(data.options.level);
    this.layer = data.layer;
    this.sprites = data.sprites;
    const { level } = this.opts;
    const stop = () => {
      this.gone = true;
    };
    this.events.once('shutdown', stop);
    this.events.once('destroy', stop);
    // The map's still objects are made a few at a time, in tasks of at most SLICE_MS: made in one
    // go they were a task of ~50 ms unthrottled (~200 ms at CPU ×4), half of it the labels' text.
    // The DOM sketch of the map is there meanwhile; Phaser's camera draws none of it half-made.
    this.cameras.main.setVisible(false);
    runInSlices(
      [
        () => drawGround(this, level),
        () => {
          this.districtLabels = drawDistrictLabels(this, level, this.opts.districtLabel);
        },
        ...level.venues.map((v) => () => {
          this.labels.set(v.id, drawVenue(this, v, this.opts.label(v.id)));
        }),
        () => drawPeople(this, level),
      ],
      () => !this.gone,
      () => this.built(data),
    );
  }

  /** The still objects are all made: the baked map, the avatar, the listeners. */
  private built(data: SceneData): void {
    const { level, store } = this.opts;
    const W = level.city.width * TILE;
    const H = level.city.height * TILE;
    this.cameras.main.setVisible(true);
    // Everything drawn so far never moves; it is baked again when the zoom or the language changes.
    this.still = new StillLayer(this, [...this.children.list], W, H);
    this.layer.prepend(this.still.element);
    this.still.element.append(this.strollers.element);
    const start = level.venues.find((v) => v.id === store.state().at) ?? level.venues[0]!;
    const door = doorOf(start);
    this.avatar = new Avatar(this, door.x, door.y, { w: W, h: H }, () => this.opts.reducedMotion());
    this.atDoor = start.id;
    this.layout();
    const onResize = () => this.layout();
    window.addEventListener('resize', onResize);
    const onPointerUp = (e: PointerEvent) => {
      const r = this.layer.getBoundingClientRect();
      const { zoom, ox, oy } = this.map;
      this.onTap((e.clientX - r.left - ox) / zoom, (e.clientY - r.top - oy) / zoom);
    };
    this.layer.addEventListener('pointerup', onPointerUp);
    // Render from state: when a move happens elsewhere (a wall's "go there"), follow it.
    this.unsubscribe = store.subscribe((s, events) => {
      if (events.some((e) => e.type === 'moved') && !this.avatar.walking() && this.atDoor !== s.at) {
        const v = level.venues.find((x) => x.id === s.at);
        if (v) void this.avatar.walkTo(doorOf(v).x, doorOf(v).y, true);
        this.atDoor = s.at;
        this.wake();
      }
    });
    // Whatever this scene added outside Phaser goes when the scene stops or the game is
    // destroyed: game.destroy(true) destroys scenes without ever shutting them down.
    this.teardown = () => {
      this.teardown = null;
      this.unsubscribe?.();
      this.unsubscribe = null;
      window.removeEventListener('resize', onResize);
      this.layer.removeEventListener('pointerup', onPointerUp);
      // Phaser's texture manager never destroys its helper tile sprite: its two canvases stay
      // claimed in Phaser's global canvas pool, which keeps the destroyed game, this scene and,
      // through the hooks, the whole run's DOM alive (tests/browser/lifecycle.test.ts counts them).
      (
        this.textures as unknown as { tileSprite?: Phaser.GameObjects.GameObject | null }
      ).tileSprite?.destroy();
    };
    const teardown = () => this.teardown?.();
    this.events.once('shutdown', teardown);
    this.events.once('destroy', teardown);
    this.game.events.once('destroy', teardown);
    this.opts.hooks.ready();
    // The map is handed over (and the DOM sketch removed) once its picture is baked: a few tasks.
    const view = this.view();
    void this.still.ready.then(() => {
      if (this.gone) return;
      // The bench's second city figure: Phaser's map and the avatar are on screen (the DOM sketch was first).
      this.game.events.once('postrender', () => performance.mark('iw:city-avatar'));
      this.wake();
      data.onView(view);
    });
  }

  /** Set by destroy(): the canvas is going away. */
  private gone = false;

  /** Fits the map to the window; on small screens zooms in and follows the avatar. */
  private layout(): void {
    if (this.gone) return;
    const { level } = this.opts;
    const W = level.city.width * TILE;
    const H = level.city.height * TILE;
    const inset = this.opts.insets();
    const vw = Math.max(120, Math.round(window.innerWidth - inset.right));
    const vh = Math.max(120, Math.round(window.innerHeight - inset.top - inset.bottom));
    // The map's box covers only where the HUD and the places list leave the map visible.
    Object.assign(this.layer.style, {
      inset: 'auto',
      left: '0',
      top: `${Math.round(inset.top)}px`,
      width: `${vw}px`,
      height: `${vh}px`,
    });
    const fit = Math.min(vw / (W + TILE / 2), vh / (H + TILE / 2));
    const zoom = Math.max(0.55, fit);
    const m = this.map;
    m.zoom = zoom;
    m.vw = vw;
    m.vh = vh;
    m.follow = zoom > fit + 0.01;
    if (!m.follow) {
      m.ox = m.tx = Math.round((vw - W * zoom) / 2);
      m.oy = m.ty = Math.round((vh - H * zoom) / 2);
    } else {
      this.aim();
      m.ox = m.tx;
      m.oy = m.ty;
    }
    // Phaser's canvas: a window of AV_W × AV_H world units around the avatar, at the map's zoom.
    const cam = this.cameras.main;
    this.sprites.style.width = `${Math.ceil(AV_W * zoom) + 2}px`;
    this.sprites.style.height = `${Math.ceil(AV_H * zoom) + 2}px`;
    this.scale.refresh();
    cam.setViewport(0, 0, Math.ceil(AV_W * zoom) + 2, Math.ceil(AV_H * zoom) + 2);
    cam.setOrigin(0, 0).setZoom(zoom);
    // Labels keep a readable on-screen size (≥14 px) whatever the zoom.
    const s = Math.max(1, 0.9 / zoom);
    for (const l of [...this.labels.values(), ...this.districtLabels]) l.setScale(s);
    this.still?.bake(zoom);
    this.strollers.setZoom(zoom);
    this.place();
    this.wake();
  }

  /** Where the map's offset should be to centre the avatar, kept within the map's edges. */
  private aim(): void {
    const { level } = this.opts;
    const m = this.map;
    const W = level.city.width * TILE;
    const H = level.city.height * TILE;
    const clamp = (v: number, lo: number, hi: number) =>
      lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v));
    m.tx = clamp(m.vw / 2 - this.avatar.body.x * m.zoom, m.vw - (W + TILE / 2) * m.zoom, (TILE / 2) * m.zoom);
    m.ty = clamp(m.vh / 2 - this.avatar.body.y * m.zoom, m.vh - (H + TILE / 2) * m.zoom, (TILE / 2) * m.zoom);
  }

  /** Moves the still map and Phaser's small canvas (CSS transforms) and points the camera. */
  private place(): void {
    const m = this.map;
    const ox = Math.round(m.ox);
    const oy = Math.round(m.oy);
    const still = `translate(${ox - Math.round(MARGIN * m.zoom)}px, ${oy - Math.round(MARGIN * m.zoom)}px)`;
    if (still !== this.placed.still && this.still) {
      this.still.element.style.transform = still;
      this.placed.still = still;
    }
    const left = Math.round(ox + (this.avatar.body.x - AV_W / 2) * m.zoom);
    const top = Math.round(oy + (this.avatar.body.y - AV_Y) * m.zoom);
    const sprites = `translate(${left}px, ${top}px)`;
    if (sprites !== this.placed.sprites) {
      this.sprites.style.transform = sprites;
      this.placed.sprites = sprites;
    }
    this.cameras.main.setScroll((left - ox) / m.zoom, (top - oy) / m.zoom);
  }

  /** Runs Phaser's loop again after it slept on an idle map (and runs one frame at once). */
  private wake(): void {
    this.idleFrames = 0;
    this.game.loop.wake();
  }

  private venueAt(x: number, y: number): string | null {
    for (const v of this.opts.level.venues) {
      const d = doorOf(v);
      if (Math.abs(x - d.x) < TILE * 0.9 && y > d.y - TILE * 1.3 && y < d.y + TILE * 0.8) return v.id;
    }
    return null;
  }

  private onTap(x: number, y: number): void {
    const venue = this.venueAt(x, y);
    if (venue) {
      const d = doorOf(this.opts.level.venues.find((v) => v.id === venue)!);
      void this.avatar.walkTo(d.x, d.y, this.opts.reducedMotion()).then(() => this.arrived(venue));
    } else void this.avatar.walkTo(x, y, this.opts.reducedMotion());
    this.wake(); // after the walk is set: waking runs a frame at once
  }

  private arrived(venue: string): void {
    this.atDoor = venue;
    this.opts.hooks.arrive(venue);
  }

  private nearVenue(): string | null {
    const { x, y } = this.avatar.body;
    for (const v of this.opts.level.venues) {
      const d = doorOf(v);
      if (Math.hypot(x - d.x, y - d.y) < TILE * 0.6) return v.id;
    }
    return null;
  }

  override update(_time: number, delta: number): void {
    if (!this.avatar) return;
    const walkingBefore = this.avatar.walking();
    // After a sleep the first delta spans the whole pause: never jump the avatar by more than 0.1 s.
    this.avatar.update(Math.min(delta, 100));
    const m = this.map;
    if (m.follow) {
      this.aim();
      const k = this.opts.reducedMotion() ? 1 : 0.15;
      m.ox += (m.tx - m.ox) * k;
      m.oy += (m.ty - m.oy) * k;
    }
    this.place();
    const settling = m.follow && (Math.abs(m.tx - m.ox) > 0.5 || Math.abs(m.ty - m.oy) > 0.5);
    if (this.barrier && !this.barrier.update(Math.min(delta, 100))) this.barrier = null;
    const animating = this.barrier !== null && !this.barrier.waiting();
    this.idleFrames = this.avatar.moving() || settling || animating ? 0 : this.idleFrames + 1;
    // Nothing moves: stop drawing (this frame still renders) until a tap, a key, a move or a relayout.
    if (this.idleFrames >= 3) this.game.loop.sleep();
    if (walkingBefore) return;
    // Free walking onto a door counts as arriving there, once per visit.
    const near = this.nearVenue();
    if (near && near !== this.atDoor) this.arrived(near);
    else if (!near && this.atDoor && !this.avatar.walking()) {
      const d = this.opts.level.venues.find((v) => v.id === this.atDoor);
      if (d && Math.hypot(this.avatar.body.x - doorOf(d).x, this.avatar.body.y - doorOf(d).y) > TILE)
        this.atDoor = null;
    }
  }

  private view(): CityView {
    return {
      walkTo: (venue) => {
        const v = this.opts.level.venues.find((x) => x.id === venue);
        if (!v) return Promise.resolve();
        this.atDoor = venue; // the game dispatches the move itself on arrival
        const d = doorOf(v);
        const walked = this.avatar.walkTo(d.x, d.y, this.opts.reducedMotion());
        this.wake(); // after the walk is set: waking runs a frame at once
        return walked;
      },
      setHeading: (dx, dy) => {
        this.avatar.setHeading(dx, dy);
        this.wake();
      },
      nearVenue: () => this.nearVenue(),
      relabel: () => {
        for (const [id, l] of this.labels) l.setText(this.opts.label(id));
        this.districtLabels.forEach((l, i) =>
          l.setText(this.opts.districtLabel(this.opts.level.districts[i]!.id)),
        );
        this.still?.bake(this.map.zoom, true);
        this.wake();
      },
      wall: (venue) => {
        const v = this.opts.level.venues.find((x) => x.id === venue);
        if (!v) return;
        this.barrier?.destroy();
        this.barrier = new Barrier(this, v, this.opts.reducedMotion());
        this.wake();
      },
      wallDone: () => {
        this.barrier?.release();
        this.wake();
      },
      relayout: () => this.layout(),
      destroy: () => {
        this.teardown?.();
        // Gone at once: a resize between now and Phaser's next step must not lay out a dead canvas.
        this.gone = true;
        // Phaser destroys the game on its next step: a sleeping loop has to run once more.
        this.game.destroy(true);
        this.game.loop.wake();
        this.still?.dispose();
        this.layer.remove();
      },
    };
  }
}
