// The smallest record that rebuilds a run exactly: level + seed + registration + policy + intents.

import { isIntent } from '../rules/intent';
import type { Intent, RunState } from '../rules/types';

export interface RunRecord {
  levelId: string;
  seed: number;
  registrationId: string;
  policyId: string;
  intents: Intent[];
}

export function recordOf(state: RunState): RunRecord {
  return {
    levelId: state.levelId,
    seed: state.seed,
    registrationId: state.registrationId,
    policyId: state.policyId,
    intents: state.log.map((l) => l.intent),
  };
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Checks that untrusted data has the shape of a run record (not that it fits a level). */
export function isRunRecord(x: unknown): x is RunRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.levelId === 'string' &&
    ID.test(r.levelId) &&
    typeof r.seed === 'number' &&
    Number.isInteger(r.seed) &&
    r.seed >= 0 &&
    r.seed <= 0xffffffff &&
    typeof r.registrationId === 'string' &&
    ID.test(r.registrationId) &&
    typeof r.policyId === 'string' &&
    ID.test(r.policyId) &&
    Array.isArray(r.intents) &&
    r.intents.length <= 5000 &&
    r.intents.every((i) => isIntent(i, true))
  );
}
