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
    if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
      const opts = (issue.options as unknown[]).map(String).join(', ');
      if (value === undefined)
        return { file, pointer: at, message: `missing "${String(last)}"; expected one of ${opts}` };
      return {
        file,
        pointer: at,
        message: `unknown ${nounAt(path)} ${JSON.stringify(value)}; expected one of ${opts}`,
      };
    }
    if (issue.code === 'invalid_value' && 'values' in issue) {
      const opts = (issue.values as unknown[]).map(String).join(', ');
      return {
        file,
        pointer: at,
        message: `unknown ${String(last)} ${JSON.stringify(value)}; expected one of ${opts}`,
      };
    }
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

/** Parses JSON text, turning a syntax error into a problem with its line and column. */
export function parseJson(
  file: string,
  text: string,
): { ok: true; data: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, data: JSON.parse(text) };
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
}
