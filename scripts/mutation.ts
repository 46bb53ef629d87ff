// npm run test:mutation [-- stryker options…] — mutation testing with Stryker over src/rules,
// src/content and src/share (stryker.config.json; the tests it runs: vitest.stryker.config.ts).
// Prints the mutation score of each part, writes them into bench-results.json as
// mutation.rules_pct, mutation.content_pct, mutation.share_pct and mutation.all_pct, and exits 1
// when a committed threshold does not hold. `--report-only` reads the last report without a run.
// Incremental: a rerun tests only the mutants whose code or tests changed (reports/ keeps the state).
// `--by-file [--from <file>]`: one Stryker run per source file, in turn, so that on a loaded machine
// each finished file is kept (reports/stryker-incremental.json) even when the whole is stopped;
// `--from` resumes at a file. The scores printed at the end count every file run so far.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const REPORT = join(ROOT, 'reports', 'mutation', 'mutation.json');
const BENCH = join(ROOT, 'bench-results.json');

/** The committed thresholds, in percent of mutants detected. */
export const THRESHOLDS = { rules: 85, all: 75 } as const;

const PARTS = { rules: 'src/rules/', content: 'src/content/', share: 'src/share/' } as const;
type Part = keyof typeof PARTS | 'all';

interface MutantReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Stryker's mutation score: detected / (detected + undetected); compile errors and ignored mutants do not count. */
export function scores(report: MutantReport): Record<Part, { pct: number; detected: number; valid: number }> {
  const tally: Record<Part, { detected: number; valid: number }> = {
    rules: { detected: 0, valid: 0 },
    content: { detected: 0, valid: 0 },
    share: { detected: 0, valid: 0 },
    all: { detected: 0, valid: 0 },
  };
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const path = file.replace(/\\/g, '/');
    const part = (Object.keys(PARTS) as (keyof typeof PARTS)[]).find((p) => path.includes(PARTS[p]));
    for (const m of mutants) {
      const detected = DETECTED.has(m.status);
      if (!detected && !UNDETECTED.has(m.status)) continue;
      for (const t of part ? [tally[part], tally.all] : [tally.all]) {
        t.valid++;
        if (detected) t.detected++;
      }
    }
  }
  const pct = (t: { detected: number; valid: number }) =>
    t.valid === 0 ? 0 : Math.floor((1000 * t.detected) / t.valid) / 10;
  return Object.fromEntries(Object.entries(tally).map(([k, t]) => [k, { ...t, pct: pct(t) }])) as Record<
    Part,
    { pct: number; detected: number; valid: number }
  >;
}

/** The files stryker.config.json mutates (its `mutate` globs: `dir/**\/*.ts` and `!` exclusions), in order. */
export function mutatedFiles(): string[] {
  const config = JSON.parse(readFileSync(join(ROOT, 'stryker.config.json'), 'utf8')) as { mutate: string[] };
  const toRegExp = (glob: string) =>
    new RegExp(
      `^${glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*\//g, '(?:.*/)?')
        .replace(/\*\*/g, '.*')
        .replace(/\*/g, '[^/]*')}$`,
    );
  const include = config.mutate.filter((g) => !g.startsWith('!')).map(toRegExp);
  const exclude = config.mutate.filter((g) => g.startsWith('!')).map((g) => toRegExp(g.slice(1)));
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`],
    );
  return ['src']
    .flatMap(walk)
    .filter((f) => include.some((r) => r.test(f)) && !exclude.some((r) => r.test(f)))
    .sort();
}

function main(): void {
  const args = process.argv.slice(2);
  const reportOnly = args.includes('--report-only');
  let seconds = 0;
  if (args.includes('--by-file')) {
    const fromAt = args.indexOf('--from');
    const from = fromAt >= 0 ? args[fromAt + 1] : undefined;
    const files = mutatedFiles();
    const start = Date.now();
    for (const file of from ? files.slice(Math.max(0, files.indexOf(from))) : files) {
      const t = Date.now();
      console.log(`mutation: ${file}`);
      spawnSync('npx', ['stryker', 'run', '--mutate', file], { cwd: ROOT, stdio: 'inherit' });
      console.log(`mutation: ${file} took ${Math.round((Date.now() - t) / 1000)} s`);
    }
    seconds = Math.round((Date.now() - start) / 1000);
  } else if (!reportOnly) {
    const start = Date.now();
    const r = spawnSync('npx', ['stryker', 'run', ...args], { cwd: ROOT, stdio: 'inherit' });
    seconds = Math.round((Date.now() - start) / 1000);
    // Stryker exits 1 itself when the overall score is under its `break` threshold; the report still stands.
    if (!existsSync(REPORT)) process.exit(r.status ?? 1);
  }
  if (!existsSync(REPORT)) {
    console.error(`no mutation report at ${REPORT}; run npm run test:mutation first`);
    process.exit(1);
  }
  const s = scores(JSON.parse(readFileSync(REPORT, 'utf8')) as MutantReport);
  for (const [part, t] of Object.entries(s))
    console.log(`mutation.${part}_pct ${t.pct} % (${t.detected} of ${t.valid} mutants detected)`);
  if (seconds) console.log(`mutation.run_s ${seconds} s`);

  // Merge into bench-results.json (npm run bench writes the other figures there).
  let bench: { date?: string; figures: { name: string; value: number; unit: string }[] } = { figures: [] };
  try {
    bench = JSON.parse(readFileSync(BENCH, 'utf8'));
  } catch {}
  bench.figures = bench.figures.filter((f) => !f.name.startsWith('mutation.'));
  for (const [part, t] of Object.entries(s))
    bench.figures.push({ name: `mutation.${part}_pct`, value: t.pct, unit: '%' });
  if (seconds) bench.figures.push({ name: 'mutation.run_s', value: seconds, unit: 's' });
  bench.date = new Date().toISOString();
  writeFileSync(BENCH, `${JSON.stringify(bench, null, 2)}\n`);

  const failed = (Object.keys(THRESHOLDS) as (keyof typeof THRESHOLDS)[]).filter(
    (k) => s[k].pct < THRESHOLDS[k],
  );
  for (const k of failed)
    console.error(`mutation.${k}_pct ${s[k].pct} % is under the threshold of ${THRESHOLDS[k]} %`);
  if (failed.length > 0) process.exit(1);
  console.log(`thresholds hold: rules ≥ ${THRESHOLDS.rules} %, all ≥ ${THRESHOLDS.all} %`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) main();
