// npm run bench [-- group…] — prints one figure per line as `name value unit` and writes
// them all to bench-results.json. Groups: rules, debrief (more join as they are built).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from './bench/figure';
import { benchRules } from './bench/rules';
import { ROOT } from './node-content';

type Group = () => Promise<Figure[]>;
const groups: Record<string, Group> = {
  rules: benchRules,
};
if (existsSync(join(ROOT, 'scripts', 'bench-debrief.ts'))) {
  groups.debrief = async () => (await import('./bench-debrief')).benchDebrief();
}

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = asked.filter((a) => !(a in groups));
if (unknown.length) {
  console.error(
    `unknown bench group ${unknown.join(', ')}; expected one of ${Object.keys(groups).join(', ')}`,
  );
  process.exit(1);
}
const figures: Figure[] = [];
for (const name of asked.length ? asked : Object.keys(groups)) {
  for (const f of await groups[name]!()) {
    console.log(`${f.name} ${f.value} ${f.unit}`);
    figures.push(f);
  }
}
writeFileSync(
  join(ROOT, 'bench-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), figures }, null, 2)}\n`,
);
