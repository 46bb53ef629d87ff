// The twin lives your intentions: policy, in the words of rules/twin.ts.
import { describe, expect, it } from 'vitest';
import { type Intent, type Level, liveIntentions, type Policy, report } from '../../src/rules';
import { action, testLevel, venue } from '../helpers/builders';

// The test city: the public school (walled for a rural outsider, alternative: the private school,
// ¥500 and ¥300 a month), and a plot of land only a rural registration brings (alternative: the factory).
const level: Level = (() => {
  const base = testLevel({ standIns: { documents: ['land-contract'] } });
  return {
    ...base,
    venues: [
      ...base.venues.map((v) =>
        v.id === 'private'
          ? {
              ...v,
              actions: [
                action('enrol', {
                  cost: 500,
                  once: true,
                  effects: [
                    { type: 'flag', id: 'in-school', set: true },
                    { type: 'take', slot: 'school', option: 'private-place' },
                  ],
                }),
              ],
            }
          : v,
      ),
      venue('fields', 2, 8, [
        action('farm', {
          requires: { type: 'document', id: 'land-contract' },
          alternatives: [{ venue: 'factory', action: 'sign' }],
          effects: [{ type: 'stat', stat: 'money', add: 800 }],
        }),
      ]),
    ],
    options: [...base.options, { id: 'private-place', slot: 'school', name: base.title, monthly: -300 }],
  };
})();

const rural = { registrationId: 'rural', policy: null };
const urban = { registrationId: 'urban', policy: null };
const live = (me: typeof rural, twin: typeof rural, intents: Intent[]) =>
  liveIntentions(level, 7, me, twin, intents)!;

const knockThenPrivate: Intent[] = [
  { type: 'move', venue: 'school' },
  { type: 'act', venue: 'school', action: 'enrol' },
  { type: 'move', venue: 'private' },
  { type: 'act', venue: 'private', action: 'enrol' },
  { type: 'endMonth' },
  { type: 'endMonth' },
];

describe('the twin lives your intentions', () => {
  it('a rural player who enrolled at the private school after the public school refused: the urban twin enrolled at the public school and paid no fees', () => {
    const lived = live(rural, urban, knockThenPrivate);
    expect(lived.reference.state.walls.map((w) => `${w.venue}/${w.action}`)).toEqual(['school/enrol']);
    expect(lived.reference.state.slots.school).toBe('private-place');
    expect(lived.subject.state.flags).toContain('in-school');
    expect(lived.subject.state.slots.school).toBeUndefined();
    expect(lived.moves.map((m) => m.kind)).toEqual(['open-door', 'skipped']);
    const fees = (evs: typeof lived.subject.events) =>
      evs
        .filter(
          (e) =>
            e.type === 'stat' &&
            e.stat === 'money' &&
            (e.cause === 'action:enrol' || e.cause.startsWith('school:')),
        )
        .reduce((sum, e) => sum + (e.type === 'stat' ? e.delta : 0), 0);
    expect(fees(lived.subject.events)).toBe(0);
    expect(fees(lived.reference.events)).toBe(-500 - 300 * 2);
  });

  it('a rural player who went straight to the private school, knowing the wall: the urban twin walks to the public school instead', () => {
    const lived = live(rural, urban, knockThenPrivate.slice(2));
    expect(lived.reference.state.walls).toEqual([]);
    expect(lived.moves).toMatchObject([{ kind: 'instead', yours: 'private/enrol', theirs: 'school/enrol' }]);
    expect(lived.subject.state.slots.school).toBeUndefined();
    expect(lived.subject.state.flags).toContain('in-school');
  });

  it('an urban player who enrolled at the public school: the rural twin goes round the wall to the private school and pays', () => {
    const lived = live(urban, rural, knockThenPrivate.slice(0, 2));
    expect(lived.moves).toMatchObject([
      { kind: 'alternative', yours: 'school/enrol', theirs: 'private/enrol' },
    ]);
    expect(lived.subject.state.slots.school).toBe('private-place');
    expect(lived.subject.state.stats.money).toBe(lived.reference.state.stats.money - 500);
  });

  it('with no open way round, the rural twin meets the wall', () => {
    const broke = { ...level, start: { ...level.start, stats: { ...level.start.stats, money: 100 } } };
    const lived = liveIntentions(broke, 7, urban, rural, knockThenPrivate.slice(0, 2))!;
    expect(lived.moves).toMatchObject([{ kind: 'walled', yours: 'school/enrol', theirs: null }]);
    expect(lived.subject.state.walls.map((w) => `${w.venue}/${w.action}`)).toEqual(['school/enrol']);
  });

  it('a door open for you and walled for your twin: the twin takes the first open alternative and pays its price', () => {
    const farm: Intent[] = [
      { type: 'move', venue: 'fields' },
      { type: 'act', venue: 'fields', action: 'farm' },
      { type: 'endMonth' },
    ];
    const lived = live(rural, urban, farm);
    expect(lived.moves).toMatchObject([
      { kind: 'alternative', yours: 'fields/farm', theirs: 'factory/sign' },
    ]);
    expect(lived.subject.state.slots.job).toBe('factory-job');
    expect(lived.subject.state.walls).toEqual([]);
  });

  it('a refusal for money is no wall: the twin tries the same and nothing else', () => {
    const poor = live(rural, urban, [{ type: 'endMonth' }, { type: 'endMonth' }, { type: 'endMonth' }]);
    expect(poor.moves).toEqual([]);
  });

  it('same seed, same cards: the twin draws the events you drew, in the same months', () => {
    const lived = live(rural, urban, [...knockThenPrivate, { type: 'endMonth' }, { type: 'endMonth' }]);
    const draws = (evs: typeof lived.subject.events) => evs.filter((e) => e.type === 'eventDrawn');
    expect(draws(lived.subject.events)).toEqual(draws(lived.reference.events));
  });

  it('the twin living your own registration is just your run again', () => {
    const lived = live(rural, rural, knockThenPrivate);
    expect(lived.subject.state.stats).toEqual(lived.reference.state.stats);
    expect(lived.moves).toEqual([]);
  });
});

describe('a roof still needed, and what the twin already has', () => {
  // A city where settling (the way round the school wall) needs a registered lease, dearer than a
  // room; and a local booklet office that gives only a document a local holds from birth.
  const city: Level = (() => {
    const base = testLevel();
    return {
      ...base,
      registrations: base.registrations.map((r) =>
        r.id === 'urban' ? { ...r, start: { documents: ['household-booklet'] } } : r,
      ),
      venues: [
        ...base.venues.map((v) =>
          v.id === 'school'
            ? {
                ...v,
                actions: v.actions.map((a) => ({
                  ...a,
                  alternatives: [{ venue: 'lease', action: 'sign' }],
                })),
              }
            : v,
        ),
        venue('lease', 0, 5, [
          action('sign', {
            cost: 1800,
            effects: [
              { type: 'take', slot: 'housing', option: 'registered-flat' },
              { type: 'document', id: 'registered-lease', gain: true },
            ],
          }),
        ]),
        venue('booklet-office', 10, 0, [
          action('fetch', {
            cost: 400,
            effects: [{ type: 'document', id: 'household-booklet', gain: true }],
          }),
        ]),
      ],
      options: [
        ...base.options,
        { id: 'registered-flat', slot: 'housing', name: base.title, monthly: -1400 },
      ],
    };
  })();

  it('a rural player who signed a registered lease to get round the school wall: the urban twin enrolled at the public school and rented the cheapest room', () => {
    const lived = liveIntentions(city, 7, rural, urban, [
      { type: 'move', venue: 'lease' },
      { type: 'act', venue: 'lease', action: 'sign' },
      { type: 'endMonth' },
    ])!;
    expect(lived.moves).toMatchObject([
      { kind: 'instead', yours: 'lease/sign', theirs: 'school/enrol' },
      { kind: 'home', yours: 'lease/sign', theirs: 'rooms/rent' },
    ]);
    expect(lived.reference.state.slots.housing).toBe('registered-flat');
    expect(lived.subject.state.slots.housing).toBe('room');
    expect(lived.subject.state.flags).toContain('in-school');
  });

  it('a rural player who paid to fetch a paper the local twin was born with: the twin does not pay for it again', () => {
    const fetch: Intent[] = [
      { type: 'move', venue: 'booklet-office' },
      { type: 'act', venue: 'booklet-office', action: 'fetch' },
      { type: 'endMonth' },
    ];
    const lived = liveIntentions(city, 7, rural, urban, fetch)!;
    expect(lived.moves).toMatchObject([{ kind: 'has', yours: 'booklet-office/fetch', theirs: null }]);
    const start = (l: typeof lived.subject) => l.timeline[0]!.money;
    expect(start(lived.reference) - lived.reference.state.stats.money).toBe(
      start(lived.subject) - lived.subject.state.stats.money + 400,
    );
  });
});

describe('the report of a finished run', () => {
  const residency: Policy = {
    id: 'residency',
    name: level.title,
    summary: level.title,
    facts: ['fact'],
    rewrites: [
      {
        match: { type: 'registration', place: 'local' },
        replace: { type: 'stat', stat: 'residenceMonths', atLeast: 0 },
      },
    ],
  };
  const state = live(rural, rural, knockThenPrivate).reference.state;
  const r = report(level, state, null, [residency]);

  it('says what the walls cost: your twin kept the ¥500 private-school fee and ¥300 a month', () => {
    expect(r.gap?.money).toBe(-500 - 300 * 2);
    expect(r.attribution.walls).toBe(-1100);
    expect(r.attribution.start + r.attribution.luck + r.attribution.choices + r.attribution.walls).toBe(
      r.attribution.end,
    );
  });

  it('names the wall that falls under a reform and how much of the gap it closes', () => {
    expect(r.reforms[0]!.wallsFell).toEqual(['school/enrol']);
    expect(r.reforms[0]!.gap?.money).toBe(0);
    expect(r.reforms[0]!.closed?.money).toBe(1100);
  });

  it('a wall that a reform opens only later still fell: met in month 1, gone through in month 2', () => {
    const afterAMonth: Policy = {
      ...residency,
      rewrites: [
        {
          match: { type: 'registration', place: 'local' },
          replace: { type: 'stat', stat: 'residenceMonths', atLeast: 1 },
        },
      ],
    };
    const knockTwice: Intent[] = [
      { type: 'move', venue: 'rooms' },
      { type: 'act', venue: 'rooms', action: 'rent' },
      { type: 'move', venue: 'school' },
      { type: 'act', venue: 'school', action: 'enrol' },
      { type: 'endMonth' },
      { type: 'act', venue: 'school', action: 'enrol' },
      { type: 'endMonth' },
    ];
    // Months of residence stand in for the registration here, as in the megacity.
    const city: Level = { ...level, standIns: { ...level.standIns, stats: ['residenceMonths'] } };
    const twice = liveIntentions(city, 7, rural, rural, knockTwice)!.reference.state;
    const lens = report(city, twice, null, [afterAMonth]).reforms[0]!;
    // Under the reform you still meet the wall in month 1 …
    expect(lens.you.state.walls.map((w) => `${w.venue}/${w.action}`)).toEqual(['school/enrol']);
    // … and go through it in month 2: it fell.
    expect(lens.you.state.flags).toContain('in-school');
    expect(lens.wallsFell).toEqual(['school/enrol']);
  });

  it('a wall you went round without knocking also fell when the reform opens its door', () => {
    const knowing = live(rural, rural, knockThenPrivate.slice(2)).reference.state;
    expect(knowing.walls).toEqual([]);
    const lens = report(level, knowing, null, [residency]).reforms[0]!;
    expect(lens.youMoves).toMatchObject([{ kind: 'instead', theirs: 'school/enrol' }]);
    expect(lens.wallsFell).toEqual(['school/enrol']);
  });

  it('counts walls and refusals apart', () => {
    expect(r.summary.walls).toEqual(['school/enrol']);
    expect(r.summary.refusals).toBe(0);
  });
});
