// Turns the raw text of the content files into checked levels, policies and facts.
// The game and `npm run levels:check` both load through here, so they agree on every message.
import type { Level, Policy } from '../rules/types';
import { checkLevel } from './check-level';
import { LEVEL_ORDER } from './level-order';
import { fromZod, type Problem, parseJson, pointer } from './problems';
import { type FactsFile, FactsFileSchema, PolicySchema } from './schema';

export interface ContentFile {
  /** Path relative to the project, e.g. "levels/tutorial.json". */
  path: string;
  text: string;
  /** What the file is; by default told from its path. */
  kind?: FileKind;
}

export interface Content {
  facts: FactsFile;
  policies: Map<string, Policy>;
  levels: Map<string, Level>;
  /** Level ids in play order. */
  order: string[];
  problems: Problem[];
}

export const FACTS_PATH = 'levels/facts.json';
export type FileKind = 'facts' | 'policy' | 'level' | 'other';

export function kindOf(path: string): FileKind {
  if (path.endsWith('.schema.json') || !path.endsWith('.json')) return 'other';
  if (path.endsWith(FACTS_PATH)) return 'facts';
  if (/(^|\/)levels\/policies\/[^/]+\.json$/.test(path)) return 'policy';
  if (/(^|\/)levels\/[^/]+\.json$/.test(path)) return 'level';
  return 'other';
}

export { LEVEL_ORDER };

function baseName(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

export function checkFacts(file: string, data: unknown): { facts: FactsFile | null; problems: Problem[] } {
  const parsed = FactsFileSchema.safeParse(data);
  if (!parsed.success) return { facts: null, problems: fromZod(file, data, parsed.error.issues) };
  const problems: Problem[] = [];
  const sourceIds = new Set<string>();
  parsed.data.sources.forEach((s, i) => {
    if (sourceIds.has(s.id))
      problems.push({
        file,
        pointer: pointer(['sources', i, 'id']),
        message: `duplicate source id "${s.id}"`,
      });
    sourceIds.add(s.id);
  });
  const factIds = new Set<string>();
  const byId = new Map(parsed.data.facts.map((f) => [f.id, f]));
  parsed.data.facts.forEach((f, i) => {
    if (factIds.has(f.id))
      problems.push({ file, pointer: pointer(['facts', i, 'id']), message: `duplicate fact id "${f.id}"` });
    factIds.add(f.id);
    const at = (key: string, message: string) =>
      problems.push({ file, pointer: pointer(['facts', i, key]), message });
    if (!f.year.en.includes(String(f.from)) || !f.year['zh-Hans'].includes(String(f.from)))
      at(
        'from',
        `"from": ${f.from} does not appear in the year shown ("${f.year.en}" / "${f.year['zh-Hans']}")`,
      );
    if (f.until !== undefined && f.until < f.from)
      at('until', `"until": ${f.until} is before "from": ${f.from}`);
    if (f.supersededBy !== undefined) {
      const next = byId.get(f.supersededBy);
      if (!next) at('supersededBy', `unknown fact "${f.supersededBy}"`);
      else if (f.until === undefined) at('until', `a fact replaced by "${f.supersededBy}" needs "until"`);
      else if (next.from > f.until + 1 || next.from < f.from)
        at(
          'supersededBy',
          `"${f.supersededBy}" starts in ${next.from}, not when this fact ends (${f.until})`,
        );
    }
    f.sources.forEach((s, j) => {
      if (!sourceIds.has(s))
        problems.push({
          file,
          pointer: pointer(['facts', i, 'sources', j]),
          message: `unknown source "${s}"; add it under /sources`,
        });
    });
  });
  return { facts: problems.length ? null : parsed.data, problems };
}

export function checkPolicy(
  file: string,
  data: unknown,
  factIds: ReadonlySet<string>,
): { policy: Policy | null; problems: Problem[] } {
  const parsed = PolicySchema.safeParse(data);
  if (!parsed.success) return { policy: null, problems: fromZod(file, data, parsed.error.issues) };
  const problems: Problem[] = [];
  if (parsed.data.id !== baseName(file))
    problems.push({
      file,
      pointer: '/id',
      message: `id "${parsed.data.id}" differs from the file name; expected "${baseName(file)}"`,
    });
  parsed.data.facts.forEach((f, i) => {
    if (!factIds.has(f))
      problems.push({
        file,
        pointer: pointer(['facts', i]),
        message: `unknown fact "${f}"; expected an id from ${FACTS_PATH}`,
      });
  });
  return { policy: problems.length ? null : (parsed.data as Policy), problems };
}

/** Loads every content file; whatever is broken is left out and named in `problems`. */
export function loadContent(files: readonly ContentFile[]): Content {
  const problems: Problem[] = [];
  const ofKind = (kind: FileKind) => files.filter((f) => (f.kind ?? kindOf(f.path)) === kind);
  const read = (f: ContentFile): unknown => {
    const r = parseJson(f.path, f.text);
    if (!r.ok) problems.push(r.problem);
    return r.ok ? r.data : undefined;
  };
  const factsFile = ofKind('facts')[0];
  let facts: FactsFile = { facts: [], sources: [] };
  if (!factsFile) problems.push({ file: FACTS_PATH, pointer: '/', message: 'the facts file is missing' });
  else {
    const data = read(factsFile);
    if (data !== undefined) {
      const r = checkFacts(factsFile.path, data);
      problems.push(...r.problems);
      if (r.facts) facts = r.facts;
    }
  }
  const factIds = new Set(facts.facts.map((f) => f.id));
  const factPeriods = new Map(facts.facts.map((f) => [f.id, f]));
  const policies = new Map<string, Policy>();
  for (const f of ofKind('policy')) {
    const data = read(f);
    if (data === undefined) continue;
    const r = checkPolicy(f.path, data, factIds);
    problems.push(...r.problems);
    if (r.policy) policies.set(r.policy.id, r.policy);
  }
  const policyIds = new Set(ofKind('policy').map((x) => baseName(x.path)));
  const levels = new Map<string, Level>();
  for (const f of ofKind('level')) {
    const data = read(f);
    if (data === undefined) continue;
    const r = checkLevel(f.path, data, { factIds, factPeriods, policyIds, expectedId: baseName(f.path) });
    problems.push(...r.problems);
    if (r.level) levels.set(r.level.id, r.level);
  }
  const order = [...levels.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return { facts, policies, levels, order, problems };
}

function rank(id: string): number {
  const i = LEVEL_ORDER.indexOf(id);
  return i === -1 ? LEVEL_ORDER.length : i;
}
