// The player's sound settings, kept in Web Storage. Reading never throws: missing, corrupt or
// out-of-range values fall back to the defaults field by field.

export interface AudioSettings {
  /** Music volume, 0..1. */
  music: number;
  /** Sound-effects volume, 0..1. */
  effects: number;
  muted: boolean;
}

export const AUDIO_SETTINGS_KEY = 'iw.audio.v1';

export const DEFAULT_AUDIO_SETTINGS: Readonly<AudioSettings> = Object.freeze({
  music: 0.35, // the loops sit under the moments that matter (walls, goals, month ends)
  effects: 0.8,
  muted: false,
});

/** The part of `Storage` used here (so tests and private-mode fallbacks can pass a stand-in). */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Clamps to 0..1; anything that is not a finite number becomes `fallback`. */
export function clampVolume(v: unknown, fallback: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fallback;
  return Math.min(1, Math.max(0, v));
}

/** Turns any value (e.g. parsed JSON) into valid settings, keeping the fields that are valid. */
export function sanitizeAudioSettings(raw: unknown): AudioSettings {
  const d = DEFAULT_AUDIO_SETTINGS;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...d };
  const r = raw as Record<string, unknown>;
  return {
    music: clampVolume(r.music, d.music),
    effects: clampVolume(r.effects, d.effects),
    muted: typeof r.muted === 'boolean' ? r.muted : d.muted,
  };
}

export function loadAudioSettings(storage: SettingsStorage | null | undefined): AudioSettings {
  let text: string | null = null;
  try {
    text = storage?.getItem(AUDIO_SETTINGS_KEY) ?? null;
  } catch {
    // Storage can throw when it is disabled (privacy settings, sandboxed frames).
  }
  if (text === null) return { ...DEFAULT_AUDIO_SETTINGS };
  try {
    return sanitizeAudioSettings(JSON.parse(text));
  } catch {
    return { ...DEFAULT_AUDIO_SETTINGS };
  }
}

/** Saves the settings; returns false (and does not throw) when storage refuses. */
export function saveAudioSettings(
  storage: SettingsStorage | null | undefined,
  settings: AudioSettings,
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(AUDIO_SETTINGS_KEY, JSON.stringify(sanitizeAudioSettings(settings)));
    return true;
  } catch {
    return false;
  }
}
