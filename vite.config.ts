import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './pwa.config';

// The dev server injects CSS through inline <style> tags and runs an HMR client, which the strict
// CSP in index.html forbids; so in dev only, the CSP meta is taken out. Builds keep it unchanged.
const devWithoutCsp: Plugin = {
  name: 'dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
};

// assets/ is served as the public folder so that art and sound keep stable URLs (art/…, audio/…).
export default defineConfig({
  base: './',
  publicDir: 'assets',
  plugins: [devWithoutCsp, VitePWA(pwaOptions)],
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // CSS as a file (style-src 'self'); no inlined data: scripts.
    cssCodeSplit: true,
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
