// The class debrief, pure: the codes a teacher pasted → outcomes by registration, the walls that
// stopped most students, the twin gaps, the quiz before and after, and a CSV with nothing personal.
import type { RegistrationKind } from '../rules/types';
import type { CodeError } from '../share/envelope';
import { decodeResult, findResultCodes, type ResultSummary } from '../share/result-code';
import { decodeClassResult, findClassResults } from './class-result';
import { decodeSession } from './session';

/** A result handed in with a class result code: the seat, the months played, the walls met (named) and the reform lenses. */
export interface ClassSummary extends ResultSummary {
  seat: number | null;
  months: number;
  reforms: ClassReformSummary[];
}

/** One reform lens of one student: the walls of theirs that fell, the goals they would have met, the twin gap. */
export interface ClassReformSummary {
  policyId: string;
  fell: string[];
  goals: number;
  shrank: boolean;
}

export const isClassSummary = (r: ResultSummary): r is ClassSummary => 'reforms' in r && 'months' in r;

/** What the debrief needs of a level to name what class codes carry by number. */
export interface LevelKeys {
  /** classWallKeys(level). */
  walls: readonly string[];
  /** The level's policies, in level order. */
  policies: readonly string[];
}
export type LevelKeysResolver = (levelId: string) => LevelKeys | undefined;

/** Who handed in what, for one class code: seats by level, and the seats missing. */
export interface ClassRoster {
  classCode: string;
  /** The class's levels, in order. */
  levels: string[];
  /** Seats handed in, per level (ascending). */
  handedIn: number[][];
  /** Seats from 1 to the highest seat seen in the class that did not hand in that level. */
  missing: number[][];
  /** Results handed in without a seat. */
  noSeat: number;
}

export interface DebriefInput {
  /** One result per student and level, deduplicated. */
  results: ResultSummary[];
  /** Codes seen again after their first appearance. */
  duplicates: number;
  /** Codes that look like result codes but could not be read, each once. */
  invalid: { code: string; error: CodeError }[];
  /** One per class code among the class result codes, in the order first met. */
  classes: ClassRoster[];
}

/** The level's registration id of a kind (the debrief knows the levels; a test may not). */
export type RegistrationResolver = (levelId: string, kind: RegistrationKind) => string;

/**
 * Reads the class result codes (IWC…): one result per class, level and seat (a code handed in
 * twice, say before and after the last questions, counts once; the one with more answers stays).
 */
function readClassCodes(
  text: string,
  resolve: RegistrationResolver,
  invalid: DebriefInput['invalid'],
  keysOf: LevelKeysResolver,
): { results: ClassSummary[]; duplicates: number; classes: ClassRoster[] } {
  const byKey = new Map<string, ClassSummary>();
  const bad = new Set<string>();
  let duplicates = 0;
  const answered = (r: ResultSummary) => (r.quiz ? r.quiz.before.length + r.quiz.after.length : 0);
  for (const code of findClassResults(text)) {
    const d = decodeClassResult(code);
    if (!d.ok) {
      if (!bad.has(code)) invalid.push({ code, error: d.error });
      bad.add(code);
      continue;
    }
    const r = d.result;
    const session = decodeSession(r.classCode);
    const seed = session.ok ? session.session.seed : 0;
    const other: RegistrationKind = r.kind === 'rural' ? 'urban' : 'rural';
    const keys = keysOf(d.levelId);
    const wallName = (i: number) => keys?.walls[i] ?? `#${i}`;
    const summary: ClassSummary = {
      levelId: d.levelId,
      registrationId: resolve(d.levelId, r.kind),
      policyId: 'status-quo',
      classCode: r.classCode,
      seed,
      goalsMet: r.goalsMet,
      goalCount: r.goalCount,
      ended: r.ended,
      money: r.money,
      health: r.health,
      family: r.family,
      insuranceMonths: 0,
      walls: r.walls.map(wallName),
      twin: r.twin
        ? { registrationId: resolve(d.levelId, other), goalsMet: r.twin.goalsMet, money: r.twin.money }
        : null,
      quiz: r.quiz,
      nonce: r.nonce,
      seat: r.seat,
      months: r.months,
      reforms: r.reforms.map((f) => ({
        policyId: keys?.policies[f.policy] ?? `#${f.policy}`,
        fell: f.fell.map(wallName),
        goals: f.goals,
        shrank: f.shrank,
      })),
    };
    const key = `${r.classCode}/${r.levelIndex}/${r.seat ?? `n${r.nonce}`}`;
    const had = byKey.get(key);
    if (had) {
      duplicates++;
      if (answered(summary) > answered(had)) byKey.set(key, summary);
    } else byKey.set(key, summary);
  }
  const results = [...byKey.values()];
  const classes: ClassRoster[] = [];
  for (const r of results) {
    let roster = classes.find((c) => c.classCode === r.classCode);
    if (!roster) {
      const s = decodeSession(r.classCode ?? '');
      const levels = s.ok ? s.session.levels : [r.levelId];
      roster = { classCode: r.classCode!, levels, handedIn: levels.map(() => []), missing: [], noSeat: 0 };
      classes.push(roster);
    }
    const i = roster.levels.indexOf(r.levelId);
    if (r.seat === null) roster.noSeat++;
    else if (i >= 0) roster.handedIn[i]!.push(r.seat);
  }
  for (const c of classes) {
    for (const seats of c.handedIn) seats.sort((a, b) => a - b);
    const top = max([0, ...c.handedIn.flat()]);
    c.missing = c.handedIn.map((seats) => {
      const have = new Set(seats);
      return Array.from({ length: top }, (_, k) => k + 1).filter((n) => !have.has(n));
    });
  }
  return { results, duplicates, classes };
}

/** Finds and reads every result code in pasted text (chat logs, a spreadsheet column, e-mails). */
export function parseDebriefInput(
  text: string,
  resolve: RegistrationResolver = (_level, kind) => kind,
  keysOf: LevelKeysResolver = () => undefined,
): DebriefInput {
  const results: ResultSummary[] = [];
  const invalid: DebriefInput['invalid'] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  const fromClass = readClassCodes(text, resolve, invalid, keysOf);
  results.push(...fromClass.results);
  duplicates += fromClass.duplicates;
  for (const code of findResultCodes(text).codes) {
    const decoded = decodeResult(code);
    // A decoded result is built in one fixed shape, so its JSON names it whatever the pasted form.
    const key = decoded.ok ? JSON.stringify(decoded.result) : code;
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    if (decoded.ok) results.push(decoded.result);
    else invalid.push({ code, error: decoded.error });
  }
  return { results, duplicates, invalid, classes: fromClass.classes };
}

/** Buckets for a chart: bucket i holds [edges[i], edges[i + 1]); the last bucket includes its upper edge. */
export interface Distribution {
  edges: number[];
  /** Counts per bucket, by registration id. */
  counts: Record<string, number[]>;
}

export interface WallRow {
  /** "venue/action", as in the level. */
  key: string;
  /** Students stopped by this wall at least once. */
  students: number;
  byRegistration: Record<string, number>;
}

export interface Gap {
  /** Mean of (student − twin) over the students with a twin, and per registration. */
  mean: number;
  meanByRegistration: Record<string, number>;
  distribution: Distribution;
}

export interface QuestionRow {
  /** Its place among the questions met, in order first met. */
  question: number;
  /** The question's id (its fact id, or its index when only a key was given). */
  id: string;
  answeredBefore: number;
  correctBefore: number;
  answeredAfter: number;
  correctAfter: number;
  /** Share correct among those who answered, 0..1; null when nobody answered. */
  shareBefore: number | null;
  shareAfter: number | null;
}

export interface LevelDebrief {
  levelId: string;
  students: number;
  /** Registration ids, sorted. */
  registrations: string[];
  byRegistration: Record<string, number>;
  policies: Record<string, number>;
  goalCount: number;
  money: Distribution;
  goals: Distribution;
  health: Distribution;
  family: Distribution;
  walls: WallRow[];
  /** Every wall that stopped the most students: a tie is a tie, never settled by name. */
  topWalls: WallRow[];
  /** Per registration, like with like: means over the students of that registration. */
  lives: LifeRow[];
  twin: { students: number; money: Gap; goals: Gap };
  /** The reform lenses students looked through (class codes only), in order first met. */
  reforms: ReformRow[];
  quiz: QuestionRow[];
}

/** What one reform would have changed, over the students whose codes carry its lens. */
export interface ReformRow {
  policyId: string;
  students: number;
  /** Per registration: students, mean goals met as played and under the reform. */
  byRegistration: Record<string, { students: number; goalsToday: number; goalsUnder: number }>;
  /** Students who met a wall that fell under the reform. */
  wallsFellFor: number;
  /** Walls that fell, by how many students each fell for (most first; ties by name only to order them). */
  fell: { key: string; students: number }[];
  /** Students whose gap to their twin shrank under it. */
  shrank: number;
}

/** How the lives of one registration went, compared like with like. */
export interface LifeRow {
  registrationId: string;
  students: number;
  /** Mean months played; null when no code said (older result codes do not carry it). */
  months: number | null;
  /** Mean of (money at the end ÷ months played), over students whose months are known. */
  moneyPerMonth: number | null;
  health: number;
  family: number;
  /** Students who ended at health 0. */
  healthZero: number;
  /** Mean distinct walls met. */
  walls: number;
  /** Students by how their level ended ("none" when still under way). */
  ends: Record<string, number>;
}

export interface Debrief {
  students: number;
  levels: LevelDebrief[];
}

export interface AggregateOptions {
  /** Level ids in play order; other levels follow, by id. */
  order?: readonly string[];
  /** The correct answer of each quiz question, by index (every result asked the same questions). */
  quizKey?: readonly number[];
  /** The questions a result's answers refer to, by index: classes whose levels differ ask different ones. */
  quizFor?: (r: ResultSummary) => readonly { id: string; answer: number }[];
}

export function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m > 0; m = Math.floor(m / 2)) n += m % 2;
  return n;
}

/** A 1-2-2.5-5 step of at least `min` that cuts `range` into at most about `buckets` pieces. */
export function niceStep(range: number, buckets: number, min: number): number {
  const raw = Math.max(range / buckets, min);
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * power >= raw) return f * power;
  return 10 * power;
}

function histogram(
  items: readonly { reg: string; value: number }[],
  edges: number[],
  regs: readonly string[],
): Distribution {
  const counts: Record<string, number[]> = {};
  for (const r of regs) counts[r] = new Array(edges.length - 1).fill(0);
  for (const { reg, value } of items) {
    let i = edges.length - 2;
    while (i > 0 && value < edges[i]!) i--;
    counts[reg]![i]!++;
  }
  return { edges, counts };
}

/** Evenly spaced "nice" edges covering every value (deterministic: only the values decide them). */
function niceEdges(values: readonly number[], minStep: number): number[] {
  if (values.length === 0) return [0, minStep];
  const lo = min(values);
  const hi = max(values);
  const step = niceStep(hi - lo, 6, minStep);
  const start = Math.floor(lo / step) * step;
  const end = Math.max(Math.ceil(hi / step) * step, start + step);
  const edges: number[] = [];
  for (let k = 0; start + k * step <= end; k++) edges.push(start + k * step);
  return edges;
}

function integerEdges(lo: number, hi: number): number[] {
  return Array.from({ length: hi - lo + 2 }, (_, i) => lo + i);
}

function groupInto<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

const min = (xs: readonly number[]) => xs.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
const max = (xs: readonly number[]) => xs.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const tally = (keys: readonly string[]) => {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
};

function gap(
  items: readonly { reg: string; value: number }[],
  regs: readonly string[],
  edges: number[],
): Gap {
  const meanByRegistration: Record<string, number> = {};
  for (const r of regs) meanByRegistration[r] = mean(items.filter((i) => i.reg === r).map((i) => i.value));
  return {
    mean: mean(items.map((i) => i.value)),
    meanByRegistration,
    distribution: histogram(items, edges, regs),
  };
}

function quizRows(
  results: readonly ResultSummary[],
  keyOf: (r: ResultSummary) => readonly { id: string; answer: number }[],
): QuestionRow[] {
  const rows = new Map<string, Omit<QuestionRow, 'shareBefore' | 'shareAfter'>>();
  for (const r of results) {
    if (!r.quiz) continue;
    keyOf(r).forEach(({ id, answer }, i) => {
      let row = rows.get(id);
      if (!row) {
        row = {
          question: rows.size,
          id,
          answeredBefore: 0,
          correctBefore: 0,
          answeredAfter: 0,
          correctAfter: 0,
        };
        rows.set(id, row);
      }
      const before = r.quiz!.before[i];
      const after = r.quiz!.after[i];
      if (before !== undefined) {
        row.answeredBefore++;
        if (before === answer) row.correctBefore++;
      }
      if (after !== undefined) {
        row.answeredAfter++;
        if (after === answer) row.correctAfter++;
      }
    });
  }
  return [...rows.values()].map((row) => ({
    ...row,
    shareBefore: row.answeredBefore ? row.correctBefore / row.answeredBefore : null,
    shareAfter: row.answeredAfter ? row.correctAfter / row.answeredAfter : null,
  }));
}

function levelDebrief(
  levelId: string,
  rs: readonly ResultSummary[],
  keyOf: (r: ResultSummary) => readonly { id: string; answer: number }[],
): LevelDebrief {
  const regs = [...new Set(rs.map((r) => r.registrationId))].sort();
  const goalCount = max(rs.map((r) => r.goalCount));
  const of = (f: (r: ResultSummary) => number) => rs.map((r) => ({ reg: r.registrationId, value: f(r) }));
  const byKey = new Map<string, ResultSummary[]>();
  for (const r of rs) for (const w of r.walls) groupInto(byKey, w, r);
  const walls = [...byKey.entries()]
    .map(([key, hit]) => ({
      key,
      students: hit.length,
      byRegistration: tally(hit.map((r) => r.registrationId)),
    }))
    .sort((a, b) => b.students - a.students || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const topCount = walls[0]?.students ?? 0;
  const topWalls = walls.filter((w) => w.students === topCount && topCount > 0);
  const lives: LifeRow[] = regs.map((reg) => {
    const of = rs.filter((r) => r.registrationId === reg);
    const timed = of.filter(isClassSummary).filter((r) => r.months > 0);
    return {
      registrationId: reg,
      students: of.length,
      months: timed.length ? mean(timed.map((r) => r.months)) : null,
      moneyPerMonth: timed.length ? mean(timed.map((r) => r.money / r.months)) : null,
      health: mean(of.map((r) => r.health)),
      family: mean(of.map((r) => r.family)),
      healthZero: of.filter((r) => r.health === 0).length,
      walls: mean(of.map((r) => r.walls.length)),
      ends: tally(of.map((r) => r.ended ?? 'none')),
    };
  });
  const lensed = new Map<string, { r: ResultSummary; f: ClassReformSummary }[]>();
  for (const r of rs)
    if (isClassSummary(r)) for (const f of r.reforms) groupInto(lensed, f.policyId, { r, f });
  const reforms: ReformRow[] = [...lensed.entries()].map(([policyId, rows]) => {
    const byRegistration: ReformRow['byRegistration'] = {};
    for (const reg of regs) {
      const mine = rows.filter(({ r }) => r.registrationId === reg);
      if (mine.length)
        byRegistration[reg] = {
          students: mine.length,
          goalsToday: mean(mine.map(({ r }) => popcount(r.goalsMet))),
          goalsUnder: mean(mine.map(({ f }) => f.goals)),
        };
    }
    const fell = Object.entries(tally(rows.flatMap(({ f }) => f.fell)))
      .map(([key, students]) => ({ key, students }))
      .sort((a, b) => b.students - a.students || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return {
      policyId,
      students: rows.length,
      byRegistration,
      wallsFellFor: rows.filter(({ f }) => f.fell.length > 0).length,
      fell,
      shrank: rows.filter(({ f }) => f.shrank).length,
    };
  });
  const twins = rs.filter((r) => r.twin !== null);
  const moneyGaps = twins.map((r) => ({ reg: r.registrationId, value: r.money - r.twin!.money }));
  const goalGaps = twins.map((r) => ({
    reg: r.registrationId,
    value: popcount(r.goalsMet) - popcount(r.twin!.goalsMet),
  }));
  const goalGapValues = goalGaps.map((g) => g.value);
  return {
    levelId,
    students: rs.length,
    registrations: regs,
    byRegistration: tally(rs.map((r) => r.registrationId)),
    policies: tally(rs.map((r) => r.policyId)),
    goalCount,
    money: histogram(
      of((r) => r.money),
      niceEdges(
        rs.map((r) => r.money),
        100,
      ),
      regs,
    ),
    goals: histogram(
      of((r) => popcount(r.goalsMet)),
      integerEdges(0, goalCount),
      regs,
    ),
    health: histogram(
      of((r) => r.health),
      [0, 20, 40, 60, 80, 100],
      regs,
    ),
    family: histogram(
      of((r) => r.family),
      [0, 20, 40, 60, 80, 100],
      regs,
    ),
    walls,
    topWalls,
    lives,
    twin: {
      students: twins.length,
      money: gap(
        moneyGaps,
        regs,
        niceEdges(
          moneyGaps.map((g) => g.value),
          100,
        ),
      ),
      goals: gap(
        goalGaps,
        regs,
        goalGapValues.length ? integerEdges(min(goalGapValues), max(goalGapValues)) : [0, 1],
      ),
    },
    reforms,
    quiz: quizRows(rs, keyOf),
  };
}

/** The class's outcomes per level, from results already deduplicated (see parseDebriefInput). */
export function aggregate(results: readonly ResultSummary[], options: AggregateOptions = {}): Debrief {
  const byLevel = new Map<string, ResultSummary[]>();
  for (const r of results) groupInto(byLevel, r.levelId, r);
  const order = options.order ?? [];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const fixed = (options.quizKey ?? []).map((answer, i) => ({ id: String(i), answer }));
  const keyOf = options.quizFor ?? (() => fixed);
  const ids = [...byLevel.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return {
    students: results.length,
    levels: ids.map((id) => levelDebrief(id, byLevel.get(id)!, keyOf)),
  };
}

export const CSV_COLUMNS = [
  'level',
  'policy',
  'registration',
  'class',
  'seed',
  'goals_met',
  'goal_count',
  'goals_mask',
  'ended',
  'money',
  'health',
  'family',
  'insurance_months',
  'walls',
  'twin_registration',
  'twin_goals_met',
  'twin_money',
  'money_gap',
  'goals_gap',
  'quiz_before',
  'quiz_after',
] as const;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; never read as a formula. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A header row and one row per result, CRLF line ends; no names, no nonce, nothing personal. */
export function toCsv(results: readonly ResultSummary[]): string {
  const rows = results.map((r) => [
    r.levelId,
    r.policyId,
    r.registrationId,
    r.classCode,
    r.seed,
    popcount(r.goalsMet),
    r.goalCount,
    r.goalsMet,
    r.ended,
    r.money,
    r.health,
    r.family,
    r.insuranceMonths,
    r.walls.join(' '),
    r.twin?.registrationId ?? null,
    r.twin ? popcount(r.twin.goalsMet) : null,
    r.twin?.money ?? null,
    r.twin ? r.money - r.twin.money : null,
    r.twin ? popcount(r.goalsMet) - popcount(r.twin.goalsMet) : null,
    r.quiz ? r.quiz.before.join(' ') : null,
    r.quiz ? r.quiz.after.join(' ') : null,
  ]);
  return `${[[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
