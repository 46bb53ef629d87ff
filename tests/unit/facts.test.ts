import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/rules';
import { shipped } from '../helpers/shipped';

// The facts sheet sits beside the project (../shared), for developers and CI alike.
const SHEET = join(import.meta.dirname, '..', '..', '..', 'shared', 'hukou-facts.md');
const content = shipped();
const { facts, sources } = content.facts;

describe('facts match the facts sheet', () => {
  it('the facts sheet is there to compare with', () => {
    expect(existsSync(SHEET), `expected ${SHEET}`).toBe(true);
  });
  const sheet = existsSync(SHEET) ? readFileSync(SHEET, 'utf8') : '';
  const sheetNumbers = new Set(
    (sheet.replace(/(\d),(\d{3})/g, '$1$2').match(/\d+(?:\.\d+)?/g) ?? []).map(Number),
  );

  it.each(sources)('source $id is the sheet’s source with the same number and URL', (s) => {
    const n = Number(s.id.slice(1));
    const line = sheet
      .slice(sheet.indexOf('## Sources'))
      .split('\n')
      .find((l) => l.startsWith(`${n}. `));
    expect(line, `sheet has no source ${n}`).toBeDefined();
    expect(line).toContain(s.url);
  });

  it.each(facts.filter((f) => f.figure))('the figures of $id appear in the sheet', (f) => {
    const numbers = (f.figure!.replace(/(\d),(\d{3})/g, '$1$2').match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
    for (const n of numbers) expect(sheetNumbers.has(n), `${f.id}: ${n} is not in the sheet`).toBe(true);
  });
});

function citedFacts(level: Level): string[] {
  return [
    ...level.facts,
    ...level.venues.flatMap((v) => v.actions.flatMap((a) => a.facts)),
    ...level.events.flatMap((e) => e.facts),
  ];
}

describe('every barrier and event cites facts that exist', () => {
  const ids = new Set(facts.map((f) => f.id));
  it.each([...content.levels.values()])('$id', (level) => {
    for (const v of level.venues)
      for (const a of v.actions) {
        if (a.requires) expect(a.facts.length, `${v.id}/${a.id}`).toBeGreaterThan(0);
      }
    for (const f of citedFacts(level)) expect(ids.has(f), f).toBe(true);
  });
});
