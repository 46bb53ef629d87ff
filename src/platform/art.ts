// The art manifest, when the art has landed: found at build time so that a missing manifest
// costs no failed request. Without it the scenes draw with Phaser Graphics instead.
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

function entry(key: string, v: unknown): ArtEntry | null {
  if (typeof v === 'string') return { key, url: v };
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const url = [o.url, o.file, o.path, o.src].find((x): x is string => typeof x === 'string');
  if (!url) return null;
  const n = (x: unknown) => (typeof x === 'number' ? x : undefined);
  const frame = (o.frames ?? o.frame ?? {}) as Record<string, unknown>;
  const out: ArtEntry = { key: typeof o.key === 'string' ? o.key : key, url };
  const fw = n(o.frameWidth) ?? n(frame.frameWidth) ?? n(frame.width) ?? n(frame.w);
  const fh = n(o.frameHeight) ?? n(frame.frameHeight) ?? n(frame.height) ?? n(frame.h);
  if (fw) out.frameWidth = fw;
  if (fh) out.frameHeight = fh;
  const w = n(o.width);
  const h = n(o.height);
  if (w) out.width = w;
  if (h) out.height = h;
  return out;
}

/** Normalises the manifest (a map or a list of entries) to entries with URLs under art/. */
export async function loadArtManifest(): Promise<ArtEntry[]> {
  const load = Object.values(manifests)[0];
  if (!load) return [];
  const data = await load();
  const raw = (data as Record<string, unknown>)?.assets ?? (data as Record<string, unknown>)?.images ?? data;
  const list: ArtEntry[] = [];
  if (Array.isArray(raw)) {
    for (const v of raw) {
      const e = entry('', v);
      if (e?.key) list.push(e);
    }
  } else if (typeof raw === 'object' && raw !== null) {
    for (const [k, v] of Object.entries(raw)) {
      if (k.startsWith('$')) continue;
      const e = entry(k, v);
      if (e) list.push(e);
    }
  }
  return list.map((e) => ({ ...e, url: assetUrl(/^(art\/|\.\/|\/)/.test(e.url) ? e.url : `art/${e.url}`) }));
}
