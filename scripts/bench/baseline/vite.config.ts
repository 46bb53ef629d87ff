import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: { outDir: '../../../dist-baseline', emptyOutDir: true, chunkSizeWarningLimit: 5000 },
});
