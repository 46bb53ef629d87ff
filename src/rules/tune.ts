// A reform the player retunes in the reform lens: single rules switched off, and the number a
// rule asks for changed ("living in the city for [6] months is enough"). Pure: the lens then
// replays both lives under the tuned policy like under any other.
import type { Policy, PolicyRewrite } from './types';

/** The stats a player may retune in a rule: a wait or a count, never money, health or family. */
export const TUNABLE_STATS = ['residenceMonths', 'insuranceMonths', 'points'] as const;
export type TunableStat = (typeof TUNABLE_STATS)[number];

/** The number a rule asks for, when it is one the player may change. */
export function tunableRule(w: PolicyRewrite): { stat: TunableStat; need: number } | null {
  const r = w.replace;
  return r.type === 'stat' && (TUNABLE_STATS as readonly string[]).includes(r.stat)
    ? { stat: r.stat as TunableStat, need: r.atLeast ?? 0 }
    : null;
}

/** What the player changed: rules switched off and numbers picked, each by the rule's index. */
export interface Tuning {
  /** Index = rewrite; the one after the last = portable insurance. `false` = switched off. */
  on: readonly boolean[];
  /** Index = rewrite; unset = the number the reform itself asks for. */
  needs: readonly (number | undefined)[];
}

/**
 * The policy with only the rules left on, each tunable rule asking for the number picked. The
 * reform itself when nothing changed (so its precomputed lens is reused); otherwise a policy
 * whose id names the tuning, so that two tunings never share a cached result.
 */
export function tunePolicy(p: Policy, { on, needs }: Tuning): Policy {
  const rewrites = p.rewrites
    .map((w, i) => {
      const need = needs[i];
      return need === undefined || w.replace.type !== 'stat' || !tunableRule(w)
        ? w
        : { ...w, replace: { ...w.replace, atLeast: need } };
    })
    .filter((_, i) => on[i] !== false);
  const portable = p.portableInsurance === true && on[p.rewrites.length] !== false;
  const unchanged =
    rewrites.length === p.rewrites.length &&
    portable === (p.portableInsurance === true) &&
    p.rewrites.every((w, i) => needs[i] === undefined || needs[i] === tunableRule(w)?.need);
  if (unchanged) return p;
  const key = p.rewrites.map((_, i) => (on[i] === false ? 'off' : String(needs[i] ?? '='))).join(',');
  return {
    ...p,
    id: `${p.id}~${key}~${portable ? 'portable' : 'local'}`,
    rewrites,
    portableInsurance: portable,
  };
}
