// Level-file problems as `file + JSON pointer + message`: from zod issues, JSON syntax and the checks.
import type { z } from 'zod';

/** One thing wrong with a content file: where, and what was expected. */
export interface Problem {
  file: string;
  pointer: string;
  message: string;
}

export function pointer(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '/';
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.pointer}: ${p.message}`;
}

const EFFECT_KEYS = new Set(['effects', 'then', 'else', 'monthly']);
const REQUIREMENT_KEYS = new Set(['requires', 'if', 'any', 'all', 'not', 'replace']);

/** Names what a discriminated object at this path is, from the nearest key that holds it. */
function nounAt(path: readonly PropertyKey[]): string {
  for (let i = path.length - 2; i >= 0; i--) {
    const key = path[i];
    if (typeof key !== 'string') continue;
    if (EFFECT_KEYS.has(key)) return 'effect';
    if (REQUIREMENT_KEYS.has(key)) return 'requirement';
    return key;
  }
  return 'value';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Turns zod's issues into problems whose messages say what was expected. */
export function fromZod(file: string, data: unknown, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => {
    const path = issue.path;
    const at = pointer(path);
    const value = valueAt(data, path);
    const last = path[path.length - 1];
    // A value that must be one of a list: say it is missing, or which it was, and the list.
    const oneOf = (allowed: unknown[], noun: string) => {
      const opts = allowed.map(String).join(', ');
      const message =
        value === undefined
          ? `missing "${String(last)}"; expected one of ${opts}`
          : `unknown ${noun} ${JSON.stringify(value)}; expected one of ${opts}`;
      return { file, pointer: at, message };
    };
    if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options))
      return oneOf(issue.options as unknown[], nounAt(path));
    if (issue.code === 'invalid_value' && 'values' in issue)
      return oneOf(issue.values as unknown[], String(last));
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return { file, pointer: at, message: `unknown field ${keys}; check its spelling or remove it` };
    }
    if (issue.code === 'invalid_type' && value === undefined) {
      if (last === 'zh-Hans')
        return { file, pointer: at, message: 'missing Simplified Chinese (zh-Hans) text' };
      if (last === 'en') return { file, pointer: at, message: 'missing English (en) text' };
      return { file, pointer: at, message: `missing "${String(last)}" (expected ${issue.expected})` };
    }
    return { file, pointer: at, message: issue.message.replace(/^Invalid input: /, '') };
  });
}

/** Deepest nesting of objects and arrays a content file may have; real levels stay under 20. */
export const MAX_DEPTH = 64;

/**
 * The path to the first value nested deeper than `max` objects and arrays, or null.
 * Iterative, so that hostile nesting cannot overflow the stack here.
 */
export function tooDeep(data: unknown, max = MAX_DEPTH): PropertyKey[] | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= max) return path;
    const entries: [PropertyKey, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, v] = entries[i]!;
      stack.push({ value: v, path: [...path, k] });
    }
  }
  return null;
}

/** Prints problems one a line, the first `limit` of them, then how many more there are. */
export function formatProblems(problems: readonly Problem[], limit = 50): string[] {
  const lines = problems.slice(0, limit).map(formatProblem);
  if (problems.length > limit)
    lines.push(`… and ${problems.length - limit} more problem(s) not shown (${problems.length} in all)`);
  return lines;
}

/**
 * Parses JSON text, turning a syntax error into a problem with its line and column. A leading
 * UTF-8 byte-order mark (which some Windows editors write) is ignored; nesting deeper than
 * MAX_DEPTH is refused with the pointer where it goes too deep.
 */
export function parseJson(
  file: string,
  input: string,
): { ok: true; data: unknown } | { ok: false; problem: Problem } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(msg);
    let where = '';
    if (m) {
      const before = text.slice(0, Number(m[1]));
      const line = before.split('\n').length;
      const col = before.length - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${col}`;
    }
    return {
      ok: false,
      problem: { file, pointer: '/', message: `not valid JSON${where}: ${msg}; fix the syntax there` },
    };
  }
  const deep = tooDeep(data);
  if (deep)
    return {
      ok: false,
      problem: {
        file,
        pointer: pointer(deep),
        message: `nested more than ${MAX_DEPTH} levels deep; no level needs that many, flatten it`,
      },
    };
  return { ok: true, data };
}
