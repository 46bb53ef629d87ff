// The player's settings, persisted in localStorage (language, motion).
import type { Language } from '../rules/types';

export interface Settings {
  language: Language | null;
  reduceMotion: boolean;
}

const KEY = 'iw.settings';

export function loadSettings(storage: Storage): Settings {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? '{}') as Partial<Settings>;
    return {
      language: raw.language === 'en' || raw.language === 'zh-Hans' ? raw.language : null,
      reduceMotion: raw.reduceMotion === true,
    };
  } catch {
    return { language: null, reduceMotion: false };
  }
}

export function saveSettings(storage: Storage, s: Settings): void {
  try {
    storage.setItem(KEY, JSON.stringify(s));
  } catch {
    // storage disabled: settings last for this visit only
  }
}

/** True when the OS or the game's own setting asks for less motion. */
export function motionReduced(s: Settings): boolean {
  return s.reduceMotion || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
