// The app's flow without a browser (app/flow.ts): which screen follows a start, a button, a link,
// a run lock's answer or a crash, and what must be done on the way (set a save aside, hold the
// run lock, join a class). Each case states a promise the game makes to the player.
import { describe, expect, it } from 'vitest';
import {
  type AppInput,
  type AppUi,
  dealt,
  initialUi,
  offlineCopyMayLoad,
  reactApp,
  updateOffered,
} from '../../src/app/flow';
import { type ClassSession, decodeSession, encodeSession } from '../../src/classroom/session';
import type { RunRecord } from '../../src/store/run-record';
import type { LoadedSave } from '../../src/store/save';
import { shipped } from '../helpers/shipped';

const record: RunRecord = {
  levelId: 'megacity',
  seed: 42,
  registrationId: 'rural',
  policyId: 'status-quo',
  intents: [{ type: 'endMonth' }],
};
const none: LoadedSave = { ok: false, reason: 'none' };
const playing: LoadedSave = { ok: true, record, ended: false };
const finished: LoadedSave = { ok: true, record, ended: true };

/** Feeds inputs in turn from the start; gives the last ui and every effect on the way. */
function play(...inputs: AppInput[]) {
  let ui: AppUi = initialUi;
  const effects: unknown[] = [];
  for (const input of inputs) {
    const r = reactApp(ui, input);
    ui = r.ui;
    effects.push(...r.effects);
  }
  return { ui, screen: ui.screen, effects };
}

describe('app flow: the title and the save', () => {
  it('a saved run is offered to continue; a finished one as the last result', () => {
    expect(play({ type: 'boot', save: playing, runLink: false }).screen).toMatchObject({
      name: 'title',
      saved: { record, ended: false },
      notice: null,
    });
    expect(play({ type: 'boot', save: finished, runLink: false }).screen).toMatchObject({
      saved: { ended: true },
    });
  });

  it('an unreadable save is set aside (never dropped) and the title says why', () => {
    for (const [reason, said] of [
      ['corrupt', 'corrupt'],
      ['old-version', 'old'],
      ['new-version', 'newer'],
    ] as const) {
      const r = play({ type: 'boot', save: { ok: false, reason }, runLink: false });
      expect(r.effects).toEqual([{ type: 'set-aside' }]);
      expect(r.screen).toMatchObject({
        name: 'title',
        saved: null,
        notice: { kind: 'set-aside', reason: said },
      });
    }
    expect(play({ type: 'boot', save: none, runLink: false }).effects).toEqual([]);
  });

  it('Play leads to the cities, or to what is wrong with the content when no level loaded', () => {
    expect(play({ type: 'boot', save: none, runLink: false }, { type: 'levels', count: 7 }).screen.name).toBe(
      'levels',
    );
    expect(play({ type: 'levels', count: 0 }).screen.name).toBe('problems');
  });
});

describe('app flow: from a city chosen to the city', () => {
  const level = shipped().levels.get('megacity')!;

  it('the lottery deals from the seed: the same seed, the same card; the city’s code loads while it is read', () => {
    const a = play({ type: 'lottery', level, seed: 5, want: null });
    const b = play({ type: 'lottery', level, seed: 5, want: null });
    expect(a.screen).toEqual(b.screen);
    expect(a.screen).toMatchObject({
      name: 'lottery',
      level: 'megacity',
      seed: 5,
      assigned: false,
      back: true,
    });
    expect(a.effects).toEqual([{ type: 'preload-city', level: 'megacity' }]);
    // Over many seeds both cards come up: it is a draw, not a default.
    const drawn = new Set(Array.from({ length: 40 }, (_, seed) => dealt(level, seed, null).registration));
    expect(drawn.size).toBe(level.registrations.length);
  });

  it('a class deals its own card, with no way back to the cities', () => {
    const r = play({
      type: 'lottery',
      level,
      seed: 5,
      want: null,
      forced: { registration: 'rural', assigned: true },
    });
    expect(r.screen).toMatchObject({ registration: 'rural', assigned: true, back: false });
  });

  it('after the card (and the family) the run lock is taken, then the city opens with a fresh run', () => {
    const fresh = play(
      { type: 'lottery', level, seed: 5, want: 'rural' },
      { type: 'dealt', hasFamily: true },
      { type: 'met-family' },
    );
    expect(fresh.effects.at(-1)).toEqual({ type: 'hold', mode: 'steal' });
    const city = reactApp(fresh.ui, { type: 'held', ok: true }).ui.screen;
    expect(city).toEqual({
      name: 'city',
      record: { levelId: 'megacity', seed: 5, registrationId: 'rural', policyId: 'status-quo', intents: [] },
    });
  });
});

describe('app flow: continue, finish, quit', () => {
  it('Continue asks for the run lock politely; another tab playing it gets its own screen', () => {
    const r = play(
      { type: 'boot', save: playing, runLink: false },
      { type: 'resume', record, opens: 'playing' },
    );
    expect(r.effects).toEqual([{ type: 'hold', mode: 'try' }]);
    expect(reactApp(r.ui, { type: 'held', ok: false }).ui.screen).toEqual({
      name: 'elsewhere',
      kind: 'elsewhere',
    });
    expect(reactApp(r.ui, { type: 'held', ok: true }).ui.screen).toEqual({ name: 'city', record });
  });

  it('taking it over here steals the lock; a tab whose run was taken stops and says so', () => {
    const r = play({ type: 'resume', record, opens: 'playing' }, { type: 'held', ok: false });
    const take = reactApp(r.ui, { type: 'take-over', save: playing });
    expect(take.effects).toEqual([{ type: 'hold', mode: 'steal' }]);
    const inCity = play(
      { type: 'resume', record, opens: 'playing' },
      { type: 'held', ok: true },
      { type: 'taken' },
    );
    expect(inCity.screen).toEqual({ name: 'elsewhere', kind: 'taken' });
    // Only a tab in the city has anything to lose.
    expect(play({ type: 'boot', save: playing, runLink: false }, { type: 'taken' }).screen.name).toBe(
      'title',
    );
  });

  it('a saved run that has ended opens its outcome; one this version cannot open is set aside', () => {
    expect(play({ type: 'resume', record, opens: 'ended' }).screen).toEqual({
      name: 'outcome',
      record,
      own: true,
    });
    const missing = play({ type: 'resume', record, opens: 'missing' });
    expect(missing.effects).toEqual([{ type: 'set-aside' }]);
    expect(missing.screen).toMatchObject({ name: 'title', notice: { kind: 'set-aside', reason: 'missing' } });
  });

  it('a run that ends shows its outcome; Quit goes to the title, which offers the run again', () => {
    const city = play({ type: 'resume', record, opens: 'playing' }, { type: 'held', ok: true });
    expect(reactApp(city.ui, { type: 'run-ended', record, own: true }).ui.screen).toEqual({
      name: 'outcome',
      record,
      own: true,
    });
    const quit = reactApp(city.ui, { type: 'title', save: playing });
    expect(quit.ui.screen).toMatchObject({ name: 'title', saved: { record, ended: false } });
    expect(quit.effects).toEqual([]);
  });

  it('a run that cannot start leaves the save alone and says so on the title', () => {
    const r = play({ type: 'start-failed', save: playing });
    expect(r.effects).toEqual([]);
    expect(r.screen).toMatchObject({ name: 'title', notice: { kind: 'start-failed' }, saved: { record } });
  });
});

describe('app flow: links', () => {
  it('a run link opens on its own screen (no title first), and its city starts loading', () => {
    const boot = play({ type: 'boot', save: playing, runLink: true });
    expect(boot.screen.name).toBe('boot');
    const r = reactApp(boot.ui, { type: 'run-link', read: { record, known: true }, save: playing });
    expect(r.ui.screen).toEqual({ name: 'run-link', record });
    expect(r.effects).toEqual([{ type: 'preload-city', level: 'megacity' }]);
    // Watching it to the end is not the viewer's own run; playing it takes the lock like a new run.
    expect(reactApp(r.ui, { type: 'run-ended', record, own: false }).ui.screen).toMatchObject({ own: false });
    expect(reactApp(r.ui, { type: 'play', record: { ...record, intents: [] } }).effects).toEqual([
      { type: 'hold', mode: 'steal' },
    ]);
  });

  it('a damaged, newer or unknown-level run link says so on the title, and the save stays offered', () => {
    for (const [read, error] of [
      [{ error: 'corrupt' }, 'corrupt'],
      [{ error: 'newer' }, 'newer'],
      [{ record, known: false }, 'level'],
    ] as const) {
      const r = play(
        { type: 'boot', save: playing, runLink: true },
        { type: 'run-link', read, save: playing },
      );
      expect(r.screen).toMatchObject({
        name: 'title',
        notice: { kind: 'run-link', error },
        saved: { record },
      });
      expect(r.effects).toEqual([]);
    }
  });

  it('a class link joins the class with its code as the class writes it', () => {
    const session: ClassSession = {
      v: 1,
      levels: ['tutorial', 'megacity'],
      seed: 1234,
      assign: 'draw',
      lang: 'en',
      quiz: true,
    };
    const code = encodeSession(session);
    // Typed as people type: lower case, spaces and a dash.
    const typed = `${code.slice(0, 4).toLowerCase()} - ${code.slice(4)}`;
    const read = decodeSession(typed);
    expect(read.ok).toBe(true);
    const r = play(
      { type: 'boot', save: none, runLink: false },
      { type: 'class-link', read, code: typed, save: none },
    );
    expect(r.effects).toEqual([{ type: 'join-class', code, session: read.ok ? read.session : null }]);
    expect(read.ok && read.session).toMatchObject({ levels: session.levels, seed: 1234 });
    expect(r.screen.name).toBe('title');
  });

  it('a class code that cannot be read stays in the field on the title, with why', () => {
    const r = play({ type: 'class-link', read: decodeSession('ABCD-EFGH'), code: 'ABCD-EFGH', save: none });
    const read = decodeSession('ABCD-EFGH');
    expect(read.ok).toBe(false);
    expect(r.screen).toMatchObject({
      name: 'title',
      classError: { error: !read.ok && read.error, typed: 'ABCD-EFGH' },
    });
    expect(r.effects).toEqual([]);
  });
});

describe('app flow: crashes and updates', () => {
  it('a crash shows the error screen, saying the run is saved only when it is', () => {
    expect(play({ type: 'crash', detail: 'boom', saved: false }).screen).toEqual({
      name: 'crash',
      detail: 'boom',
      saved: false,
    });
  });

  it('a new version is offered on the title and the outcome, never mid-run', () => {
    const city = play(
      { type: 'update-ready' },
      { type: 'resume', record, opens: 'playing' },
      { type: 'held', ok: true },
    );
    expect(updateOffered(city.ui)).toBe(false);
    expect(updateOffered(reactApp(city.ui, { type: 'run-ended', record, own: true }).ui)).toBe(true);
    expect(updateOffered(reactApp(city.ui, { type: 'title', save: playing }).ui)).toBe(true);
    expect(updateOffered(play({ type: 'boot', save: none, runLink: false }).ui)).toBe(false);
  });
});

describe('app flow: the offline copy', () => {
  const level = shipped().levels.get('megacity')!;
  it('downloads on the title, in the city and on the outcome, not while a city is about to load', () => {
    const title = play({ type: 'boot', save: none, runLink: false });
    expect(offlineCopyMayLoad(initialUi)).toBe(false);
    expect(offlineCopyMayLoad(title.ui)).toBe(true);
    const lottery = play({ type: 'lottery', level, seed: 5, want: 'rural' });
    expect(offlineCopyMayLoad(lottery.ui)).toBe(false);
    const family = reactApp(lottery.ui, { type: 'dealt', hasFamily: true }).ui;
    expect(family.screen.name).toBe('family');
    expect(offlineCopyMayLoad(family)).toBe(false);
    const city = play({ type: 'resume', record, opens: 'playing' }, { type: 'held', ok: true });
    expect(city.screen.name).toBe('city');
    expect(offlineCopyMayLoad(city.ui)).toBe(true);
    const shared = play(
      { type: 'boot', save: none, runLink: true },
      { type: 'run-link', read: { record, known: true }, save: none },
    );
    expect(shared.screen.name).toBe('run-link');
    expect(offlineCopyMayLoad(shared.ui)).toBe(false);
    expect(offlineCopyMayLoad(reactApp(city.ui, { type: 'run-ended', record, own: true }).ui)).toBe(true);
  });
});
