// The shipped content reaches the browser checked at build time (scripts/checked-content.ts):
// the browser parses what loadContent made, so it must be exactly that, and a broken file must
// still be left out and named, as when the browser checked it.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedContentJson } from '../../scripts/checked-content-data';
import { contentFiles, ROOT } from '../../scripts/node-content';
import { loadContent } from '../../src/content/load';

describe('content checked at build time', () => {
  it('is what loadContent makes of the shipped files, through JSON and back', () => {
    const checked = JSON.parse(checkedContentJson(ROOT).json);
    const direct = loadContent(contentFiles());
    expect(checked.problems).toEqual([]);
    expect(checked.order).toEqual(direct.order);
    expect(checked.facts).toEqual(direct.facts);
    expect(new Map(checked.levels)).toEqual(direct.levels);
    expect(new Map(checked.policies)).toEqual(direct.policies);
  });

  it("hands the run-link screen every checked level's title, city and registrations by name, and only those", () => {
    const { names } = checkedContentJson(ROOT);
    const direct = loadContent(contentFiles());
    const byId = new Map<string, { title: unknown; city: unknown; registrations: unknown }>(
      JSON.parse(names),
    );
    expect([...byId.keys()].sort()).toEqual([...direct.levels.keys()].sort());
    for (const [id, level] of direct.levels)
      expect(byId.get(id)).toEqual({
        title: level.title,
        city: level.city.name,
        registrations: level.registrations.map((r) => ({ id: r.id, name: r.name })),
      });
    // Names, not the level: a few hundred bytes a level.
    expect(names.length).toBeLessThan(checkedContentJson(ROOT).json.length / 20);
  });

  it('leaves a broken level out and names it with its file and pointer', () => {
    const root = mkdtempSync(join(tmpdir(), 'iw-checked-'));
    try {
      cpSync(join(ROOT, 'levels'), join(root, 'levels'), { recursive: true });
      writeFileSync(join(root, 'levels', 'tutorial.json'), '{"id": "tutorial", "months": "many"}');
      const { json, names, problems } = checkedContentJson(root);
      const checked = JSON.parse(json);
      expect(checked.order).not.toContain('tutorial');
      expect(new Map(JSON.parse(names)).has('tutorial')).toBe(false);
      expect(checked.order).toContain('megacity');
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.startsWith('levels/tutorial.json: /'))).toBe(true);
      expect(checked.problems.map((p: { file: string }) => p.file)).toContain('levels/tutorial.json');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
