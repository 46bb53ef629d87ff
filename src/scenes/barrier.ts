// The wall on the map: a barrier arm swings down across the door the avatar stands at, holds,
// then fades. Drawn in Phaser's small canvas around the avatar (where the door is) and animated
// by hand in the scene's update (the trimmed Phaser has no tweens); under reduced motion it is
// simply there, then gone.
import type Phaser from 'phaser';
import type { Venue } from '../rules/types';
import { doorOf } from './city-map';

const SWING_MS = 420;
const HOLD_MS = 1800;
const FADE_MS = 400;
const ARM = 84;

export class Barrier {
  private readonly arm: Phaser.GameObjects.Container;
  private readonly post: Phaser.GameObjects.Graphics;
  private t = 0;
  /** Held down while the wall's panel is open; the hold counts from the release. */
  private heldUntil = Number.POSITIVE_INFINITY;

  constructor(
    scene: Phaser.Scene,
    venue: Venue,
    private readonly still: boolean,
  ) {
    const d = doorOf(venue);
    const px = d.x - ARM / 2;
    const py = d.y + 2;
    this.post = scene.add.graphics().setDepth(11);
    this.post.fillStyle(0x3b2f2f, 1).fillRoundedRect(px - 6, py - 30, 12, 40, 4);
    const g = scene.add.graphics();
    // A striped arm in the walls' colour (vermillion and white), outlined like the rest of the art.
    g.fillStyle(0xfffdf7, 1).fillRoundedRect(0, -7, ARM, 14, 6);
    g.fillStyle(0xd55e00, 1);
    for (let x = 6; x < ARM - 10; x += 18) g.fillRect(x, -7, 9, 14);
    g.lineStyle(3, 0x3b2f2f, 1).strokeRoundedRect(0, -7, ARM, 14, 6);
    this.arm = scene.add.container(px, py - 24, [g]).setDepth(12);
    this.arm.setAngle(still ? 0 : -80);
  }

  /** Advances the animation; false once it is over (and destroyed). */
  update(delta: number): boolean {
    this.t += delta;
    if (!this.still && this.t < SWING_MS) {
      const k = this.t / SWING_MS;
      // ease-out with a small bounce at the bottom
      const e = 1 - (1 - k) ** 3 + Math.sin(k * Math.PI) * 0.08;
      this.arm.setAngle(-80 * (1 - Math.min(1.05, e)));
      return true;
    }
    this.arm.setAngle(0);
    const fading = this.t - Math.max(SWING_MS, this.heldUntil) - HOLD_MS;
    if (fading < 0) return true;
    const a = 1 - fading / FADE_MS;
    if (a <= 0) {
      this.destroy();
      return false;
    }
    this.arm.setAlpha(a);
    this.post.setAlpha(a);
    return true;
  }

  /** The panel closed: hold a moment longer, then fade. */
  release(): void {
    this.heldUntil = Math.min(this.heldUntil, this.t);
  }

  /** True while it only waits for its release (nothing moves: the map may sleep). */
  waiting(): boolean {
    return this.t >= SWING_MS && this.heldUntil === Number.POSITIVE_INFINITY;
  }

  destroy(): void {
    this.arm.destroy();
    this.post.destroy();
  }
}
