// Starts the Phaser map inside the game element: Boot → Preloader → City, with Scale.RESIZE so
// the canvas follows the window and the DOM overlay stays aligned over it.
import Phaser from 'phaser';
import { Boot } from './Boot';
import { City } from './City';
import type { CityOptions, CityView } from './city-view';
import { Preloader } from './Preloader';

export function startCity(options: CityOptions): Promise<CityView> {
  return new Promise((resolve) => {
    // An opaque, low-latency 2D canvas: without a GPU, handing a frame to the compositor is what
    // costs most, and an opaque desynchronized canvas makes that hand-over cheap.
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { alpha: false, desynchronized: true }) ?? undefined;
    const game = new Phaser.Game({
      // Canvas: a far smaller Phaser, and no GPU-less WebGL emulation (docs/performance.md).
      type: Phaser.CANVAS,
      canvas,
      ...(context ? { context } : {}),
      parent: options.parent,
      backgroundColor: '#f6eedd',
      scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
      // The DOM owns the keyboard (focus, Tab, panels); the map only takes pointer input.
      input: { keyboard: false },
      audio: { noAudio: true }, // sound belongs to the audio module (Howler)
      banner: false,
      // Whole-pixel positions let the Canvas renderer copy the baked map instead of filtering it.
      render: { roundPixels: true },
      callbacks: {
        // Scenes are added here rather than in `scene` so that Boot starts with the run's data.
        postBoot: () => {
          game.scene.add('Preloader', Preloader);
          game.scene.add('City', City);
          game.scene.add('Boot', Boot, true, { options, onView: resolve });
        },
      },
    });
  });
}
