// What the rules mean, said once each, on the cases the mutation run (npm run test:mutation) found
// untested: a change of rule that no other test noticed. Each test states a policy sentence or an
// edge and checks the engine's public answer (src/rules index), never how it computes it.
import { describe, expect, it } from 'vitest';
import {
  availableIntents,
  classify,
  compare,
  type Intent,
  type Level,
  outcome,
  type Requirement,
  type RunState,
  standsIn,
  step,
  type Unmet,
  wouldPass,
} from '../../src/rules';
import { action, run, testLevel, venue, wallAt } from '../helpers/builders';

const withMoney = (s: RunState, money: number): RunState => ({ ...s, stats: { ...s.stats, money } });

describe('comparing two runs (the twin gap, a reform’s effect)', () => {
  it('a goal both runs reached and a wall both hit belong to neither side', () => {
    const level: Level = testLevel();
    // Both in school; only b holds the permit. Both hit the school wall; only a hit the permit office.
    const a = outcome(level, {
      ...run(level),
      flags: ['in-school'],
      walls: [wallAt('school', 'enrol'), wallAt('permit-office', 'apply')],
    });
    const b = outcome(level, {
      ...withMoney(run(level), 5000),
      flags: ['in-school'],
      documents: ['residence-permit'],
      walls: [wallAt('school', 'enrol')],
    });
    const ab = compare(a, b);
    expect(ab.goalsOnlyA).toEqual([]);
    expect(ab.goalsOnlyB).toEqual(['permit']);
    expect(ab.wallsOnlyA).toEqual(['permit-office/apply']);
    expect(ab.wallsOnlyB).toEqual([]);
    // The other way round, the sides swap and the gap changes sign.
    const ba = compare(b, a);
    expect(ba.goalsOnlyA).toEqual(['permit']);
    expect(ba.goalsOnlyB).toEqual([]);
    expect(ba.wallsOnlyA).toEqual([]);
    expect(ba.wallsOnlyB).toEqual(['permit-office/apply']);
    expect(ba.statGap.money).toBe(-ab.statGap.money);
  });

  it('two runs with the same goals and walls differ in nothing but their stats', () => {
    const level = testLevel();
    const s = { ...run(level), flags: ['in-school'], walls: [wallAt('school', 'enrol')] };
    const c = compare(outcome(level, s), outcome(level, withMoney(s, 100)));
    expect(c).toMatchObject({ goalsOnlyA: [], goalsOnlyB: [], wallsOnlyA: [], wallsOnlyB: [] });
    expect(c.statGap.money).toBe(100 - s.stats.money);
  });
});

describe('what the player may try now', () => {
  // Every intent a level knows of: each walk, each action, each answer to each card, the month end, finishing.
  function everyIntent(level: Level): Intent[] {
    const all: Intent[] = [];
    for (const v of level.venues) all.push({ type: 'move', venue: v.id });
    for (const v of level.venues)
      for (const a of v.actions) all.push({ type: 'act', venue: v.id, action: a.id });
    for (const e of level.events) for (const c of e.choices ?? []) all.push({ type: 'choose', choice: c.id });
    all.push({ type: 'endMonth' }, { type: 'finish' });
    return all;
  }
  const key = (i: Intent) => JSON.stringify(i);
  const sorted = (is: readonly Intent[]) => is.map(key).sort();

  // Walks of 0 to 5 days (3 tiles a day), a month of 8 days: which walks fit depends on the day.
  const level = testLevel({ walkTilesPerDay: 3 });
  const base = run(level, 'rural');
  const states: [string, RunState][] = [];
  for (const at of level.venues.map((v) => v.id))
    for (let daysUsed = 0; daysUsed <= level.daysPerMonth; daysUsed++)
      states.push([`at ${at}, day ${daysUsed}`, { ...base, at, daysUsed }]);
  states.push(
    ['school place taken once', { ...base, at: 'private', done: ['private/enrol'] }],
    ['with the job already held', { ...base, at: 'factory', slots: { job: 'factory-job' } }],
    ['every goal met', { ...base, flags: ['in-school'], documents: ['residence-permit'] }],
    ['a card with choices open', { ...base, pendingEvent: 'call' }],
    ['a card unknown to the level open', { ...base, pendingEvent: 'no-such-card' }],
    ['the run over', { ...base, ended: { reason: 'months', month: 6 } }],
    ['urban, at the school', { ...run(level, 'urban'), at: 'school' }],
  );

  // A walk to where you already stand is never offered (step allows it, at no cost).
  it.each(states)(
    '%s: exactly the intents step would not reject, and finishing only once every goal is met',
    (_, s) => {
      const goalsAllMet = outcome(level, s).goals.every((g) => g.met);
      const expected = everyIntent(level).filter((i) => {
        const rejected = step(level, s, i).events.some((e) => e.type === 'rejected');
        if (i.type === 'move' && i.venue === s.at) return false;
        return !rejected && (i.type !== 'finish' || goalsAllMet);
      });
      expect(sorted(availableIntents(level, s))).toEqual(sorted(expected));
    },
  );

  it.each(states)(
    '%s: an intent would pass exactly when step lets it through without a wall or refusal',
    (_, s) => {
      for (const i of everyIntent(level)) {
        const events = step(level, s, i).events;
        const through = !events.some((e) => e.type === 'rejected' || e.type === 'blocked');
        expect(wouldPass(level, s, i), key(i)).toBe(through);
      }
    },
  );
});

describe('what stands in for a registration', () => {
  const level = testLevel({
    standIns: { documents: ['residence-permit'], flags: ['hukou-booklet'], stats: ['insuranceMonths'] },
  });
  const bare = testLevel({ standIns: {} });
  const local: Requirement = { type: 'registration', place: 'local' };
  const flag = (id: string): Unmet => ({ type: 'flag', id, have: false, need: true });
  const doc = (id: string): Unmet => ({ type: 'document', id, have: false, need: true });

  it('the registration itself always does, whatever the level lists', () => {
    const u: Unmet = {
      type: 'registration',
      have: { kind: 'rural', place: 'elsewhere' },
      need: { place: 'local' },
    };
    expect(standsIn(level, u)).toBe(true);
    expect(standsIn(bare, u)).toBe(true);
  });

  it('a document, flag or stat does only when the level lists it; money and the month never do', () => {
    expect(standsIn(level, doc('residence-permit'))).toBe(true);
    expect(standsIn(level, doc('labour-contract'))).toBe(false);
    expect(standsIn(bare, doc('residence-permit'))).toBe(false);
    expect(standsIn(level, flag('hukou-booklet'))).toBe(true);
    expect(standsIn(level, flag('in-school'))).toBe(false);
    expect(standsIn(bare, flag('hukou-booklet'))).toBe(false);
    expect(standsIn(level, { type: 'stat', stat: 'insuranceMonths', have: 0, need: 6 })).toBe(true);
    expect(standsIn(level, { type: 'stat', stat: 'points', have: 0, need: 6 })).toBe(false);
    expect(standsIn(bare, { type: 'stat', stat: 'insuranceMonths', have: 0, need: 6 })).toBe(false);
    expect(standsIn(level, { type: 'month', have: 1, need: 3 })).toBe(false);
  });

  it('a "not" does when what it rules out names a registration, at any depth', () => {
    const not = (r: Requirement): Unmet => ({ type: 'not', requirement: r });
    expect(standsIn(bare, not(local))).toBe(true);
    expect(standsIn(bare, not({ type: 'all', all: [{ type: 'flag', id: 'x' }, local] }))).toBe(true);
    expect(standsIn(bare, not({ type: 'any', any: [{ type: 'flag', id: 'x' }, local] }))).toBe(true);
    expect(standsIn(bare, not({ type: 'not', not: local }))).toBe(true);
    expect(standsIn(bare, not({ type: 'flag', id: 'x' }))).toBe(false);
    expect(
      standsIn(
        bare,
        not({
          type: 'all',
          all: [
            { type: 'flag', id: 'x' },
            { type: 'month', atLeast: 2 },
          ],
        }),
      ),
    ).toBe(false);
    expect(standsIn(bare, not({ type: 'any', any: [{ type: 'document', id: 'x' }] }))).toBe(false);
    expect(standsIn(bare, not({ type: 'not', not: { type: 'flag', id: 'x' } }))).toBe(false);
  });

  it('a choice of ways does when any one of them does', () => {
    const any = (...options: Unmet[][]): Unmet => ({ type: 'any', options });
    expect(standsIn(level, any([flag('in-school')], [doc('residence-permit')]))).toBe(true);
    expect(standsIn(level, any([flag('in-school'), doc('labour-contract')]))).toBe(false);
    expect(standsIn(level, any([any([doc('labour-contract')], [flag('hukou-booklet')])]))).toBe(true);
  });

  it('nothing unmet is never a wall', () => {
    const s = run(level, 'rural');
    expect(classify(level, s, local, [])).toEqual({ kind: 'refusal', reason: 'missing' });
  });

  it('a condition that a listed flag stands in for makes a wall; a flag the level does not list is missing', () => {
    const req: Requirement = { type: 'flag', id: 'hukou-booklet' };
    const s = run(level, 'urban');
    expect(classify(level, s, req, [flag('hukou-booklet')])).toEqual({ kind: 'wall' });
    expect(classify(bare, s, req, [flag('hukou-booklet')])).toEqual({ kind: 'refusal', reason: 'missing' });
  });
});

describe('what an effect reports', () => {
  const why = { en: 'The clinic', 'zh-Hans': '诊所' };
  const level = testLevel({
    venues: [
      ...testLevel().venues,
      venue('clinic', 0, 1, [
        action('heal', {
          effects: [
            { type: 'stat', stat: 'health', add: 50, why }, // 80 → 100, not 130
            { type: 'stat', stat: 'health', add: 5 }, // already at 100: nothing
            { type: 'stat', stat: 'family', add: 0 }, // nothing
            { type: 'document', id: 'residence-permit', gain: false }, // not held: nothing
            { type: 'flag', id: 'in-school', set: false }, // not set: nothing
            {
              type: 'if',
              if: { type: 'flag', id: 'in-school' },
              then: [{ type: 'stat', stat: 'points', add: 9 }],
            },
            { type: 'leave', slot: 'housing' }, // no home: nothing
            { type: 'take', slot: 'housing', option: 'factory-job' }, // a job is no home: nothing
          ],
        }),
      ]),
    ],
  });

  it('only the change actually made, clamped to the stat’s bounds, with the reason the level gives', () => {
    const s = { ...run(level, 'rural'), at: 'clinic' };
    const r = step(level, s, { type: 'act', venue: 'clinic', action: 'heal' });
    expect(r.events).toEqual([
      { type: 'granted', venue: 'clinic', action: 'heal' },
      { type: 'stat', stat: 'health', delta: 20, cause: 'action:heal', why },
    ]);
    expect(r.state.stats.health).toBe(100);
    expect(r.state.slots).toEqual({});
  });
});
