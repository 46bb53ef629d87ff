// Each language's strings load on their own (src/i18n/index.ts): the title waits for the player's
// language only, the other loads when asked for (a switch, the idle time after the title), and
// assets/lang-early.js starts the download of the same language the game picks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bundleFor,
  detectLanguage,
  hasLanguage,
  initI18n,
  type Language,
  language,
  loadLanguage,
  setLanguage,
  t,
  translatorFor,
} from '../../src/i18n';
import en from '../../src/i18n/en.json';
import share from '../../src/i18n/extra/share.zh-Hans.json';
import zhHans from '../../src/i18n/zh-Hans.json';

beforeAll(() => {
  // initI18n and setLanguage set <html lang>; under Node a stand-in element is enough.
  (globalThis as { document?: unknown }).document ??= { documentElement: { lang: '' } };
});

describe('one language at a time', () => {
  it('starts with the player’s language only, and a switch loads the other', async () => {
    await initI18n('zh-Hans');
    expect(hasLanguage('zh-Hans')).toBe(true);
    expect(hasLanguage('en')).toBe(false);
    expect(t('app.loading')).toBe(zhHans.app.loading);
    await setLanguage('en');
    expect(hasLanguage('en')).toBe(true);
    expect(t('app.loading')).toBe(en.app.loading);
    await setLanguage('zh-Hans');
    expect(t('app.loading')).toBe(zhHans.app.loading);
  });

  it('loads a language once; loading it again changes nothing', async () => {
    await initI18n('en');
    await loadLanguage('zh-Hans');
    await loadLanguage('zh-Hans');
    expect(translatorFor('zh-Hans')('app.loading')).toBe(zhHans.app.loading);
    expect(language()).toBe('en');
    expect(t('app.loading')).toBe(en.app.loading);
  });

  it('puts each part’s extra strings under the part’s name, in its language', async () => {
    const zh = await bundleFor('zh-Hans');
    expect(zh.share).toEqual(share);
    expect((zh.app as Record<string, string>).loading).toBe(zhHans.app.loading);
    const english = await bundleFor('en');
    expect(english.share).not.toEqual(share);
  });
});

describe('assets/lang-early.js hints the language the game will pick', () => {
  const code = readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'lang-early.js'), 'utf8');
  const files: Record<Language, string> = {
    en: './assets/strings-en-x.js',
    'zh-Hans': './assets/strings-zh-y.js',
  };

  /** Runs the script in a stand-in page; the href of the hint it adds, or null. */
  function hinted(settings: string | null, navigatorLanguage: string, meta = true): string | null {
    const links: { rel: string; href: string }[] = [];
    const document = {
      querySelector: (s: string) =>
        meta && s === 'meta[name="iw-lang"]'
          ? {
              getAttribute: (a: string) =>
                ({ 'data-en': files.en, 'data-zh-Hans': files['zh-Hans'] })[a] ?? null,
            }
          : null,
      createElement: () => ({ rel: '', href: '' }),
      head: { append: (l: { rel: string; href: string }) => links.push(l) },
    };
    const localStorage = {
      getItem: (k: string) => {
        if (settings === 'throws') throw new Error('blocked');
        return k === 'iw.settings' ? settings : null;
      },
    };
    runInNewContext(code, { document, localStorage, navigator: { language: navigatorLanguage } });
    expect(links.every((l) => l.rel === 'modulepreload')).toBe(true);
    expect(links.length).toBeLessThanOrEqual(1);
    return links[0]?.href ?? null;
  }

  it('the saved language, else the browser’s, as detectLanguage decides', () => {
    const saved = [
      null,
      '{}',
      '{"language":"en"}',
      '{"language":"zh-Hans"}',
      '{"language":"fr"}',
      'not json',
      'null',
    ];
    for (const raw of saved)
      for (const nav of ['en-GB', 'zh-CN', 'zh-TW', 'ZH', 'fr', '']) {
        let language: string | null | undefined;
        try {
          language = (JSON.parse(raw ?? '{}') as { language?: string } | null)?.language;
        } catch {
          language = null;
        }
        expect(hinted(raw, nav), `${raw} / ${nav}`).toBe(files[detectLanguage(language, nav)]);
      }
  });

  it('falls back to the browser’s language where storage throws, and hints nothing without the list', () => {
    expect(hinted('throws', 'zh-CN')).toBe(files['zh-Hans']);
    expect(hinted('{"language":"zh-Hans"}', 'en', false)).toBeNull();
  });
});
