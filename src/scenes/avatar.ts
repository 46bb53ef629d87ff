// The player's figure: free walking by heading, or walking to a point; a sprite sheet
// (4 rows down/left/right/up × 4 frames) when the art exists, a drawn figure when not.
import Phaser from 'phaser';

const ROWS = ['down', 'left', 'right', 'up'] as const;
type Facing = (typeof ROWS)[number];

export class Avatar {
  readonly body: Phaser.GameObjects.Container;
  private sprite: Phaser.GameObjects.Sprite | null = null;
  private heading = { x: 0, y: 0 };
  private target: {
    x: number;
    y: number;
    from: { x: number; y: number };
    start: number;
    ms: number;
    done: () => void;
  } | null = null;
  private facing: Facing = 'down';

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    private bounds: { w: number; h: number },
    /** Under reduced motion the figure turns to face its way but does not swing its legs. */
    private still: () => boolean = () => false,
  ) {
    this.body = scene.add.container(x, y).setDepth(10);
    if (scene.textures.exists('avatar')) {
      this.sprite = scene.add.sprite(0, 0, 'avatar', 0).setOrigin(0.5, 0.9);
      this.body.add(this.sprite);
      for (const [row, name] of ROWS.entries()) {
        if (!scene.anims.exists(`walk-${name}`))
          scene.anims.create({
            key: `walk-${name}`,
            frames: scene.anims.generateFrameNumbers('avatar', { start: row * 4, end: row * 4 + 3 }),
            frameRate: 8,
            repeat: -1,
          });
      }
    } else {
      const g = scene.add.graphics();
      g.fillStyle(0x3b2f2f, 0.2).fillEllipse(0, 2, 30, 10);
      g.fillStyle(0xd55e00, 1).fillRoundedRect(-11, -34, 22, 30, 8);
      g.fillStyle(0xf2c9a0, 1).fillCircle(0, -44, 11);
      g.fillStyle(0x3b2f2f, 1).fillRect(-11, -56, 22, 7);
      g.lineStyle(2, 0x3b2f2f, 1).strokeRoundedRect(-11, -34, 22, 30, 8).strokeCircle(0, -44, 11);
      this.body.add(g);
    }
  }

  setHeading(dx: number, dy: number): void {
    this.heading = { x: dx, y: dy };
    if (dx !== 0 || dy !== 0) this.cancelWalk();
  }

  /** Walks to a point at walking pace, or jumps there when motion is reduced. */
  walkTo(x: number, y: number, instant: boolean): Promise<void> {
    this.cancelWalk();
    if (instant) {
      this.body.setPosition(x, y);
      return Promise.resolve();
    }
    // Timed by the wall clock, not by frames, so a slow device walks as fast as a quick one;
    // long walks are sped up so that no walk takes more than about a second.
    const dist = Math.hypot(x - this.body.x, y - this.body.y);
    const ms = Math.min(1100, (dist / 700) * 1000);
    const from = { x: this.body.x, y: this.body.y };
    return new Promise((done) => {
      this.target = { x, y, from, start: performance.now(), ms, done };
    });
  }

  private cancelWalk(): void {
    const t = this.target;
    this.target = null;
    t?.done();
  }

  walking(): boolean {
    return this.target !== null;
  }

  /** Walking to a point or by a held heading: the map has to be drawn again. */
  moving(): boolean {
    return this.target !== null || this.heading.x !== 0 || this.heading.y !== 0;
  }

  update(dtMs: number): void {
    const dt = dtMs / 1000;
    let vx = 0;
    let vy = 0;
    if (this.target) {
      const tg = this.target;
      const f = tg.ms <= 0 ? 1 : Math.min(1, (performance.now() - tg.start) / tg.ms);
      vx = tg.x - tg.from.x;
      vy = tg.y - tg.from.y;
      this.body.setPosition(tg.from.x + vx * f, tg.from.y + vy * f);
      if (f >= 1) this.cancelWalk();
      this.face(vx, vy);
      return;
    } else if (this.heading.x || this.heading.y) {
      const len = Math.hypot(this.heading.x, this.heading.y);
      vx = (this.heading.x / len) * 320;
      vy = (this.heading.y / len) * 320;
    }
    if (vx || vy) {
      this.body.x = Phaser.Math.Clamp(this.body.x + vx * dt, 16, this.bounds.w - 16);
      this.body.y = Phaser.Math.Clamp(this.body.y + vy * dt, 40, this.bounds.h - 8);
    }
    this.face(vx, vy);
  }

  private face(vx: number, vy: number): void {
    if (!vx && !vy) {
      this.sprite?.stop();
      return;
    }
    this.facing = Math.abs(vx) > Math.abs(vy) ? (vx > 0 ? 'right' : 'left') : vy > 0 ? 'down' : 'up';
    if (this.still()) {
      this.sprite?.stop();
      this.sprite?.setFrame(ROWS.indexOf(this.facing) * 4);
      return;
    }
    this.sprite?.play(`walk-${this.facing}`, true);
  }
}
