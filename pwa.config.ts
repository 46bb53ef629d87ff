// The offline game and the installable app: Workbox precaches the build, the levels (bundled as
// chunks), art, sounds and icons; the page registers sw.js itself (src/app/offline.ts), since
// the CSP forbids the inline registration script.
import type { VitePWAOptions } from 'vite-plugin-pwa';

export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  injectRegister: null,
  // The glob below already lists the manifest's icons: adding them again would precache them twice.
  includeManifestIcons: false,
  registerType: 'prompt',
  manifest: {
    name: 'Invisible Walls · 隐形的墙',
    short_name: 'Invisible Walls',
    description: "An educational game about China's household registration (hukou) system.",
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    orientation: 'any',
    background_color: '#f6eedd',
    theme_color: '#f6eedd',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // What offline play needs. Not the manifest (the plugin adds manifest.webmanifest itself: a
    // glob would list it twice) and not og-card.png (link previews are fetched by crawlers, not
    // by the game).
    globPatterns: ['**/*.{js,css,html,json,svg,png,webp,jpg,mp3,ogg,m4a,wav,woff2}'],
    globIgnores: ['**/README.md', 'og-card.png'],
    // Phaser's chunk is larger than Workbox's 2 MiB default.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // A new version waits until the player reloads from the title or an outcome (src/app/offline.ts),
    // never in the middle of a run; the generated worker listens for SKIP_WAITING.
    skipWaiting: false,
  },
};
