// The folder layers (.dependency-cruiser.cjs) hold today, and the check really fails when a
// module imports a layer above its own: a copy of src/ gets one upward import and is cruised.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const temps: string[] = [];

/** Runs the same check as `npm run deps` in `dir` (which holds src/ and tsconfig.json). */
function cruise(dir: string) {
  const r = spawnSync(process.execPath, [BIN, 'src', '--config', CONFIG, '--output-type', 'err'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A copy of today's src/ with `extra` files written into it. */
function copyWith(extra: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'iw-layers-'));
  temps.push(dir);
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(dir, path), text);
  return dir;
}

afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('the layers of src/ (dependency-cruiser)', () => {
  it('has no violation today', () => {
    const r = cruise(ROOT);
    expect(r.out).toContain('no dependency violations');
    expect(r.code).toBe(0);
  }, 60_000);

  it('fails when the rules import the ui', () => {
    const dir = copyWith({
      'src/rules/upward.ts': "import { el } from '../ui/dom';\nexport const x = el;\n",
    });
    const r = cruise(dir);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('rules-imports-only-rules: src/rules/upward.ts → src/ui/dom.ts');
    expect(r.out).toContain('no-upward-from-rules: src/rules/upward.ts → src/ui/dom.ts');
  }, 60_000);

  it('fails when a screen imports a feature above it (even a type), and on the folder cycle it makes', () => {
    const dir = copyWith({
      'src/ui/upward.ts':
        "import type { Classroom } from '../classroom/ui/index';\nexport type X = Classroom;\n",
    });
    const r = cruise(dir);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('no-upward-from-ui: src/ui/upward.ts → src/classroom/ui/index.ts');
    expect(r.out).toContain('no-folder-cycles');
  }, 60_000);

  it('fails when the app flow (a pure decision) reaches for the screens or the words', () => {
    const flow = readFileSync(join(ROOT, 'src', 'app', 'flow.ts'), 'utf8');
    const dir = copyWith({
      'src/app/flow.ts': `import { t } from '../i18n';\nexport const said = t;\n${flow}`,
    });
    const r = cruise(dir);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('flows-are-pure: src/app/flow.ts → src/i18n/index.ts');
  }, 60_000);

  it('fails on a module in a folder that has no layer', () => {
    const dir = copyWith({});
    cpSync(join(dir, 'src', 'rules'), join(dir, 'src', 'misc'), { recursive: true });
    const r = cruise(dir);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('unlayered-module: src/misc/');
  }, 60_000);
});

describe('every source file says what it is for', () => {
  const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(ts|js)$/.test(f),
  );
  it.each(files)('src/%s opens with a comment line', (f) => {
    const first = readFileSync(join(ROOT, 'src', f), 'utf8').split('\n')[0] ?? '';
    expect(first).toMatch(/^(\/\/|\/\*) ?\S.{10,}/);
  });
});
