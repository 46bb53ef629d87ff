// Registers the service worker that vite-plugin-pwa (Workbox generateSW) writes at build time,
// from this module rather than an inline script, so the strict CSP holds. After one visit the
// game, its levels, art and sounds load with the network off. A new version waits (no
// skipWaiting): `onUpdate` is told, and the app offers "reload" only where nothing is lost.
import { whenIdle } from '../platform/next-task';

/** Downloads have been quiet this long (no response finished) before the precache starts. */
export const QUIET_MS = 3000;

/**
 * `mayLoad`: whether the screen on show is not about to load a city (the lottery, a family, the
 * run-link screen are: the precache would share the line with the city's code and art).
 */
export function registerOffline(
  onUpdate: (apply: () => void) => void = () => {},
  mayLoad: () => boolean = () => true,
): void {
  // MODE, not PROD: builds made under Vitest (NODE_ENV=test) are real builds too.
  // The single file and the SCORM package ship no service worker (see vite.config.ts).
  const mode = import.meta.env.MODE;
  if (mode === 'development' || mode === 'single' || mode === 'scorm' || !('serviceWorker' in navigator))
    return;
  const url = new URL('sw.js', document.baseURI);
  const sw = navigator.serviceWorker;
  const watch = (reg: ServiceWorkerRegistration) => {
    const offer = () => {
      const waiting = reg.waiting;
      // Only an update: on the first visit there is no controller and the worker simply takes over.
      if (!waiting || !sw.controller) return;
      onUpdate(() => {
        // The worker waiting now, not the one that was waiting when the offer was made: a newer
        // build found since then has replaced it (and the old one will never activate).
        const next = reg.waiting;
        if (!next) return location.reload();
        sw.addEventListener('controllerchange', () => location.reload(), { once: true });
        next.postMessage({ type: 'SKIP_WAITING' });
      });
    };
    offer();
    reg.addEventListener('updatefound', () => {
      const installing = reg.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offer();
      });
    });
  };
  const register = () =>
    sw
      .register(url, { scope: './' })
      .then(watch)
      .catch(() => {
        // no service worker (private mode, file://): the game still plays online
      });
  // The precache is the whole game (~1.9 MB, ~10 s on a slow school line): it starts once the
  // page's own downloads have been quiet for QUIET_MS on a screen that is not about to load a
  // city, and the page is idle. At the first idle moment after load (as before), on a run link it
  // started while the levels and the city loaded, and took half the line from them.
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let observer: PerformanceObserver | null = null;
  const arm = () => {
    clearTimeout(quiet);
    quiet = setTimeout(() => {
      if (!mayLoad()) return arm();
      observer?.disconnect();
      whenIdle(() => void register(), 4000);
    }, QUIET_MS);
  };
  const start = () => {
    if (typeof PerformanceObserver === 'function') {
      observer = new PerformanceObserver(arm);
      observer.observe({ type: 'resource' });
    }
    arm();
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
