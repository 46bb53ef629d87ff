// Applying an action's or a card's effects to a run (stats, documents, flags), with events.
import { assertNever, compileRequirement } from './requirements';
import { clampStat, cloneState } from './state';
import type { Effect, GameEvent, Level, Localized, RunState, StatName } from './types';

/**
 * The list with `id` in it (`on`) or out of it, reporting `event` when that changes it; the same
 * list, and no event, when it already is as asked. Never edits `list` (it may be shared).
 */
function toggled(list: string[], id: string, on: boolean, event: GameEvent, out: GameEvent[]): string[] {
  if (list.includes(id) === on) return list;
  out.push(event);
  return on ? [...list, id] : list.filter((x) => x !== id);
}

/** Changes a stat within its bounds and reports the change actually made. */
export function addStat(
  s: RunState,
  stat: StatName,
  delta: number,
  cause: string,
  out: GameEvent[],
  why?: Localized,
): void {
  if (delta === 0) return;
  const before = s.stats[stat];
  const after = clampStat(stat, before + delta);
  if (after === before) return;
  s.stats[stat] = after;
  out.push(
    why
      ? { type: 'stat', stat, delta: after - before, cause, why }
      : { type: 'stat', stat, delta: after - before, cause },
  );
}

/**
 * Applies effects in order to a draft state (mutated), reporting each change. The draft's
 * stats and slots are its own; its lists (documents, flags) may be shared with the state it was
 * drawn from, so they are replaced, never edited.
 */
export function applyEffects(
  level: Level,
  s: RunState,
  effects: readonly Effect[],
  cause: string,
  out: GameEvent[],
): void {
  effectsFunction(effects)(level, s, cause, out);
}

/** A list of effects made into a function: `apply(level, s, cause, out)` is applyEffects. */
export type Apply = (level: Level, s: RunState, cause: string, out: GameEvent[]) => void;

// Each list of effects of the content made into its function once (lists are not edited once
// loaded, like the levels that hold them; see lookup.ts), and dropped with the list.
const compiled = new WeakMap<readonly Effect[], Apply>();

/**
 * The function of a list of effects. Applying effects used to read each effect's `type` (six
 * object shapes, the slowest kind of read V8 has) and walk `if` requirements with `meets`, at
 * every month end of a bot's game; the function reads each effect once, when it is made.
 */
export function effectsFunction(effects: readonly Effect[]): Apply {
  let apply = compiled.get(effects);
  if (!apply) {
    apply = compileEffects(effects);
    compiled.set(effects, apply);
  }
  return apply;
}

const nothing: Apply = () => {};

function compileEffects(effects: readonly Effect[]): Apply {
  const parts = effects.map(compileEffect);
  if (parts.length === 0) return nothing;
  if (parts.length === 1) return parts[0]!;
  return (level, s, cause, out) => {
    for (const apply of parts) apply(level, s, cause, out);
  };
}

function compileEffect(e: Effect): Apply {
  switch (e.type) {
    case 'stat': {
      const { stat, add, why } = e;
      return (_level, s, cause, out) => addStat(s, stat, add, cause, out, why);
    }
    case 'document': {
      const { id, gain } = e;
      return (_level, s, _cause, out) => {
        s.documents = toggled(s.documents, id, gain, { type: 'document', id, gain }, out);
      };
    }
    case 'flag': {
      const { id, set } = e;
      return (_level, s, _cause, out) => {
        s.flags = toggled(s.flags, id, set, { type: 'flag', id, set }, out);
      };
    }
    case 'take': {
      const { slot, option } = e;
      // Whether the level has this option for this slot is asked when applied: the same list of
      // effects may be in a level a policy rewrote. Takes are few: a look through the options.
      return (level, s, _cause, out) => {
        if (s.slots[slot] !== option && level.options.some((o) => o.id === option && o.slot === slot)) {
          s.slots[slot] = option;
          out.push({ type: 'slot', slot, option });
        }
      };
    }
    case 'leave': {
      const { slot } = e;
      return (_level, s, _cause, out) => {
        if (s.slots[slot] !== undefined) {
          // Cleared, not deleted: a delete turns the object into a slow dictionary.
          s.slots[slot] = undefined;
          out.push({ type: 'slot', slot, option: null });
        }
      };
    }
    case 'if': {
      const test = compileRequirement(e.if);
      const then = effectsFunction(e.then);
      const otherwise = e.else ? effectsFunction(e.else) : nothing;
      return (level, s, cause, out) => (test(s) ? then : otherwise)(level, s, cause, out);
    }
    default:
      return assertNever(e);
  }
}

/** True when every effect would change nothing (e.g. taking the job you already have). */
export function changesNothing(level: Level, s: RunState, effects: readonly Effect[]): boolean {
  const probe: GameEvent[] = [];
  const draft = cloneState(s);
  applyEffects(level, draft, effects, 'probe', probe);
  return probe.length === 0;
}
