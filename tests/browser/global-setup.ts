// Builds the game once and serves it on 127.0.0.1 for the browser tests.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { build, type PreviewServer, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './browser';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium`,
    );
  }
  // IW_DIST lets parallel runs build into folders of their own (e.g. dist-share).
  const outDir = process.env.IW_DIST ?? 'dist';
  if (!process.env.IW_SKIP_BUILD) await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    build: { outDir },
    logLevel: 'warn',
  });
  const address = server.httpServer.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
