// Registers the service worker that vite-plugin-pwa (Workbox generateSW) writes at build time,
// from this module rather than an inline script, so the strict CSP holds. After one visit the
// game, its levels, art and sounds load with the network off.
export function registerOffline(): void {
  // MODE, not PROD: builds made under Vitest (NODE_ENV=test) are real builds too.
  // The single file and the SCORM package ship no service worker (see vite.config.ts).
  const mode = import.meta.env.MODE;
  if (mode === 'development' || mode === 'single' || mode === 'scorm' || !('serviceWorker' in navigator))
    return;
  const url = new URL('sw.js', document.baseURI);
  const register = () =>
    navigator.serviceWorker.register(url, { scope: './' }).catch(() => {
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
