// Registers the service worker that vite-plugin-pwa (Workbox generateSW) writes at build time,
// from this module rather than an inline script, so the strict CSP holds. After one visit the
// game, its levels, art and sounds load with the network off.
export function registerOffline(): void {
  // MODE, not PROD: builds made under Vitest (NODE_ENV=test) are real builds too.
  if (import.meta.env.MODE === 'development' || !('serviceWorker' in navigator)) return;
  const url = new URL('sw.js', document.baseURI);
  navigator.serviceWorker.register(url, { scope: './' }).catch(() => {
    // no service worker (private mode, file://): the game still plays online
  });
}
