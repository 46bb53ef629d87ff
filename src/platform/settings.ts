// The player's settings, persisted in localStorage (language, motion, text size, contrast).
import type { Language } from '../rules/types';

export type TextSize = 100 | 125 | 150;
export const TEXT_SIZES: readonly TextSize[] = [100, 125, 150];

export interface Settings {
  language: Language | null;
  reduceMotion: boolean;
  textSize: TextSize;
  highContrast: boolean;
}

const KEY = 'iw.settings';

export function loadSettings(storage: Storage): Settings {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? '{}') as Partial<Settings>;
    return {
      language: raw.language === 'en' || raw.language === 'zh-Hans' ? raw.language : null,
      reduceMotion: raw.reduceMotion === true,
      textSize: TEXT_SIZES.includes(raw.textSize as TextSize) ? (raw.textSize as TextSize) : 100,
      highContrast: raw.highContrast === true,
    };
  } catch {
    return { language: null, reduceMotion: false, textSize: 100, highContrast: false };
  }
}

export function saveSettings(storage: Storage, s: Settings): void {
  try {
    storage.setItem(KEY, JSON.stringify(s));
  } catch {
    // storage disabled: settings last for this visit only
  }
}

/** Puts the look settings on <html> as classes, which the stylesheets read. */
export function applySettings(s: Settings, root: HTMLElement = document.documentElement): void {
  root.classList.toggle('reduce-motion', s.reduceMotion);
  root.classList.toggle('high-contrast', s.highContrast);
  for (const size of TEXT_SIZES) root.classList.toggle(`text-${size}`, s.textSize === size);
}

/** True when the OS or the game's own setting asks for less motion. */
export function motionReduced(s: Settings): boolean {
  return s.reduceMotion || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
