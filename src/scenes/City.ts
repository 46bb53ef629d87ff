// The city map: drawn from the level, the avatar walking over it. It renders from the store's
// state, animates its events, and reports arrivals at doors; it never decides anything itself.
import Phaser from 'phaser';
import { Avatar } from './avatar';
import type { SceneData } from './Boot';
import { StillLayer } from './bake';
import { doorOf, drawDistrictLabels, drawGround, drawVenue, TILE } from './city-map';
import type { CityView } from './city-view';

export class City extends Phaser.Scene {
  private opts!: SceneData['options'];
  private avatar!: Avatar;
  private labels = new Map<string, Phaser.GameObjects.Text>();
  private districtLabels: Phaser.GameObjects.Text[] = [];
  private atDoor: string | null = null;
  private still: StillLayer | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor() {
    super('City');
  }

  create(data: SceneData): void {
    this.opts = data.options;
    const { level, store } = this.opts;
    const W = level.city.width * TILE;
    const H = level.city.height * TILE;
    drawGround(this, level);
    this.districtLabels = drawDistrictLabels(this, level, this.opts.districtLabel);
    for (const v of level.venues) this.labels.set(v.id, drawVenue(this, v, this.opts.label(v.id)));
    // Everything drawn so far never moves; it is baked again when the zoom or the language changes.
    this.still = new StillLayer(this, [...this.children.list], W, H);
    const start = level.venues.find((v) => v.id === store.state().at) ?? level.venues[0]!;
    const door = doorOf(start);
    this.avatar = new Avatar(this, door.x, door.y, { w: W, h: H });
    this.atDoor = start.id;
    this.layout();
    this.scale.on('resize', this.layout, this);
    this.input.on('pointerup', (p: Phaser.Input.Pointer) => this.onTap(p.worldX, p.worldY));
    // Render from state: when a move happens elsewhere (a wall's "go there"), follow it.
    this.unsubscribe = store.subscribe((s, events) => {
      if (events.some((e) => e.type === 'moved') && !this.avatar.walking() && this.atDoor !== s.at) {
        const v = level.venues.find((x) => x.id === s.at);
        if (v) void this.avatar.walkTo(doorOf(v).x, doorOf(v).y, true);
        this.atDoor = s.at;
      }
    });
    this.events.once('shutdown', () => this.unsubscribe?.());
    this.opts.hooks.ready();
    // The bench's city figure: the map's first frame is on screen.
    this.game.events.once('postrender', () => performance.mark('iw:city-first-frame'));
    data.onView(this.view());
  }

  /** Fits the map to the window; on small screens zooms in and follows the avatar. */
  private layout(): void {
    const { level } = this.opts;
    const cam = this.cameras.main;
    const W = level.city.width * TILE;
    const H = level.city.height * TILE;
    const inset = this.opts.insets();
    const vw = Math.max(120, this.scale.width - inset.right);
    const vh = Math.max(120, this.scale.height - inset.top - inset.bottom);
    // The camera draws only where the HUD and the places list leave the map visible.
    cam.setViewport(0, inset.top, vw, vh);
    const fit = Math.min(vw / (W + TILE / 2), vh / (H + TILE / 2));
    const zoom = Math.max(0.55, fit);
    cam.setZoom(zoom);
    if (zoom > fit + 0.01) {
      cam.setBounds(-TILE / 2, -TILE / 2, W + TILE, H + TILE);
      cam.startFollow(this.avatar.body, true, 0.15, 0.15);
    } else {
      // Fitted: no bounds, so the camera can centre the whole map in its viewport.
      cam.removeBounds();
      cam.stopFollow();
      cam.centerOn(W / 2, H / 2);
    }
    // Labels keep a readable on-screen size (≥14 px) whatever the zoom.
    const s = Math.max(1, 0.9 / zoom);
    for (const l of [...this.labels.values(), ...this.districtLabels]) l.setScale(s);
    this.still?.bake(zoom);
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
    this.avatar.update(delta);
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
        return this.avatar.walkTo(d.x, d.y, this.opts.reducedMotion());
      },
      setHeading: (dx, dy) => this.avatar.setHeading(dx, dy),
      nearVenue: () => this.nearVenue(),
      relabel: () => {
        for (const [id, l] of this.labels) l.setText(this.opts.label(id));
        this.districtLabels.forEach((l, i) =>
          l.setText(this.opts.districtLabel(this.opts.level.districts[i]!.id)),
        );
        this.still?.bake(this.cameras.main.zoom, true);
      },
      relayout: () => this.layout(),
      destroy: () => this.game.destroy(true),
    };
  }
}
