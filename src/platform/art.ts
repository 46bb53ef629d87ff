// The art manifest, when the art has landed: found and checked at build time, with the schema the
// generator writes (art-manifest.ts), by scripts/checked-content.ts, so that a missing manifest
// costs no failed request and the browser runs no zod. Without it (or if it does not match the
// schema: a build warning) the scenes draw with Phaser Graphics instead. It loads when the lottery,
// the city or a share card first asks for art: not with the title.
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

/** The manifest's entries with URLs for this build; an invalid manifest draws nothing (Graphics stand in). */
export async function loadArtManifest(): Promise<ArtEntry[]> {
  const { default: manifest } = await import('virtual:checked-art');
  return manifest.map((a) => ({
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
