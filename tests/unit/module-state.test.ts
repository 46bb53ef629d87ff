// No module-level mutable state in src/: what a screen, a class or a run holds lives in the
// context (platform/context.ts) or in an object its owner passes along, never in a module's
// top-level variables. Read with the TypeScript compiler (syntax and symbols), not with regexes.
//
// A finding is:
// - a top-level `let` or `var` (module state by definition);
// - a top-level `const` that a function writes through: `x.a = …`, `x[k] = …`, `x.a++`, `delete x.a`,
//   `x.push/pop/shift/unshift/splice/sort/reverse/fill/copyWithin/set/add/delete/clear(…)` (also
//   deeper: `x.list.push(…)`), `Object.assign(x, …)`, in this file or in any file importing it.
//   Writes at the top level itself, while the module loads (filling a lookup table), are initialisation;
// - a top-level `new C()` of a class that may hold state (anything but the built-in containers, whose
//   writes the rule above watches, and value objects such as TextEncoder or Intl formats).
//
// The one allowed pattern, for memo caches of immutable things:
// - `const x = once(() => …)` with `once` from src/platform/once.ts (a lazily made promise or value,
//   made at most once: loaded art, a QR decoder), or
// - `const x = new WeakMap<K, V>()`: a value remembered per object, keyed by the object's identity
//   (a level's index, a finished run's nonce); it goes when the key goes.
// And one named exception, the page's language (ONE_PER_PAGE below): every screen's t() reads it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

interface Finding {
  file: string;
  line: number;
  name: string;
  why: string;
}

const MUTATING = new Set([
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
  'set',
  'add',
  'delete',
  'clear',
]);
/** Built-ins whose instances hold no state of their own, or whose writes the mutation rule sees. */
const PLAIN_CONSTRUCTORS = new Set([
  'Map',
  'Set',
  'Array',
  'Object',
  'Uint8Array',
  'Int8Array',
  'Uint16Array',
  'Int16Array',
  'Uint32Array',
  'Int32Array',
  'Float32Array',
  'Float64Array',
  'TextEncoder',
  'TextDecoder',
  'RegExp',
  'URL',
  'Error',
  'RangeError',
  'TypeError',
]);
const ASSIGNMENTS = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.PlusEqualsToken,
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken,
  ts.SyntaxKind.PercentEqualsToken,
  ts.SyntaxKind.AmpersandEqualsToken,
  ts.SyntaxKind.BarEqualsToken,
  ts.SyntaxKind.CaretEqualsToken,
  ts.SyntaxKind.LessThanLessThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.AsteriskAsteriskEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.AmpersandAmpersandEqualsToken,
]);

/** Strips `(…)`, `as T`, `satisfies T` and `!` around an expression. */
function bare(e: ts.Expression): ts.Expression {
  let x = e;
  while (
    ts.isParenthesizedExpression(x) ||
    ts.isAsExpression(x) ||
    ts.isSatisfiesExpression(x) ||
    ts.isNonNullExpression(x) ||
    ts.isTypeAssertionExpression(x)
  )
    x = x.expression;
  return x;
}

function isFunctionLike(n: ts.Node): boolean {
  return (
    ts.isFunctionDeclaration(n) ||
    ts.isFunctionExpression(n) ||
    ts.isArrowFunction(n) ||
    ts.isMethodDeclaration(n) ||
    ts.isConstructorDeclaration(n) ||
    ts.isGetAccessorDeclaration(n) ||
    ts.isSetAccessorDeclaration(n) ||
    ts.isPropertyDeclaration(n) // a class field's initialiser runs with each instance
  );
}

function insideFunction(n: ts.Node): boolean {
  for (let p = n.parent; p && !ts.isSourceFile(p); p = p.parent) if (isFunctionLike(p)) return true;
  return false;
}

/**
 * Whether this use of a binding writes through it: the place reached by `x.a[b].c` is assigned,
 * counted up or down, or deleted; or a mutating method is called on it; or it is Object.assign's target.
 */
function writesThrough(id: ts.Identifier): boolean {
  let top: ts.Expression = id;
  let depth = 0;
  while (
    (ts.isPropertyAccessExpression(top.parent) || ts.isElementAccessExpression(top.parent)) &&
    top.parent.expression === top
  ) {
    top = top.parent;
    depth++;
  }
  const p = top.parent;
  if (depth > 0) {
    if (ts.isBinaryExpression(p) && p.left === top && ASSIGNMENTS.has(p.operatorToken.kind)) return true;
    if (
      (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) &&
      (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)
    )
      return true;
    if (ts.isDeleteExpression(p)) return true;
    if (ts.isCallExpression(p) && p.expression === top && ts.isPropertyAccessExpression(top))
      return MUTATING.has(top.name.text);
  }
  if (ts.isCallExpression(p) && p.arguments[0] === top) {
    const callee = p.expression;
    if (
      ts.isPropertyAccessExpression(callee) &&
      ts.isIdentifier(callee.expression) &&
      callee.expression.text === 'Object' &&
      ['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf'].includes(callee.name.text)
    )
      return true;
  }
  return false;
}

/** Where a symbol comes from, through any import aliases. */
function origin(checker: ts.TypeChecker, s: ts.Symbol | undefined): ts.Symbol | undefined {
  return s && s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
}

/** Finds module-level mutable state in a set of TypeScript sources (path → text), all read together. */
function moduleStateFindings(sources: Record<string, string>): Finding[] {
  const names = Object.keys(sources);
  const options: ts.CompilerOptions = {
    noLib: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    types: [],
  };
  const files = new Map(
    names.map((n) => [n, ts.createSourceFile(n, sources[n]!, ts.ScriptTarget.ES2022, true)]),
  );
  const host: ts.CompilerHost = {
    getSourceFile: (n) => files.get(n),
    getDefaultLibFileName: () => '/lib.d.ts',
    writeFile: () => {},
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (n) => n,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (n) => files.has(n),
    readFile: (n) => sources[n],
  };
  const program = ts.createProgram(names, options, host);
  const checker = program.getTypeChecker();
  const findings: Finding[] = [];
  const where = (n: ts.Node) => {
    const sf = n.getSourceFile();
    return { file: sf.fileName, line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1 };
  };
  /** Top-level const bindings that are not the memo pattern, by symbol. */
  const watched = new Map<ts.Symbol, ts.Identifier>();

  for (const sf of files.values()) {
    for (const stmt of sf.statements) {
      if (!ts.isVariableStatement(stmt)) continue;
      const list = stmt.declarationList;
      const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
      for (const d of list.declarations) {
        const ids: ts.Identifier[] = [];
        const collect = (b: ts.BindingName) => {
          if (ts.isIdentifier(b)) ids.push(b);
          else for (const e of b.elements) if (!ts.isOmittedExpression(e)) collect(e.name);
        };
        collect(d.name);
        if (!isConst) {
          for (const id of ids)
            findings.push({ ...where(id), name: id.text, why: 'top-level let/var: module state' });
          continue;
        }
        const init = d.initializer ? bare(d.initializer) : undefined;
        if (init && isMemo(checker, init)) continue;
        if (init && ts.isNewExpression(init)) {
          const ctor = ts.isIdentifier(init.expression) ? init.expression.text : init.expression.getText();
          const plain = PLAIN_CONSTRUCTORS.has(ctor) || ctor.startsWith('Intl.');
          if (!plain) {
            for (const id of ids)
              findings.push({
                ...where(id),
                name: id.text,
                why: `top-level new ${ctor}(): an object that may hold state`,
              });
            continue;
          }
        }
        for (const id of ids) {
          const s = checker.getSymbolAtLocation(id);
          if (s) watched.set(s, id);
        }
      }
    }
  }

  const reported = new Set<ts.Symbol>();
  for (const sf of files.values()) {
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && insideFunction(n)) {
        const s = origin(checker, checker.getSymbolAtLocation(n));
        if (s && watched.has(s) && !reported.has(s) && writesThrough(n)) {
          reported.add(s);
          const decl = watched.get(s)!;
          const at = where(n);
          findings.push({
            ...where(decl),
            name: decl.text,
            why: `written from a function (line ${at.line} of ${at.file}): module state`,
          });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** `new WeakMap(…)`, or a call of `once` imported from src/platform/once.ts. */
function isMemo(checker: ts.TypeChecker, init: ts.Expression): boolean {
  if (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'WeakMap')
    return true;
  if (!ts.isCallExpression(init) || !ts.isIdentifier(init.expression)) return false;
  const s = origin(checker, checker.getSymbolAtLocation(init.expression));
  const decl = s?.declarations?.[0];
  return (
    decl !== undefined && s?.name === 'once' && decl.getSourceFile().fileName.endsWith('/platform/once.ts')
  );
}

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The page's language and its strings: one per page (as `<html lang>` is), set by initI18n and
 * setLanguage and read by t() on every screen, in the module that owns them (i18next's singleton
 * held the same, out of this check's sight, until src/i18n/index.ts replaced it). Nothing else. */
const ONE_PER_PAGE: Record<string, string> = {
  'src/i18n/index.ts tables': 'the strings of the languages loaded so far',
  'src/i18n/index.ts current': "the page's language",
  'src/i18n/index.ts listeners': 'what redraws when the language changes',
  'src/i18n/index.ts pluralRules': 'one Intl.PluralRules per language, made when first needed',
  'src/i18n/index.ts formats': 'one Intl.NumberFormat per language and kind, made when first needed',
};

const ONCE = `// test copy\nexport function once<T>(make: () => T): () => T { let v: T | undefined; return () => (v ??= make()); }\n`;

describe('no module-level mutable state in src/', () => {
  const paths = sourceFiles(SRC);
  const sources = Object.fromEntries(paths.map((p) => [p, readFileSync(p, 'utf8')]));

  it('has the sources to check', () => {
    expect(paths.length).toBeGreaterThan(100);
    expect(paths.some((p) => p.endsWith(join('platform', 'once.ts')))).toBe(true);
  });

  it('finds none: state lives in the context or with its owner', () => {
    const found = moduleStateFindings(sources).map((f) => `${relative(ROOT, f.file)} ${f.name}`);
    expect(found.filter((f) => !(f in ONE_PER_PAGE))).toEqual([]);
    // An exception that is no longer there goes from the list too.
    expect(Object.keys(ONE_PER_PAGE).filter((f) => !found.includes(f))).toEqual([]);
  });

  it('catches a top-level let and var', () => {
    const found = moduleStateFindings({
      '/src/a.ts':
        '// a\nexport let count = 0;\nvar other = 1;\nexport const bump = () => count++ + other;\n',
    });
    expect(found.map((f) => [f.name, f.line, f.why])).toEqual([
      ['count', 2, 'top-level let/var: module state'],
      ['other', 3, 'top-level let/var: module state'],
    ]);
  });

  it('catches a container written from a function, here or through an import', () => {
    const found = moduleStateFindings({
      '/src/a.ts': [
        '// a',
        'const open = new Set<string>();',
        'export const seen: string[] = [];',
        'const view = { projector: false, picked: null as string | null };',
        'export const cache = new Map<string, number>();',
        'export function show(k: string) { open.add(k); view.projector = !view.projector; }',
      ].join('\n'),
      '/src/b.ts': [
        '// b',
        "import { cache, seen } from './a';",
        'export const note = (s: string) => { seen.push(s); cache.set(s, 1); };',
      ].join('\n'),
    });
    expect(found.map((f) => f.name).sort()).toEqual(['cache', 'open', 'seen', 'view']);
    expect(found.find((f) => f.name === 'seen')?.why).toBe(
      'written from a function (line 3 of /src/b.ts): module state',
    );
  });

  it('catches deeper writes, deletes, counters and Object.assign', () => {
    const found = moduleStateFindings({
      '/src/a.ts': [
        '// a',
        "const form = { levels: ['', ''], seed: 1 };",
        'const marks: Record<string, number> = {};',
        'const tally = { n: 0 };',
        'const flags: Record<string, boolean> = { a: true };',
        'export function f(i: number) { form.levels[i] = "x"; }',
        'export function g() { Object.assign(marks, { a: 1 }); }',
        'export function h() { tally.n += 1; }',
        'export function k() { delete flags.a; }',
      ].join('\n'),
    });
    expect(found.map((f) => f.name)).toEqual(['form', 'marks', 'tally', 'flags']);
  });

  it('catches a module-level instance of a class that may hold state', () => {
    const found = moduleStateFindings({
      '/src/a.ts': '// a\nclass Store { n = 0; bump() { this.n++; } }\nexport const store = new Store();\n',
    });
    expect(found.map((f) => [f.name, f.why])).toEqual([
      ['store', 'top-level new Store(): an object that may hold state'],
    ]);
  });

  it('allows constant tables, initialisation while the module loads, once() and WeakMap memos', () => {
    const found = moduleStateFindings({
      '/src/platform/once.ts': ONCE,
      '/src/a.ts': [
        '// a',
        "import { once } from './platform/once';",
        "const ENDS = ['months', 'goals'] as const;",
        'const INDEX = new Int16Array(128).fill(-1);',
        'for (let i = 0; i < 64; i++) INDEX[i] = i;',
        'const TABLE = new Map([["a", 1]]);',
        'const art = once(() => Promise.resolve([1, 2]));',
        'const byLevel = new WeakMap<object, number>();',
        'const ENCODER = new TextEncoder();',
        'export function use(level: object) {',
        '  const local: number[] = [];',
        '  local.push(INDEX[3]!, TABLE.get("a")!, ENDS.length);',
        '  byLevel.set(level, local.length);',
        '  return [art(), ENCODER];',
        '}',
      ].join('\n'),
    });
    expect(found).toEqual([]);
  });

  it('does not take a look-alike once() from elsewhere for the memo pattern', () => {
    const found = moduleStateFindings({
      '/src/a.ts': [
        '// a',
        'function once<T>(make: () => T) { return make; }',
        'const list = once(() => 1);',
        'const held = once(() => 1) as unknown as number[];',
        'export const f = () => { held.push(1); return list; };',
      ].join('\n'),
    });
    expect(found.map((f) => f.name)).toEqual(['held']);
  });
});

describe('every source file opens with one line saying what it is for', () => {
  const paths = sourceFiles(SRC);
  it.each(paths.map((p) => relative(ROOT, p)))('%s', (path) => {
    const first = readFileSync(join(ROOT, path), 'utf8').split('\n', 1)[0] ?? '';
    expect(first).toMatch(/^\/\/ \S.{10,}/);
  });
});
