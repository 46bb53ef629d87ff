import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/i18n';
import { loadSettings, saveSettings } from '../../src/platform/settings';

function memory(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('settings', () => {
  it('start at 100 % text, normal contrast, motion on, language from the browser', () => {
    expect(loadSettings(memory())).toEqual({
      language: null,
      reduceMotion: false,
      textSize: 100,
      highContrast: false,
    });
    expect(detectLanguage(null, 'zh-CN')).toBe('zh-Hans');
    expect(detectLanguage(null, 'de-DE')).toBe('en');
    expect(detectLanguage('en', 'zh-TW')).toBe('en');
  });

  it('remember text size, contrast, motion and language', () => {
    const storage = memory();
    saveSettings(storage, { language: 'zh-Hans', reduceMotion: true, textSize: 150, highContrast: true });
    expect(loadSettings(storage)).toEqual({
      language: 'zh-Hans',
      reduceMotion: true,
      textSize: 150,
      highContrast: true,
    });
  });

  it('ignore a text size that is not offered, and unreadable settings', () => {
    const storage = memory();
    storage.setItem('iw.settings', JSON.stringify({ textSize: 300 }));
    expect(loadSettings(storage).textSize).toBe(100);
    storage.setItem('iw.settings', '{');
    expect(loadSettings(storage).highContrast).toBe(false);
  });
});
