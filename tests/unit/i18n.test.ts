import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/rules';
import { CODE_ERRORS } from '../../src/share/envelope';
import { quantities } from '../helpers/quantities';
import { shipped } from '../helpers/shipped';

const I18N = join(import.meta.dirname, '..', '..', 'src', 'i18n');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** Every leaf key of a nested strings object, with empty strings reported. */
function leaves(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof obj === 'string') out.set(prefix, obj);
  else if (obj && typeof obj === 'object')
    for (const [k, v] of Object.entries(obj))
      for (const [kk, vv] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  return out;
}

/** i18next plural forms differ by language: English has _one/_other, Chinese only _other. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

const pairs: [string, string, string][] = [['interface', join(I18N, 'en.json'), join(I18N, 'zh-Hans.json')]];
const extra = join(I18N, 'extra');
for (const f of existsSync(extra) ? readdirSync(extra).filter((f) => f.endsWith('.en.json')) : []) {
  pairs.push([
    f.replace('.en.json', ''),
    join(I18N, 'extra', f),
    join(I18N, 'extra', f.replace('.en.json', '.zh-Hans.json')),
  ]);
}

describe('both languages are complete', () => {
  it.each(pairs)(
    '%s strings exist in English and Simplified Chinese with the same keys',
    (_name, enPath, zhPath) => {
      const en = leaves(read(enPath));
      const zh = leaves(read(zhPath));
      expect([...new Set([...zh.keys()].map(base))].sort()).toEqual(
        [...new Set([...en.keys()].map(base))].sort(),
      );
      for (const [k, v] of [...en, ...zh]) expect(v.trim(), `empty string at ${k}`).not.toBe('');
    },
  );

  it.each(pairs)('%s: Chinese strings are Chinese and use the same placeholders', (_name, enPath, zhPath) => {
    const en = leaves(read(enPath));
    const zh = leaves(read(zhPath));
    for (const [k, v] of zh) {
      const enText = en.get(k) ?? en.get(`${base(k)}_one`) ?? en.get(`${base(k)}_other`) ?? '';
      const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
      expect(vars(v), `placeholders at ${k}`).toEqual(vars(enText));
      if (
        /[A-Za-z]{4,} [A-Za-z]/.test(enText.replace(/\{\{[^}]*\}\}/g, '')) &&
        v.replace(/\{\{[^}]*\}\}/g, '').length > 6
      )
        expect(v, `${k} looks untranslated`).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each(pairs)('%s: every figure in a Chinese string is the English one', (_name, enPath, zhPath) => {
    const en = leaves(read(enPath));
    const wrong: string[] = [];
    for (const [k, v] of leaves(read(zhPath))) {
      const enText = en.get(k) ?? en.get(`${base(k)}_one`) ?? en.get(`${base(k)}_other`) ?? '';
      if (JSON.stringify(quantities(v)) !== JSON.stringify(quantities(enText)))
        wrong.push(`${k}: "${v}" against "${enText}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('every level, policy and fact text has both languages', () => {
    const content = shipped();
    const texts: unknown[] = [
      ...content.levels.values(),
      ...content.policies.values(),
      ...content.facts.facts.map((f) => f.text),
    ];
    const missing: string[] = [];
    const walk = (x: unknown, path: string) => {
      if (!x || typeof x !== 'object') return;
      const o = x as Record<string, unknown>;
      if ('en' in o && typeof o.en === 'string')
        for (const lang of LANGUAGES)
          if (typeof o[lang] !== 'string' || !(o[lang] as string).trim()) missing.push(`${path}/${lang}`);
      for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`);
    };
    texts.forEach((t, i) => walk(t, `#${i}`));
    expect(missing).toEqual([]);
  });

  it('the glossary gives characters, pinyin, English and Chinese for each term', () => {
    const glossary: Record<string, string>[] = read(join(I18N, 'glossary.json'));
    expect(glossary.length).toBeGreaterThanOrEqual(20);
    for (const g of glossary)
      for (const k of ['hanzi', 'pinyin', 'en', 'zh-Hans']) expect(g[k]?.trim(), `${g.id}.${k}`).toBeTruthy();
  });
});

describe('every way a code can be refused is said in words', () => {
  // The debrief lists the codes it could not read with classroom.codeError.<error>; a missing key
  // would show the bare error name ("too-short") to a teacher.
  it.each(['en', 'zh-Hans'])('%s has a message for each CodeError', (lang) => {
    const strings = read(join(I18N, 'extra', `classroom.${lang}.json`)) as {
      codeError: Record<string, string>;
    };
    expect(Object.keys(strings.codeError).sort()).toEqual([...CODE_ERRORS].sort());
  });
});
