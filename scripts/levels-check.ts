// npm run levels:check [files…] — checks every level (or the level files named, which may
// live anywhere) and prints one line per problem as FILE: /json/pointer: message.
// Exits 1 on any problem. A file that is not UTF-8 JSON, or nested absurdly deep, is refused
// with its name and a JSON pointer, never a stack trace.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { type ContentFile, kindOf, loadContent } from '../src/content/load';
import { formatProblems } from '../src/content/problems';
import { contentFiles, ROOT } from './node-content';

const named: ContentFile[] = [];
for (const arg of process.argv.slice(2)) {
  const path = relative(ROOT, resolve(arg));
  try {
    const kind = kindOf(path);
    named.push({ path, text: readFileSync(resolve(arg), 'utf8'), kind: kind === 'other' ? 'level' : kind });
  } catch {
    console.log(`${path}: /: cannot read the file; check the path`);
    process.exit(1);
  }
}
// Named files stand in for the shipped files at the same path; levels not named are not checked.
const shipped = contentFiles().filter(
  (f) => !named.some((n) => n.path === f.path) && (named.length === 0 || kindOf(f.path) !== 'level'),
);
const content = loadContent([...shipped, ...named]);
// The first 50 problems, then a count: a file broken everywhere must not bury the terminal.
for (const line of formatProblems(content.problems)) console.log(line);
if (content.problems.length > 0) process.exit(1);
console.log(
  `levels:check: ${content.levels.size} level(s) OK; ${content.policies.size} policies, ${content.facts.facts.length} facts`,
);
