// t() remembers the strings it has made (src/i18n/index.ts): a remembered string must be exactly
// what i18next gives for that language, key and options, and must follow a language change.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, money, num, setLanguage, t } from '../../src/i18n';

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
