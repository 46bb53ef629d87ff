// A small static server for the bench: gzip for text assets (as any school web server
// would), the right MIME types, and 127.0.0.1 only.

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types by file extension, for the bench's server and the tests' static host. */
export const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.mp3': 'audio/mpeg',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};
const COMPRESS = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const cache = new Map<string, { body: Buffer; gz: Buffer | null; etag: string }>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      let entry = cache.get(file);
      if (!entry) {
        const body = readFileSync(file);
        entry = {
          body,
          gz: COMPRESS.has(extname(file)) ? gzipSync(body, { level: 9 }) : null,
          etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
        };
        cache.set(file, entry);
      }
      // An ETag, as nginx, Apache or any static host sends one: with no-cache, a file already in
      // the browser's cache (e.g. fetched by a prefetch hint) is revalidated, not downloaded again.
      if (req.headers['if-none-match'] === entry.etag) {
        res.writeHead(304, { etag: entry.etag, 'cache-control': 'no-cache' }).end();
        return;
      }
      const gzip = entry.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        etag: entry.etag,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(gzip ? entry.gz : entry.body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
