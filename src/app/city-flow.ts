// What happens next in the city, decided by one pure function: reactCity(ui, input, run) →
// { ui, effects }. An input is what the player did (a key, a place chosen, a button in a panel)
// or what the store answered (`stepped`: the events of an intent); `run` is the run as the store
// holds it now; effects are data that play.ts carries out (step an intent, open a panel, say a
// line, play a sound, close the gate, show the outcome). One direction: input → reactCity →
// effects → the store → `stepped` → reactCity. Tested without a browser: tests/unit/city-flow.test.ts.
import { type Reaction as FaceReaction, type FamilyMember, reactionTo } from '../content/story';
import { goalsMet } from '../rules/month';
import { type Fit, venueFit } from '../rules/pace';
import { rejection } from '../rules/step';
import type { ActionDef, GameEvent, Intent, Level, RefusalReason, RunState } from '../rules/types';

/** The run as the store has it when an input is handled. */
export interface RunView {
  /** The level as the run's policy has it (what the rules use). */
  level: Level;
  state: RunState;
  /** The last month end and its events (to ask a pending choice again after a reload). */
  monthEnd: { month: number; events: readonly GameEvent[] } | null;
}

export interface CityUi {
  /** Direction keys held down (the avatar walks while they are). */
  held: readonly string[];
}

/** Where an intent came from: the month-end panel reads its own answer and ends the run itself. */
export type From = 'city' | 'month-end';

export type CityInput =
  /** The run is on screen (new, continued or reloaded). */
  | { type: 'opened' }
  /** A key, with what the runner saw around it. */
  | {
      type: 'key';
      key: string;
      /** Ctrl, Meta or Alt held: the browser's, not ours. */
      modified: boolean;
      /** Typing in a field. */
      inField: boolean;
      /** Focus on the map (not a button or panel). */
      onMap: boolean;
      dialogOpen: boolean;
      /** The place the avatar stands at the door of, if any. */
      near: string | null;
      /** Sound is there to mute. */
      sound: boolean;
    }
  | { type: 'key-up'; key: string }
  | { type: 'blur' }
  /** A place chosen (the list, the map sketch, a wall's alternative). */
  | { type: 'go'; venue: string }
  /** The avatar has walked to the door (at once where there is no map). */
  | { type: 'arrived'; venue: string }
  /** A button in a venue panel. */
  | { type: 'act'; venue: string; action: string }
  | { type: 'end-month'; dialogOpen: boolean }
  | { type: 'finish'; dialogOpen: boolean }
  | { type: 'pause'; dialogOpen: boolean }
  /** The store stepped an intent: what it answered. `run` is the state after it. */
  | { type: 'stepped'; intent: Intent; events: readonly GameEvent[]; from: From }
  /** The month-end panel was closed. */
  | { type: 'month-end-done' };

/** A line for the live region; the runner words it in the player's language. */
export type Line =
  | { kind: 'goal'; goal: string }
  | { kind: 'all-goals' }
  | { kind: 'wall'; venue: string; action: string; count: number }
  | { kind: 'refusal'; venue: string; action: string; reason: RefusalReason | null }
  | { kind: 'granted'; venue: string; action: string }
  | { kind: 'moved'; venue: string }
  | { kind: 'too-far' }
  /** "8 days left: walk 2 + enrol 7 — next month". */
  | { kind: 'later'; action: ActionDef; fit: Fit }
  | { kind: 'month-news'; month: number; events: readonly GameEvent[] };

export type CityEffect =
  | { type: 'step'; intent: Intent; from: From }
  | { type: 'say'; line: Line }
  | { type: 'sounds'; events: readonly GameEvent[] }
  | { type: 'face'; member: FamilyMember; reaction: FaceReaction }
  /** Walk the avatar to the door (the runner answers `arrived`). */
  | { type: 'walk'; venue: string }
  /** The venue's panel (with the sound of its door). */
  | { type: 'open-venue'; venue: string }
  | { type: 'close-venue' }
  | { type: 'refresh-venue' }
  /** The wall panel for a refusal or a wall; `gate`: the door closes on the map (a wall only). */
  | { type: 'open-wall'; blocked: Extract<GameEvent, { type: 'blocked' }>; gate: boolean }
  | { type: 'open-month-end'; month: number; events: readonly GameEvent[] }
  | { type: 'outcome' }
  | { type: 'pause' }
  | { type: 'journal' }
  | { type: 'toggle-mute' }
  /** Walk this way (-1, 0 or 1 on each axis) while keys are held. */
  | { type: 'heading'; dx: number; dy: number };

export interface CityReaction {
  ui: CityUi;
  /** Nothing to do means the input was not the city's (a key left to the browser). */
  effects: CityEffect[];
}

export const initialCityUi: CityUi = { held: [] };

const HEADINGS: Readonly<Record<string, readonly [number, number]>> = {
  arrowup: [0, -1],
  w: [0, -1],
  arrowdown: [0, 1],
  s: [0, 1],
  arrowleft: [-1, 0],
  a: [-1, 0],
  arrowright: [1, 0],
  d: [1, 0],
};

const none = (ui: CityUi): CityReaction => ({ ui, effects: [] });

function heading(held: readonly string[]): CityEffect {
  let dx = 0;
  let dy = 0;
  for (const k of held) {
    dx += HEADINGS[k]?.[0] ?? 0;
    dy += HEADINGS[k]?.[1] ?? 0;
  }
  return { type: 'heading', dx: Math.sign(dx), dy: Math.sign(dy) };
}

/** The venue's cheapest open action, when even it does not fit this month with the walk there. */
function later(run: RunView, venueId: string): Line | null {
  const venue = run.level.venues.find((v) => v.id === venueId);
  const best = venue && run.state.at !== venueId ? venueFit(run.level, run.state, venue) : undefined;
  return best && !best.fit.fits ? { kind: 'later', action: best.action, fit: best.fit } : null;
}

/** When nothing at the venue fits this month with the walk: say so, and show the place from here. */
function fromHere(ui: CityUi, run: RunView, venue: string): CityReaction | null {
  const line = later(run, venue);
  return line
    ? {
        ui,
        effects: [
          { type: 'say', line },
          { type: 'open-venue', venue },
        ],
      }
    : null;
}

const allMet = (run: RunView) => goalsMet(run.level, run.state).length === run.level.goals.length;

/** What every stepped intent brings: its sounds, a family member's face, the goals it met. */
function echoes(run: RunView, events: readonly GameEvent[]): CityEffect[] {
  const out: CityEffect[] = [{ type: 'sounds', events }];
  const face = reactionTo(run.level, events);
  if (face) out.push({ type: 'face', member: face.member, reaction: face.reaction });
  for (const e of events)
    if (e.type === 'goalMet') out.push({ type: 'say', line: { kind: 'goal', goal: e.goal } });
  if (events.some((e) => e.type === 'goalMet') && allMet(run))
    out.push({ type: 'say', line: { kind: 'all-goals' } });
  return out;
}

/** The run ended with these events (a finish, the last month, or an action that ended it). */
const endedBy = (events: readonly GameEvent[]) => events.some((e) => e.type === 'ended');

function key(ui: CityUi, input: Extract<CityInput, { type: 'key' }>, run: RunView): CityReaction {
  if (input.modified || input.inField || run.state.ended) return none(ui);
  const k = input.key.toLowerCase();
  if (k === 'escape') return input.dialogOpen ? none(ui) : { ui, effects: [{ type: 'pause' }] };
  // Every other key belongs to the dialog while one is open.
  if (input.dialogOpen) return none(ui);
  if (k === 'e') return reactCity(ui, { type: 'end-month', dialogOpen: false }, run);
  if (k === 'f') return reactCity(ui, { type: 'finish', dialogOpen: false }, run);
  if (k === 'j') return { ui, effects: [{ type: 'journal' }] };
  if (k === 'm' && input.sound) return { ui, effects: [{ type: 'toggle-mute' }] };
  if ((k === 'enter' || k === ' ') && input.onMap && input.near)
    return reactCity(ui, { type: 'arrived', venue: input.near }, run);
  if (input.onMap && HEADINGS[k]) {
    const held = ui.held.includes(k) ? ui.held : [...ui.held, k];
    return { ui: { held }, effects: [heading(held)] };
  }
  return none(ui);
}

function stepped(ui: CityUi, input: Extract<CityInput, { type: 'stepped' }>, run: RunView): CityReaction {
  const { intent, events } = input;
  const effects = echoes(run, events);
  // The month-end panel shows what its own steps brought, and the outcome waits until it closes.
  if (input.from === 'month-end') return { ui, effects };
  const ended = endedBy(events) && run.state.ended !== null;
  switch (intent.type) {
    case 'act': {
      const blocked = events.find((e) => e.type === 'blocked');
      if (blocked?.type === 'blocked') {
        const at = { venue: intent.venue, action: intent.action };
        effects.push(
          { type: 'close-venue' },
          {
            type: 'say',
            line:
              blocked.kind === 'wall'
                ? { kind: 'wall', ...at, count: blocked.unmet.length }
                : { kind: 'refusal', ...at, reason: blocked.reason },
          },
          // The gate closes for a wall only: a refusal (money, days, your own choice) is not the city's door.
          { type: 'open-wall', blocked, gate: blocked.kind === 'wall' },
        );
      } else if (events.some((e) => e.type === 'granted')) {
        effects.push(
          { type: 'say', line: { kind: 'granted', venue: intent.venue, action: intent.action } },
          { type: 'refresh-venue' },
        );
      }
      break;
    }
    case 'move':
      if (events.some((e) => e.type === 'rejected')) {
        effects.push({ type: 'say', line: { kind: 'too-far' } });
        return { ui, effects };
      }
      effects.push({ type: 'say', line: { kind: 'moved', venue: intent.venue } });
      if (!ended) effects.push({ type: 'open-venue', venue: intent.venue });
      break;
    case 'endMonth': {
      const m = events.find((e) => e.type === 'monthEnded');
      if (m?.type === 'monthEnded') {
        effects.push(
          { type: 'say', line: { kind: 'month-news', month: m.month, events } },
          // The month end shows even when it ended the run: the outcome follows when it closes.
          { type: 'open-month-end', month: m.month, events },
        );
        return { ui, effects };
      }
      break;
    }
  }
  if (ended) effects.push({ type: 'outcome' });
  return { ui, effects };
}

export function reactCity(ui: CityUi, input: CityInput, run: RunView): CityReaction {
  const s = run.state;
  switch (input.type) {
    case 'opened': {
      if (s.ended) return { ui, effects: [{ type: 'outcome' }] };
      // Reloaded while a month-end event asked for a choice: ask again (nothing else can happen first).
      if (s.pendingEvent && run.monthEnd)
        return {
          ui,
          effects: [{ type: 'open-month-end', month: run.monthEnd.month, events: run.monthEnd.events }],
        };
      return none(ui);
    }
    case 'key':
      return key(ui, input, run);
    case 'key-up': {
      const k = input.key.toLowerCase();
      if (!ui.held.includes(k)) return none(ui);
      const held = ui.held.filter((h) => h !== k);
      return { ui: { held }, effects: [heading(held)] };
    }
    case 'blur':
      return { ui: { held: [] }, effects: ui.held.length ? [heading([])] : [] };
    case 'go': {
      if (s.ended) return none(ui);
      // No wasted walks: when nothing there fits this month with the walk counted, say so and
      // show the place from here instead of walking.
      const shown = fromHere(ui, run, input.venue);
      if (shown) return shown;
      if (s.at !== input.venue && rejection(run.level, s, { type: 'move', venue: input.venue }) === 'no-time')
        return { ui, effects: [{ type: 'say', line: { kind: 'too-far' } }] };
      return { ui, effects: [{ type: 'walk', venue: input.venue }] };
    }
    case 'arrived': {
      if (s.ended) return none(ui);
      const shown = fromHere(ui, run, input.venue);
      if (shown) return shown;
      if (s.at !== input.venue)
        return {
          ui,
          effects: [{ type: 'step', intent: { type: 'move', venue: input.venue }, from: 'city' }],
        };
      return { ui, effects: [{ type: 'open-venue', venue: input.venue }] };
    }
    case 'act':
      if (s.ended) return none(ui);
      return {
        ui,
        effects: [
          { type: 'step', intent: { type: 'act', venue: input.venue, action: input.action }, from: 'city' },
        ],
      };
    case 'end-month':
      if (input.dialogOpen || s.ended) return none(ui);
      return { ui, effects: [{ type: 'step', intent: { type: 'endMonth' }, from: 'city' }] };
    case 'finish':
      // Finishing is offered once every goal is met; before, F does nothing.
      if (input.dialogOpen || s.ended || !allMet(run)) return none(ui);
      return { ui, effects: [{ type: 'step', intent: { type: 'finish' }, from: 'city' }] };
    case 'pause':
      return input.dialogOpen ? none(ui) : { ui, effects: [{ type: 'pause' }] };
    case 'stepped':
      return stepped(ui, input, run);
    case 'month-end-done':
      return s.ended ? { ui, effects: [{ type: 'outcome' }] } : none(ui);
  }
}
