// What the lottery card and the run-link screen start while the player reads: the city's own
// code (src/app/play.ts with the HUD and panels), Phaser and the scenes, and the level's art.
// Kept apart from play.ts so that the title's chunk holds none of the city.
import { cityArtKeys, loadArtManifest } from '../platform/art';
import { whenIdle } from '../platform/next-task';
import { prefetchListed } from '../platform/prefetch';
import type { Level } from '../rules/types';
import { el } from '../ui/dom';

/** The city's DOM (HUD, places, panels) and its run loop: loaded when a run is about to start. */
export const loadPlay = () => import('./play');
/** Phaser and the scenes. */
export const loadCity = () => import('../scenes/start');
/** The run lock (one tab plays a run at a time): needed only when a run starts. */
export const loadRunLock = () => import('./run-lock');

/** Adds the hints in idle moments, a few at a time: each one starts a request, and ~40 in one
 * go were a task of ~50 ms at CPU ×4 (the player's next tap waits behind a task like that). */
function appendWhenIdle(links: HTMLElement[]): void {
  whenIdle(
    (deadline) => {
      do document.head.append(...links.splice(0, 4));
      while (links.length && deadline && deadline.timeRemaining() > 8);
      if (links.length) appendWhenIdle(links);
    },
    2000,
    200,
  );
}

/** Starts loading the city's code, Phaser and the scenes, and fetching the level's art, in the
 * background: on the lottery card and the run-link screen, while the player reads. (The title only
 * prefetches their bytes once it has loaded: src/platform/prefetch.ts.) In that order, one after
 * the other: on a slow line the city's DOM (HUD, places, the sketch of the map) is usable as soon
 * as its own small chunk is in, and must not share the line with Phaser (~130 KB) or the art.
 * `phaser`: 'run' loads and runs Phaser and the scenes (the lottery: the player reads a card,
 * then a family, before the city); 'fetch' only fetches their bytes (the run-link screen, which
 * may as well lead to the outcome: Phaser then runs when the city has painted its sketch). */
export function preloadCity(level?: Level, phaser: 'run' | 'fetch' = 'run'): void {
  const keys = new Set(level ? cityArtKeys(level) : []);
  void Promise.all([loadPlay(), loadRunLock()])
    .catch(() => {})
    .then(async () => {
      if (phaser === 'run') await loadCity();
      else prefetchListed(/\/(phaser|start|rolldown-runtime)-[\w-]+\.js$/);
    })
    .catch(() => {})
    .then(() => (keys.size ? loadArtManifest() : []))
    .then((entries) => {
      // The page's own prefetch hints say what is already asked for (a second city, a replay).
      const asked = new Set(
        [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map((l) =>
          l.getAttribute('href'),
        ),
      );
      const links: HTMLElement[] = [];
      for (const e of entries) {
        if (!keys.has(e.key) || asked.has(e.url)) continue;
        asked.add(e.url);
        links.push(el('link', { attrs: { rel: 'prefetch', href: e.url } }));
      }
      // ~40 hints, added one by one, were a 150 ms task at CPU ×4 just as the player reached for
      // "Play": when the page is idle, a few at a time.
      if (links.length) appendWhenIdle(links);
    })
    .catch(() => {});
}
