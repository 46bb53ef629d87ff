// Walls are only walls: a refusal is a wall when the registration is why, and nothing else is.
import { describe, expect, it } from 'vitest';
import {
  type GameEvent,
  type Level,
  playBot,
  type RunState,
  randomBot,
  standsIn,
  step,
  type Unmet,
} from '../../src/rules';
import { action, run, testLevel, venue } from '../helpers/builders';
import { shipped } from '../helpers/shipped';

function act(level: Level, s: RunState, venueId: string, actionId: string) {
  const at = step(level, s, { type: 'move', venue: venueId }).state;
  const r = step(level, at, { type: 'act', venue: venueId, action: actionId });
  const blocked = r.events.find((e): e is Extract<GameEvent, { type: 'blocked' }> => e.type === 'blocked');
  return { state: r.state, blocked };
}

const level = testLevel({
  standIns: { documents: ['residence-permit'] },
  venues: [
    ...testLevel().venues,
    venue('college', 2, 2, [
      action('study', { cost: 4000, effects: [{ type: 'flag', id: 'studying', set: true }] }),
      action('farm-elsewhere', {
        requires: { type: 'not', not: { type: 'flag', id: 'studying' } },
        effects: [],
      }),
      action('graduate', { requires: { type: 'month', atLeast: 5 }, effects: [] }),
    ]),
  ],
});

describe('what is a wall', () => {
  it('a rural outsider refused by the public school is walled: the local registration would pass', () => {
    const { state, blocked } = act(level, run(level, 'rural'), 'school', 'enrol');
    expect(blocked?.kind).toBe('wall');
    expect(blocked?.facts.length).toBeGreaterThan(0);
    expect(state.walls.map((w) => `${w.venue}/${w.action}`)).toEqual(['school/enrol']);
    expect(state.refusals).toEqual([]);
  });

  it('lacking money for evening college is a refusal for money, with no hukou fact, never a wall', () => {
    const { state, blocked } = act(level, run(level, 'rural'), 'college', 'study');
    expect(blocked).toMatchObject({ kind: 'refusal', reason: 'money', facts: [] });
    expect(state.walls).toEqual([]);
    expect(state.refusals.map((r) => r.reason)).toEqual(['money']);
  });

  it('the local registration is refused for money just the same: it is not a wall for anyone', () => {
    expect(act(level, run(level, 'urban'), 'college', 'study').blocked?.kind).toBe('refusal');
  });

  it('being barred by your own earlier choice is a refusal "choice"', () => {
    let s = run(level, 'rural');
    s = { ...s, stats: { ...s.stats, money: 10000 } };
    s = act(level, s, 'college', 'study').state;
    const { state, blocked } = act(level, s, 'college', 'farm-elsewhere');
    expect(blocked).toMatchObject({ kind: 'refusal', reason: 'choice' });
    expect(state.walls).toEqual([]);
  });

  it('too early in the year is a refusal "early"', () => {
    expect(act(level, run(level, 'rural'), 'college', 'graduate').blocked).toMatchObject({
      kind: 'refusal',
      reason: 'early',
    });
  });

  it('a missing labour contract for the permit is a refusal "missing": you can still get one yourself', () => {
    expect(act(level, run(level, 'rural'), 'permit-office', 'apply').blocked).toMatchObject({
      kind: 'refusal',
      reason: 'missing',
    });
  });

  it('a document the level says stands in for a registration makes a wall of its own', () => {
    const permitOnly = testLevel({
      standIns: { documents: ['residence-permit'] },
      venues: [
        ...testLevel().venues,
        venue('housing-office', 3, 3, [
          action('apply', { requires: { type: 'document', id: 'residence-permit' }, effects: [] }),
        ]),
      ],
    });
    expect(act(permitOnly, run(permitOnly, 'rural'), 'housing-office', 'apply').blocked?.kind).toBe('wall');
    const noStandIns = { ...permitOnly, standIns: {} };
    expect(act(noStandIns, run(noStandIns, 'rural'), 'housing-office', 'apply').blocked?.kind).toBe(
      'refusal',
    );
  });

  it('money never stands in for a registration', () => {
    const u: Unmet = { type: 'stat', stat: 'money', have: 1, need: 2 };
    expect(standsIn({ ...level, standIns: { stats: ['insuranceMonths'] } }, u)).toBe(false);
  });
});

const content = shipped();
const leaves = (u: Unmet): Unmet[] => (u.type === 'any' ? u.options.flat().flatMap(leaves) : [u]);
const onlyOwn = (unmet: Unmet[]) =>
  unmet
    .flatMap(leaves)
    .every((u) => (u.type === 'stat' && u.stat === 'money') || u.type === 'not' || u.type === 'month');

describe.each([...content.levels.values()].map((l) => ({ id: l.id, level: l })))(
  'on $id no refusal caused only by money, days or your own choices is reported as a wall',
  ({ level: shippedLevel }) => {
    it('over random runs of every registration', () => {
      let walls = 0;
      for (const reg of shippedLevel.registrations) {
        for (let seed = 1; seed <= 12; seed++) {
          const game = playBot(shippedLevel, null, reg.id, seed * 7919, randomBot);
          for (const w of game.state.walls) {
            walls++;
            expect(onlyOwn(w.unmet), `${reg.id} ${w.venue}/${w.action}`).toBe(false);
          }
          for (const r of game.state.refusals)
            expect(
              r.unmet.flatMap(leaves).some((u) => standsIn(shippedLevel, u)),
              `${reg.id} ${r.venue}/${r.action}`,
            ).toBe(false);
          for (const e of game.events)
            if (e.type === 'blocked' && e.kind === 'refusal') expect(e.facts).toEqual([]);
        }
      }
      // Only the reform city is meant to have no walls at all under today's rules.
      if (shippedLevel.id !== 'reform-city') expect(walls).toBeGreaterThan(0);
    });
  },
);

describe('the refusals the issue found counted as walls', () => {
  const megacity = content.levels.get('megacity')!;
  const capital = content.levels.get('capital')!;
  const hometown = content.levels.get('hometown')!;

  it('megacity: ¥3,400 of ¥4,000 for evening college is a refusal for money', () => {
    let s = run(megacity, 'rural');
    s = { ...s, stats: { ...s.stats, money: 3400 } };
    const { state, blocked } = act(megacity, s, 'points-office', 'evening-college');
    expect(blocked).toMatchObject({ kind: 'refusal', reason: 'money' });
    expect(state.walls).toEqual([]);
  });

  it('capital: sending your son home without ¥700 is a refusal for money', () => {
    let s = run(capital, 'rural');
    s = { ...s, stats: { ...s.stats, money: 100 } };
    expect(act(capital, s, 'coach-station', 'send-son-home').blocked).toMatchObject({
      kind: 'refusal',
      reason: 'money',
    });
  });

  it('hometown: renting the land out after farming it is your own choice, not a wall', () => {
    let s = run(hometown, 'rural');
    s = act(hometown, s, 'farmland', 'farm').state;
    const { state, blocked } = act(hometown, s, 'farmland', 'rent-out');
    expect(blocked).toMatchObject({ kind: 'refusal', reason: 'choice' });
    expect(state.walls).toEqual([]);
  });

  it('hometown: a twin with an urban registration elsewhere has no land to farm: that is a wall', () => {
    expect(act(hometown, run(hometown, 'urban-other'), 'farmland', 'farm').blocked?.kind).toBe('wall');
  });
});
