// npm run golden:update [-- --fresh] — rewrites tests/golden/<level>.json for every shipped level:
// the committed seeds and intents are kept and replayed through the engine as it is now, so that
// a change of rules shows up as a diff to review. --fresh (or a missing file) plays new runs.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { computeGolden, formatGolden, GOLDEN_DIR, goldenPath, readGolden } from '../tests/helpers/golden';
import { shipped } from '../tests/helpers/shipped';

const fresh = process.argv.includes('--fresh');
const content = shipped();
if (content.problems.length > 0) {
  console.error('the shipped content has problems; run npm run levels:check');
  process.exit(1);
}
mkdirSync(GOLDEN_DIR, { recursive: true });
for (const id of content.order) {
  const level = content.levels.get(id)!;
  const path = goldenPath(id);
  const existed = existsSync(path);
  const g = computeGolden(content, level, fresh ? null : readGolden(id));
  writeFileSync(path, formatGolden(g));
  console.log(`${existed ? 'updated' : 'created'} ${path} (${g.runs.length} runs)`);
}
