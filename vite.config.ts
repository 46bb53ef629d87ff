import { defineConfig } from 'vite';

// assets/ is served as the public folder so that art and sound keep stable URLs (art/…, audio/…).
export default defineConfig({
  base: './',
  publicDir: 'assets',
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
