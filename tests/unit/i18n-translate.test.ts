// The game's translator (src/i18n/index.ts: rosetta for look-up and {{placeholders}}, plus plurals,
// the English fallback and defaultValue) must say exactly what i18next, which it replaced, says
// for every key of both languages, every plural count and every placeholder; and follow a change
// of language.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bundleFor,
  groupedInteger,
  initI18n,
  type Language,
  money,
  num,
  provideStrings,
  setLanguage,
  t,
  translatorFor,
} from '../../src/i18n';

const LANGUAGES: Language[] = ['en', 'zh-Hans'];
const bundles = {} as Record<Language, Record<string, unknown>>;

/** Every string of a bundle, by its dotted key. */
function leaves(obj: unknown, prefix = ''): [string, string][] {
  if (typeof obj === 'string') return [[prefix, obj]];
  if (!obj || typeof obj !== 'object') return [];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const PLURAL = /_(zero|one|two|few|many|other)$/;

beforeAll(async () => {
  // initI18n and setLanguage set <html lang>; under Node a stand-in element is enough.
  (globalThis as { document?: unknown }).document ??= { documentElement: { lang: '' } };
  for (const lng of LANGUAGES) bundles[lng] = await bundleFor(lng);
  await initI18n('en');
  for (const lng of LANGUAGES) provideStrings(lng, bundles[lng]);
});

/** i18next as the game set it up before: English fallback, no escaping, no nulls. */
async function i18nextWith(resources: Record<Language, Record<string, unknown>>) {
  const i = i18next.createInstance();
  await i.init({
    lng: 'en',
    fallbackLng: 'en',
    resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: resources[l] }])),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i;
}

describe('the translator says what i18next says', () => {
  it('for every key of both languages, every placeholder filled and plural counts 0, 1, 2, 5, 21', async () => {
    const reference = await i18nextWith(bundles);
    const keys = new Map<string, Set<string>>(); // base key → its placeholders, in either language
    for (const lng of LANGUAGES)
      for (const [key, text] of leaves(bundles[lng])) {
        const base = key.replace(PLURAL, '');
        const names = keys.get(base) ?? new Set<string>();
        for (const m of text.matchAll(/{{\s*([\w.]+)\s*}}/g)) names.add(m[1]!);
        if (PLURAL.test(key)) names.add('count');
        keys.set(base, names);
      }
    expect(keys.size).toBeGreaterThan(500);
    let compared = 0;
    for (const lng of LANGUAGES) {
      const ours = translatorFor(lng);
      const theirs = reference.getFixedT(lng);
      for (const [key, names] of keys) {
        const values = Object.fromEntries([...names].filter((n) => n !== 'count').map((n) => [n, `«${n}»`]));
        const counts = names.has('count') ? [0, 1, 2, 5, 21] : [undefined];
        for (const count of counts) {
          const options = count === undefined ? values : { ...values, count };
          expect(ours(key, options), `${lng} ${key} ${JSON.stringify(options)}`).toBe(
            theirs(key, options as Record<string, unknown>),
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1500);
  });

  it('for a missing key, a defaultValue, and a key only English has', async () => {
    const onlyEnglish = {
      zzTest: {
        onlyEnglish: 'Only in English, {{n}}',
        apple_one: 'one apple',
        apple_other: '{{count}} apples',
      },
    };
    provideStrings('en', onlyEnglish);
    const reference = await i18nextWith({
      en: { ...bundles.en, ...onlyEnglish },
      'zh-Hans': bundles['zh-Hans'],
    });
    for (const lng of LANGUAGES) {
      const ours = translatorFor(lng);
      const theirs = reference.getFixedT(lng);
      for (const [key, options] of [
        ['no.such.key', undefined],
        ['no.such.key', { defaultValue: 'said instead' }],
        ['zzTest.onlyEnglish', { n: 3 }],
        ['zzTest.apple', { count: 1 }],
        ['zzTest.apple', { count: 4 }],
      ] as const)
        expect(ours(key, options), `${lng} ${key}`).toBe(theirs(key, options));
    }
    expect(translatorFor('zh-Hans')('zzTest.onlyEnglish', { n: 3 })).toBe('Only in English, 3');
    expect(translatorFor('en')('no.such.key')).toBe('no.such.key');
  });

  it('no string of the game is empty (an empty string reads as missing)', () => {
    for (const lng of LANGUAGES) expect(leaves(bundles[lng]).filter(([, text]) => text === '')).toEqual([]);
  });

  it('t() follows setLanguage at once when the language is loaded', async () => {
    await setLanguage('en');
    expect(t('hud.days', { count: 1 })).toBe('1 day left');
    expect(t('hud.days', { count: 2 })).toBe('2 days left');
    expect(t('app.loadingCity', { pct: 40 })).toBe('Loading the city… 40%');
    void setLanguage('zh-Hans');
    expect(t('app.loading')).toBe('加载中…');
    await setLanguage('en');
  });

  it('follows a change of language both ways', async () => {
    await setLanguage('en');
    expect(t('app.loading')).toBe('Loading…');
    await setLanguage('zh-Hans');
    expect(t('app.loading')).toBe('加载中…');
    expect(t('app.loadingCity', { pct: 40 })).toBe('城市加载中… 40%');
    await setLanguage('en');
    expect(t('app.loading')).toBe('Loading…');
    expect(t('app.loadingCity', { pct: 40 })).toBe('Loading the city… 40%');
  });

  it('formats money and numbers in the current language', async () => {
    await setLanguage('en');
    expect(money(-12345)).toBe('−¥12,345');
    expect(num(1234567)).toBe('1,234,567');
    await setLanguage('zh-Hans');
    expect(money(12345)).toBe('¥12,345');
    expect(num(1234567)).toBe('1,234,567');
  });
});

describe('money and numbers without Intl for whole numbers', () => {
  // Each language's own Intl format, as money() and num() made them before: the short path must
  // write exactly the same, or fall back to Intl.
  const intl = {
    en: {
      money: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
      num: new Intl.NumberFormat('en-GB'),
    },
    'zh-Hans': {
      money: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }),
      num: new Intl.NumberFormat('zh-CN'),
    },
  } as const;
  const values = [
    0,
    1,
    -1,
    9,
    10,
    99,
    100,
    999,
    1000,
    -1000,
    1001,
    9999,
    10000,
    12345,
    -12345,
    99999,
    100000,
    123456,
    999999,
    1000000,
    -1234567,
    48501,
    2 ** 40,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    1e21,
    0.4,
    0.5,
    1.5,
    2.5,
    -2.5,
    1234.5678,
    -0.4,
    999999.5,
  ];

  it.each(['en', 'zh-Hans'] as const)('in %s, writes every value as Intl does', async (lng) => {
    await setLanguage(lng);
    for (const v of values) {
      expect(money(v)).toBe(`${v < 0 ? '−' : ''}¥${intl[lng].money.format(Math.abs(v))}`);
      expect(num(v)).toBe(intl[lng].num.format(v));
    }
  });

  it('groups whole numbers by three and leaves the rest to Intl', () => {
    expect(groupedInteger(1234567)).toBe('1,234,567');
    expect(groupedInteger(-1000)).toBe('-1,000');
    expect(groupedInteger(100)).toBe('100');
    expect(groupedInteger(1.5)).toBeNull();
    expect(groupedInteger(Number.MAX_SAFE_INTEGER + 2)).toBeNull();
  });
});
