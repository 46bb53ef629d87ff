// UI strings through i18next; each language's strings load as a chunk of their own.
import i18next from 'i18next';
import type { Language, Localized } from '../rules/types';

export type { Language };

/** Picks the saved language, else the browser's (any zh* → Simplified Chinese), else English. */
export function detectLanguage(saved: string | null | undefined, navigatorLanguage: string): Language {
  if (saved === 'en' || saved === 'zh-Hans') return saved;
  return navigatorLanguage.toLowerCase().startsWith('zh') ? 'zh-Hans' : 'en';
}

// Each language's strings are a chunk of their own (strings-en.ts, strings-zh-Hans.ts): the title
// waits only for the player's language, and assets/lang-early.js starts that file's download beside
// the game's script (vite.config.ts, languageFirst). The other language loads once the title is idle
// (src/main.ts), so that switching is instant and works offline (the service worker precaches both).
const strings: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./strings-en'),
  'zh-Hans': () => import('./strings-zh-Hans'),
};

/** The UI strings of one language (en.json and every extra/<part>.<lang>.json under <part>). */
export async function bundleFor(lng: Language): Promise<Record<string, unknown>> {
  return (await strings[lng]()).default;
}

export async function initI18n(lng: Language): Promise<void> {
  const translation = await bundleFor(lng);
  await i18next.init({
    lng,
    fallbackLng: 'en',
    resources: { [lng]: { translation } },
    interpolation: { escapeValue: false }, // we only ever set textContent, never HTML
    returnNull: false,
  });
  document.documentElement.lang = lng;
}

/** Makes a language's strings available (fetching its chunk the first time); at once when they are. */
export async function loadLanguage(lng: Language): Promise<void> {
  if (i18next.hasResourceBundle(lng, 'translation')) return;
  const translation = await bundleFor(lng);
  if (i18next.hasResourceBundle(lng, 'translation')) return;
  i18next.addResourceBundle(lng, 'translation', translation);
  // What was remembered may have been a fallback that this language now answers.
  if (i18next.store) rememberedFor.delete(i18next.store);
}

// i18next's t() resolves, interpolates and formats on every call (~0.1 ms at CPU ×4): the outcome
// screen asks for the same few hundred strings thousands of times and spent ~0.8 s in it. Strings
// are remembered by language, key and options when the options are plain values (numbers,
// strings…); the resources only grow by whole languages (loadLanguage, which forgets them), so the answer is the same. What is remembered
// belongs to one initialised set of resources (i18next's store, keyed by its identity): a new init
// starts afresh. Number formats are kept there too (making one costs more than using it many times).
interface Remembered {
  strings: Map<string, string>;
  formats: Map<string, Intl.NumberFormat>;
}
const rememberedFor = new WeakMap<object, Remembered>();
const REMEMBER_AT_MOST = 4000;

/** What is remembered for the resources in use; null before i18next is initialised. */
function remembered(): Remembered | null {
  const store: object | undefined = i18next.store;
  if (!store) return null;
  let r = rememberedFor.get(store);
  if (!r) {
    r = { strings: new Map(), formats: new Map() };
    rememberedFor.set(store, r);
  }
  return r;
}

export function t(key: string, options?: Record<string, unknown>): string {
  let id: string | null = `${i18next.language}\u0000${key}`;
  if (options) {
    for (const v of Object.values(options))
      if ((typeof v === 'object' && v !== null) || typeof v === 'function') {
        id = null;
        break;
      }
    if (id !== null) id += `\u0000${JSON.stringify(options)}`;
  }
  const strings = id === null ? undefined : remembered()?.strings;
  if (id !== null && strings) {
    const known = strings.get(id);
    if (known !== undefined) return known;
  }
  const text = i18next.t(key, options ?? {}) as string;
  if (id !== null && strings && typeof text === 'string') {
    if (strings.size >= REMEMBER_AT_MOST) strings.clear();
    strings.set(id, text);
  }
  return text;
}

export function language(): Language {
  return i18next.language === 'zh-Hans' ? 'zh-Hans' : 'en';
}

export async function setLanguage(lng: Language): Promise<void> {
  await loadLanguage(lng);
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

// One number format per language and kind, remembered with the strings.
function numberFormat(kind: 'money' | 'num'): Intl.NumberFormat {
  const locale = language() === 'zh-Hans' ? 'zh-CN' : 'en-GB';
  const id = `${kind} ${locale}`;
  const formats = remembered()?.formats;
  let fmt = formats?.get(id);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale, kind === 'money' ? { maximumFractionDigits: 0 } : {});
    formats?.set(id, fmt);
  }
  return fmt;
}

/**
 * A whole number in groups of three with commas, as both languages' formats write it (en-GB and
 * zh-CN: "1,234,567"); null for what it does not cover (fractions, beyond the safe integers), which
 * goes to Intl. Making a page's first Intl.NumberFormat loads the locale's data: ~0.1 s at CPU ×4,
 * a long task on the first screen that shows money (the city's HUD, the outcome).
 */
export function groupedInteger(n: number): string | null {
  if (!Number.isSafeInteger(n)) return null;
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}

export function money(n: number): string {
  const abs = Math.abs(n);
  return `${n < 0 ? '−' : ''}¥${groupedInteger(Math.round(abs)) ?? numberFormat('money').format(abs)}`;
}

export function num(n: number): string {
  return groupedInteger(n) ?? numberFormat('num').format(n);
}
