// Golden transcripts: for every shipped level, committed seeds and intents must still come to the
// committed events, outcome, twin outcome and reform outcomes. When a rule changes on purpose,
// `npm run golden:update` rewrites tests/golden/*.json and the diff is reviewed with the change.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeGolden, GOLDEN_DIR, readGolden } from '../helpers/golden';
import { shipped } from '../helpers/shipped';

// Loaded inside the tests, not when the file loads, so that mutation testing (Stryker) can tell
// which test ran which rule. The level ids come from the golden files themselves.
const goldenIds = readdirSync(GOLDEN_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

describe('golden transcripts', () => {
  it('exist for exactly the shipped levels', () => {
    expect([...goldenIds].sort(), 'run npm run golden:update to add or remove golden files').toEqual(
      [...shipped().order].sort(),
    );
  });

  it.each(goldenIds)('%s: the committed runs replay to the committed outcomes', (id) => {
    const content = shipped();
    const level = content.levels.get(id)!;
    const committed = readGolden(id);
    expect(committed, `tests/golden/${id}.json is missing; run npm run golden:update`).not.toBeNull();
    // Each run plays the level for real: at least one intent, and something it met on the way.
    for (const run of committed!.runs) expect(run.intents.length).toBeGreaterThan(0);
    const now = computeGolden(content, level, committed);
    expect(
      now,
      `the rules now give other results for tests/golden/${id}.json: if the change is meant, run npm run golden:update and review the diff`,
    ).toEqual(committed);
  });

  it('cover a wall, a month-end event, a twin and a reform on every level', () => {
    for (const id of shipped().order) {
      const g = readGolden(id)!;
      const all = g.runs.map((r) => JSON.stringify(r.recorded));
      expect(
        all.some((t) => t.includes('"unmet"')),
        `${id}: a wall, met by a run, its twin or a reform`,
      ).toBe(true);
      expect(
        all.some((t) => t.includes('"type":"eventDrawn"')),
        `${id}: an event`,
      ).toBe(true);
      for (const r of g.runs) {
        const rec = r.recorded as { twin: unknown; reforms: Record<string, unknown> };
        expect(rec.twin, `${id}/${r.name}: a twin`).not.toBeNull();
        expect(Object.keys(rec.reforms).length, `${id}/${r.name}: reforms`).toBeGreaterThan(0);
      }
    }
  });
});
