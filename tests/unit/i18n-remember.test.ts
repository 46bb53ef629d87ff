// t() remembers the strings it has made (src/i18n/index.ts): a remembered string must be exactly
// what i18next gives for that language, key and options, and must follow a language change.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupedInteger, initI18n, money, num, setLanguage, t } from '../../src/i18n';

beforeAll(async () => {
  // initI18n and setLanguage set <html lang>; under Node a stand-in element is enough.
  (globalThis as { document?: unknown }).document ??= { documentElement: { lang: '' } };
  await initI18n('en');
});

describe('t() with remembered strings', () => {
  it('gives what i18next gives, for each count and value, asked once or many times', async () => {
    await setLanguage('en');
    for (let round = 0; round < 3; round++) {
      expect(t('hud.days', { count: 1 })).toBe('1 day left');
      expect(t('hud.days', { count: 2 })).toBe('2 days left');
      expect(t('app.loadingCity', { pct: 40 })).toBe('Loading the city… 40%');
      expect(t('app.loadingCity', { pct: 41 })).toBe('Loading the city… 41%');
      expect(t('app.loading')).toBe(i18next.t('app.loading'));
    }
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
