// Holds the run, dispatches the player's intents through the rules, and tells subscribers.
import type { Content } from '../content/load';
import { withPolicy } from '../rules/policy';
import { replay } from '../rules/replay';
import { newRun } from '../rules/state';
import { step } from '../rules/step';
import type { GameEvent, Intent, Level, Policy, RunState } from '../rules/types';
import type { RunRecord } from './run-record';

export type Listener = (state: RunState, events: readonly GameEvent[]) => void;

export interface RunStore {
  readonly level: Level;
  /** The level as the run's policy has it: what the rules use. */
  readonly effective: Level;
  readonly policy: Policy | null;
  state(): RunState;
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
  const policy =
    record.policyId === 'status-quo'
      ? (content.policies.get('status-quo') ?? null)
      : (content.policies.get(record.policyId) ?? null);
  if (!policy && record.policyId !== 'status-quo') return { ok: false, error: 'unknown-policy' };
  const start = record.intents.length
    ? replay(level, record.seed, record.registrationId, policy, record.intents)?.state
    : newRun(level, record.seed, record.registrationId, policy);
  if (!start) return { ok: false, error: 'unknown-registration' };
  const effective = withPolicy(level, policy);
  let state = start;
  const listeners = new Set<Listener>();
  return {
    ok: true,
    store: {
      level,
      effective,
      policy,
      state: () => state,
      dispatch(intent) {
        const r = step(effective, state, intent);
        state = r.state;
        onChange?.(state);
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
