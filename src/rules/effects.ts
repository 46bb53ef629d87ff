// Applying an action's or a card's effects to a run (stats, documents, flags), with events.
import { lookup } from './lookup';
import { meets } from './requirements';
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
  for (const e of effects) {
    switch (e.type) {
      case 'stat':
        addStat(s, e.stat, e.add, cause, out, e.why);
        break;
      case 'document':
        s.documents = toggled(s.documents, e.id, e.gain, { type: 'document', id: e.id, gain: e.gain }, out);
        break;
      case 'flag':
        s.flags = toggled(s.flags, e.id, e.set, { type: 'flag', id: e.id, set: e.set }, out);
        break;
      case 'take':
        if (s.slots[e.slot] !== e.option && lookup(level).optionSlots.get(e.option)?.has(e.slot) === true) {
          s.slots[e.slot] = e.option;
          out.push({ type: 'slot', slot: e.slot, option: e.option });
        }
        break;
      case 'leave':
        if (s.slots[e.slot] !== undefined) {
          // Cleared, not deleted: a delete turns the object into a slow dictionary.
          s.slots[e.slot] = undefined;
          out.push({ type: 'slot', slot: e.slot, option: null });
        }
        break;
      case 'if':
        applyEffects(level, s, meets(e.if, s) ? e.then : (e.else ?? []), cause, out);
        break;
    }
  }
}

/** True when every effect would change nothing (e.g. taking the job you already have). */
export function changesNothing(level: Level, s: RunState, effects: readonly Effect[]): boolean {
  const probe: GameEvent[] = [];
  const draft = cloneState(s);
  applyEffects(level, draft, effects, 'probe', probe);
  return probe.length === 0;
}
