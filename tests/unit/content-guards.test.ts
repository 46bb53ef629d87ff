// What levels:check and the game's loader refuse before they look at a level's meaning:
// hostile nesting, a byte-order mark, a flood of problems, a source link that is not a web page,
// and zod compiling parsers with `new Function` (which the game's CSP forbids).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contentFiles, ROOT } from '../../scripts/node-content';
import { checkFacts, loadContent } from '../../src/content/load';
import { formatProblems, MAX_DEPTH, parseJson, tooDeep } from '../../src/content/problems';

const tmp = mkdtempSync(join(tmpdir(), 'iw-guards-'));
const tutorialText = readFileSync(join(ROOT, 'levels', 'tutorial.json'), 'utf8');
const factsText = readFileSync(join(ROOT, 'levels', 'facts.json'), 'utf8');
const others = contentFiles().filter((f) => f.path !== 'levels/tutorial.json');

function levelsCheck(...files: string[]): { code: number; out: string; err: string } {
  try {
    const out = execFileSync('npx', ['tsx', 'scripts/levels-check.ts', ...files], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, out, err: '' };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, out: x.stdout, err: x.stderr };
  }
}

/** `{"a": {"a": … 1 …}}` nested n objects deep. */
function nested(n: number): string {
  return `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
}

describe('nesting depth', () => {
  it(`accepts ${MAX_DEPTH} levels and refuses ${MAX_DEPTH + 1}, pointing where it goes too deep`, () => {
    expect(tooDeep(JSON.parse(nested(MAX_DEPTH)))).toBeNull();
    const deep = parseJson('x.json', nested(MAX_DEPTH + 1));
    expect(deep.ok).toBe(false);
    if (deep.ok) return;
    expect(deep.problem.file).toBe('x.json');
    expect(deep.problem.pointer).toBe('/a'.repeat(MAX_DEPTH));
    expect(deep.problem.message).toContain(`nested more than ${MAX_DEPTH} levels deep`);
  });

  it('counts arrays as well as objects, and keeps the array index in the pointer', () => {
    const text = `${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`;
    const r = parseJson('x.json', text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.pointer).toBe('/0'.repeat(MAX_DEPTH));
  });

  it('leaves every shipped content file alone (they are far shallower)', () => {
    for (const f of contentFiles()) expect(parseJson(f.path, f.text).ok, f.path).toBe(true);
  });

  it('levels:check refuses a level nested 10,000 deep with one line, file and pointer, no stack trace', () => {
    const file = join(tmp, 'deep.json');
    let req = '{"type":"flag","id":"working"}';
    for (let i = 0; i < 10_000; i++) req = `{"type":"not","not":${req}}`;
    const level = JSON.parse(tutorialText);
    level.goals[0].requires = '__DEEP__';
    writeFileSync(file, JSON.stringify(level).replace('"__DEEP__"', req));
    const r = levelsCheck(file);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/deep\.json: \/goals\/0\/requires(\/not)+: nested more than 64 levels deep/);
    expect(r.out + r.err).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
  });
});

describe('a UTF-8 byte-order mark', () => {
  it('is ignored: the tutorial with a BOM loads exactly as without', () => {
    const withBom = loadContent([...others, { path: 'levels/tutorial.json', text: `\uFEFF${tutorialText}` }]);
    expect(withBom.problems).toEqual([]);
    expect(withBom.levels.get('tutorial')).toEqual(JSON.parse(tutorialText));
  });

  it('only at the very start: one further in is still a syntax error', () => {
    expect(parseJson('x.json', ` \uFEFF{}`).ok).toBe(false);
  });
});

describe('a flood of problems', () => {
  const problems = Array.from({ length: 120 }, (_, i) => ({
    file: 'f.json',
    pointer: `/x/${i}`,
    message: 'm',
  }));

  it('prints the first 50, then how many more', () => {
    const lines = formatProblems(problems);
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe('f.json: /x/0: m');
    expect(lines[49]).toBe('f.json: /x/49: m');
    expect(lines[50]).toBe('… and 70 more problem(s) not shown (120 in all)');
  });

  it('prints exactly 50 without a count line when there are exactly 50', () => {
    expect(formatProblems(problems.slice(0, 50))).toHaveLength(50);
    expect(formatProblems(problems.slice(0, 51))).toHaveLength(51);
    expect(formatProblems(problems.slice(0, 51))[50]).toContain('1 more');
  });

  it('levels:check on a level with 300 unknown flags prints 50 lines and the count', () => {
    const level = JSON.parse(tutorialText);
    level.id = 'flood';
    level.monthly = Array.from({ length: 300 }, (_, i) => ({ type: 'flag', id: `nope-${i}`, set: true }));
    const file = join(tmp, 'flood.json');
    writeFileSync(file, JSON.stringify(level));
    const r = levelsCheck(file);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[0]).toMatch(/flood\.json: \/monthly\/0\/id: unknown flag "nope-0"/);
    expect(lines[50]).toBe('… and 250 more problem(s) not shown (300 in all)');
  });
});

describe('source links in the facts file', () => {
  const facts = JSON.parse(factsText);
  const withUrl = (url: string) => {
    const copy = structuredClone(facts);
    copy.sources[0].url = url;
    return checkFacts('levels/facts.json', copy);
  };

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.org/x',
    'http:example.org',
  ])('refuses %s at /sources/0/url', (url) => {
    const r = withUrl(url);
    expect(r.facts).toBeNull();
    expect(r.problems).toContainEqual(
      expect.objectContaining({ pointer: '/sources/0/url', message: expect.stringContaining('https://') }),
    );
  });

  it.each(['https://example.org/a?b=c', 'http://english.www.gov.cn/x.htm'])('accepts %s', (url) => {
    expect(withUrl(url).problems).toEqual([]);
  });

  it('every shipped source is an http(s) link', () => {
    for (const s of facts.sources) expect(s.url).toMatch(/^https?:\/\//);
  });
});

describe('zod under the game CSP', () => {
  it('never compiles a parser with new Function (no unsafe-eval probe), even parsing a whole level', async () => {
    vi.resetModules();
    const calls: unknown[] = [];
    const RealFunction = globalThis.Function;
    const spy = new Proxy(RealFunction, {
      construct(target, args) {
        calls.push(args);
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        calls.push(args);
        return Reflect.apply(target, self, args);
      },
    });
    vi.stubGlobal('Function', spy);
    try {
      const { LevelSchema } = await import('../../src/content/schema');
      const z = await import('zod');
      expect(z.config().jitless).toBe(true);
      expect(LevelSchema.safeParse(JSON.parse(tutorialText)).success).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(calls).toEqual([]);
  });
});
