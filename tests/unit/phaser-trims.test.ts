// The build hands two of Phaser's modules smaller stand-ins (scripts/phaser-trims.ts): the Math
// namespace to core/Config and GetAdvancedValue, and the cameras' FilterList without its WebGL
// filters. These tests tie each stand-in to the Phaser source it serves, so a Phaser upgrade that
// imports differently, or reads more of what it imports, fails here and not in a player's browser.
// That the trimmed map still runs is shown by the browser tests (play, levels, city-first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASER_TRIMS, phaserTrims } from '../../scripts/phaser-trims';

const ROOT = join(import.meta.dirname, '..', '..');
const phaserSrc = (file: string) => readFileSync(join(ROOT, 'node_modules', 'phaser', 'src', file), 'utf8');
const vendorSrc = (file: string) => readFileSync(join(ROOT, 'src', 'vendor', file), 'utf8');
const code = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

describe('Phaser trims', () => {
  it.each(PHASER_TRIMS)('$importer still requires "$source"', ({ importer, source }) => {
    expect(phaserSrc(importer)).toContain(`require('${source}')`);
  });

  it.each([
    ['core/Config.js', 'PhaserMath'],
    ['utils/object/GetAdvancedValue.js', 'MATH'],
  ])('%s reads only RND and RandomDataGenerator from the Math namespace', (file, name) => {
    const src = code(phaserSrc(file));
    const used = new Set([...src.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(0);
    for (const key of used)
      expect(['RND', 'RandomDataGenerator'], `${file} reads ${name}.${key}`).toContain(key);
    // … and the stand-in has both.
    expect(code(vendorSrc('phaser-math-lite.cjs'))).toMatch(
      /RandomDataGenerator: require\(.*\),\s*RND: null/,
    );
  });

  it("keeps FilterList's own methods as Phaser has them, and only drops the add* filter helpers", () => {
    const methods = (src: string) => [...code(src).matchAll(/^\s{4}(\w+): function/gm)].map((m) => m[1]);
    const original = methods(phaserSrc('gameobjects/components/FilterList.js'));
    const kept = [...code(vendorSrc('phaser-filter-list-lite.cjs')).matchAll(/^\s{2}(\w+): function/gm)].map(
      (m) => m[1],
    );
    expect(kept).toEqual(original.filter((m) => !/^add[A-Z]/.test(m ?? '')));
    expect(kept).toEqual(['initialize', 'clear', 'add', 'remove', 'getActive', 'destroy']);
  });

  it('no file outside Phaser gets a stand-in, and only for the import it names', () => {
    const plugin = phaserTrims();
    const resolve = plugin.resolveId as (s: string, i?: string) => string | null;
    const config = join(ROOT, 'node_modules', 'phaser', 'src', 'core', 'Config.js');
    expect(resolve('../math/', config)).toMatch(/phaser-math-lite\.cjs$/);
    expect(resolve('../math/Clamp', config)).toBeNull();
    expect(resolve('../math/', join(ROOT, 'src', 'core', 'Config.js'))).toBeNull();
    expect(resolve('../math/')).toBeNull();
  });

  it('stops a build that reached Phaser without using a trim', () => {
    const plugin = phaserTrims();
    const end = plugin.buildEnd as (this: unknown, e?: Error) => void;
    const ctx = {
      meta: { watchMode: false },
      getModuleIds: () => ['/p/node_modules/phaser/src/core/Game.js'][Symbol.iterator](),
      error(m: string): never {
        throw new Error(m);
      },
    };
    expect(() => end.call(ctx)).toThrow(
      /phaser-trims: Phaser no longer imports "\.\.\/math\/" from core\/Config\.js/,
    );
  });
});
