// A reform (policy) rewrites a level's requirements and effects before the run begins.
import type { Effect, Level, Policy, PolicyRewrite, Requirement } from './types';

function matches(req: Requirement, pattern: PolicyRewrite['match']): boolean {
  const r = req as Record<string, unknown>;
  return Object.entries(pattern).every(([key, value]) => r[key] === value);
}

/** Rewrites every predicate a policy names, deep inside all / any / not. */
export function rewriteRequirement(req: Requirement, rewrites: readonly PolicyRewrite[]): Requirement {
  switch (req.type) {
    case 'all':
      return { type: 'all', all: req.all.map((r) => rewriteRequirement(r, rewrites)) };
    case 'any':
      return { type: 'any', any: req.any.map((r) => rewriteRequirement(r, rewrites)) };
    case 'not':
      return { type: 'not', not: rewriteRequirement(req.not, rewrites) };
    default: {
      const rule = rewrites.find((w) => matches(req, w.match));
      return rule ? rule.replace : req;
    }
  }
}

function rewriteEffects(effects: Effect[], rewrites: readonly PolicyRewrite[]): Effect[] {
  return effects.map((e) =>
    e.type === 'if'
      ? {
          ...e,
          if: rewriteRequirement(e.if, rewrites),
          then: rewriteEffects(e.then, rewrites),
          ...(e.else ? { else: rewriteEffects(e.else, rewrites) } : {}),
        }
      : e,
  );
}

/**
 * The level as it stands under a policy: the requirements of actions, event choices and
 * conditional effects rewritten. Goals are left alone so that outcomes stay comparable.
 */
export function withPolicy(level: Level, policy: Policy | null): Level {
  if (!policy || policy.rewrites.length === 0) return level;
  // Levels and policies are not edited once loaded, so a pair is rewritten once: a run report
  // asks for the same pair for you, your twin and each reform's lives.
  let byPolicy = rewritten.get(level);
  if (!byPolicy) {
    byPolicy = new WeakMap();
    rewritten.set(level, byPolicy);
  }
  let out = byPolicy.get(policy);
  if (!out) {
    out = rewriteLevel(level, policy);
    byPolicy.set(policy, out);
  }
  return out;
}

const rewritten = new WeakMap<Level, WeakMap<Policy, Level>>();

/** withPolicy without its memory: the level rewritten afresh. */
export function rewriteLevel(level: Level, policy: Policy): Level {
  const rw = policy.rewrites;
  const fix = (req: Requirement | undefined) => (req ? { requires: rewriteRequirement(req, rw) } : {});
  return {
    ...level,
    venues: level.venues.map((v) => ({
      ...v,
      actions: v.actions.map((a) => ({ ...a, ...fix(a.requires), effects: rewriteEffects(a.effects, rw) })),
    })),
    events: level.events.map((e) => ({
      ...e,
      effects: rewriteEffects(e.effects, rw),
      ...(e.choices
        ? {
            choices: e.choices.map((c) => ({
              ...c,
              ...fix(c.requires),
              effects: rewriteEffects(c.effects, rw),
            })),
          }
        : {}),
    })),
    monthly: rewriteEffects(level.monthly, rw),
  };
}
