import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { pwaOptions } from './pwa.config.ts';
import { checkedContent } from './scripts/checked-content.ts';
import { cspHashes, ogImageAt, singleFileHead } from './scripts/deploy-plugins.ts';
import { phaserFlags } from './scripts/phaser-flags.ts';
import { shellChunk } from './scripts/shell-chunk.ts';
import { slimBundle } from './scripts/slim-bundle.ts';

// The first screen's modules in one chunk (scripts/shell-chunk.ts).
const shell = shellChunk();

// The dev server injects CSS through inline <style> tags and runs an HMR client, which the strict
// CSP in index.html forbids; so in dev only, the CSP meta is taken out. Builds keep it unchanged.
const devWithoutCsp: Plugin = {
  name: 'dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
};

// The title needs none of Phaser, the scenes, the city's DOM or the levels (zod, level JSON): the
// browser fetches them into its cache while the title shows, and the game runs them on the lottery /
// first input (src/main.ts, src/app/preload-city.ts). Not as <link rel="prefetch"> in the page:
// Chrome starts those at once, and on a slow line ~350 KB of them shared the bandwidth with the
// title's own script and style (the title waited for them). The list goes into a
// <meta name="iw-prefetch">, and src/platform/prefetch.ts adds the hints once the page has loaded
// and gone idle. The title's illustration is the largest paint: preloaded so it does not wait for the JS.
const firstScreenHints: Plugin = {
  name: 'first-screen-hints',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
      const lazy = new Set<string>();
      // A chunk, its static imports and (for the content bundle: the levels) its dynamic ones.
      const add = (file: string) => {
        if (lazy.has(file)) return;
        lazy.add(file);
        const chunk = chunks.find((c) => c.fileName === file);
        for (const f of chunk?.imports ?? []) add(f);
        if (/content[\\/]bundle\.ts$/.test(chunk?.facadeModuleId ?? ''))
          for (const f of chunk?.dynamicImports ?? []) add(f);
      };
      for (const c of chunks)
        if (
          c.name === 'phaser' ||
          /src[\\/](scenes[\\/]start|content[\\/]bundle|app[\\/](play|past-title))\.ts$/.test(
            c.facadeModuleId ?? '',
          )
        )
          add(c.fileName);
      const entry = chunks.find((c) => c.isEntry);
      for (const f of entry?.imports ?? []) lazy.delete(f); // already loaded with the entry
      if (entry) lazy.delete(entry.fileName);
      // Each language's strings are a chunk of their own (src/i18n/index.ts); the title needs the
      // player's one. assets/lang-early.js (async, beside the game's script) reads the file names
      // here and starts the download of that one, in parallel with the game's script, which would
      // otherwise only ask for it once it has arrived and run: a round trip more before the title.
      const langs: Record<string, string> = {};
      for (const c of chunks) {
        const m = /src[\\/]i18n[\\/]strings-(en|zh-Hans)\.ts$/.exec(c.facadeModuleId ?? '');
        if (m?.[1]) langs[`data-${m[1]}`] = `./${c.fileName}`;
      }
      // First in the page after the CSP (which must come before any script to apply to it): the
      // browser asks for it before the game's script and style, and it runs as soon as it arrives.
      const early = `<meta name="iw-lang"${Object.entries(langs)
        .map(([k, v]) => ` ${k}="${v}"`)
        .join('')} />\n    <script src="./lang-early.js" async></script>`;
      const csp = /<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?>/;
      if (!csp.test(html)) throw new Error('index.html: the CSP meta is missing');
      return {
        html: html.replace(csp, (m) => `${m}\n    ${early}`),
        tags: [
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'image', href: './art/title-art.svg', fetchpriority: 'high' },
            injectTo: 'head',
          },
          {
            tag: 'meta',
            attrs: { name: 'iw-prefetch', content: [...lazy].map((f) => `./${f}`).join(' ') },
            injectTo: 'head',
          },
        ],
      };
    },
  },
};

// assets/ is served as the public folder so that art and sound keep stable URLs (art/…, audio/…).
// Three builds (docs/deploy/README.md): the default one for any static host at any path (base './');
// `--mode single`, one self-contained HTML file (no public folder: art and sound are inlined, the
// CSP allows the inlined script and style by their hashes); `--mode scorm`, the folder that
// scripts/build-scorm.ts packs for a learning platform. Neither of the last two has a service
// worker: a file:// page cannot register one, and in an LMS the platform serves the content.
export default defineConfig(({ mode }) => ({
  base: './',
  publicDir: mode === 'single' ? false : 'assets',
  plugins: [
    devWithoutCsp,
    // The levels, checked here rather than in the player's browser (src/content/bundle.ts).
    checkedContent(),
    shell.plugin,
    // SITE_URL (e.g. https://example.org/games/invisible-walls/) makes og:image absolute.
    ogImageAt(process.env.SITE_URL),
    // Prefetch hints name files beside the page: the single file has none.
    ...(mode === 'single' ? [] : [firstScreenHints]),
    ...(mode === 'single' || mode === 'scorm' ? [] : [VitePWA(pwaOptions)]),
    ...(mode === 'single' ? [singleFileHead(), viteSingleFile(), cspHashes()] : []),
    ...slimBundle(), // size trims: jsQR's Kanji table, JSON indentation, unused Phaser (scripts/slim-bundle.ts)
    // Canvas only, no sound: a far smaller Phaser, and no WebGL emulated on the CPU (docs/performance.md).
    phaserFlags({
      WEBGL_RENDERER: false,
      CANVAS_RENDERER: true,
      WEBGL_DEBUG: false,
      EXPERIMENTAL: false,
      FEATURE_SOUND: false,
      PLUGIN_CAMERA3D: false,
      PLUGIN_FBINSTANT: false,
    }),
  ],
  // `phaser` is the trimmed namespace in src/vendor/phaser-lite.js (types still from the package);
  // phaser-src reaches the package's source, which its exports block would refuse.
  resolve: {
    alias: [
      {
        find: /^phaser$/,
        replacement: fileURLToPath(new URL('./src/vendor/phaser-lite.js', import.meta.url)),
      },
      {
        find: /^phaser-src\//,
        replacement: fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: mode === 'single' ? 'dist-single' : mode === 'scorm' ? 'dist-scorm/content' : 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // CSS as a file (style-src 'self'); no inlined data: scripts.
    cssCodeSplit: true,
    assetsInlineLimit: 0,
    // The bench reads the first screen's chunks from the manifest.
    manifest: mode !== 'single',
    rolldownOptions: {
      // Phaser in a chunk of its own: its hashed name stays cached while the game changes.
      output: {
        // The first screen's modules in one chunk, not one per module shared with a lazy chunk.
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/](phaser|eventemitter3)[\\/]/, priority: 2 },
            { name: 'shell', test: shell.test, priority: 1 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}));
