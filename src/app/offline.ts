// Registers the service worker that vite-plugin-pwa (Workbox generateSW) writes at build time,
// from this module rather than an inline script, so the strict CSP holds. After one visit the
// game, its levels, art and sounds load with the network off. A new version waits (no
// skipWaiting): `onUpdate` is told, and the app offers "reload" only where nothing is lost.
export function registerOffline(onUpdate: (apply: () => void) => void = () => {}): void {
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
  // The precache is the whole game (~1.5 MB): fetch it once the page has loaded and gone quiet,
  // so that on a slow school line it does not compete with the first screen and the map.
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => void register(), { timeout: 4000 })
      : setTimeout(register, 1500);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
