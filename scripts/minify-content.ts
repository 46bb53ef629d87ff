// The game bundles the level, policy and facts files as text (src/content/bundle.ts, `?raw`) and
// parses them in the browser. Their indentation and line breaks are for the people who write them:
// this plugin hands the bundle each file re-serialised without them (same data, same key order;
// ~10 KB less gzipped). A file that is not valid JSON is left as written, so the game's loader still
// reports the problem at its line and column. Schema files are not bundled and not touched.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/** A content file imported as text (the schema files are never imported). */
export const CONTENT = /[\\/]levels[\\/](?:[^\\/?]+[\\/])*[^\\/?]+\.json\?(?:[^?]*&)?raw(?:&|$)/;

/** The file's text without insignificant whitespace, or null when it is not valid JSON. */
export function minifiedJson(text: string): string | null {
  try {
    return JSON.stringify(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  } catch {
    return null;
  }
}

export function minifiedContent(): Plugin {
  return {
    name: 'minified-content',
    enforce: 'pre',
    load: {
      filter: { id: CONTENT },
      async handler(id) {
        const file = id.slice(0, id.indexOf('?'));
        this.addWatchFile(file);
        const text = minifiedJson(await readFile(file, 'utf8'));
        return text === null
          ? null
          : { code: `export default ${JSON.stringify(text)}`, map: { mappings: '' } };
      },
    },
  };
}
