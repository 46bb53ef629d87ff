// The shipped levels, policies and facts, checked when the game is built (or served by `vite`)
// rather than in the player's browser. The plugin runs the same loadContent that
// `npm run levels:check` runs (zod schema and every cross-reference) over levels/**/*.json
// (scripts/checked-content-data.ts, through Vite's module runner) and hands the result to
// src/content/bundle.ts as the virtual module `virtual:checked-content`: one JSON string the
// browser parses with JSON.parse, no zod and no checks at run time. Whatever is broken is left
// out and listed in `problems` exactly as before (the title links to them), and printed as a
// build warning. The schemas are strict and transform nothing, so the checked data is the files'
// data: JSON round-trips it unchanged. `virtual:checked-art` is assets/art/manifest.json checked
// against its schema the same way ([] when missing or invalid: Phaser Graphics stand in).
// `virtual:level-names` is the checked levels' titles, cities and registrations alone, for a screen
// that only names a level (the run-link screen draws before the levels have loaded).
import { fileURLToPath } from 'node:url';
import { type Plugin, runnerImport } from 'vite';
import type * as Data from './checked-content-data.ts';

export const CHECKED_CONTENT = 'virtual:checked-content';
export const CHECKED_ART = 'virtual:checked-art';
export const LEVEL_NAMES = 'virtual:level-names';
const RESOLVED = `\0${CHECKED_CONTENT}`;
const RESOLVED_NAMES = `\0${LEVEL_NAMES}`;
const RESOLVED_ART = `\0${CHECKED_ART}`;
const DATA = fileURLToPath(new URL('./checked-content-data.ts', import.meta.url));

/** A string literal for JSON.parse: parsed faster than the same data as a JS object literal. */
const parsedJson = (json: string) => `export default JSON.parse(${JSON.stringify(json)});`;

export function checkedContent(): Plugin {
  let root = process.cwd();
  let data: Promise<typeof Data> | null = null;
  const load = () => {
    data ??= runnerImport<typeof Data>(DATA, { configFile: false, logLevel: 'error' }).then((r) => r.module);
    return data;
  };
  return {
    name: 'checked-content',
    configResolved(config) {
      root = config.root;
    },
    resolveId: {
      filter: { id: /^virtual:(checked-|level-names$)/ },
      handler: (id) =>
        ({ [CHECKED_CONTENT]: RESOLVED, [CHECKED_ART]: RESOLVED_ART, [LEVEL_NAMES]: RESOLVED_NAMES })[id] ??
        null,
    },
    load: {
      // Only these three modules (the bundler then skips this hook for every other one).
      filter: { id: /^\0virtual:(checked-|level-names$)/ },
      async handler(id) {
        if (id === RESOLVED_ART) {
          const { json, file, problem } = (await load()).checkedArtJson(root);
          if (file) this.addWatchFile(file);
          if (problem) this.warn(problem);
          return parsedJson(json);
        }
        if (id !== RESOLVED && id !== RESOLVED_NAMES) return null;
        const { json, names, files, problems } = (await load()).checkedContentJson(root);
        // Served by `vite`: an edited level file reloads the module (and shows its problems).
        for (const f of files) this.addWatchFile(f);
        // The names are the checked levels' names: a level left out is left out of both.
        if (id === RESOLVED_NAMES) return parsedJson(names);
        for (const p of problems) this.warn(`content: ${p}`);
        return parsedJson(json);
      },
    },
  };
}
