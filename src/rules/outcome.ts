// A finished run's outcome (goals, walls, why it ended) and the comparison of two outcomes.
import { goalsMet } from './month';
import type { EndReason, GameEvent, Level, RefusalHit, RunState, StatName, Stats, WallHit } from './types';
import { STATS } from './types';

export interface Outcome {
  levelId: string;
  registrationId: string;
  policyId: string;
  ended: EndReason | null;
  month: number;
  stats: Stats;
  goals: { id: string; met: boolean; top: boolean }[];
  walls: WallHit[];
  refusals: RefusalHit[];
  documents: string[];
  /** Stat changes the month-end cards made as drawn (luck); answers to a card are choices, never luck. */
  luck: Partial<Record<StatName, number>>;
}

/** What a run came to. Pass the run's events to split out what luck did. */
// Stryker disable next-line ArrayDeclaration: a default list holding a non-event adds no luck, the same as none
export function outcome(level: Level, s: RunState, events: readonly GameEvent[] = []): Outcome {
  const met = goalsMet(level, s);
  const luck: Partial<Record<StatName, number>> = {};
  for (const e of events) {
    if (e.type === 'stat' && e.cause.startsWith('event:')) {
      luck[e.stat] = (luck[e.stat] ?? 0) + e.delta;
    }
  }
  return {
    levelId: s.levelId,
    registrationId: s.registrationId,
    policyId: s.policyId,
    ended: s.ended?.reason ?? null,
    month: Math.min(s.month, level.months),
    stats: { ...s.stats },
    goals: level.goals.map((g) => ({ id: g.id, met: met.includes(g.id), top: g.top === true })),
    walls: s.walls,
    refusals: s.refusals,
    documents: [...s.documents],
    luck,
  };
}

export interface Comparison {
  /** b minus a, per stat. */
  statGap: Stats;
  goalsOnlyA: string[];
  goalsOnlyB: string[];
  /** Walls (venue/action) that stopped one run and not the other. */
  wallsOnlyA: string[];
  wallsOnlyB: string[];
}

export function wallKey(w: Pick<WallHit, 'venue' | 'action'>): string {
  return `${w.venue}/${w.action}`;
}

/** Where two runs of the same intents differ: the twin gap, or a reform's effect. */
export function compare(a: Outcome, b: Outcome): Comparison {
  const statGap = Object.fromEntries(STATS.map((k) => [k, b.stats[k] - a.stats[k]])) as Stats;
  const metA = new Set(a.goals.filter((g) => g.met).map((g) => g.id));
  const metB = new Set(b.goals.filter((g) => g.met).map((g) => g.id));
  const wallsA = new Set(a.walls.map(wallKey));
  const wallsB = new Set(b.walls.map(wallKey));
  return {
    statGap,
    goalsOnlyA: [...metA].filter((g) => !metB.has(g)),
    goalsOnlyB: [...metB].filter((g) => !metA.has(g)),
    wallsOnlyA: [...wallsA].filter((w) => !wallsB.has(w)),
    wallsOnlyB: [...wallsB].filter((w) => !wallsA.has(w)),
  };
}
