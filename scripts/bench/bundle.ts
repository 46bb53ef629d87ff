// Bundle sizes from a Vite build: what the first screen needs (the entry chunk, its static
// imports and their CSS, per Vite's manifest) and everything, gzipped at level 9.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export function gzKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

/** gzipped KB of the JS and CSS the entry loads before anything lazy, and the player's language. */
export function initialGzKb(dist: string): number {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`${manifestPath} is missing: build with build.manifest = true`);
  const manifest: Record<string, ManifestChunk> = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imp of chunk.imports ?? []) visit(imp);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const first = [...files].reduce((sum, f) => sum + gzKb(join(dist, f)), 0);
  // The title also waits for the player's language: each language's strings are a chunk the entry
  // imports dynamically (src/i18n/index.ts). The larger of them counts.
  const languages = Object.entries(manifest)
    .filter(([key]) => /(^|\/)src\/i18n\/strings-[\w-]+\.ts$/.test(key))
    .map(([, chunk]) => gzKb(join(dist, chunk.file)));
  // …and the small script that starts that download early (assets/lang-early.js).
  const early = join(dist, 'lang-early.js');
  return first + Math.max(0, ...languages) + (existsSync(early) ? gzKb(early) : 0);
}

/** gzipped KB of every JS and CSS file in a build. */
export function totalGzKb(dist: string): number {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(js|css)$/.test(e.name)) out.push(full);
    }
  };
  walk(dist);
  return out.reduce((sum, f) => sum + gzKb(f), 0);
}

export function folderKb(dir: string, pattern: RegExp): number {
  if (!existsSync(dir)) return 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (pattern.test(e.name)) bytes += readFileSync(full).length;
    }
  };
  walk(dir);
  return bytes / 1024;
}
