// Loads the audio module lazily (its own GameAudio type, imported as a type only); if it fails
// to load, the game is silent but whole.
import type { GameAudio } from '../audio';
import { assetUrl } from './site';

/** The audio module's own interface (a type import: nothing of src/audio is bundled until loaded). */
export type AudioApi = GameAudio;

type AudioModule = Pick<typeof import('../audio'), 'createAudio'>;

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
