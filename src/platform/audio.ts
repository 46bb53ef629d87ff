// The audio module is optional at build time: when src/audio exists it is loaded lazily and
// driven through this narrow interface; without it the game is silent but whole.

import type { GameEvent } from '../rules/types';
import { assetUrl } from './site';

export interface AudioApi {
  unlock(): void;
  play(key: string): void;
  playForEvents(events: readonly GameEvent[]): void;
  setMusic(track: 'city' | 'hometown' | null): void;
  toggleMute(): unknown;
  settings(): {
    muted?: boolean;
    music?: number;
    effects?: number;
    musicVolume?: number;
    effectsVolume?: number;
  };
  setMusicVolume(v: number): void;
  setEffectsVolume(v: number): void;
  subscribe(fn: (settings: unknown) => void): () => void;
}

type AudioModule = { createAudio(opts: { storage: Storage; baseUrl: string; manifest: unknown }): AudioApi };

const modules = import.meta.glob<AudioModule>('../audio/index.ts');
const manifests = import.meta.glob<unknown>('../../assets/audio/manifest.json', { import: 'default' });

export async function loadAudio(storage: Storage): Promise<AudioApi | null> {
  const load = Object.values(modules)[0];
  const loadManifest = Object.values(manifests)[0];
  if (!load) return null;
  try {
    const [mod, manifest] = await Promise.all([load(), loadManifest ? loadManifest() : Promise.resolve({})]);
    // The single-file build carries each sound as a data: URL (platform/site.ts).
    const entries = Array.isArray(manifest)
      ? manifest.map((e: { file?: unknown }) =>
          typeof e?.file === 'string' && assetUrl(e.file) !== e.file ? { ...e, file: assetUrl(e.file) } : e,
        )
      : manifest;
    return mod.createAudio({ storage, baseUrl: './', manifest: entries });
  } catch {
    return null; // sound is a nicety: the game plays on without it
  }
}
