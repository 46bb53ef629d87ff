// npm run levels:check [files…] — checks every level (or the files named) and prints
// one line per problem as FILE: /json/pointer: message. Exits 1 on any problem.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { kindOf, loadContent } from '../src/content/load';
import { formatProblem } from '../src/content/problems';
import { contentFiles, ROOT } from './node-content';

const named = process.argv.slice(2).map((f) => relative(ROOT, resolve(f)));
const files = contentFiles();
for (const path of named) {
  let text: string;
  try {
    text = readFileSync(resolve(ROOT, path), 'utf8');
  } catch {
    console.log(`${path}: /: cannot read the file; check the path`);
    process.exit(1);
  }
  // A named file stands in for the shipped file it copies (same kind), or is checked beside them.
  const i = files.findIndex((f) => f.path === path);
  if (i >= 0) files[i] = { path, text };
  else
    files.push({
      path: kindOf(path) === 'other' && path.endsWith('.json') ? `levels/${path.replace(/^.*\//, '')}` : path,
      text,
    });
}
const content = loadContent(files);
const shown = named.length
  ? content.problems.filter((p) => named.some((n) => p.file === n || p.file.endsWith(n.replace(/^.*\//, ''))))
  : content.problems;
// Problems in shared files (facts, policies) matter to every level.
const shared = content.problems.filter((p) => kindOf(p.file) !== 'level' && !shown.includes(p));
for (const p of [...shown, ...shared]) console.log(formatProblem(p));
if (shown.length + shared.length > 0) process.exit(1);
console.log(
  `levels:check: ${named.length || content.levels.size} level file(s) OK; ${content.policies.size} policies, ${content.facts.facts.length} facts`,
);
