// The city's flow without a browser: what follows a key, a place chosen, a button in a panel and
// the store's answer (app/city-flow.ts). A small runner stands in for play.ts: it steps the real
// store for `step` effects and answers `walk` at once (no map), and records every other effect.
import { describe, expect, it } from 'vitest';
import {
  type CityEffect,
  type CityInput,
  type CityUi,
  initialCityUi,
  reactCity,
} from '../../src/app/city-flow';
import { goalsMet } from '../../src/rules/month';
import type { Level } from '../../src/rules/types';
import { type RunRecord, recordOf } from '../../src/store/run-record';
import { openRun, type RunStore } from '../../src/store/store';
import { shipped } from '../helpers/shipped';

function runner(record: RunRecord) {
  const opened = openRun(shipped(), record);
  if (!opened.ok) throw new Error(opened.error);
  const store: RunStore = opened.store;
  let ui: CityUi = initialCityUi;
  let effects: CityEffect[] = [];
  const send = (input: CityInput): CityEffect[] => {
    const r = reactCity(ui, input, {
      level: store.effective,
      state: store.state(),
      monthEnd: store.monthEnd(),
    });
    ui = r.ui;
    for (const e of r.effects) {
      effects.push(e);
      if (e.type === 'step')
        send({ type: 'stepped', intent: e.intent, events: store.dispatch(e.intent), from: e.from });
      if (e.type === 'walk') send({ type: 'arrived', venue: e.venue });
    }
    return r.effects;
  };
  return {
    store,
    ui: () => ui,
    /** Sends one input and answers what the runner answers; gives every effect it led to. */
    do(input: CityInput): CityEffect[] {
      effects = [];
      send(input);
      return effects;
    },
  };
}

const key = (k: string, more: Partial<Extract<CityInput, { type: 'key' }>> = {}): CityInput => ({
  type: 'key',
  key: k,
  modified: false,
  inField: false,
  onMap: true,
  dialogOpen: false,
  near: null,
  sound: true,
  ...more,
});
const kinds = (effects: CityEffect[]) => effects.map((e) => e.type);
const fresh = (levelId: string, registrationId: string, seed = 7): RunRecord => ({
  levelId,
  seed,
  registrationId,
  policyId: 'status-quo',
  intents: [],
});

/** The first action of the level that walls this registration at the start (walk there, try it). */
function firstWall(level: Level, registrationId: string) {
  for (const venue of level.venues)
    for (const action of venue.actions) {
      const r = runner(fresh(level.id, registrationId));
      r.do({ type: 'go', venue: venue.id });
      const effects = r.do({ type: 'act', venue: venue.id, action: action.id });
      const wall = effects.find((e) => e.type === 'open-wall');
      if (wall?.type === 'open-wall' && wall.blocked.kind === 'wall') return { venue, action, effects };
    }
  throw new Error(`no wall for ${registrationId} in ${level.id}`);
}

describe('city flow: a walled action', () => {
  const level = shipped().levels.get('megacity')!;
  const rural = level.registrations.find((r) => r.kind === 'rural')!.id;

  it('closes the venue, says which wall and how many conditions, closes the gate and opens the wall panel', () => {
    const { venue, action, effects } = firstWall(level, rural);
    const wall = effects.find((e) => e.type === 'open-wall');
    expect(wall?.type === 'open-wall' && wall.gate).toBe(true);
    // (a family member may look up too: 'face', where the level's story has a line for this wall)
    expect(kinds(effects).filter((k) => k !== 'face')).toEqual([
      'step',
      'sounds',
      'close-venue',
      'say',
      'open-wall',
    ]);
    const said = effects.find((e) => e.type === 'say');
    expect(said).toMatchObject({
      line: { kind: 'wall', venue: venue.id, action: action.id },
    });
    // The wall's sound comes from the blocked event itself.
    const sounds = effects.find((e) => e.type === 'sounds');
    expect(sounds?.type === 'sounds' && sounds.events.some((e) => e.type === 'blocked')).toBe(true);
  });

  it('the same action for the urban-local twin is not a wall', () => {
    const { venue, action } = firstWall(level, rural);
    const local = level.registrations.find((r) => r.kind === 'urban' && r.place === 'local');
    if (!local) return;
    const r = runner(fresh(level.id, local.id));
    r.do({ type: 'go', venue: venue.id });
    const effects = r.do({ type: 'act', venue: venue.id, action: action.id });
    expect(effects.some((e) => e.type === 'open-wall' && e.blocked.kind === 'wall')).toBe(false);
  });
});

describe('city flow: walking and keys', () => {
  it('going to a place walks there, moves the run, says so and opens the venue', () => {
    const level = shipped().levels.get('factory-city')!;
    const r = runner(fresh(level.id, level.registrations[0]!.id));
    const target = level.venues.find((v) => v.id !== r.store.state().at)!;
    const effects = r.do({ type: 'go', venue: target.id });
    expect(kinds(effects)).toEqual(['walk', 'step', 'sounds', 'say', 'open-venue']);
    expect(r.store.state().at).toBe(target.id);
  });

  it('Enter at a door goes in; keys do nothing while a dialog is open, except that Escape is the dialog’s', () => {
    const level = shipped().levels.get('factory-city')!;
    const r = runner(fresh(level.id, level.registrations[0]!.id));
    const near = level.venues.find((v) => v.id !== r.store.state().at)!.id;
    expect(kinds(r.do(key('Enter', { dialogOpen: true, near })))).toEqual([]);
    expect(kinds(r.do(key('Escape', { dialogOpen: true })))).toEqual([]);
    expect(kinds(r.do(key('Escape')))).toEqual(['pause']);
    expect(kinds(r.do(key('j')))).toEqual(['journal']);
    expect(kinds(r.do(key('m', { sound: false })))).toEqual([]);
    expect(kinds(r.do(key('e', { modified: true })))).toEqual([]);
    expect(kinds(r.do(key('e', { inField: true })))).toEqual([]);
    expect(r.do(key('Enter', { near })).at(-1)).toEqual({ type: 'open-venue', venue: near });
  });

  it('arrow keys steer while held, and let go on key-up and blur', () => {
    const level = shipped().levels.get('factory-city')!;
    const r = runner(fresh(level.id, level.registrations[0]!.id));
    expect(r.do(key('ArrowUp'))).toEqual([{ type: 'heading', dx: 0, dy: -1 }]);
    expect(r.do(key('d'))).toEqual([{ type: 'heading', dx: 1, dy: -1 }]);
    expect(r.do({ type: 'key-up', key: 'ArrowUp' })).toEqual([{ type: 'heading', dx: 1, dy: 0 }]);
    expect(r.do({ type: 'blur' })).toEqual([{ type: 'heading', dx: 0, dy: 0 }]);
    expect(r.ui().held).toEqual([]);
    // Off the map (a button has focus) the arrows are the page's.
    expect(r.do(key('ArrowUp', { onMap: false }))).toEqual([]);
  });
});

/** Ends months through the flow until a month-end card asks for a choice. */
function toChoice(levelId: string) {
  const level = shipped().levels.get(levelId)!;
  for (let seed = 1; seed < 200; seed++) {
    const r = runner(fresh(levelId, level.registrations[0]!.id, seed));
    for (let m = 0; m < level.months && !r.store.state().ended; m++) {
      const effects = r.do(key('e'));
      if (r.store.state().pendingEvent) return { r, effects, level };
    }
  }
  throw new Error(`no event with a choice in ${levelId}`);
}

describe('city flow: a month end with a choice', () => {
  it('E ends the month: the news is said and the month end opens with its events', () => {
    const { r, effects } = toChoice('megacity');
    expect(kinds(effects)).toEqual(['step', 'sounds', 'say', 'open-month-end']);
    const opened = effects.at(-1);
    expect(opened?.type === 'open-month-end' && opened.events.some((e) => e.type === 'eventDrawn')).toBe(
      true,
    );
    // The choice is the month end's: no other step until it is made.
    expect(r.store.state().pendingEvent).not.toBeNull();
  });

  it('the choice made in the month end is stepped, and nothing opens or ends until the panel closes', () => {
    const { r, level } = toChoice('megacity');
    const card = level.events.find((e) => e.id === r.store.state().pendingEvent)!;
    const choice = card.choices![0]!.id;
    const effects = r.do({
      type: 'stepped',
      intent: { type: 'choose', choice },
      events: r.store.dispatch({ type: 'choose', choice }),
      from: 'month-end',
    });
    expect(kinds(effects).filter((k) => k !== 'sounds' && k !== 'face' && k !== 'say')).toEqual([]);
    expect(r.store.state().pendingEvent).toBeNull();
    expect(r.do({ type: 'month-end-done' })).toEqual([]);
  });

  it('reloaded while the choice is open: the run reopens the same month end, with the same events', () => {
    const { r, effects } = toChoice('megacity');
    const live = effects.at(-1) as Extract<CityEffect, { type: 'open-month-end' }>;
    const reloaded = runner(recordOf(r.store.state()));
    expect(reloaded.store.state()).toEqual(r.store.state());
    expect(reloaded.do({ type: 'opened' })).toEqual([
      { type: 'open-month-end', month: live.month, events: live.events },
    ]);
    // A run with nothing pending opens quietly.
    const level = shipped().levels.get('megacity')!;
    expect(runner(fresh('megacity', level.registrations[0]!.id)).do({ type: 'opened' })).toEqual([]);
  });
});

describe('city flow: finishing', () => {
  const level = shipped().levels.get('tutorial')!;
  const urban = level.registrations.find((r) => r.kind === 'urban')!.id;

  /** Plays the tutorial through the flow as an urban player does: school, a job, a home. */
  function allGoals() {
    const r = runner(fresh('tutorial', urban));
    for (const [venue, action] of [
      ['public-school', 'enrol'],
      ['delivery-hub', 'ride'],
      ['apartment', 'sign-lease'],
    ] as const) {
      r.do({ type: 'go', venue });
      r.do({ type: 'act', venue, action });
    }
    expect(goalsMet(level, r.store.state())).toHaveLength(level.goals.length);
    return r;
  }

  it('F does nothing before every goal is met', () => {
    const r = runner(fresh('tutorial', urban));
    expect(r.do(key('f'))).toEqual([]);
    expect(r.store.state().ended).toBeNull();
  });

  it('F with every goal met steps the finish, and the outcome follows once; after it keys do nothing', () => {
    const r = allGoals();
    const effects = r.do(key('f'));
    expect(kinds(effects).filter((k) => k === 'step' || k === 'outcome')).toEqual(['step', 'outcome']);
    expect(r.store.state().ended).not.toBeNull();
    expect(r.do(key('e'))).toEqual([]);
    expect(r.do({ type: 'go', venue: level.venues[0]!.id })).toEqual([]);
    // Reopened after the end (a reload), the run goes straight to its outcome.
    expect(runner(recordOf(r.store.state())).do({ type: 'opened' })).toEqual([{ type: 'outcome' }]);
  });
});
