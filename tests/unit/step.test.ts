import { describe, expect, it } from 'vitest';
import { availableIntents, type GameEvent, type Intent, type RunState, step } from '../../src/rules';
import { run, testLevel } from '../helpers/builders';

const level = testLevel();

function play(s: RunState, ...intents: Intent[]): { state: RunState; events: GameEvent[] } {
  const events: GameEvent[] = [];
  for (const i of intents) {
    const r = step(level, s, i);
    s = r.state;
    events.push(...r.events);
  }
  return { state: s, events };
}

describe('step', () => {
  it('walks to a venue and charges days by distance', () => {
    const { state, events } = play(run(level), { type: 'move', venue: 'factory' });
    expect(state.at).toBe('factory');
    expect(state.daysUsed).toBe(2);
    expect(events).toEqual([{ type: 'moved', venue: 'factory', days: 2 }]);
  });

  it('blocks public-school enrolment for a rural child without a residence permit, and offers the private school', () => {
    const { state, events } = play(
      run(level, 'rural'),
      { type: 'move', venue: 'school' },
      { type: 'act', venue: 'school', action: 'enrol' },
    );
    const blocked = events.find((e) => e.type === 'blocked');
    expect(blocked).toMatchObject({
      type: 'blocked',
      source: 'venue',
      venue: 'school',
      action: 'enrol',
      facts: ['fact'],
      alternatives: [{ venue: 'private', action: 'enrol' }],
    });
    expect(state.flags).not.toContain('in-school');
    expect(state.walls).toHaveLength(1);
    expect(state.daysUsed).toBe(1 + 2);
  });

  it('enrols a child with local hukou at once', () => {
    const { state, events } = play(
      run(level, 'urban'),
      { type: 'move', venue: 'school' },
      { type: 'act', venue: 'school', action: 'enrol' },
    );
    expect(events).toContainEqual({ type: 'granted', venue: 'school', action: 'enrol' });
    expect(state.flags).toContain('in-school');
  });

  it('charges the cost of an action and treats money as a requirement', () => {
    let s = run(level, 'rural');
    s = { ...s, stats: { ...s.stats, money: 400 } };
    const poor = play(
      s,
      { type: 'move', venue: 'private' },
      { type: 'act', venue: 'private', action: 'enrol' },
    );
    expect(poor.events.find((e) => e.type === 'blocked')).toMatchObject({
      unmet: [{ type: 'stat', stat: 'money', have: 400, need: 500 }],
    });
    const ok = play(
      run(level, 'rural'),
      { type: 'move', venue: 'private' },
      { type: 'act', venue: 'private', action: 'enrol' },
    );
    expect(ok.state.stats.money).toBe(2500);
    expect(ok.events).toContainEqual({ type: 'stat', stat: 'money', delta: -500, cause: 'action:enrol' });
  });

  it('refuses an action away from its venue', () => {
    const { state, events } = play(run(level), { type: 'act', venue: 'school', action: 'enrol' });
    expect(events).toEqual([
      { type: 'rejected', reason: 'not-here', intent: { type: 'act', venue: 'school', action: 'enrol' } },
    ]);
    expect(state.daysUsed).toBe(0);
  });

  it('refuses what does not fit in the days left', () => {
    const s = { ...run(level), daysUsed: 7 };
    const { events } = play(s, { type: 'move', venue: 'factory' });
    expect(events[0]).toMatchObject({ type: 'rejected', reason: 'no-time' });
  });

  it('refuses a once-only action the second time and taking the job you already have', () => {
    const a = play(
      run(level, 'urban'),
      { type: 'move', venue: 'school' },
      { type: 'act', venue: 'school', action: 'enrol' },
      { type: 'act', venue: 'school', action: 'enrol' },
    );
    expect(a.events.at(-1)).toMatchObject({ type: 'rejected', reason: 'already-done' });
    const b = play(
      run(level),
      { type: 'move', venue: 'factory' },
      { type: 'act', venue: 'factory', action: 'sign' },
      { type: 'act', venue: 'factory', action: 'sign' },
    );
    expect(b.events.at(-1)).toMatchObject({ type: 'rejected', reason: 'already-done' });
  });

  it('answers bad intents with a rejection, never a throw', () => {
    const s = run(level);
    for (const bad of [null, 42, 'move', {}, { type: 'fly' }, { type: 'move' }, { type: 'act', venue: 1 }]) {
      expect(step(level, s, bad).events[0]).toMatchObject({ type: 'rejected', reason: 'malformed' });
    }
    expect(step(level, s, { type: 'move', venue: 'moon' }).events[0]).toMatchObject({
      reason: 'unknown-venue',
    });
    expect(
      step(level, { ...s, at: 'school' }, { type: 'act', venue: 'school', action: 'dance' }).events[0],
    ).toMatchObject({
      reason: 'unknown-action',
    });
    expect(step(level, s, { type: 'choose', choice: 'x' }).events[0]).toMatchObject({ reason: 'no-event' });
  });

  it('logs every attempted intent, allowed or not, with month and day', () => {
    const { state } = play(
      run(level),
      { type: 'move', venue: 'school' },
      { type: 'act', venue: 'school', action: 'enrol' },
      { type: 'act', venue: 'factory', action: 'sign' },
    );
    expect(state.log).toEqual([
      { month: 1, day: 0, intent: { type: 'move', venue: 'school' } },
      { month: 1, day: 1, intent: { type: 'act', venue: 'school', action: 'enrol' } },
      { month: 1, day: 3, intent: { type: 'act', venue: 'factory', action: 'sign' } },
    ]);
  });

  it('pays wages, rent, insurance and living costs at month end', () => {
    const { state, events } = play(
      run(level),
      { type: 'move', venue: 'factory' },
      { type: 'act', venue: 'factory', action: 'sign' },
      { type: 'move', venue: 'rooms' },
      { type: 'act', venue: 'rooms', action: 'rent' },
      { type: 'endMonth' },
    );
    expect(state.month).toBe(2);
    expect(state.daysUsed).toBe(0);
    expect(state.stats.insuranceMonths).toBe(1);
    expect(state.stats.residenceMonths).toBe(1);
    expect(state.stats.health).toBe(78);
    const money = events
      .filter((e) => e.type === 'stat' && e.stat === 'money')
      .map((e) => (e as { cause: string }).cause);
    expect(money.slice(0, 4)).toEqual(['job:factory-job', 'insurance', 'housing:room', 'living']);
    expect(events).toContainEqual({ type: 'monthEnded', month: 1 });
    expect(events.some((e) => e.type === 'eventDrawn')).toBe(true);
  });

  it('holds the game on an event choice until one is made; a walled choice stays open', () => {
    let s = run(level);
    s = { ...s, pendingEvent: 'call' };
    expect(step(level, s, { type: 'endMonth' }).events[0]).toMatchObject({ reason: 'event-pending' });
    const walled = step(level, s, { type: 'choose', choice: 'fly' });
    expect(walled.events[0]).toMatchObject({
      type: 'blocked',
      source: 'event',
      venue: 'call',
      action: 'fly',
    });
    expect(walled.state.pendingEvent).toBe('call');
    const ok = step(level, walled.state, { type: 'choose', choice: 'phone' });
    expect(ok.state.pendingEvent).toBeNull();
    expect(ok.state.stats.family).toBe(62);
  });

  it('ends at the month limit, and refuses intents after the end', () => {
    let s = run(level);
    for (let m = 0; m < level.months; m++) {
      let r = step(level, s, { type: 'endMonth' });
      if (r.state.pendingEvent) r = step(level, r.state, { type: 'choose', choice: 'phone' });
      s = r.state;
    }
    expect(s.ended).toEqual({ reason: 'months', month: 6 });
    expect(step(level, s, { type: 'endMonth' }).events[0]).toMatchObject({ reason: 'game-over' });
  });

  it('is lost when debt passes the limit', () => {
    const s = { ...run(level), stats: { ...run(level).stats, money: -4500 } };
    const r = step(level, s, { type: 'endMonth' });
    expect(r.state.ended?.reason).toBe('money');
    expect(r.events).toContainEqual({ type: 'ended', reason: 'money' });
  });

  it('offers to finish once every goal is met, and finishing ends the run there', () => {
    const s = { ...run(level, 'urban'), documents: ['residence-permit'], at: 'school' };
    const r = step(level, s, { type: 'act', venue: 'school', action: 'enrol' });
    expect(r.events).toContainEqual({ type: 'goalMet', goal: 'school' });
    expect(r.state.ended).toBeNull();
    expect(availableIntents(level, r.state)).toContainEqual({ type: 'finish' });
    expect(availableIntents(level, s)).not.toContainEqual({ type: 'finish' });
    const done = step(level, r.state, { type: 'finish' });
    expect(done.state.ended).toEqual({ reason: 'goals', month: 1 });
    expect(done.events).toEqual([{ type: 'ended', reason: 'goals' }]);
  });

  it('a replayed finish ends a run that has not met every goal as finished early', () => {
    const r = step(level, run(level, 'rural'), { type: 'finish' });
    expect(r.state.ended).toEqual({ reason: 'finished', month: 1 });
  });

  it('does not change the state it was given', () => {
    const s = run(level);
    const before = JSON.stringify(s);
    step(level, s, { type: 'move', venue: 'factory' });
    step(level, s, { type: 'endMonth' });
    expect(JSON.stringify(s)).toBe(before);
  });
});
