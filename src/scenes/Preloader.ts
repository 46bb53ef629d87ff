// Loads the level's art with a real progress bar (drawn here and mirrored in the DOM for
// screen readers); skips straight to the city when the art is not there yet.
import Phaser from 'phaser';
import { cityArtKeys, loadArtManifest } from '../platform/art';
import type { SceneData } from './Boot';
import { PEOPLE_KEYS } from './people';

export class Preloader extends Phaser.Scene {
  private data0!: SceneData;

  constructor() {
    super('Preloader');
  }

  init(data: SceneData): void {
    this.data0 = data;
  }

  create(): void {
    const { width, height } = this.scale;
    const bar = this.add.graphics();
    const draw = (f: number) => {
      bar.clear();
      bar.fillStyle(0xe8dcc4, 1).fillRoundedRect(width / 2 - 160, height / 2 - 12, 320, 24, 12);
      bar
        .fillStyle(0xe69f00, 1)
        .fillRoundedRect(width / 2 - 160, height / 2 - 12, Math.max(24, 320 * f), 24, 12);
      this.data0.options.hooks.progress(f);
    };
    draw(0);
    const level = this.data0.options.level;
    const wanted = new Set([...cityArtKeys(level), ...PEOPLE_KEYS]);
    loadArtManifest()
      .then((entries) => {
        for (const e of entries) {
          if (!wanted.has(e.key) || this.textures.exists(e.key)) continue;
          if (e.frameWidth && e.frameHeight) {
            // An SVG sheet is rasterised at its own size, so frames keep their pixel sizes.
            this.load.spritesheet(e.key, e.url, { frameWidth: e.frameWidth, frameHeight: e.frameHeight });
          } else if (e.url.endsWith('.svg')) {
            this.load.svg(
              e.key,
              e.url,
              e.width && e.height ? { width: e.width, height: e.height } : undefined,
            );
          } else this.load.image(e.key, e.url);
        }
        this.load.on('progress', draw);
        this.load.once('complete', () => this.scene.start('City', this.data0));
        this.load.start();
      })
      .catch(() => this.scene.start('City', this.data0));
  }
}
