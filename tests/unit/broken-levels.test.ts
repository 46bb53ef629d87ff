import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFiles, ROOT } from '../../scripts/node-content';
import { loadContent } from '../../src/content/load';
import { formatProblem } from '../../src/content/problems';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'broken-levels');
const cases: { file: string; kind?: 'facts'; pointer: string; message: string }[] = JSON.parse(
  readFileSync(join(DIR, 'cases.json'), 'utf8'),
);
const shared = contentFiles().filter(
  (f) => !/^levels\/[^/]+\.json$/.test(f.path) || f.path === 'levels/facts.json',
);

describe('a catalogue of broken levels', () => {
  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('rejects $file at $pointer', ({ file, kind, pointer, message }) => {
    const path = `tests/fixtures/broken-levels/${file}`;
    const content = loadContent([
      // A broken facts file stands in for the shipped one.
      ...shared.filter((f) => kind !== 'facts' || f.path !== 'levels/facts.json'),
      { path, text: readFileSync(join(DIR, file), 'utf8'), kind: kind ?? 'level' },
    ]);
    expect(content.levels.size).toBe(0);
    const mine = content.problems.filter((p) => p.file === path);
    expect(mine.map(formatProblem)).toContainEqual(expect.stringContaining(`${path}: ${pointer}: `));
    expect(mine.find((p) => p.pointer === pointer)?.message).toContain(message);
  });
});

describe('npm run levels:check', () => {
  const run = (...files: string[]) => {
    try {
      return {
        code: 0,
        out: execFileSync('npx', ['tsx', 'scripts/levels-check.ts', ...files], {
          cwd: ROOT,
          encoding: 'utf8',
        }),
      };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  };

  it('exits 1 on a copy of a level with a mistake, naming the file and the JSON pointer', () => {
    const r = run('tests/fixtures/broken-levels/unknown-requirement.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'tests/fixtures/broken-levels/unknown-requirement.json: /venues/5/actions/0/requires/any/0/type: unknown requirement "hukouu"; expected one of registration, document, stat, month, flag, all, any, not',
    );
  });

  it('exits 0 on the shipped levels', () => {
    const r = run();
    expect(r.out).toMatch(/levels:check: \d+ level\(s\) OK/);
    expect(r.code).toBe(0);
  });
});
