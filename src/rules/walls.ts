// Walls are only walls. When a requirement fails, this decides whether the registration is why
// (a wall, shown with its hukou fact and counted everywhere as a wall) or not (a refusal: money,
// your own earlier choice, the calendar, or something you can still get yourself).
import { meets, type Situation } from './requirements';
import type { Level, RefusalReason, Requirement, Unmet } from './types';

export type Verdict = { kind: 'wall' } | { kind: 'refusal'; reason: RefusalReason };

/**
 * A failing requirement is a WALL when either
 *  1. the same requirement in the same state would pass with another of the level's registrations
 *     (only the registration changes: same money, documents, months), or
 *  2. one of the failing conditions is a registration, or a document / stat / flag that the level
 *     author lists under `standIns` as standing in for one (a residence permit, the household
 *     booklet, months of local insurance, settlement points, land-contract rights...).
 * Everything else is a REFUSAL, with the reason that comes first of:
 *  - "money": a money condition fails (money never stands in for a registration);
 *  - "choice": a `not` condition fails: something you did earlier rules it out;
 *  - "early": a month condition fails;
 *  - "missing": a document, flag or count you can still get yourself.
 */
export function classify(
  level: Level,
  s: Situation,
  req: Requirement | undefined,
  missing: Unmet[],
): Verdict {
  if (missing.length === 0) return { kind: 'refusal', reason: 'missing' };
  // Rule 1 never decides alone: a requirement that passes once only the registration changes has
  // a failing leaf that is a registration (or a `not` naming one), which rule 2 calls a wall. So
  // weakening this loop changes no verdict (mutation testing: equivalent; it only answers sooner).
  // Stryker disable next-line BlockStatement: equivalent, see above
  for (const r of level.registrations) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: equivalent, see above
    if (r.kind === s.registration.kind && r.place === s.registration.place) continue;
    const elsewhere: Situation = {
      // Stryker disable next-line ObjectLiteral: equivalent, see above
      registration: { kind: r.kind, place: r.place },
      stats: s.stats,
      documents: s.documents,
      flags: s.flags,
      month: s.month,
    };
    // Stryker disable next-line ConditionalExpression: equivalent, see above
    if (meets(req, elsewhere)) return { kind: 'wall' };
  }
  const leaves: Unmet[] = [];
  for (const u of missing) collectLeaves(u, leaves);
  // A loop, not leaves.some(closure): every refusal a bot meets comes through here.
  for (const u of leaves) if (standsIn(level, u)) return { kind: 'wall' };
  return { kind: 'refusal', reason: refusalReason(leaves) };
}

/** Appends the failing conditions inside `u` (the options of an `any`, in order; else `u` itself). */
function collectLeaves(u: Unmet, out: Unmet[]): void {
  if (u.type !== 'any') {
    out.push(u);
    return;
  }
  for (const option of u.options) for (const x of option) collectLeaves(x, out);
}

/** Whether a failing condition is the registration itself or something the level says stands in for it. */
export function standsIn(level: Level, u: Unmet): boolean {
  const si = level.standIns ?? {};
  switch (u.type) {
    case 'registration':
      return true;
    case 'document':
      return si.documents?.includes(u.id) ?? false;
    case 'flag':
      return si.flags?.includes(u.id) ?? false;
    case 'stat':
      return u.stat !== 'money' && (si.stats?.includes(u.stat) ?? false);
    case 'not':
      return requirementMentionsRegistration(u.requirement);
    case 'any':
      return u.options.flat().some((x) => standsIn(level, x));
    default:
      return false;
  }
}

/** Whether a requirement names the registration anywhere in it (a wall can only be such a one). */
export function requirementMentionsRegistration(r: Requirement): boolean {
  switch (r.type) {
    case 'registration':
      return true;
    case 'all':
      return r.all.some(requirementMentionsRegistration);
    case 'any':
      return r.any.some(requirementMentionsRegistration);
    case 'not':
      return requirementMentionsRegistration(r.not);
    default:
      return false;
  }
}

function refusalReason(leaves: Unmet[]): RefusalReason {
  if (leaves.some((u) => u.type === 'stat' && u.stat === 'money')) return 'money';
  if (leaves.some((u) => u.type === 'not')) return 'choice';
  if (leaves.some((u) => u.type === 'month')) return 'early';
  return 'missing';
}
