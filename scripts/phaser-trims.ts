// Parts of Phaser that the canvas-only map (src/vendor/phaser-lite.js) ships without, by handing
// Phaser's own modules a smaller replacement for what they import. Each replacement names the
// importer it serves and what it keeps; if Phaser stops importing it that way, the build fails
// (a Phaser upgrade must be looked at, not shipped with the trim silently gone).
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

interface Trim {
  /** The Phaser source file (under phaser/src) that imports `source`. */
  importer: string;
  /** The import as written in that file. */
  source: string;
  /** The file it gets instead. */
  replacement: string;
}

const vendor = (file: string) => fileURLToPath(new URL(`../src/vendor/${file}`, import.meta.url));

export const PHASER_TRIMS: Trim[] = [
  // The whole Math namespace, for its random number generator.
  { importer: 'core/Config.js', source: '../math/', replacement: vendor('phaser-math-lite.cjs') },
  {
    importer: 'utils/object/GetAdvancedValue.js',
    source: '../../math',
    replacement: vendor('phaser-math-lite.cjs'),
  },
  // The cameras' filter lists, without the WebGL-only filters their add* helpers build.
  {
    importer: 'gameobjects/components/index.js',
    source: './FilterList',
    replacement: vendor('phaser-filter-list-lite.cjs'),
  },
];

const inPhaser = (id: string, file: string) => id.replace(/\\/g, '/').endsWith(`/phaser/src/${file}`);

export function phaserTrims(trims: Trim[] = PHASER_TRIMS): Plugin {
  const used = new Set<Trim>();
  return {
    name: 'phaser-trims',
    enforce: 'pre',
    buildStart() {
      used.clear();
    },
    resolveId(source, importer) {
      if (!importer) return null;
      const trim = trims.find((t) => t.source === source && inPhaser(importer, t.importer));
      if (!trim) return null;
      used.add(trim);
      return trim.replacement;
    },
    buildEnd(error) {
      if (error || this.meta.watchMode) return;
      // Only a build that reached Phaser can tell (unit builds of one module do not).
      if (![...this.getModuleIds()].some((id) => /[\\/]phaser[\\/]src[\\/]core[\\/]Game\.js$/.test(id)))
        return;
      const missed = trims.filter((t) => !used.has(t));
      if (missed.length)
        this.error(
          `phaser-trims: Phaser no longer imports ${missed.map((t) => `"${t.source}" from ${t.importer}`).join(', ')}; ` +
            'check scripts/phaser-trims.ts against the new Phaser.',
        );
    },
  };
}
