// Requirements: whether a situation meets one, and which parts it does not (the walls' reasons).
import type { Predicate, Requirement, RunState, StatName, Unmet } from './types';

/** What a requirement reads from a run: a run state has all of it. */
export type Situation = Pick<RunState, 'registration' | 'stats' | 'documents' | 'flags' | 'month'>;

function predicateUnmet(p: Predicate, s: Situation): Unmet | null {
  switch (p.type) {
    case 'registration': {
      const kindOk = p.kind === undefined || p.kind === s.registration.kind;
      const placeOk = p.place === undefined || p.place === s.registration.place;
      if (kindOk && placeOk) return null;
      const need: { kind?: typeof p.kind; place?: typeof p.place } = {};
      if (p.kind !== undefined) need.kind = p.kind;
      if (p.place !== undefined) need.place = p.place;
      return { type: 'registration', have: { ...s.registration }, need };
    }
    case 'document':
      return s.documents.includes(p.id) ? null : { type: 'document', id: p.id, have: false, need: true };
    case 'stat': {
      const have = s.stats[p.stat];
      return have >= p.atLeast ? null : { type: 'stat', stat: p.stat, have, need: p.atLeast };
    }
    case 'month':
      return s.month >= p.atLeast ? null : { type: 'month', have: s.month, need: p.atLeast };
    case 'flag':
      return s.flags.includes(p.id) ? null : { type: 'flag', id: p.id, have: false, need: true };
    default:
      return assertNever(p);
  }
}

/** Every failing condition of a requirement, each with what the player has and needs; [] when met. */
export function unmet(req: Requirement | undefined, s: Situation): Unmet[] {
  if (req === undefined) return [];
  switch (req.type) {
    case 'all': {
      const missing: Unmet[] = [];
      for (const r of req.all) missing.push(...unmet(r, s));
      return missing;
    }
    case 'any': {
      if (req.any.length === 0) return [];
      const options = req.any.map((r) => unmet(r, s));
      if (options.some((o) => o.length === 0)) return [];
      return [{ type: 'any', options }];
    }
    case 'not':
      return unmet(req.not, s).length === 0 ? [{ type: 'not', requirement: req.not }] : [];
    default: {
      const miss = predicateUnmet(req, s);
      return miss ? [miss] : [];
    }
  }
}

/** Whether a requirement holds; the same answer as `unmet(...).length === 0`, without building the list. */
export function meets(req: Requirement | undefined, s: Situation): boolean {
  if (req === undefined) return true;
  switch (req.type) {
    // Loops rather than every / some: this is the rules' innermost call.
    case 'all':
      for (const r of req.all) if (!meets(r, s)) return false;
      return true;
    case 'any':
      if (req.any.length === 0) return true;
      for (const r of req.any) if (meets(r, s)) return true;
      return false;
    case 'not':
      return !meets(req.not, s);
    case 'registration':
      return (
        (req.kind === undefined || req.kind === s.registration.kind) &&
        (req.place === undefined || req.place === s.registration.place)
      );
    case 'document':
      return s.documents.includes(req.id);
    case 'stat':
      return s.stats[req.stat] >= req.atLeast;
    case 'month':
      return s.month >= req.atLeast;
    case 'flag':
      return s.flags.includes(req.id);
    default:
      return assertNever(req);
  }
}

export function assertNever(x: never): never {
  throw new Error(`unexpected value ${JSON.stringify(x)}`);
}

/** A requirement made into a function of the situation: `check(s) === meets(req, s)`. */
export type Check = (s: Situation) => boolean;

const always: Check = () => true;

/**
 * The requirement as a function, for the requirements a bot's game asks about at every step
 * (goals, actions). `meets` walks the requirement's tree and reads each node's `type`; the nodes
 * come in eight shapes, and that read was the slowest kind V8 has (a megamorphic load). Here each
 * node is read once, and what remains is a closure per node reading the run state alone.
 */
export function compileRequirement(req: Requirement | undefined): Check {
  if (req === undefined) return always;
  switch (req.type) {
    case 'all': {
      const parts = req.all.map(compileRequirement);
      if (parts.length === 1) return parts[0]!;
      if (parts.length === 2) {
        const [a, b] = parts as [Check, Check];
        return (s) => a(s) && b(s);
      }
      return (s) => {
        for (const p of parts) if (!p(s)) return false;
        return true;
      };
    }
    case 'any': {
      if (req.any.length === 0) return always;
      const parts = req.any.map(compileRequirement);
      return (s) => {
        for (const p of parts) if (p(s)) return true;
        return false;
      };
    }
    case 'not': {
      const inner = compileRequirement(req.not);
      return (s) => !inner(s);
    }
    case 'registration': {
      const { kind, place } = req;
      return (s) =>
        (kind === undefined || kind === s.registration.kind) &&
        (place === undefined || place === s.registration.place);
    }
    case 'document': {
      const id = req.id;
      return (s) => s.documents.includes(id);
    }
    case 'flag': {
      const id = req.id;
      return (s) => s.flags.includes(id);
    }
    case 'month': {
      const atLeast = req.atLeast;
      return (s) => s.month >= atLeast;
    }
    case 'stat':
      return statAtLeast(req.stat, req.atLeast);
    default:
      return assertNever(req);
  }
}

/** A stat check with the stat's name written out: `s.stats[name]` for a name in a variable is again a slow load. */
function statAtLeast(stat: StatName, atLeast: number): Check {
  switch (stat) {
    case 'money':
      return (s) => s.stats.money >= atLeast;
    case 'health':
      return (s) => s.stats.health >= atLeast;
    case 'family':
      return (s) => s.stats.family >= atLeast;
    case 'insuranceMonths':
      return (s) => s.stats.insuranceMonths >= atLeast;
    case 'residenceMonths':
      return (s) => s.stats.residenceMonths >= atLeast;
    case 'points':
      return (s) => s.stats.points >= atLeast;
    default:
      return (s) => s.stats[stat] >= atLeast;
  }
}
