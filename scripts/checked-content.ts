// The shipped levels, policies and facts, checked when the game is built (or served by `vite`)
// rather than in the player's browser. The plugin runs the same loadContent that
// `npm run levels:check` runs (zod schema and every cross-reference) over levels/**/*.json and
// hands the result to src/content/bundle.ts as the virtual module `virtual:checked-content`: one
// JSON string the browser parses with JSON.parse, no zod and no checks at run time. Whatever is
// broken is left out and listed in `problems` exactly as before (the title links to them), and
// printed as a build warning. The schemas are strict and transform nothing, so the checked data
// is the files' data: JSON round-trips it unchanged.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadContent } from '../src/content/load';
import { formatProblem } from '../src/content/problems';
import { ArtManifest } from '../src/platform/art-manifest';
import { contentFiles, ROOT } from './node-content';

export const CHECKED_CONTENT = 'virtual:checked-content';
/** assets/art/manifest.json checked against its schema, for src/platform/art.ts: [] when missing or invalid. */
export const CHECKED_ART = 'virtual:checked-art';
const RESOLVED = `\0${CHECKED_CONTENT}`;
const RESOLVED_ART = `\0${CHECKED_ART}`;

/** The checked content as the browser receives it: maps as entry lists. */
export function checkedContentJson(root = ROOT): { json: string; files: string[]; problems: string[] } {
  const files = contentFiles(root);
  const c = loadContent(files);
  const json = JSON.stringify({
    facts: c.facts,
    policies: [...c.policies],
    levels: [...c.levels],
    order: c.order,
    problems: c.problems,
  });
  return { json, files: files.map((f) => f.path), problems: c.problems.map(formatProblem) };
}

export function checkedContent(): Plugin {
  let root = ROOT;
  return {
    name: 'checked-content',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === CHECKED_CONTENT ? RESOLVED : id === CHECKED_ART ? RESOLVED_ART : null),
    load(id) {
      if (id === RESOLVED_ART) {
        // Without art (before `npm run assets:art`) the scenes draw with Phaser Graphics instead.
        const file = join(root, 'assets', 'art', 'manifest.json');
        if (!existsSync(file)) return 'export default [];';
        this.addWatchFile(file);
        const parsed = ArtManifest.safeParse(JSON.parse(readFileSync(file, 'utf8')));
        if (!parsed.success) {
          this.warn(
            `assets/art/manifest.json does not match the art manifest schema: ${parsed.error.issues[0]?.message}`,
          );
          return 'export default [];';
        }
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(parsed.data))});`;
      }
      if (id !== RESOLVED) return null;
      const { json, files, problems } = checkedContentJson(root);
      // Served by `vite`: an edited level file reloads the module (and shows its problems).
      for (const f of files) this.addWatchFile(`${root}/${f}`);
      for (const p of problems) this.warn(`content: ${p}`);
      // A string literal for JSON.parse: parsed faster than the same data as a JS object literal.
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
