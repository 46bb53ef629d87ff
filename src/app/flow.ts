// What happens next in the app, decided by one pure function: reactApp(ui, input) → { ui, effects }.
// `ui` is plain data (the screen on show and what it needs); an input is what happened (a button,
// a link read at start, a lock answered, a crash) with whatever the runner read for it; effects
// are data that the runner (app.ts) carries out. Screens are drawn from `ui.screen` alone, so
// resuming a run, a class link and a run link are transitions here, tested without a browser
// (tests/unit/flow.test.ts). No DOM, storage, clock or randomness in this file.
import type { DecodedSession } from '../classroom/session';
import { generator } from '../rules/random';
import type { Level } from '../rules/types';
import type { CodeError } from '../share/envelope';
import type { RunRecord } from '../store/run-record';
import type { LoadedSave } from '../store/save';

/** Why the title shows a notice: the runner words it. */
export type Notice =
  | { kind: 'set-aside'; reason: 'corrupt' | 'old' | 'newer' | 'missing' }
  | { kind: 'start-failed' }
  | { kind: 'run-link'; error: 'newer' | 'corrupt' | 'level' };

/** What each screen shows; the runner draws exactly this. */
export type Screen =
  | { name: 'boot' }
  | {
      name: 'title';
      /** The saved run to continue, or the finished one to bring back ("Your last result"). */
      saved: { record: RunRecord; ended: boolean } | null;
      notice: Notice | null;
      /** A class code that was typed or linked and could not be read. */
      classError: { error: CodeError; typed: string } | null;
    }
  | { name: 'levels' }
  | { name: 'problems' }
  | {
      name: 'lottery';
      level: string;
      seed: number;
      registration: string;
      /** Dealt openly (a class's or the player's choice), not drawn. */
      assigned: boolean;
      /** The way back to the cities (not from a class's card). */
      back: boolean;
    }
  | { name: 'family'; record: RunRecord }
  | { name: 'city'; record: RunRecord }
  | { name: 'outcome'; record: RunRecord; own: boolean }
  | { name: 'elsewhere'; kind: 'elsewhere' | 'taken' }
  | { name: 'run-link'; record: RunRecord }
  /** A page the classroom draws (join, questions, results). */
  | { name: 'class' }
  | { name: 'crash'; detail: string; saved: boolean };

export interface AppUi {
  screen: Screen;
  /** A run waiting for the run lock before the city opens. */
  holding: RunRecord | null;
  /** A new version is installed and waiting to be offered. */
  updateWaiting: boolean;
}

/** The save as the runner read it when the input happened. */
export type SaveRead = LoadedSave;

export type AppInput =
  /** The page opened: the save, and what the address asks for. */
  | { type: 'boot'; save: SaveRead; runLink: boolean }
  /** Back to the title (Back, Quit, a class page's way out, the error screen's button). */
  | { type: 'title'; save: SaveRead }
  /** Play: the levels are loaded (how many there are). */
  | { type: 'levels'; count: number }
  | { type: 'problems' }
  /** A level chosen (or dealt by a class, or replayed with the other card); the seed is drawn by the runner. */
  | {
      type: 'lottery';
      level: Level;
      seed: number;
      /** ?reg= in the address: a registration kind or id to deal. */
      want: string | null;
      forced?: { registration: string; assigned: boolean };
    }
  /** The card is read: on to the family (when the level has one) or the city. */
  | { type: 'dealt'; hasFamily: boolean }
  | { type: 'met-family' }
  /** Continue or "Your last result": `opens` is how the saved run opens in this version. */
  | { type: 'resume'; record: RunRecord; opens: 'playing' | 'ended' | 'missing' }
  /** The run lock answered (another tab holds the run when not ok). */
  | { type: 'held'; ok: boolean }
  /** Another tab took the run over. */
  | { type: 'taken' }
  /** "Take it over here" on the elsewhere screen. */
  | { type: 'take-over'; save: SaveRead }
  | { type: 'run-ended'; record: RunRecord; own: boolean }
  /** The city could not start this record. */
  | { type: 'start-failed'; save: SaveRead }
  /** ?run= read at start: nothing, an error, or a record (known: its level is in this version). */
  | {
      type: 'run-link';
      read: { error: 'newer' | 'corrupt' } | { record: RunRecord; known: boolean } | null;
      save: SaveRead;
    }
  /** ?class= read at start, or a code typed on the title. */
  | { type: 'class-link'; read: DecodedSession | null; code: string; save: SaveRead }
  /** The classroom drew one of its pages. */
  | { type: 'class-page' }
  /** Play this run from the start (a run link's "play", the outcome's same-seed replays go through the lottery). */
  | { type: 'play'; record: RunRecord }
  | { type: 'crash'; detail: string; saved: boolean }
  | { type: 'update-ready' };

export type AppEffect =
  /** Keep the unusable save under another key, so the slot is free and nothing is lost. */
  | { type: 'set-aside' }
  /** Take the run lock ('steal' takes it from another tab; 'try' asks first) and answer `held`. */
  | { type: 'hold'; mode: 'try' | 'steal' }
  | { type: 'join-class'; code: string; session: Extract<DecodedSession, { ok: true }>['session'] }
  /** Phaser and the level's art, while the card is read. */
  | { type: 'preload-city'; level: string };

export interface Reaction {
  ui: AppUi;
  effects: AppEffect[];
}

export const initialUi: AppUi = { screen: { name: 'boot' }, holding: null, updateWaiting: false };

/** Title and outcome lose nothing on a reload: a new version may be offered there, never mid-run. */
export function safeForUpdate(screen: Screen): boolean {
  return screen.name === 'title' || screen.name === 'outcome';
}

/** Whether "a new version is ready" shows now. */
export function updateOffered(ui: AppUi): boolean {
  return ui.updateWaiting && safeForUpdate(ui.screen);
}

/** Whether the game's offline copy may download now: not on a screen that is about to load a city
 * (the levels, the lottery, a family, a shared run's screen), whose code and art need the line. */
export function offlineCopyMayLoad(ui: AppUi): boolean {
  return !['boot', 'levels', 'lottery', 'family', 'run-link'].includes(ui.screen.name);
}

/** Whether a key or tap may start the sound now: not on a shared run's screen, whose Play opens
 * the city at once (the AudioContext and the music's download would share that moment with the
 * city's code and art); there, the first key or tap in the city does it. */
export function soundMayStart(ui: AppUi): boolean {
  return ui.screen.name !== 'run-link';
}

const reasonOf = (save: Extract<SaveRead, { ok: false }>) =>
  save.reason === 'corrupt' ? 'corrupt' : save.reason === 'new-version' ? 'newer' : 'old';

type ClassError = Extract<Screen, { name: 'title' }>['classError'];

/** The title, with what the save offers; an unreadable save is set aside (and the title says so, and where). */
function title(
  ui: AppUi,
  save: SaveRead,
  notice: Notice | null = null,
  classError: ClassError = null,
): Reaction {
  const effects: AppEffect[] = [];
  if (!save.ok && save.reason !== 'none') {
    effects.push({ type: 'set-aside' });
    notice = { kind: 'set-aside', reason: reasonOf(save) };
  }
  const saved = save.ok ? { record: save.record, ended: save.ended } : null;
  return { ui: { ...ui, holding: null, screen: { name: 'title', saved, notice, classError } }, effects };
}

const to = (ui: AppUi, screen: Screen, effects: AppEffect[] = []): Reaction => ({
  ui: { ...ui, screen },
  effects,
});

/** The registration dealt: the class's or the player's (?reg=), else drawn from the seed (same seed, same card). */
export function dealt(
  level: Level,
  seed: number,
  want: string | null,
  forced?: { registration: string; assigned: boolean },
): { registration: string; assigned: boolean } {
  const chosen = forced && level.registrations.find((r) => r.id === forced.registration);
  if (chosen) return { registration: chosen.id, assigned: forced.assigned };
  const asked = want === null ? undefined : level.registrations.find((r) => r.kind === want || r.id === want);
  if (asked) return { registration: asked.id, assigned: true };
  const drawn = level.registrations[Math.floor(generator(seed ^ 0x5eed)() * level.registrations.length)]!;
  return { registration: drawn.id, assigned: false };
}

/** A new run of what the lottery dealt: the status quo, no steps yet. */
function newRecord(s: Extract<Screen, { name: 'lottery' }>): RunRecord {
  return {
    levelId: s.level,
    seed: s.seed,
    registrationId: s.registration,
    policyId: 'status-quo',
    intents: [],
  };
}

export function reactApp(ui: AppUi, input: AppInput): Reaction {
  const s = ui.screen;
  switch (input.type) {
    case 'boot':
      // A run link opens on its own screen (read next); otherwise the title.
      return input.runLink ? { ui, effects: [] } : title(ui, input.save);
    case 'title':
      return title(ui, input.save);
    case 'levels':
      return to(ui, input.count === 0 ? { name: 'problems' } : { name: 'levels' });
    case 'problems':
      return to(ui, { name: 'problems' });
    case 'lottery': {
      const d = dealt(input.level, input.seed, input.want, input.forced);
      return to(
        ui,
        {
          name: 'lottery',
          level: input.level.id,
          seed: input.seed,
          ...d,
          // A class session's card is dealt by the teacher: no way back to the cities from it.
          back: input.forced === undefined,
        },
        [{ type: 'preload-city', level: input.level.id }],
      );
    }
    case 'dealt': {
      if (s.name !== 'lottery') return { ui, effects: [] };
      const record = newRecord(s);
      return input.hasFamily ? to(ui, { name: 'family', record }) : enter(ui, record, 'steal');
    }
    case 'met-family':
      return s.name === 'family' ? enter(ui, s.record, 'steal') : { ui, effects: [] };
    case 'play':
      return enter(ui, input.record, 'steal');
    case 'resume':
      if (input.opens === 'missing') {
        // The save's level, registration or policy is not in this version: keep it, aside.
        // (the title offers nothing to continue: the slot is freed as the save goes aside)
        const { ui: shown } = title(
          ui,
          { ok: false, reason: 'none' },
          { kind: 'set-aside', reason: 'missing' },
        );
        return { ui: shown, effects: [{ type: 'set-aside' }] };
      }
      if (input.opens === 'ended') return to(ui, { name: 'outcome', record: input.record, own: true });
      return enter(ui, input.record, 'try');
    case 'held':
      if (!ui.holding) return { ui, effects: [] };
      return input.ok
        ? { ui: { ...ui, holding: null, screen: { name: 'city', record: ui.holding } }, effects: [] }
        : { ui: { ...ui, holding: null, screen: { name: 'elsewhere', kind: 'elsewhere' } }, effects: [] };
    case 'taken':
      // Only a tab in the city loses anything: it stops (no more saves) and says so.
      return s.name === 'city' ? to(ui, { name: 'elsewhere', kind: 'taken' }) : { ui, effects: [] };
    case 'take-over':
      return input.save.ok ? enter(ui, input.save.record, 'steal') : title(ui, input.save);
    case 'run-ended':
      return to(ui, { name: 'outcome', record: input.record, own: input.own });
    case 'start-failed':
      // Whatever the save holds belongs to another run: untouched.
      return title(ui, input.save, { kind: 'start-failed' });
    case 'run-link': {
      const read = input.read;
      if (!read) return title(ui, input.save);
      if ('error' in read) return title(ui, input.save, { kind: 'run-link', error: read.error });
      if (!read.known) return title(ui, input.save, { kind: 'run-link', error: 'level' });
      return to(ui, { name: 'run-link', record: read.record }, [
        { type: 'preload-city', level: read.record.levelId },
      ]);
    }
    case 'class-link': {
      const read = input.read;
      if (!read) return { ui, effects: [] };
      if (!read.ok) return title(ui, input.save, null, { error: read.error, typed: input.code });
      // Join with the code as the class writes it: letters only, upper case.
      return {
        ui,
        effects: [
          {
            type: 'join-class',
            code: input.code.toUpperCase().replace(/[\s-]+/g, ''),
            session: read.session,
          },
        ],
      };
    }
    case 'class-page':
      return to(ui, { name: 'class' });
    case 'crash':
      return to({ ...ui, holding: null }, { name: 'crash', detail: input.detail, saved: input.saved });
    case 'update-ready':
      return { ui: { ...ui, updateWaiting: true }, effects: [] };
  }
}

/** Into the city with this record, once the run lock is held. */
function enter(ui: AppUi, record: RunRecord, mode: 'try' | 'steal'): Reaction {
  return { ui: { ...ui, holding: record }, effects: [{ type: 'hold', mode }] };
}
