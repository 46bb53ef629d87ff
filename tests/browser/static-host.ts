// A tiny static web host for the deploy and SCORM tests: serves files from memory under any
// path, with the headers of docs/deploy/_headers (Netlify / Cloudflare Pages format) applied
// relative to the folder the game is mounted at.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import { TYPES } from '../../scripts/bench/static-server';

export interface HeaderRule {
  pattern: RegExp;
  headers: Record<string, string>;
}

/** Parses a `_headers` file: a path line (`/assets/*`), then indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: {} });
    } else {
      const m = line.trim().match(/^([^:]+):\s*(.*)$/);
      const rule = rules[rules.length - 1];
      if (m && rule) rule.headers[m[1]!.trim()] = m[2]!.trim();
    }
  }
  return rules;
}

/** Every file of a folder, keyed by its path under `mount` ("/games/x/" + "assets/a.js"). */
export function filesOf(dir: string, mount: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(mount + relative(dir, full).split('\\').join('/'), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

export interface Host {
  origin: string;
  /** Every path asked for, in order. */
  requests: string[];
  /** The paths that were not found. */
  missing: string[];
  close(): Promise<void>;
}

export async function serveFiles(
  files: Map<string, Buffer | string>,
  options: { mount?: string; rules?: HeaderRule[] } = {},
): Promise<Host> {
  const requests: string[] = [];
  const missing: string[] = [];
  const mount = options.mount ?? '/';
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const local = path.startsWith(mount) ? `/${path.slice(mount.length)}` : null;
    const headers: Record<string, string> = {};
    if (local !== null)
      for (const r of options.rules ?? []) if (r.pattern.test(local)) Object.assign(headers, r.headers);
    if (path.endsWith('/')) path += 'index.html';
    const body = files.get(path);
    if (body === undefined) {
      missing.push(path);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    missing,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
