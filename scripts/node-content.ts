// Reads the content files from disk for the Node scripts and tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from '../src/content/load';

export const ROOT = join(import.meta.dirname, '..');

/** Every JSON file under levels/, as paths relative to the project root. */
export function contentFiles(root = ROOT): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json'))
        out.push({ path: relative(root, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, 'levels'));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
