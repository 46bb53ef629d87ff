import { describe, expect, it } from 'vitest';
import {
  compare,
  greedyBot,
  type Intent,
  outcome,
  type Policy,
  playBot,
  randomBot,
  replay,
  twinRegistration,
  withPolicy,
} from '../../src/rules';
import { run, testLevel } from '../helpers/builders';

const level = testLevel();

const tryTheSchool: Intent[] = [
  { type: 'move', venue: 'school' },
  { type: 'act', venue: 'school', action: 'enrol' },
  { type: 'endMonth' },
];

describe('replay, the twin and the reform lens', () => {
  it('a run survives a JSON round trip', () => {
    const game = playBot(level, null, 'rural', 11, randomBot);
    expect(JSON.parse(JSON.stringify(game.state))).toEqual(game.state);
  });

  it('seed + intents replayed give identical events and state', () => {
    const game = playBot(level, null, 'rural', 99, randomBot);
    const again = replay(
      level,
      99,
      'rural',
      null,
      game.state.log.map((l) => l.intent),
    )!;
    expect(again.state).toEqual(game.state);
    expect(again.events).toEqual(game.events);
  });

  it('the twin of a rural outsider is the local urban registration, and back', () => {
    expect(twinRegistration(level, 'rural')?.id).toBe('urban');
    expect(twinRegistration(level, 'urban')?.id).toBe('rural');
  });

  it('the twin meets the same luck: the same month-end events are drawn', () => {
    const game = playBot(level, null, 'rural', 5, greedyBot);
    const twin = replay(
      level,
      5,
      'urban',
      null,
      game.state.log.map((l) => l.intent),
    )!;
    const draws = (es: typeof game.events) => es.filter((e) => e.type === 'eventDrawn');
    expect(draws(twin.events)).toEqual(draws(game.events));
  });

  it('the same choices with local hukou get past the school wall', () => {
    const mine = replay(level, 3, 'rural', null, tryTheSchool)!;
    const twin = replay(level, 3, 'urban', null, tryTheSchool)!;
    const gap = compare(outcome(level, mine.state), outcome(level, twin.state));
    expect(gap.wallsOnlyA).toEqual(['school/enrol']);
    expect(gap.goalsOnlyB).toEqual(['school']);
  });

  it('a residency-based reform opens the school wall after months of residence', () => {
    const residency: Policy = {
      id: 'residency',
      name: level.title,
      summary: level.title,
      facts: [],
      rewrites: [
        {
          match: { type: 'registration', place: 'local' },
          replace: { type: 'stat', stat: 'residenceMonths', atLeast: 2 },
        },
      ],
    };
    const reformed = withPolicy(level, residency);
    const enrol = reformed.venues.find((v) => v.id === 'school')!.actions[0]!;
    expect(enrol.requires).toEqual({
      type: 'any',
      any: [
        { type: 'stat', stat: 'residenceMonths', atLeast: 2 },
        { type: 'document', id: 'residence-permit' },
      ],
    });
    const intents: Intent[] = [
      { type: 'move', venue: 'rooms' },
      { type: 'act', venue: 'rooms', action: 'rent' },
      { type: 'endMonth' },
      { type: 'choose', choice: 'phone' },
      { type: 'endMonth' },
      { type: 'choose', choice: 'phone' },
      { type: 'move', venue: 'school' },
      { type: 'act', venue: 'school', action: 'enrol' },
    ];
    const now = replay(level, 1, 'rural', null, intents)!;
    const after = replay(level, 1, 'rural', residency, intents)!;
    expect(now.state.flags).not.toContain('in-school');
    expect(after.state.flags).toContain('in-school');
    // The original level is untouched by the overlay.
    expect(level.venues.find((v) => v.id === 'school')!.actions[0]!.requires).not.toEqual(enrol.requires);
  });

  it('portable insurance carries months paid elsewhere into the run', () => {
    const portable: Policy = {
      id: 'portable',
      name: level.title,
      summary: level.title,
      facts: [],
      rewrites: [],
      portableInsurance: true,
    };
    expect(replay(level, 1, 'rural', portable, [])!.state.stats.insuranceMonths).toBe(12);
    expect(run(level, 'rural').stats.insuranceMonths).toBe(0);
  });

  it('a replay takes the first open choice where a logged choice is walled for it', () => {
    const rich = testLevel({
      registrations: [
        { ...level.registrations[0]!, start: { stats: { money: 200000 } } },
        { ...level.registrations[1]!, start: {} },
      ],
    });
    let seed = 0;
    let first: ReturnType<typeof replay>;
    do {
      first = replay(rich, ++seed, 'rural', null, [{ type: 'endMonth' }]);
    } while (first?.state.pendingEvent !== 'call');
    const intents: Intent[] = [{ type: 'endMonth' }, { type: 'choose', choice: 'fly' }, { type: 'endMonth' }];
    const mine = replay(rich, seed, 'rural', null, intents)!;
    const twin = replay(rich, seed, 'urban', null, intents)!;
    expect(mine.state.month).toBe(3);
    expect(twin.state.month).toBe(3);
    expect(twin.events).toContainEqual({ type: 'choiceMade', event: 'call', choice: 'phone' });
  });

  it('outcome splits out what luck did', () => {
    const game = playBot(level, null, 'rural', 8, greedyBot);
    const o = outcome(level, game.state, game.events);
    const luckMoney = game.events
      .filter((e) => e.type === 'stat' && e.stat === 'money' && /^(event|choice):/.test(e.cause))
      .reduce((sum, e) => sum + (e.type === 'stat' ? e.delta : 0), 0);
    expect(o.luck.money ?? 0).toBe(luckMoney);
    expect(o.goals.map((g) => g.id)).toEqual(['school', 'permit']);
  });
});
