// Starts the Phaser map inside the game element: Boot → Preloader → City. The map is two layers
// in one clipped box: the baked still map (a DOM canvas drawn once) and Phaser's transparent
// canvas, which the City scene shrinks to a small window around the avatar and moves with a CSS
// transform, so a frame redraws a few thousand pixels instead of the whole window.
import Phaser from 'phaser';
import { Boot } from './Boot';
import { City } from './City';
import type { CityOptions, CityView } from './city-view';
import { Preloader } from './Preloader';

export function startCity(options: CityOptions): Promise<CityView> {
  return new Promise((resolve) => {
    const layer = document.createElement('div');
    layer.className = 'city-map';
    // Placed where the City scene's layout will put it (the box the HUD and the places list leave
    // free), so the map does not jump there once Phaser has loaded (a layout shift).
    const inset = options.insets();
    Object.assign(layer.style, {
      position: 'absolute',
      left: '0',
      top: `${Math.round(inset.top)}px`,
      width: `${Math.max(120, Math.round(window.innerWidth - inset.right))}px`,
      height: `${Math.max(120, Math.round(window.innerHeight - inset.top - inset.bottom))}px`,
      overflow: 'hidden',
    });
    // Phaser's parent: the whole box while loading (the progress bar), the avatar's window after.
    const sprites = document.createElement('div');
    Object.assign(sprites.style, {
      position: 'absolute',
      left: '0',
      top: '0',
      width: '100%',
      height: '100%',
      pointerEvents: 'none',
      willChange: 'transform',
    });
    layer.append(sprites);
    options.parent.append(layer);
    const game = new Phaser.Game({
      // Canvas: a far smaller Phaser, and no GPU-less WebGL emulation (docs/performance.md).
      type: Phaser.CANVAS,
      parent: sprites,
      transparent: true,
      scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
      // The DOM owns the keyboard (focus, Tab, panels) and the taps (on the map's box).
      input: { keyboard: false, mouse: false, touch: false },
      audio: { noAudio: true }, // sound belongs to the audio module (Howler)
      banner: false,
      render: { roundPixels: true },
      // The level's art (~40 files) is requested six at a time (what a browser sends at once to one
      // host anyway) rather than all in one task: starting every request at once was one task of
      // ~0.1 s at CPU ×4 as the city came in.
      loader: { maxParallelDownloads: 6 },
      callbacks: {
        // Scenes are added here rather than in `scene` so that Boot starts with the run's data.
        postBoot: () => {
          releaseVisibilityListener(game);
          game.scene.add('Preloader', Preloader);
          game.scene.add('City', City);
          game.scene.add('Boot', Boot, true, { options, onView: resolve, layer, sprites });
        },
      },
    });
  });
}

/**
 * Phaser's visibility handler, which runs right after postBoot, adds a document listener that
 * nothing ever removes: one more per game (tests/browser/lifecycle.test.ts counts listeners).
 * Catch it as it is added and remove it with the game.
 */
function releaseVisibilityListener(game: Phaser.Game): void {
  const doc = document as Document & { addEventListener: Document['addEventListener'] };
  const own = Object.hasOwn(doc, 'addEventListener');
  const original = doc.addEventListener;
  const caught: [string, EventListenerOrEventListenerObject | null][] = [];
  doc.addEventListener = function (
    this: Document,
    type: string,
    fn: EventListenerOrEventListenerObject | null,
    o?: boolean | AddEventListenerOptions,
  ) {
    if (type === 'visibilitychange' || type.endsWith('visibilitychange')) caught.push([type, fn]);
    return original.call(this, type, fn as EventListenerOrEventListenerObject, o);
  } as Document['addEventListener'];
  // The handler is added synchronously after postBoot returns; by the next microtask it is there.
  queueMicrotask(() => {
    if (own) doc.addEventListener = original;
    else delete (doc as { addEventListener?: unknown }).addEventListener;
    // It also sets window.onblur / onfocus (which hold the game's events): clear them if still its own.
    const { onblur, onfocus } = window;
    game.events.once('destroy', () => {
      for (const [type, fn] of caught) if (fn) document.removeEventListener(type, fn);
      if (window.onblur === onblur) window.onblur = null;
      if (window.onfocus === onfocus) window.onfocus = null;
    });
  });
}
