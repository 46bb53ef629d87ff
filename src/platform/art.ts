// The art manifest, when the art has landed: found at build time so that a missing manifest
// costs no failed request, and checked with the schema the generator writes (art-manifest.ts).
// Without it the scenes draw with Phaser Graphics instead. The schema (zod) loads with the
// manifest, when the lottery, the city or a share card first asks for art: not with the title.
import type { Level } from '../rules/types';
import { assetUrl } from './site';

export interface ArtEntry {
  key: string;
  url: string;
  frameWidth?: number;
  frameHeight?: number;
  width?: number;
  height?: number;
}

const manifests = import.meta.glob<unknown>('../../assets/art/manifest.json', { import: 'default' });

/** The manifest's entries with URLs for this build; an invalid manifest draws nothing (Graphics stand in). */
export async function loadArtManifest(): Promise<ArtEntry[]> {
  const load = Object.values(manifests)[0];
  if (!load) return [];
  const [raw, { ArtManifest }] = await Promise.all([load(), import('./art-manifest')]);
  const parsed = ArtManifest.safeParse(raw);
  if (!parsed.success) {
    console.warn('assets/art/manifest.json does not match the art manifest schema', parsed.error.issues[0]);
    return [];
  }
  return parsed.data.map((a) => ({
    key: a.key,
    url: assetUrl(a.file),
    width: a.width,
    height: a.height,
    ...(a.frames ?? {}),
  }));
}

/** The art keys the city of a level loads (the Preloader scene loads these; the lottery prefetches them). */
export function cityArtKeys(level: Level): string[] {
  return [
    ...level.venues.flatMap((v) => [`venue-${v.kind}`, `icon-${v.kind}`]),
    'avatar',
    'tile-grass',
    'tile-street',
    'tile-plaza',
    'tile-field',
    'tree',
    'lamp',
    'wall-segment',
  ];
}
