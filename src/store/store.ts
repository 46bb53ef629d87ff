// Holds the run, dispatches the player's intents through the rules, and tells subscribers.
// A saved run is rebuilt by dispatching its intents again through the very same path, so a
// reload reaches exactly the state live play reached (tests/property/resume.test.ts).
import type { Content } from '../content/load';
import { withPolicy } from '../rules/policy';
import { newRun } from '../rules/state';
import { rejection, step } from '../rules/step';
import type { GameEvent, Intent, Level, Policy, RunState } from '../rules/types';
import type { RunRecord } from './run-record';

export type Listener = (state: RunState, events: readonly GameEvent[]) => void;

export interface RunStore {
  readonly level: Level;
  /** The level as the run's policy has it: what the rules use. */
  readonly effective: Level;
  readonly policy: Policy | null;
  state(): RunState;
  /** The last month end and what it brought (to reopen a pending event choice after a reload). */
  monthEnd(): { month: number; events: readonly GameEvent[] } | null;
  dispatch(intent: Intent): GameEvent[];
  subscribe(listener: Listener): () => void;
}

export type StoreError = 'unknown-level' | 'unknown-registration' | 'unknown-policy';

/** Starts or rebuilds a run from its record; intents are replayed through the same rules. */
export function openRun(
  content: Pick<Content, 'levels' | 'policies'>,
  record: RunRecord,
  onChange?: (state: RunState) => void,
): { ok: true; store: RunStore } | { ok: false; error: StoreError } {
  const level = content.levels.get(record.levelId);
  if (!level) return { ok: false, error: 'unknown-level' };
  // 'status-quo' may be absent from the content (then no policy applies); any other id must exist.
  const policy = content.policies.get(record.policyId) ?? null;
  if (!policy && record.policyId !== 'status-quo') return { ok: false, error: 'unknown-policy' };
  const start = newRun(level, record.seed, record.registrationId, policy);
  if (!start) return { ok: false, error: 'unknown-registration' };
  const effective = withPolicy(level, policy);
  let state = start;
  let monthEnd: { month: number; events: readonly GameEvent[] } | null = null;
  const listeners = new Set<Listener>();
  /**
   * Steps one intent. An intent refused because an event choice is pending or the run is over is
   * answered but not logged: it changed nothing, and a log without it replays to the same state.
   */
  const apply = (intent: Intent): { events: GameEvent[]; changed: boolean } => {
    const why = rejection(effective, state, intent);
    if (why === 'event-pending' || why === 'game-over')
      return { events: [{ type: 'rejected', reason: why, intent }], changed: false };
    const r = step(effective, state, intent);
    state = r.state;
    const ended = r.events.find((e) => e.type === 'monthEnded');
    if (ended?.type === 'monthEnded') monthEnd = { month: ended.month, events: r.events };
    return { events: r.events, changed: true };
  };
  for (const intent of record.intents) apply(intent);
  return {
    ok: true,
    store: {
      level,
      effective,
      policy,
      state: () => state,
      monthEnd: () => monthEnd,
      dispatch(intent) {
        const r = apply(intent);
        if (r.changed) onChange?.(state);
        for (const l of listeners) l(state, r.events);
        return r.events;
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
}
