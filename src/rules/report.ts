// One report per finished run: you, your twin, each reform's you and twin, the gaps, where your
// money came from, the walls met and the refusals. Pure; computed once, read by every screen,
// card, code and debrief.
import { goalsMet } from './month';
import { type Outcome, outcome, wallKey } from './outcome';
import { twinRegistration } from './replay';
import { newRun } from './state';
import { type Life, liveIntentions, type TwinMove } from './twin';
import type { Level, Policy, RefusalHit, RunState, WallHit } from './types';

/** You minus your twin: negative money means your twin ended richer. */
export interface Gap {
  money: number;
  goals: number;
  health: number;
  family: number;
}

/**
 * Where what you ended with came from, in yuan, adding up exactly:
 *   start + luck + choices + walls = end.
 * `luck` and `choices` are measured on your twin's life (the same wishes and the same cards,
 * without your walls); `walls` is you − your twin.
 *  - luck: what the month-end cards did as drawn, before any choice (causes `event:`);
 *  - choices: everything else in that life: wages, rent, fees, insurance, living costs, the
 *    actions taken and the answers given to the cards (causes `choice:` are never luck);
 *  - walls: the difference the registration made.
 * Without a twin, luck and choices are measured on your own life and walls is 0.
 */
export interface Attribution {
  start: number;
  luck: number;
  choices: number;
  walls: number;
  /** Your twin's final money (start + luck + choices). */
  twinEnd: number;
  end: number;
}

export interface LifeReport extends Life {
  registrationId: string;
  policyId: string;
  outcome: Outcome;
}

export interface ReformLens {
  policyId: string;
  you: LifeReport;
  twin: LifeReport | null;
  /** What you (under this reform) did other than your keystrokes. */
  youMoves: TwinMove[];
  twinMoves: TwinMove[];
  /** Walls you met in your run that you did not meet under this reform ("venue/action" keys). */
  wallsFell: string[];
  /** You − your twin under this reform. */
  gap: Gap | null;
  /** How much smaller the gap is than in your run: |today| − |under the reform|. */
  closed: { money: number; goals: number } | null;
}

export interface ReportSummary {
  goalsMet: number;
  goalCount: number;
  money: number;
  /** Distinct walls met, as "venue/action" keys, in the order first met. */
  walls: string[];
  refusals: number;
  twin: { registrationId: string; goalsMet: number; money: number } | null;
}

export interface RunReport {
  levelId: string;
  seed: number;
  registrationId: string;
  policyId: string;
  you: LifeReport;
  twin: LifeReport | null;
  /** What your twin did other than your keystrokes, and why (see rules/twin.ts). */
  twinMoves: TwinMove[];
  gap: Gap | null;
  attribution: Attribution;
  walls: WallHit[];
  refusals: RefusalHit[];
  reforms: ReformLens[];
  summary: ReportSummary;
}

function lifeReport(level: Level, life: Life): LifeReport {
  return {
    ...life,
    registrationId: life.state.registrationId,
    policyId: life.state.policyId,
    outcome: outcome(level, life.state, life.events),
  };
}

export function gapOf(level: Level, a: RunState, b: RunState): Gap {
  return {
    money: a.stats.money - b.stats.money,
    goals: goalsMet(level, a).length - goalsMet(level, b).length,
    health: a.stats.health - b.stats.health,
    family: a.stats.family - b.stats.family,
  };
}

/** Money changes of a life split into the cards as drawn (luck) and everything else. */
export function moneyFlows(life: Pick<Life, 'events'>): { luck: number; rest: number } {
  let luck = 0;
  let rest = 0;
  for (const e of life.events) {
    if (e.type !== 'stat' || e.stat !== 'money') continue;
    if (e.cause.startsWith('event:')) luck += e.delta;
    else rest += e.delta;
  }
  return { luck, rest };
}

export function distinctWalls(walls: readonly WallHit[]): string[] {
  return [...new Set(walls.map(wallKey))];
}

/**
 * The report of a finished (or stopped) run. `runPolicy` is the policy it was played under;
 * `policies` the reforms to look through (the level's list, resolved; null entries are skipped).
 */
export function report(
  level: Level,
  state: RunState,
  runPolicy: Policy | null,
  policies: readonly (Policy | null)[],
): RunReport {
  const intents = state.log.map((l) => l.intent);
  const me = { registrationId: state.registrationId, policy: runPolicy };
  const twinReg = twinRegistration(level, state.registrationId);
  const lived = twinReg
    ? liveIntentions(level, state.seed, me, { registrationId: twinReg.id, policy: runPolicy }, intents)
    : liveIntentions(level, state.seed, me, me, intents);
  if (!lived) throw new Error(`registration ${state.registrationId} is not in level ${level.id}`);
  const you = lifeReport(level, lived.reference);
  const twin = twinReg ? lifeReport(level, lived.subject) : null;

  const start = newRun(level, state.seed, state.registrationId, runPolicy)!.stats.money;
  const end = you.state.stats.money;
  const base = twin ?? you;
  const flows = moneyFlows(base);
  const twinEnd = base.state.stats.money;
  const attribution: Attribution = {
    start,
    luck: flows.luck,
    choices: twinEnd - start - flows.luck,
    walls: end - twinEnd,
    twinEnd,
    end,
  };
  const gap = twin ? gapOf(level, you.state, twin.state) : null;

  const myWalls = distinctWalls(you.state.walls);
  const reforms: ReformLens[] = [];
  for (const p of policies) if (p) reforms.push(reformLens(level, state, runPolicy, p, gap));

  return {
    levelId: level.id,
    seed: state.seed,
    registrationId: state.registrationId,
    policyId: state.policyId,
    you,
    twin,
    twinMoves: twinReg ? lived.moves : [],
    gap,
    attribution,
    walls: you.state.walls,
    refusals: you.state.refusals,
    reforms,
    summary: {
      goalsMet: goalsMet(level, you.state).length,
      goalCount: level.goals.length,
      money: end,
      walls: myWalls,
      refusals: you.state.refusals.length,
      twin: twin
        ? {
            registrationId: twin.registrationId,
            goalsMet: goalsMet(level, twin.state).length,
            money: twin.state.stats.money,
          }
        : null,
    },
  };
}

/**
 * You and your twin living your intentions under a reform (or any set of rewrites: the lens lets a
 * player switch single rules off), compared with the run as played (`gap`: you − twin in it).
 */
export function reformLens(
  level: Level,
  state: RunState,
  runPolicy: Policy | null,
  p: Policy,
  gap: Gap | null,
): ReformLens {
  const intents = state.log.map((l) => l.intent);
  const me = { registrationId: state.registrationId, policy: runPolicy };
  const twinReg = twinRegistration(level, state.registrationId);
  const rYou = liveIntentions(
    level,
    state.seed,
    me,
    { registrationId: state.registrationId, policy: p },
    intents,
  )!;
  const rTwin = twinReg
    ? liveIntentions(level, state.seed, me, { registrationId: twinReg.id, policy: p }, intents)!
    : null;
  const youLife = lifeReport(level, rYou.subject);
  const twinLife = rTwin ? lifeReport(level, rTwin.subject) : null;
  // A wall fell when, under the reform, you went through a door that was walled for you (the one
  // you knocked on, or the one you went round without knocking), or never met a wall you met.
  // A wall you met and went through later also fell: a reform that asks for months of residence
  // still stops you in the first months.
  const reformWalls = new Set(distinctWalls(youLife.state.walls));
  const wentThrough = rYou.moves
    .filter((m) => m.kind === 'open-door' || m.kind === 'instead')
    .map((m) => m.theirs)
    .filter((w): w is string => w !== null);
  const notMet = distinctWalls(state.walls).filter((w) => !reformWalls.has(w));
  const rGap = twinLife ? gapOf(level, youLife.state, twinLife.state) : null;
  return {
    policyId: p.id,
    you: youLife,
    twin: twinLife,
    youMoves: rYou.moves,
    twinMoves: rTwin?.moves ?? [],
    wallsFell: [...new Set([...notMet, ...wentThrough])],
    gap: rGap,
    closed:
      gap && rGap
        ? {
            money: Math.abs(gap.money) - Math.abs(rGap.money),
            goals: Math.abs(gap.goals) - Math.abs(rGap.goals),
          }
        : null,
  };
}
