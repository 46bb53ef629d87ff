// A new run's state from a level, a seed, a registration and a policy; stat bounds; cloning.
import type { Level, Policy, RunState, Stats } from './types';

export const STAT_BOUNDS: Record<keyof Stats, [number, number]> = {
  money: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
  health: [0, 100],
  family: [0, 100],
  insuranceMonths: [0, 1200],
  residenceMonths: [0, 1200],
  points: [0, 1000],
};

export function clampStat(stat: keyof Stats, value: number): number {
  // Each stat's bounds read by name: STAT_BOUNDS[stat], with the name in a variable, was one of
  // the slowest reads of a bot's game (this runs for every stat change).
  switch (stat) {
    case 'money':
      return within(STAT_BOUNDS.money, value);
    case 'health':
      return within(STAT_BOUNDS.health, value);
    case 'family':
      return within(STAT_BOUNDS.family, value);
    case 'insuranceMonths':
      return within(STAT_BOUNDS.insuranceMonths, value);
    case 'residenceMonths':
      return within(STAT_BOUNDS.residenceMonths, value);
    case 'points':
      return within(STAT_BOUNDS.points, value);
    default:
      return within(STAT_BOUNDS[stat], value);
  }
}

function within(bounds: readonly [number, number], value: number): number {
  return Math.min(bounds[1], Math.max(bounds[0], value));
}

/** A fresh run at the start of month 1; undefined when the registration id is not in the level. */
export function newRun(
  level: Level,
  seed: number,
  registrationId: string,
  policy: Policy | null,
): RunState | undefined {
  const reg = level.registrations.find((r) => r.id === registrationId);
  if (!reg) return undefined;
  // In one shape whatever the level's key order (see statsInOneShape): a bot's game reads them all game long.
  const stats = statsInOneShape({ ...level.start.stats, ...reg.start.stats });
  if (policy?.portableInsurance) stats.insuranceMonths += reg.insuranceElsewhere ?? 0;
  for (const key of Object.keys(stats) as (keyof Stats)[]) stats[key] = clampStat(key, stats[key]);
  return {
    version: 1,
    levelId: level.id,
    seed: seed >>> 0,
    registration: { kind: reg.kind, place: reg.place },
    registrationId: reg.id,
    policyId: policy?.id ?? 'status-quo',
    month: 1,
    daysUsed: 0,
    at: level.start.at,
    stats,
    documents: unique([...(level.start.documents ?? []), ...(reg.start.documents ?? [])]),
    flags: unique([...(level.start.flags ?? []), ...(reg.start.flags ?? [])]),
    slots: {},
    done: [],
    pendingEvent: null,
    walls: [],
    refusals: [],
    log: [],
    ended: null,
  };
}

/** The ids in their first order, each once (as a Set keeps them); a loop, as the lists are a handful. */
function unique(xs: string[]): string[] {
  const out: string[] = [];
  for (const x of xs) if (!out.includes(x)) out.push(x);
  return out;
}

/**
 * A draft to change: the small parts the rules edit in place (stats, slots) are copied; the lists
 * (documents, flags, log, walls, refusals, done) and the registration are shared, and are only
 * ever replaced, never edited.
 */
export function cloneState(s: RunState): RunState {
  // Spelled out rather than spread: the engine's hottest allocation keeps one object shape.
  return {
    version: s.version,
    levelId: s.levelId,
    seed: s.seed,
    registration: s.registration,
    registrationId: s.registrationId,
    policyId: s.policyId,
    month: s.month,
    daysUsed: s.daysUsed,
    at: s.at,
    stats: statsInOneShape(s.stats),
    documents: s.documents,
    flags: s.flags,
    slots: cloneSlots(s.slots),
    done: s.done,
    pendingEvent: s.pendingEvent,
    walls: s.walls,
    refusals: s.refusals,
    log: s.log,
    ended: s.ended ? { ...s.ended } : null,
  };
}

/**
 * The stats as one object literal. A spread copied each level's stats object in the shape it
 * came in (key order, number kinds), and with several shapes in play V8 fell back to its slow
 * generic copy: that was a third of a step.
 */
function statsInOneShape(x: Stats): Stats {
  return {
    money: x.money,
    health: x.health,
    family: x.family,
    insuranceMonths: x.insuranceMonths,
    residenceMonths: x.residenceMonths,
    points: x.points,
  };
}

/**
 * The held slots, in slot order. Spelled out, not a spread or a loop: leaving a slot (delete)
 * turns the object into a dictionary, slow to copy generically.
 */
function cloneSlots(x: RunState['slots']): RunState['slots'] {
  const out: RunState['slots'] = {};
  if (x.job !== undefined) out.job = x.job;
  if (x.housing !== undefined) out.housing = x.housing;
  if (x.school !== undefined) out.school = x.school;
  return out;
}
