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
