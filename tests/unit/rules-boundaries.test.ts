// Every comparison in src/rules, tested on both sides of its edge: a walk that exactly fills the
// month and one a day too long, debt exactly at the limit and one yuan past it, no event card
// after the last month, residence only with a home, and so on. Each test says the rule in words.
import { describe, expect, it } from 'vitest';
import {
  availableIntents,
  compare,
  type EventCard,
  type GameEvent,
  type Intent,
  type Level,
  mix,
  monthRoll,
  newRun,
  outcome,
  pickWeighted,
  type RunState,
  replay,
  STAT_BOUNDS,
  step,
  twinRegistration,
  walkDays,
  wouldPass,
} from '../../src/rules';
import { action, run, testLevel, venue } from '../helpers/builders';

const t = (en: string) => ({ en, 'zh-Hans': en });

function play(level: Level, s: RunState, ...intents: Intent[]): { state: RunState; events: GameEvent[] } {
  const events: GameEvent[] = [];
  for (const i of intents) {
    const r = step(level, s, i);
    s = r.state;
    events.push(...r.events);
  }
  return { state: s, events };
}

const withMoney = (s: RunState, money: number): RunState => ({ ...s, stats: { ...s.stats, money } });
const card = (id: string, over: Partial<EventCard> = {}): EventCard => ({
  id,
  title: t(id),
  text: t(id),
  weight: 1,
  effects: [],
  facts: ['fact'],
  ...over,
});

describe('walking', () => {
  // station (0,0), school (5,0), private (5,5), factory (15,0), rooms (0,10), permit-office (10,10)
  it('costs ceil(Manhattan distance / tiles per day) days, and nothing to stay put', () => {
    const base = testLevel();
    const at = (id: string) => base.venues.find((v) => v.id === id)!;
    const per = (n: number) => testLevel({ walkTilesPerDay: n });
    expect(walkDays(per(5), at('station'), at('school'))).toBe(1); // 5 tiles, exactly one day
    expect(walkDays(per(4), at('station'), at('school'))).toBe(2); // 5 tiles at 4 a day
    expect(walkDays(per(1), at('station'), at('private'))).toBe(10); // 5 + 5, not the diagonal 7.1
    expect(walkDays(per(10), at('station'), at('private'))).toBe(1);
    expect(walkDays(per(3), at('private'), at('station'))).toBe(4); // either way round
    expect(walkDays(per(1), at('school'), at('school'))).toBe(0);
    expect(walkDays(per(1), undefined, at('school'))).toBe(0);
  });

  it('a walk that exactly fills the month is allowed; one day more is refused', () => {
    const level = testLevel({ walkTilesPerDay: 1, daysPerMonth: 5 }); // station → school: 5 days
    const ok = play(level, run(level), { type: 'move', venue: 'school' });
    expect(ok.events).toEqual([{ type: 'moved', venue: 'school', days: 5 }]);
    expect(ok.state.daysUsed).toBe(5);
    const late = play(level, { ...run(level), daysUsed: 1 }, { type: 'move', venue: 'school' });
    expect(late.events[0]).toMatchObject({ type: 'rejected', reason: 'no-time' });
    expect(late.state.at).toBe('station');
    expect(late.state.daysUsed).toBe(1);
  });

  it('walking to where you stand costs no day even with none left', () => {
    const level = testLevel();
    const s = { ...run(level), daysUsed: level.daysPerMonth };
    expect(play(level, s, { type: 'move', venue: 'station' }).events).toEqual([
      { type: 'moved', venue: 'station', days: 0 },
    ]);
  });

  it('an event waiting for a choice holds every walk and action', () => {
    const level = testLevel();
    const s = { ...run(level), pendingEvent: 'call' };
    for (const i of [
      { type: 'move', venue: 'school' },
      { type: 'act', venue: 'station', action: 'rest' },
      { type: 'finish' },
    ] as Intent[])
      expect(play(level, s, i).events[0]).toMatchObject({ type: 'rejected', reason: 'event-pending' });
  });
});

describe('actions', () => {
  it('an action that exactly fills the month is allowed; one day more is refused', () => {
    const level = testLevel();
    const s = { ...run(level), at: 'station', daysUsed: level.daysPerMonth - 1 };
    const ok = play(level, s, { type: 'act', venue: 'station', action: 'rest' });
    expect(ok.events[0]).toEqual({ type: 'granted', venue: 'station', action: 'rest' });
    expect(ok.state.daysUsed).toBe(level.daysPerMonth);
    const no = play(level, ok.state, { type: 'act', venue: 'station', action: 'rest' });
    expect(no.events[0]).toMatchObject({ type: 'rejected', reason: 'no-time' });
  });

  it('money exactly equal to the cost pays it, leaving 0; one yuan less is a wall', () => {
    const level = testLevel();
    const at = { ...run(level), at: 'private' };
    const enrol: Intent = { type: 'act', venue: 'private', action: 'enrol' };
    const ok = play(level, withMoney(at, 500), enrol);
    expect(ok.events[0]).toEqual({ type: 'granted', venue: 'private', action: 'enrol' });
    expect(ok.state.stats.money).toBe(0);
    const short = play(level, withMoney(at, 499), enrol);
    expect(short.events[0]).toMatchObject({
      type: 'blocked',
      unmet: [{ type: 'stat', stat: 'money', have: 499, need: 500 }],
    });
    expect(short.state.stats.money).toBe(499);
    expect(short.state.flags).not.toContain('in-school');
    // The wall still cost the day: you went and queued.
    expect(short.state.daysUsed).toBe(1);
  });

  it('a free action asks for no money, even in debt', () => {
    const level = testLevel();
    const s = withMoney({ ...run(level), at: 'station' }, -100);
    const r = play(level, s, { type: 'act', venue: 'station', action: 'rest' });
    expect(r.events[0]).toEqual({ type: 'granted', venue: 'station', action: 'rest' });
    expect(r.state.stats.money).toBe(-100);
  });

  it('a once-only action is marked done only when granted: a walled try can be retried', () => {
    const level = testLevel();
    const at = { ...run(level, 'rural'), at: 'school' };
    const enrol: Intent = { type: 'act', venue: 'school', action: 'enrol' };
    const walled = play(level, at, enrol);
    expect(walled.state.done).toEqual([]);
    const second = play(level, { ...walled.state, documents: ['residence-permit'] }, enrol);
    expect(second.events[0]).toEqual({ type: 'granted', venue: 'school', action: 'enrol' });
    expect(second.state.done).toEqual(['school/enrol']);
  });

  it('offers on a wall only the alternatives that are open now', () => {
    const level = testLevel();
    const at = { ...run(level, 'rural'), at: 'school' };
    const enrol: Intent = { type: 'act', venue: 'school', action: 'enrol' };
    const rich = play(level, withMoney(at, 500), enrol).events[0];
    expect(rich).toMatchObject({ type: 'blocked', alternatives: [{ venue: 'private', action: 'enrol' }] });
    const poor = play(level, withMoney(at, 499), enrol).events[0];
    expect(poor).toMatchObject({ type: 'blocked', alternatives: [] });
  });

  it('records a wall with its month, place, what was missing and the facts', () => {
    const level = testLevel();
    const s = { ...run(level, 'rural'), at: 'school', month: 3 };
    const r = play(level, s, { type: 'act', venue: 'school', action: 'enrol' });
    expect(r.state.walls).toEqual([
      {
        month: 3,
        source: 'venue',
        venue: 'school',
        action: 'enrol',
        unmet: [
          {
            type: 'any',
            options: [
              [
                {
                  type: 'registration',
                  have: { kind: 'rural', place: 'elsewhere' },
                  need: { place: 'local' },
                },
              ],
              [{ type: 'document', id: 'residence-permit', have: false, need: true }],
            ],
          },
        ],
        facts: ['fact'],
      },
    ]);
  });

  it('taking another job is not redundant; taking the same one is, unless something else changes', () => {
    const level = testLevel();
    const signed = play(
      level,
      { ...run(level), at: 'factory' },
      { type: 'act', venue: 'factory', action: 'sign' },
    );
    // Same job and the contract already held: nothing would change.
    expect(availableIntents(level, signed.state)).not.toContainEqual({
      type: 'act',
      venue: 'factory',
      action: 'sign',
    });
    // Same job but the contract was lost: signing again gives it back.
    const lost = { ...signed.state, documents: [] };
    expect(availableIntents(level, lost)).toContainEqual({ type: 'act', venue: 'factory', action: 'sign' });
  });
});

describe('month end', () => {
  it('debt exactly at the limit is not lost; one yuan past it is', () => {
    const level = testLevel(); // lose below -5000; living costs 1000
    const at = play(level, withMoney(run(level), -4000), { type: 'endMonth' });
    expect(at.state.stats.money).toBe(-5000);
    expect(at.state.ended).toBeNull();
    const past = play(level, withMoney(run(level), -4001), { type: 'endMonth' });
    expect(past.state.stats.money).toBe(-5001);
    expect(past.state.ended).toEqual({ reason: 'money', month: 2 });
    expect(past.events).toContainEqual({ type: 'ended', reason: 'money' });
    // Lost at a month end: no card is drawn for a month that will not be played.
    expect(past.events.some((e) => e.type === 'eventDrawn')).toBe(false);
  });

  it('health that reaches exactly 0 ends the run; 1 left does not', () => {
    const sick = (health: number) =>
      testLevel({ monthly: [{ type: 'stat', stat: 'health', add: -health }], events: [card('quiet')] });
    const s = (h: number) => ({ ...run(sick(h)), stats: { ...run(sick(h)).stats, health: 10 } });
    const zero = play(sick(10), s(10), { type: 'endMonth' });
    expect(zero.state.stats.health).toBe(0);
    expect(zero.state.ended?.reason).toBe('health');
    const one = play(sick(9), s(9), { type: 'endMonth' });
    expect(one.state.stats.health).toBe(1);
    expect(one.state.ended).toBeNull();
  });

  it('draws a card after every month but the last, and none after the last', () => {
    const level = testLevel({ months: 2, events: [card('only')] });
    const first = play(level, run(level), { type: 'endMonth' });
    expect(first.events).toContainEqual({ type: 'eventDrawn', event: 'only' });
    expect(first.state.month).toBe(2);
    expect(first.state.ended).toBeNull();
    const last = play(level, first.state, { type: 'endMonth' });
    expect(last.events.some((e) => e.type === 'eventDrawn')).toBe(false);
    expect(last.state.ended).toEqual({ reason: 'months', month: 2 });
    expect(last.events.at(-1)).toEqual({ type: 'ended', reason: 'months' });
  });

  it('a one-month level draws no card at all', () => {
    const level = testLevel({ months: 1, events: [card('only')] });
    const r = play(level, run(level), { type: 'endMonth' });
    expect(r.events.some((e) => e.type === 'eventDrawn')).toBe(false);
    expect(r.state.ended).toEqual({ reason: 'months', month: 1 });
  });

  it('a card from month N is drawn at the start of month N, never before', () => {
    // "late" outweighs "early" 1000 to 1: once allowed, it is all but always drawn.
    const level = testLevel({
      events: [card('early'), card('late', { weight: 1000, fromMonth: 3 })],
    });
    for (let seed = 0; seed < 40; seed++) {
      const s = newRun(level, seed, 'rural', null)!;
      const m1 = play(level, s, { type: 'endMonth' }); // now month 2
      expect(m1.events).toContainEqual({ type: 'eventDrawn', event: 'early' });
      const m2 = play(level, m1.state, { type: 'endMonth' }); // now month 3
      const drawn = m2.events.find((e) => e.type === 'eventDrawn');
      expect(['early', 'late']).toContain((drawn as { event: string }).event);
    }
    const late = Array.from({ length: 40 }, (_, seed) => {
      const s = play(level, newRun(level, seed, 'rural', null)!, { type: 'endMonth' }, { type: 'endMonth' });
      return s.events.filter((e) => e.type === 'eventDrawn').map((e) => (e as { event: string }).event);
    });
    expect(late.filter(([m2, m3]) => m2 === 'early' && m3 === 'late').length).toBeGreaterThan(35);
  });

  it('a card of weight 0 is never drawn; a card with choices waits for one, one without does not', () => {
    const level = testLevel({
      events: [
        card('never', { weight: 0 }),
        card('ask', { choices: [{ id: 'ok', label: t('ok'), effects: [] }] }),
      ],
    });
    for (let seed = 0; seed < 20; seed++) {
      const r = play(level, newRun(level, seed, 'rural', null)!, { type: 'endMonth' });
      expect(r.events).toContainEqual({ type: 'eventDrawn', event: 'ask' });
      expect(r.state.pendingEvent).toBe('ask');
    }
    const plain = testLevel({ events: [card('plain', { choices: [] })] });
    expect(play(plain, run(plain), { type: 'endMonth' }).state.pendingEvent).toBeNull();
  });

  it('residence accrues only with a home; insurance only with an insured job', () => {
    const level = testLevel({ events: [card('quiet')] });
    const none = play(level, run(level), { type: 'endMonth' }).state;
    expect(none.stats.residenceMonths).toBe(0);
    expect(none.stats.insuranceMonths).toBe(0);
    const housed = play(level, { ...run(level), slots: { housing: 'room' } }, { type: 'endMonth' }).state;
    expect(housed.stats.residenceMonths).toBe(1);
    expect(housed.stats.insuranceMonths).toBe(0);
    const informal = testLevel({
      events: [card('quiet')],
      options: [{ id: 'factory-job', slot: 'job', name: t('Job'), monthly: 3000, contribution: 400 }],
    });
    const worked = play(informal, { ...run(informal), slots: { job: 'factory-job' } }, { type: 'endMonth' });
    expect(worked.state.stats.insuranceMonths).toBe(0);
    expect(worked.state.stats.residenceMonths).toBe(0);
    // Uninsured: no contribution is taken. 3000 wage − 1000 living.
    expect(worked.state.stats.money).toBe(3000 + 3000 - 1000);
  });

  it('an insured job pays its wage less the contribution, and counts a month of insurance', () => {
    const level = testLevel({ events: [card('quiet')] });
    const r = play(level, { ...run(level), slots: { job: 'factory-job' } }, { type: 'endMonth' });
    expect(r.state.stats.insuranceMonths).toBe(1);
    expect(r.state.stats.money).toBe(3000 + 5000 - 500 - 1000);
    expect(r.state.stats.health).toBe(80 - 2);
    expect(r.events).toContainEqual({ type: 'stat', stat: 'money', delta: -500, cause: 'insurance' });
  });

  it("an option's health, family and points count each month, and the level's monthly effects apply", () => {
    const level = testLevel({
      events: [card('quiet')],
      options: [
        { id: 'flat', slot: 'housing', name: t('Flat'), monthly: -100, health: 3, family: -4, points: 5 },
      ],
      monthly: [{ type: 'stat', stat: 'family', add: -1 }],
    });
    const r = play(level, { ...run(level), slots: { housing: 'flat' } }, { type: 'endMonth' });
    expect(r.state.stats).toMatchObject({
      money: 3000 - 100 - 1000,
      health: 83,
      family: 60 - 4 - 1,
      points: 5,
    });
    expect(r.events).toContainEqual({ type: 'stat', stat: 'family', delta: -1, cause: 'monthly' });
  });

  it('a new month starts with no days used', () => {
    const level = testLevel({ events: [card('quiet')] });
    const r = play(level, { ...run(level), daysUsed: 8 }, { type: 'endMonth' });
    expect(r.state).toMatchObject({ month: 2, daysUsed: 0 });
  });
});

describe('stats stay within their bounds', () => {
  it('health stops at 100 and 0, and the event reports the change actually made', () => {
    const level = testLevel();
    const s = { ...run(level), at: 'station', stats: { ...run(level).stats, health: 98 } };
    const r = play(level, s, { type: 'act', venue: 'station', action: 'rest' }); // +5
    expect(r.state.stats.health).toBe(100);
    expect(r.events).toContainEqual({ type: 'stat', stat: 'health', delta: 2, cause: 'action:rest' });
    const full = play(level, r.state, { type: 'act', venue: 'station', action: 'rest' });
    expect(full.events.filter((e) => e.type === 'stat')).toEqual([]);
    expect(STAT_BOUNDS.health).toEqual([0, 100]);
  });

  it('a new run clamps its start stats', () => {
    const level = testLevel({
      start: { ...testLevel().start, stats: { ...testLevel().start.stats, health: 150, family: -3 } },
    });
    expect(run(level).stats).toMatchObject({ health: 100, family: 0 });
  });
});

describe('finishing', () => {
  it('finish ends with "goals" only when every goal is met, else "finished", at the month reached', () => {
    const level = testLevel();
    const all = { ...run(level), flags: ['in-school'], documents: ['residence-permit'], month: 4 };
    expect(play(level, all, { type: 'finish' }).state.ended).toEqual({ reason: 'goals', month: 4 });
    const one = { ...run(level), flags: ['in-school'], month: 4 };
    expect(play(level, one, { type: 'finish' }).state.ended).toEqual({ reason: 'finished', month: 4 });
  });

  it('finish is offered only when every goal is met, not when all but one are', () => {
    const level = testLevel();
    const one = { ...run(level), flags: ['in-school'] };
    expect(availableIntents(level, one)).not.toContainEqual({ type: 'finish' });
    expect(availableIntents(level, { ...one, documents: ['residence-permit'] })).toContainEqual({
      type: 'finish',
    });
  });

  it('reports a goal met once, when it is met', () => {
    const level = testLevel();
    const s = { ...run(level, 'urban'), at: 'school' };
    const r = play(
      level,
      s,
      { type: 'act', venue: 'school', action: 'enrol' },
      { type: 'move', venue: 'station' },
    );
    expect(r.events.filter((e) => e.type === 'goalMet')).toEqual([{ type: 'goalMet', goal: 'school' }]);
  });
});

describe('what can be attempted', () => {
  it('offers acts here, walks elsewhere and the month end; only choices while an event waits', () => {
    const level = testLevel();
    const s = run(level);
    expect(availableIntents(level, s)).toEqual([
      { type: 'act', venue: 'station', action: 'rest' },
      ...level.venues.filter((v) => v.id !== 'station').map((v) => ({ type: 'move', venue: v.id })),
      { type: 'endMonth' },
    ]);
    expect(availableIntents(level, { ...s, pendingEvent: 'call' })).toEqual([
      { type: 'choose', choice: 'fly' },
      { type: 'choose', choice: 'phone' },
    ]);
    expect(availableIntents(level, { ...s, ended: { reason: 'months', month: 6 } })).toEqual([]);
  });

  it('wouldPass tells a wall from an open door, for acts and for choices', () => {
    const level = testLevel();
    const at = (reg: string) => ({ ...run(level, reg), at: 'school' });
    const enrol: Intent = { type: 'act', venue: 'school', action: 'enrol' };
    expect(wouldPass(level, at('rural'), enrol)).toBe(false);
    expect(wouldPass(level, at('urban'), enrol)).toBe(true);
    const waiting = { ...run(level), pendingEvent: 'call' };
    expect(wouldPass(level, waiting, { type: 'choose', choice: 'fly' })).toBe(false);
    expect(wouldPass(level, waiting, { type: 'choose', choice: 'phone' })).toBe(true);
    expect(wouldPass(level, run(level), { type: 'act', venue: 'school', action: 'enrol' })).toBe(false);
    expect(wouldPass(level, run(level), { type: 'endMonth' })).toBe(true);
  });
});

describe('luck', () => {
  it('pickWeighted picks by weight, ignores negative weights, and answers -1 when none is positive', () => {
    expect(pickWeighted([1, 1], 0)).toBe(0);
    expect(pickWeighted([1, 1], 0.4999)).toBe(0);
    expect(pickWeighted([1, 1], 0.5)).toBe(1);
    expect(pickWeighted([1, 3], 0.25)).toBe(1);
    expect(pickWeighted([1, 3], 0.2499)).toBe(0);
    expect(pickWeighted([0, 1], 0)).toBe(1);
    expect(pickWeighted([-5, 1], 0)).toBe(1);
    expect(pickWeighted([1, -5, 1], 0.5)).toBe(2);
    expect(pickWeighted([0, 0], 0.3)).toBe(-1);
    expect(pickWeighted([], 0.3)).toBe(-1);
    expect(pickWeighted([2, 2], 0.999999)).toBe(1);
  });

  it('a month roll is in [0, 1), depends on seed and month, and is the same every time', () => {
    const rolls = new Set<number>();
    for (let seed = 0; seed < 50; seed++)
      for (let month = 1; month <= 12; month++) {
        const r = monthRoll(seed, month);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThan(1);
        expect(monthRoll(seed, month)).toBe(r);
        rolls.add(r);
      }
    expect(rolls.size).toBe(600);
    expect(mix(1, 2)).not.toBe(mix(2, 1));
    expect(mix(0, 0)).toBe(mix(0, 0));
    expect(monthRoll(2 ** 32 + 5, 3)).toBe(monthRoll(5, 3));
  });
});

describe('twin, outcome and comparison', () => {
  it('the twin differs in place first, then in kind, else is any other registration', () => {
    const regs = (...r: [string, 'rural' | 'urban', 'local' | 'elsewhere'][]) =>
      testLevel({
        registrations: r.map(([id, kind, place]) => ({ id, name: t(id), kind, place, start: {} })),
      });
    const three = regs(['a', 'rural', 'elsewhere'], ['b', 'urban', 'elsewhere'], ['c', 'rural', 'local']);
    expect(twinRegistration(three, 'a')?.id).toBe('c');
    expect(twinRegistration(three, 'b')?.id).toBe('c');
    expect(twinRegistration(three, 'c')?.id).toBe('a');
    const kinds = regs(['a', 'rural', 'elsewhere'], ['b', 'rural', 'elsewhere'], ['c', 'urban', 'elsewhere']);
    expect(twinRegistration(kinds, 'a')?.id).toBe('c');
    const same = regs(['a', 'rural', 'elsewhere'], ['b', 'rural', 'elsewhere']);
    expect(twinRegistration(same, 'a')?.id).toBe('b');
    expect(twinRegistration(same, 'zzz')).toBeUndefined();
  });

  it("the outcome counts as luck only the month-end cards as drawn: a choice is the player's own, never luck", () => {
    const level = testLevel();
    const s = run(level);
    const o = outcome(level, { ...s, month: 9 }, [
      { type: 'stat', stat: 'money', delta: -200, cause: 'event:bill' },
      { type: 'stat', stat: 'money', delta: -100, cause: 'event:bill' },
      { type: 'stat', stat: 'family', delta: 2, cause: 'choice:call/phone' },
      { type: 'stat', stat: 'money', delta: 5000, cause: 'job:factory-job' },
      { type: 'stat', stat: 'health', delta: 5, cause: 'action:rest' },
    ]);
    expect(o.luck).toEqual({ money: -300 });
    // The month never reads past the level's last.
    expect(o.month).toBe(level.months);
    expect(o.goals).toEqual([
      { id: 'school', met: false, top: false },
      { id: 'permit', met: false, top: true },
    ]);
    expect(outcome(level, { ...s, month: 3 }).month).toBe(3);
  });

  it('compare gives b − a per stat and what only one side reached or hit', () => {
    const level = testLevel();
    const a = outcome(level, {
      ...run(level),
      flags: ['in-school'],
      walls: [{ month: 1, source: 'venue', venue: 'school', action: 'enrol', unmet: [], facts: [] }],
    });
    const b = outcome(level, { ...withMoney(run(level), 5000), documents: ['residence-permit'] });
    const c = compare(a, b);
    expect(c.statGap).toEqual({
      money: 2000,
      health: 0,
      family: 0,
      insuranceMonths: 0,
      residenceMonths: 0,
      points: 0,
    });
    expect(c.goalsOnlyA).toEqual(['school']);
    expect(c.goalsOnlyB).toEqual(['permit']);
    expect(c.wallsOnlyA).toEqual(['school/enrol']);
    expect(c.wallsOnlyB).toEqual([]);
  });

  it('a replay under an unknown registration is undefined; a replay stops at the end', () => {
    const level = testLevel({ months: 1 });
    expect(replay(level, 1, 'martian', null, [])).toBeUndefined();
    const r = replay(level, 1, 'rural', null, [{ type: 'endMonth' }, { type: 'move', venue: 'school' }])!;
    expect(r.state.ended?.reason).toBe('months');
    expect(r.state.log).toHaveLength(1);
  });
});

describe('a new run', () => {
  it('starts at the level start with the registration’s documents and flags, each once', () => {
    const level = testLevel({
      start: { ...testLevel().start, documents: ['land-contract'], flags: ['in-school'] },
    });
    const s = newRun(level, -1, 'rural', null)!;
    expect(s).toMatchObject({
      month: 1,
      daysUsed: 0,
      at: 'station',
      seed: 2 ** 32 - 1,
      policyId: 'status-quo',
    });
    expect(s.documents).toEqual(['land-contract']);
    expect(s.flags).toEqual(['in-school']);
    expect(s.registration).toEqual({ kind: 'rural', place: 'elsewhere' });
  });

  it('insurance paid elsewhere counts only under portable insurance', () => {
    const level = testLevel();
    const portable = {
      id: 'p',
      name: t('p'),
      summary: t('p'),
      rewrites: [],
      facts: [],
      portableInsurance: true,
    };
    expect(newRun(level, 1, 'rural', null)!.stats.insuranceMonths).toBe(0);
    expect(newRun(level, 1, 'rural', portable)!.stats.insuranceMonths).toBe(12);
    expect(newRun(level, 1, 'rural', portable)!.policyId).toBe('p');
    expect(newRun(level, 1, 'urban', portable)!.stats.insuranceMonths).toBe(0);
    expect(newRun(level, 1, 'rural', { ...portable, portableInsurance: false })!.stats.insuranceMonths).toBe(
      0,
    );
  });
});

describe('effects', () => {
  const level = testLevel({
    venues: [
      ...testLevel().venues,
      venue('desk', 19, 11, [
        action('swap', {
          effects: [
            { type: 'take', slot: 'job', option: 'room' }, // a home is not a job: ignored
            { type: 'take', slot: 'housing', option: 'nowhere' }, // no such option: ignored
            { type: 'document', id: 'land-contract', gain: false },
            { type: 'flag', id: 'in-school', set: true },
            {
              type: 'if',
              if: { type: 'registration', kind: 'urban' },
              then: [{ type: 'stat', stat: 'points', add: 10 }],
              else: [{ type: 'stat', stat: 'points', add: 1 }],
            },
          ],
        }),
        action('leave', {
          effects: [
            { type: 'leave', slot: 'job' },
            { type: 'flag', id: 'in-school', set: false },
          ],
        }),
      ]),
    ],
  });

  it('take needs an option of that slot; documents and flags are given and taken; if picks a branch', () => {
    const s = { ...run(level, 'rural'), at: 'desk', slots: { job: 'factory-job' } };
    const r = play(level, s, { type: 'act', venue: 'desk', action: 'swap' });
    expect(r.state.slots).toEqual({ job: 'factory-job' });
    expect(r.state.documents).toEqual([]);
    expect(r.state.flags).toEqual(['in-school']);
    expect(r.state.stats.points).toBe(1);
    expect(r.events).toContainEqual({ type: 'document', id: 'land-contract', gain: false });
    expect(r.events).toContainEqual({ type: 'flag', id: 'in-school', set: true });
    const u = play(
      level,
      { ...run(level, 'urban'), at: 'desk' },
      { type: 'act', venue: 'desk', action: 'swap' },
    );
    expect(u.state.stats.points).toBe(10);
    expect(u.events.filter((e) => e.type === 'document')).toEqual([]);
    const left = play(level, r.state, { type: 'act', venue: 'desk', action: 'leave' });
    expect(left.state.slots).toEqual({});
    expect(left.state.flags).toEqual([]);
    expect(left.events).toContainEqual({ type: 'slot', slot: 'job', option: null });
    // Leaving nothing, unsetting an unset flag: no event.
    const again = play(level, left.state, { type: 'act', venue: 'desk', action: 'leave' });
    expect(again.events).toEqual([{ type: 'granted', venue: 'desk', action: 'leave' }]);
  });
});
