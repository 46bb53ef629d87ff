// UI strings: each language's strings load as a chunk of their own, and rosetta (298 bytes) looks
// keys up and fills {{placeholders}}; plurals (key_one / key_other, chosen by Intl.PluralRules),
// the English fallback and defaultValue are the few lines below. It gives what i18next gave for
// every key and option the game uses (tests/unit/i18n-translate.test.ts checks every key of both
// languages against i18next): i18next was ~15 KB gzipped of the title's script and ~0.05 s of the
// title's first task at CPU ×4, for the little of it the game used.
import rosetta from 'rosetta';
import type { Language, Localized } from '../rules/types';

export type { Language };

/** Picks the saved language, else the browser's (any zh* → Simplified Chinese), else English. */
export function detectLanguage(saved: string | null | undefined, navigatorLanguage: string): Language {
  if (saved === 'en' || saved === 'zh-Hans') return saved;
  return navigatorLanguage.toLowerCase().startsWith('zh') ? 'zh-Hans' : 'en';
}

// Each language's strings are a chunk of their own (strings-en.ts, strings-zh-Hans.ts): the title
// waits only for the player's language, and assets/lang-early.js starts that file's download beside
// the game's script (vite.config.ts, firstScreenHints). The other language loads once the title is idle
// (src/main.ts), so that switching is instant and works offline (the service worker precaches both).
const strings: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./strings-en'),
  'zh-Hans': () => import('./strings-zh-Hans'),
};

/** The UI strings of one language (en.json and every extra/<part>.<lang>.json under <part>). */
export async function bundleFor(lng: Language): Promise<Record<string, unknown>> {
  return (await strings[lng]()).default;
}

/** What a key reads in one language; '' where it has none (no string of the game is empty:
 * tests/unit/i18n-translate.test.ts). */
const tables = rosetta<Record<string, unknown>>();
let current: Language = 'en';
const listeners = new Set<(lng: Language) => void>();
const pluralRules = new Map<Language, Intl.PluralRules>();

/** Whether a language's strings are loaded. */
export function hasLanguage(lng: Language): boolean {
  return tables.table(lng) !== undefined;
}

/** Hands a language its strings directly (Node scripts and tests, which have no chunks to load). */
export function provideStrings(lng: Language, translation: Record<string, unknown>): void {
  tables.set(lng, translation);
}

/** <html lang> follows the language (screen readers pick their voice from it); no page in Node. */
function markPage(lng: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export async function initI18n(lng: Language): Promise<void> {
  if (!hasLanguage(lng)) tables.set(lng, await bundleFor(lng));
  current = lng;
  markPage(lng);
}

/** Makes a language's strings available (fetching its chunk the first time); at once when they are. */
export async function loadLanguage(lng: Language): Promise<void> {
  if (hasLanguage(lng)) return;
  const translation = await bundleFor(lng);
  if (!hasLanguage(lng)) tables.set(lng, translation);
}

/** The plural form a count takes in a language ("one", "other"…), as i18next names its keys. */
function pluralForm(lng: Language, count: number): string {
  let rules = pluralRules.get(lng);
  if (!rules) {
    rules = new Intl.PluralRules(lng);
    pluralRules.set(lng, rules);
  }
  return rules.select(count);
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Translates into `lng`: with a numeric `count`, the key's plural form first; then the key; then
 * the same in English; else `defaultValue`, else the key itself. */
export function translatorFor(lng: Language): Translate {
  return (key, options) => {
    const count = options?.count;
    for (const l of lng === 'en' ? (['en'] as const) : ([lng, 'en'] as const)) {
      if (typeof count === 'number') {
        const plural = tables.t(`${key}_${pluralForm(l, count)}`, options, l);
        if (typeof plural === 'string' && plural) return plural;
      }
      const text = tables.t(key, options, l);
      if (typeof text === 'string' && text) return text;
    }
    return typeof options?.defaultValue === 'string' ? options.defaultValue : key;
  };
}

const translators: Record<Language, Translate> = {
  en: translatorFor('en'),
  'zh-Hans': translatorFor('zh-Hans'),
};

export function t(key: string, options?: Record<string, unknown>): string {
  return translators[current](key, options);
}

export function language(): Language {
  return current;
}

/** Switches the language: at once when its strings are loaded (then everything that listens has
 * redrawn when this returns), else once they are. */
export function setLanguage(lng: Language): Promise<void> {
  const switchTo = () => {
    current = lng;
    markPage(lng);
    for (const fn of [...listeners]) fn(lng);
  };
  if (hasLanguage(lng)) {
    switchTo();
    return Promise.resolve();
  }
  return loadLanguage(lng).then(switchTo);
}

/** Calls fn after every language change; returns the unsubscribe. */
export function onLanguage(fn: (lng: Language) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Level text in the current language. */
export function loc(text: Localized | undefined): string {
  if (!text) return '';
  return text[language()] ?? text.en;
}

// One number format per language and kind (making one costs more than using it many times).
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(kind: 'money' | 'num'): Intl.NumberFormat {
  const locale = language() === 'zh-Hans' ? 'zh-CN' : 'en-GB';
  const id = `${kind} ${locale}`;
  let fmt = formats.get(id);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale, kind === 'money' ? { maximumFractionDigits: 0 } : {});
    formats.set(id, fmt);
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
