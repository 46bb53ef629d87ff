// A reload never changes a run: for random runs played through the store the way the game plays
// them (including the clicks a player makes while a month-end event choice is still open), the
// save written at a random step, read back and rebuilt, reaches exactly the state live play had —
// and from there the same clicks lead both to exactly the same end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableIntents, generator } from '../../src/rules';
import type { Intent, Level, RunState } from '../../src/rules/types';
import { recordOf } from '../../src/store/run-record';
import { readSave, writeSave } from '../../src/store/save';
import { openRun } from '../../src/store/store';
import { shipped } from '../helpers/shipped';

const content = shipped();

/** A page's localStorage, enough for the save. */
function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

/** What a player clicks next: mostly something the rules allow, sometimes anything at all. */
function nextClick(level: Level, s: RunState, rand: () => number): Intent {
  const options = availableIntents(level, s);
  const venue = level.venues[Math.floor(rand() * level.venues.length)]!;
  const action = venue.actions[Math.floor(rand() * venue.actions.length)];
  const anything: Intent[] = [
    { type: 'endMonth' },
    { type: 'move', venue: venue.id },
    ...(action ? [{ type: 'act' as const, venue: venue.id, action: action.id }] : []),
    { type: 'finish' },
  ];
  const pool = options.length && rand() < 0.75 ? options : anything;
  return pool[Math.floor(rand() * pool.length)]!;
}

const cases = [...content.levels.values()].flatMap((level) =>
  [null, ...level.policies].map((policyId) => ({
    name: `${level.id} · ${policyId ?? 'status quo'}`,
    level,
    policyId: policyId ?? 'status-quo',
  })),
);

describe.each(cases)('a reload in $name', ({ level, policyId }) => {
  it('resumes at exactly the live state and ends exactly where the uninterrupted run ends', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 0, max: level.registrations.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, regIndex, reloadAt) => {
          const record = {
            levelId: level.id,
            seed,
            registrationId: level.registrations[regIndex]!.id,
            policyId,
            intents: [],
          };
          const storage = memoryStorage();
          const opened = openRun(content, record, (s) => writeSave(storage, recordOf(s)));
          if (!opened.ok) throw new Error(opened.error);
          const live = opened.store;
          // The clicks are fixed in advance from the seed, so both runs get the same ones.
          const rand = generator(seed ^ 0x7e10ad);
          const clicks: Intent[] = [];
          let probe = live.state();
          const probeStore = openRun(content, record);
          if (!probeStore.ok) throw new Error(probeStore.error);
          for (let i = 0; i < 400 && !probe.ended; i++) {
            const click = nextClick(probeStore.store.effective, probe, rand);
            clicks.push(click);
            probeStore.store.dispatch(click);
            probe = probeStore.store.state();
          }
          const k = Math.floor(reloadAt * clicks.length);
          for (const c of clicks.slice(0, k)) live.dispatch(c);
          // Reload: read what the page saved and rebuild the run from it.
          const saved = readSave(storage);
          expect(saved.ok || k === 0).toBe(true);
          const resumedRecord = saved.ok ? saved.record : record;
          const reopened = openRun(content, resumedRecord);
          if (!reopened.ok) throw new Error(reopened.error);
          const resumed = reopened.store;
          expect(resumed.state()).toEqual(live.state());
          // A choice that was open before the reload is still open (and the month it closed is known).
          if (live.state().pendingEvent) expect(resumed.monthEnd()).toEqual(live.monthEnd());
          for (const c of clicks.slice(k)) {
            live.dispatch(c);
            resumed.dispatch(c);
          }
          expect(resumed.state()).toEqual(live.state());
          expect(resumed.state()).toEqual(probe);
        },
      ),
      { numRuns: 40 },
    );
  });
});
