// Writes the JSON Schemas that level, policy and facts files name in "$schema", for editor autocomplete.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FactsFileSchema, LevelSchema, PolicySchema } from '../src/content/schema';
import { ROOT } from './node-content';

const targets: [string, z.ZodType, string][] = [
  ['levels/level.schema.json', LevelSchema, 'Invisible Walls level'],
  ['levels/policy.schema.json', PolicySchema, 'Invisible Walls reform policy'],
  ['levels/facts.schema.json', FactsFileSchema, 'Invisible Walls facts'],
];
for (const [file, schema, title] of targets) {
  const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
  writeFileSync(join(ROOT, file), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`wrote ${targets.map((t) => t[0]).join(', ')}`);
