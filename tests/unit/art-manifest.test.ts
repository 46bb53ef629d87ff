// The art manifest has one shape: the one scripts/make-art.ts writes and platform/art.ts reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArtManifest } from '../../src/platform/art-manifest';

const committed: unknown = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'art', 'manifest.json'), 'utf8'),
);

describe('the art manifest schema', () => {
  it('accepts the committed manifest, sprite sheet included', () => {
    const m = ArtManifest.parse(committed);
    expect(m.length).toBeGreaterThan(50);
    expect(m.find((a) => a.key === 'avatar')?.frames).toEqual({ frameWidth: 48, frameHeight: 64 });
  });

  it.each([
    ['a map instead of a list', { tree: { file: 'art/tree.svg', width: 64, height: 64 } }],
    ['a url field instead of file', [{ key: 'tree', url: 'art/tree.svg', width: 64, height: 64 }]],
    ['a file outside art/', [{ key: 'tree', file: 'tree.svg', width: 64, height: 64 }]],
    ['no size', [{ key: 'tree', file: 'art/tree.svg' }]],
    ['frames under another name', [{ key: 'a', file: 'art/a.svg', width: 9, height: 9, frame: { w: 3 } }]],
  ])('refuses %s', (_name, raw) => {
    expect(ArtManifest.safeParse(raw).success).toBe(false);
  });
});
