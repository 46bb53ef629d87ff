// What scripts/checked-content.ts hands the browser, computed under Vite's module runner at build
// time (the Vite config itself imports none of src/: its native loader wants file extensions).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../src/content/load';
import { formatProblem } from '../src/content/problems';
import { ArtManifest } from '../src/platform/art-manifest';
import { contentFiles } from './node-content';

/** The checked content as the browser receives it (maps as entry lists), the levels' names alone,
 * the files read, and the problems. */
export function checkedContentJson(root: string): {
  json: string;
  names: string;
  files: string[];
  problems: string[];
} {
  const files = contentFiles(root);
  const c = loadContent(files);
  const json = JSON.stringify({
    facts: c.facts,
    policies: [...c.policies],
    levels: [...c.levels],
    order: c.order,
    problems: c.problems,
  });
  // What a screen that only names a level needs (src/content/level-names.ts): ~1 KB, not the levels.
  const names = JSON.stringify(
    [...c.levels].map(([id, level]) => [
      id,
      {
        title: level.title,
        city: level.city.name,
        registrations: level.registrations.map((r) => ({ id: r.id, name: r.name })),
      },
    ]),
  );
  return {
    json,
    names,
    files: files.map((f) => join(root, f.path)),
    problems: c.problems.map(formatProblem),
  };
}

/** assets/art/manifest.json if present and valid (else `json` is "[]" and `problem` says why). */
export function checkedArtJson(root: string): { json: string; file: string | null; problem?: string } {
  const file = join(root, 'assets', 'art', 'manifest.json');
  if (!existsSync(file)) return { json: '[]', file: null };
  const parsed = ArtManifest.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    return {
      json: '[]',
      file,
      problem: `assets/art/manifest.json does not match the art manifest schema: ${parsed.error.issues[0]?.message}`,
    };
  return { json: JSON.stringify(parsed.data), file };
}
