import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFiles, ROOT } from '../../scripts/node-content';
import { loadContent } from '../../src/content/load';
import { formatProblem } from '../../src/content/problems';
import { brokenLevels } from '../fixtures/broken-levels';

const cases = brokenLevels();
const shared = contentFiles().filter(
  (f) => !/^levels\/[^/]+\.json$/.test(f.path) || f.path === 'levels/facts.json',
);

describe('a catalogue of broken levels', () => {
  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('rejects $file at $pointer', ({ file, text, kind, pointer, message }) => {
    const path = `broken-levels/${file}`;
    const content = loadContent([
      // A broken facts file stands in for the shipped one.
      ...shared.filter((f) => kind !== 'facts' || f.path !== 'levels/facts.json'),
      { path, text, kind: kind ?? 'level' },
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

  const dir = mkdtempSync(join(tmpdir(), 'iw-broken-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 on a copy of a level with a mistake, naming the file and the JSON pointer', () => {
    const broken = cases.find((c) => c.file === 'unknown-requirement.json')!;
    const file = join(dir, broken.file);
    writeFileSync(file, broken.text);
    const r = run(file);
    expect(r.code).toBe(1);
    // The file is named as the CLI names every file: by its path from the project's folder.
    expect(r.out).toContain(
      `${relative(ROOT, file)}: ${broken.pointer}: unknown requirement "hukouu"; expected one of registration, document, stat, month, flag, all, any, not`,
    );
  });

  it('exits 0 on the shipped levels', () => {
    const r = run();
    expect(r.out).toMatch(/levels:check: \d+ level\(s\) OK/);
    expect(r.code).toBe(0);
  });
});
