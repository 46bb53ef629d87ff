// UI strings through i18next, with both languages bundled so the first screen needs no fetch.
import i18next from 'i18next';
import type { Language, Localized } from '../rules/types';
import en from './en.json';
import zhHans from './zh-Hans.json';

export type { Language };

/** Picks the saved language, else the browser's (any zh* → Simplified Chinese), else English. */
export function detectLanguage(saved: string | null | undefined, navigatorLanguage: string): Language {
  if (saved === 'en' || saved === 'zh-Hans') return saved;
  return navigatorLanguage.toLowerCase().startsWith('zh') ? 'zh-Hans' : 'en';
}

// Each part of the game keeps its strings in its own pair of files, extra/<part>.<lang>.json,
// read here under the key <part> (e.g. extra/share.en.json → t('share.copy')).
// Vite turns the glob into the files at build time; under plain Node (the pace script) there is
// no glob, and the script adds these strings itself.
let extras: Record<string, Record<string, unknown>> = {};
try {
  extras = import.meta.glob<Record<string, unknown>>('./extra/*.json', {
    eager: true,
    import: 'default',
  });
} catch {
  extras = {};
}

export function bundleFor(lng: Language): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(lng === 'en' ? en : zhHans) };
  for (const [path, strings] of Object.entries(extras)) {
    const m = /\/([\w-]+)\.(en|zh-Hans)\.json$/.exec(path);
    if (m?.[2] === lng && m[1]) out[m[1]] = strings;
  }
  return out;
}

export async function initI18n(lng: Language): Promise<void> {
  await i18next.init({
    lng,
    fallbackLng: 'en',
    resources: { en: { translation: bundleFor('en') }, 'zh-Hans': { translation: bundleFor('zh-Hans') } },
    interpolation: { escapeValue: false }, // we only ever set textContent, never HTML
    returnNull: false,
  });
  document.documentElement.lang = lng;
}

export function t(key: string, options?: Record<string, unknown>): string {
  return i18next.t(key, options ?? {}) as string;
}

export function language(): Language {
  return i18next.language === 'zh-Hans' ? 'zh-Hans' : 'en';
}

export async function setLanguage(lng: Language): Promise<void> {
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
}

/** Calls fn after every language change; returns the unsubscribe. */
export function onLanguage(fn: (lng: Language) => void): () => void {
  const handler = () => fn(language());
  i18next.on('languageChanged', handler);
  return () => i18next.off('languageChanged', handler);
}

/** Level text in the current language. */
export function loc(text: Localized | undefined): string {
  if (!text) return '';
  return text[language()] ?? text.en;
}

export function money(n: number): string {
  const fmt = new Intl.NumberFormat(language() === 'zh-Hans' ? 'zh-CN' : 'en-GB', {
    maximumFractionDigits: 0,
  });
  return `${n < 0 ? '−' : ''}¥${fmt.format(Math.abs(n))}`;
}

export function num(n: number): string {
  return new Intl.NumberFormat(language() === 'zh-Hans' ? 'zh-CN' : 'en-GB').format(n);
}
