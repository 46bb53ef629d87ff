import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RULES = join(import.meta.dirname, '..', '..', 'src', 'rules');
const files = readdirSync(RULES).filter((f) => f.endsWith('.ts'));

describe('the rules stay pure', () => {
  it('has rule files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s imports nothing from outside src/rules', (file) => {
    const src = readFileSync(join(RULES, file), 'utf8');
    const specifiers = [
      ...src.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1] ?? m[2]);
    for (const s of specifiers) expect(s, `${file} imports ${s}`).toMatch(/^\.\/[^/]+$/);
  });

  it.each(files)('%s touches no clock, no Math.random, no window or document', (file) => {
    const code = readFileSync(join(RULES, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    for (const banned of [
      /Math\.random/,
      /Date\.now/,
      /new Date\b/,
      /performance\.now/,
      /\bwindow\b/,
      /\bdocument\./,
      /\bglobalThis\b/,
    ]) {
      expect(code, `${file} uses ${banned}`).not.toMatch(banned);
    }
  });
});

describe('storage goes through one guarded module', () => {
  const SRC = join(import.meta.dirname, '..', '..', 'src');
  const all = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? all(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  const sources = all(SRC).filter((f) => !f.endsWith(join('platform', 'storage.ts')));

  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it('names localStorage / sessionStorage nowhere but src/platform/storage.ts', () => {
    const offenders = sources.filter((f) =>
      /\b(localStorage|sessionStorage)\b/.test(
        readFileSync(f, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\/\/.*$/gm, ''),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
