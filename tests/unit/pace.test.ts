import { describe, expect, it } from 'vitest';
import { checkLevel } from '../../src/content/check-level';
import {
  drawnBefore,
  fitThisMonth,
  type GameEvent,
  greedyBot,
  hasChoice,
  type Intent,
  type Level,
  playBot,
  type RunState,
  step,
  stopsWaiting,
  venueFit,
} from '../../src/rules';
import { freshStep, givesSomethingNew, grantedBefore } from '../../src/rules/pace';
import { doneKey } from '../../src/rules/step';
import { run, testLevel } from '../helpers/builders';
import { shipped } from '../helpers/shipped';

function play(level: Level, s: RunState, ...intents: Intent[]): { state: RunState; events: GameEvent[] } {
  const events: GameEvent[] = [];
  for (const i of intents) {
    const r = step(level, s, i);
    s = r.state;
    events.push(...r.events);
  }
  return { state: s, events };
}

/** The event drawn at each month end of a run that only ends months. */
function draws(level: Level, seed: number): string[] {
  let s = run(level, 'rural', seed);
  const out: string[] = [];
  while (!s.ended) {
    const r = step(level, s, { type: 'endMonth' });
    s = r.state;
    if (s.pendingEvent) s = step(level, s, { type: 'choose', choice: 'phone' }).state;
    for (const e of r.events) if (e.type === 'eventDrawn') out.push(e.event);
  }
  return out;
}

describe('event draws', () => {
  const level = testLevel({ months: 8, livingCost: 0 });

  it('draws each card at most once a run, then draws nothing', () => {
    for (let seed = 0; seed < 50; seed++) {
      const seen = draws(level, seed);
      expect(new Set(seen).size).toBe(seen.length);
      // two cards, seven month ends with a draw (month 8 is the last): two draws, then quiet months
      expect(seen).toHaveLength(2);
    }
  });

  it('draws a card again when the level marks it recurs', () => {
    const recurring = testLevel({
      months: 8,
      livingCost: 0,
      events: testLevel().events.map((e) => (e.id === 'bill' ? { ...e, recurs: true } : e)),
    });
    let repeats = 0;
    for (let seed = 0; seed < 50; seed++) {
      const seen = draws(recurring, seed);
      expect(seen.filter((id) => id === 'call').length).toBeLessThanOrEqual(1);
      // "bill" is always left to draw, so every month end with a draw (months 2 to 8) draws a card
      expect(seen).toHaveLength(7);
      if (seen.filter((id) => id === 'bill').length > 1) repeats++;
    }
    expect(repeats).toBe(50);
  });

  it('knows the cards drawn before a month from the seed alone, as the run drew them', () => {
    for (let seed = 0; seed < 20; seed++) {
      const seen = draws(level, seed);
      expect([...drawnBefore(level, seed, 9)].sort()).toEqual([...seen].sort());
      expect([...drawnBefore(level, seed, 3)]).toEqual(seen.slice(0, 1));
    }
  });

  it('shows a card with `requires` only to a run that meets it, and draws the same cards for both', () => {
    // "call" is for local players only: a rural run draws it too (same seed, same draws) but does
    // not see it, and the month passes without a card; an urban-local run sees it as before.
    const localOnly = testLevel({
      months: 8,
      livingCost: 0,
      events: testLevel().events.map((e) =>
        e.id === 'call' ? { ...e, requires: { type: 'registration', place: 'local' } } : e,
      ),
    });
    const seen = (reg: string, seed: number) => {
      let s = run(localOnly, reg, seed);
      const out: string[] = [];
      while (!s.ended) {
        const r = step(localOnly, s, { type: 'endMonth' });
        s = r.state;
        if (s.pendingEvent) s = step(localOnly, s, { type: 'choose', choice: 'phone' }).state;
        for (const e of r.events) if (e.type === 'eventDrawn') out.push(e.event);
      }
      return out;
    };
    for (let seed = 0; seed < 30; seed++) {
      const urban = seen('urban', seed);
      const rural = seen('rural', seed);
      expect(urban.sort()).toEqual(['bill', 'call']);
      expect(rural).toEqual(['bill']);
      expect([...drawnBefore(localOnly, seed, 9)].sort()).toEqual(['bill', 'call']);
    }
  });

  it('draws no shipped card twice in a run unless it recurs', () => {
    for (const lvl of shipped().levels.values()) {
      for (let seed = 0; seed < 20; seed++) {
        const game = playBot(lvl, null, lvl.registrations[0]!.id, seed, greedyBot);
        const ids = game.events.flatMap((e) => (e.type === 'eventDrawn' ? [e.event] : []));
        const once = ids.filter((id) => !lvl.events.find((c) => c.id === id)?.recurs);
        expect(new Set(once).size, `${lvl.id} seed ${seed}`).toBe(once.length);
      }
    }
  });
});

describe('walk plus the action’s own days', () => {
  const level = testLevel();

  it('counts the walk and the action together against the days left', () => {
    // factory is 15 tiles away at 10 a day: 2 days' walk; signing takes 2 days; 8 days a month
    const s = { ...run(level), daysUsed: 5 };
    const factory = level.venues.find((v) => v.id === 'factory')!;
    const fit = fitThisMonth(level, s, factory, factory.actions[0]!);
    expect(fit).toEqual({ left: 3, walk: 2, days: 2, fits: false });
    // The walk alone would be allowed: this is the wasted walk the fit warns about.
    expect(step(level, s, { type: 'move', venue: 'factory' }).events[0]).toMatchObject({ type: 'moved' });
    expect(fitThisMonth(level, { ...s, daysUsed: 4 }, factory, factory.actions[0]!).fits).toBe(true);
  });

  it('judges a venue by its cheapest action still open, and by none once all are done', () => {
    const school = level.venues.find((v) => v.id === 'school')!;
    const s = run(level, 'urban');
    expect(venueFit(level, s, school)?.action.id).toBe('enrol');
    const done = play(
      level,
      s,
      { type: 'move', venue: 'school' },
      { type: 'act', venue: 'school', action: 'enrol' },
    );
    expect(venueFit(level, done.state, school)).toBeUndefined();
  });

  it('the greedy bot never walks to a place where its step no longer fits this month', () => {
    for (const lvl of shipped().levels.values())
      for (const reg of lvl.registrations)
        for (let seed = 0; seed < 5; seed++) {
          const game = playBot(lvl, null, reg.id, seed, greedyBot);
          const rejected = game.events.filter((e) => e.type === 'rejected');
          expect(rejected, `${lvl.id}/${reg.id}/${seed}`).toEqual([]);
          // every walk is followed by an action before the month ends
          const log = game.state.log.map((l) => l.intent.type);
          log.forEach((type, i) => {
            if (type === 'move') expect(log[i + 1], `${lvl.id}/${reg.id}/${seed} step ${i}`).toBe('act');
          });
        }
  });
});

describe('quiet months', () => {
  const level = testLevel();

  it('a month with an open step that gives something new holds a choice; with none it is quiet', () => {
    const s = run(level, 'rural');
    expect(hasChoice(level, s)).toBe(true); // the factory job, the room, the private school
    const settled = play(
      level,
      s,
      { type: 'move', venue: 'factory' },
      { type: 'act', venue: 'factory', action: 'sign' },
      { type: 'move', venue: 'private' },
      { type: 'act', venue: 'private', action: 'enrol' },
    ).state;
    // no room yet, but no days left to walk there and rent it: nothing fits this month
    expect(settled.daysUsed).toBe(7);
    expect(hasChoice(level, settled)).toBe(false);
    // a pending card is always a choice
    expect(hasChoice(level, { ...settled, pendingEvent: 'call' })).toBe(true);
  });

  it('stops waiting on a card that asks or changes something, and on a month with something to do', () => {
    const s = { ...run(level, 'rural'), done: [] };
    const quiet = { ...s, daysUsed: 0 };
    const monthOnly: GameEvent[] = [{ type: 'monthEnded', month: 1 }];
    const rent: GameEvent[] = [...monthOnly, { type: 'stat', stat: 'money', delta: -1000, cause: 'living' }];
    const bill: GameEvent[] = [...rent, { type: 'stat', stat: 'money', delta: -200, cause: 'event:bill' }];
    expect(stopsWaiting(level, quiet, rent)).toBe(true); // the new month has steps to take
    const nothing = { ...quiet, daysUsed: 8 };
    expect(stopsWaiting(level, nothing, rent)).toBe(false);
    expect(stopsWaiting(level, nothing, bill)).toBe(true);
    expect(stopsWaiting(level, { ...nothing, pendingEvent: 'call' }, rent)).toBe(true);
    expect(stopsWaiting(level, { ...nothing, ended: { reason: 'months', month: 6 } }, rent)).toBe(true);
  });
});

describe('words budget in the level check', () => {
  it('refuses an event card over 60 English words or 100 Chinese characters, title and choices included', () => {
    const base = testLevel();
    const ctx = { factIds: new Set(['fact']), policyIds: new Set<string>() };
    const long = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    const withCard = (en: string, zh: string) => ({
      ...base,
      events: base.events.map((e) => (e.id === 'bill' ? { ...e, text: { en, 'zh-Hans': zh } } : e)),
    });
    // "Bill" (title) + 58 words = 59: within the budget
    expect(checkLevel('t.json', withCard(long(58), '短'), ctx).problems).toEqual([]);
    const over = checkLevel('t.json', withCard(long(60), '短'), ctx).problems;
    expect(over.map((p) => p.message)).toEqual([expect.stringContaining('61 English words')]);
    const han = checkLevel('t.json', withCard('short', '字'.repeat(101)), ctx).problems;
    expect(han.map((p) => p.message)).toEqual([expect.stringContaining('101 Chinese characters')]);
  });

  it('every shipped card fits the budget', () => {
    expect(shipped().problems).toEqual([]);
  });
});

describe('what makes a step worth a month (rules/pace.ts)', () => {
  const level = testLevel();
  const venue = (id: string) => level.venues.find((v) => v.id === id)!;
  const act = (v: string) => venue(v).actions[0]!;

  it('a step gives something new only while the run lacks it: a document, a flag, a slot', () => {
    const s = run(level, 'rural');
    expect(givesSomethingNew(s, act('factory'))).toBe(true); // the job and the contract
    expect(givesSomethingNew({ ...s, documents: ['labour-contract'] }, act('factory'))).toBe(true); // the job still
    expect(
      givesSomethingNew(
        { ...s, documents: ['labour-contract'], slots: { job: 'factory-job' } },
        act('factory'),
      ),
    ).toBe(false);
    expect(givesSomethingNew(s, act('private'))).toBe(true);
    expect(givesSomethingNew({ ...s, flags: ['in-school'] }, act('private'))).toBe(false);
    expect(givesSomethingNew(s, act('rooms'))).toBe(true);
    expect(givesSomethingNew({ ...s, slots: { housing: 'room' } }, act('rooms'))).toBe(false);
    // Resting gives nothing new: it is never a month's decision on its own.
    expect(givesSomethingNew(s, act('station'))).toBe(false);
    // Losing a document or clearing a flag is nothing new either; an `if` counts by both branches.
    const lose = { ...act('factory'), effects: [{ type: 'document' as const, id: 'x', gain: false }] };
    expect(givesSomethingNew(s, lose)).toBe(false);
    const clear = { ...act('factory'), effects: [{ type: 'flag' as const, id: 'y', set: false }] };
    expect(givesSomethingNew(s, clear)).toBe(false);
    const branch = (then: boolean) => ({
      ...act('factory'),
      effects: [
        {
          type: 'if' as const,
          if: { type: 'flag' as const, id: 'never' },
          then: then ? [{ type: 'flag' as const, id: 'new', set: true }] : [],
          else: then ? [] : [{ type: 'flag' as const, id: 'new', set: true }],
        },
      ],
    });
    expect(givesSomethingNew(s, branch(true))).toBe(true);
    expect(givesSomethingNew(s, branch(false))).toBe(true);
  });

  it('a step was granted before when it was tried more times than it was walled at that door', () => {
    const s = run(level, 'rural');
    expect(grantedBefore(s, 'factory', 'sign')).toBe(false);
    const signed = play(
      level,
      s,
      { type: 'move', venue: 'factory' },
      { type: 'act', venue: 'factory', action: 'sign' },
    );
    expect(grantedBefore(signed.state, 'factory', 'sign')).toBe(true);
    expect(grantedBefore(signed.state, 'factory', 'other')).toBe(false);
    expect(grantedBefore(signed.state, 'school', 'sign')).toBe(false);
    // Walled once at the school: tried once, walled once, never granted.
    const walled = play(
      level,
      s,
      { type: 'move', venue: 'school' },
      { type: 'act', venue: 'school', action: 'enrol' },
    );
    expect(walled.events.some((e) => e.type === 'blocked')).toBe(true);
    expect(grantedBefore(walled.state, 'school', 'enrol')).toBe(false);
    // A wall met elsewhere for the same step does not count against this door.
    expect(
      grantedBefore(
        { ...signed.state, walls: [{ ...signed.state.walls[0]!, source: 'event' } as never] },
        'factory',
        'sign',
      ),
    ).toBe(true);
  });

  it('a fresh step is open, never granted, new, allowed, changes something and fits this month', () => {
    const s = run(level, 'rural');
    expect(freshStep(level, s, venue('factory'), act('factory'))).toBe(true);
    // Not allowed: the public school walls a rural child without a permit.
    expect(freshStep(level, s, venue('school'), act('school'))).toBe(false);
    expect(freshStep(level, run(level, 'urban'), venue('school'), act('school'))).toBe(true);
    // Done once already (a once-only step).
    expect(freshStep(level, s, venue('private'), act('private'))).toBe(true);
    expect(
      freshStep(level, { ...s, done: [doneKey('private', 'enrol')] }, venue('private'), act('private')),
    ).toBe(false);
    // Does not fit: no days left for the walk and the step.
    expect(freshStep(level, { ...s, daysUsed: level.daysPerMonth }, venue('factory'), act('factory'))).toBe(
      false,
    );
    // Granted before: going back to the same job is no new choice.
    const signed = play(
      level,
      s,
      { type: 'move', venue: 'factory' },
      { type: 'act', venue: 'factory', action: 'sign' },
    );
    const quit = { ...signed.state, slots: {}, documents: [], daysUsed: 0 };
    expect(freshStep(level, quit, venue('factory'), act('factory'))).toBe(false);
  });

  it('a venue is judged by its cheapest open step', () => {
    const two = {
      ...venue('factory'),
      actions: [
        act('factory'),
        { ...act('factory'), id: 'short', days: 1 },
        { ...act('factory'), id: 'long', days: 3 },
      ],
    };
    const s = run(level, 'rural');
    expect(venueFit(level, s, two)?.action.id).toBe('short');
    expect(venueFit(level, s, { ...two, actions: [two.actions[2]!, two.actions[0]!] })?.action.id).toBe(
      'sign',
    );
  });

  it('a goal met, a document gained or a card that changed something ends the quiet months', () => {
    const s = { ...run(level, 'rural'), daysUsed: 8 };
    const month: GameEvent[] = [{ type: 'monthEnded', month: 1 }];
    expect(stopsWaiting(level, s, month)).toBe(false);
    expect(stopsWaiting(level, s, [...month, { type: 'eventDrawn', event: 'bill' }])).toBe(false);
    expect(stopsWaiting(level, s, [...month, { type: 'goalMet', goal: 'school' }])).toBe(true);
    expect(stopsWaiting(level, s, [...month, { type: 'document', id: 'x', gain: true }])).toBe(true);
    expect(
      stopsWaiting(level, s, [...month, { type: 'stat', stat: 'money', delta: -9, cause: 'living' }]),
    ).toBe(false);
    expect(
      stopsWaiting(level, s, [...month, { type: 'stat', stat: 'money', delta: -9, cause: 'event:bill' }]),
    ).toBe(true);
    // With every goal met, finishing is the month's choice.
    const done = { ...s, flags: ['in-school'], documents: ['residence-permit'] };
    expect(hasChoice(level, done)).toBe(true);
    expect(hasChoice(level, { ...done, ended: { reason: 'months', month: 6 } })).toBe(false);
  });
});
