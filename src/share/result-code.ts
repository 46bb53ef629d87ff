// The result code a student hands to the teacher: what the class debrief needs and nothing personal.
// It starts with "IW1-" so that the debrief can find it in any pasted text.
import { goalsMet } from '../rules/month';
import { outcome, wallKey } from '../rules/outcome';
import type { EndReason, Level, RunState } from '../rules/types';
import { at } from './codec';
import { bytesFormat, type CodeError, type CodeFormat, envelopeV1 } from './envelope';

export interface QuizAnswers {
  /** Answer indices before and after playing, one per question (up to 8, each 0–255). */
  before: number[];
  after: number[];
}

export interface ResultSummary {
  levelId: string;
  registrationId: string;
  policyId: string;
  /** The class session's code when the run was played in one. */
  classCode: string | null;
  seed: number;
  /** Bit i set: the level's goal i (in level order) was met. */
  goalsMet: number;
  goalCount: number;
  ended: EndReason | null;
  /** Yuan, rounded to ¥100. */
  money: number;
  health: number;
  family: number;
  insuranceMonths: number;
  /** Distinct walls hit, as "venue/action" keys, in the order first met. */
  walls: string[];
  /** The same intents replayed with the other registration. */
  twin: { registrationId: string; goalsMet: number; money: number } | null;
  quiz: QuizAnswers | null;
  /** Drawn at random by the outcome screen, so that two identical runs still count as two students. */
  nonce: number;
}

export const MAX_RESULT_CODE_LENGTH = 600;
const ENVELOPE = envelopeV1('IW', '-', MAX_RESULT_CODE_LENGTH, 4096);
export const RESULT_CODE_VERSION = ENVELOPE.version;
export const RESULT_PREFIX = `IW${RESULT_CODE_VERSION}-`;

// Append only: a code stores the index.
const ENDS: readonly (EndReason | null)[] = [null, 'months', 'goals', 'money', 'health', 'finished'];
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const CLASS_CODE = /^[A-Z0-9]{1,8}$/;
const MAX_GOALS = 30;
const MAX_WALLS = 64;
const MAX_QUESTIONS = 8;

const isUint = (x: unknown, max: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;
const isMoney = (x: unknown): x is number =>
  typeof x === 'number' && Number.isSafeInteger(x) && x % 100 === 0 && Math.abs(x) <= 1e13;
const isAnswers = (x: unknown): x is number[] =>
  Array.isArray(x) && x.length <= MAX_QUESTIONS && x.every((a) => isUint(a, 255));
const isWallKey = (w: unknown): w is string => {
  if (typeof w !== 'string') return false;
  const [venue, action, extra] = w.split('/');
  return extra === undefined && ID.test(venue ?? '') && ID.test(action ?? '');
};

/** Checks that untrusted data is a result summary that a code can carry. */
export function isResultSummary(x: unknown): x is ResultSummary {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  const goalCount = r.goalCount;
  if (!isUint(goalCount, MAX_GOALS)) return false;
  const maxMask = 2 ** goalCount - 1;
  const twin = r.twin as Record<string, unknown> | null | undefined;
  const quiz = r.quiz as Record<string, unknown> | null | undefined;
  return (
    typeof r.levelId === 'string' &&
    ID.test(r.levelId) &&
    typeof r.registrationId === 'string' &&
    ID.test(r.registrationId) &&
    typeof r.policyId === 'string' &&
    ID.test(r.policyId) &&
    (r.classCode === null || (typeof r.classCode === 'string' && CLASS_CODE.test(r.classCode))) &&
    isUint(r.seed, 0xffffffff) &&
    isUint(r.goalsMet, maxMask) &&
    ENDS.includes(r.ended as EndReason | null) &&
    isMoney(r.money) &&
    isUint(r.health, 100) &&
    isUint(r.family, 100) &&
    isUint(r.insuranceMonths, 1200) &&
    Array.isArray(r.walls) &&
    r.walls.length <= MAX_WALLS &&
    r.walls.every(isWallKey) &&
    new Set(r.walls).size === r.walls.length &&
    (twin === null ||
      (typeof twin === 'object' &&
        typeof twin.registrationId === 'string' &&
        ID.test(twin.registrationId) &&
        isUint(twin.goalsMet, maxMask) &&
        isMoney(twin.money))) &&
    (quiz === null || (typeof quiz === 'object' && isAnswers(quiz.before) && isAnswers(quiz.after))) &&
    isUint(r.nonce, 0xffff)
  );
}

const roundMoney = (yuan: number) => Math.round(yuan / 100) * 100 || 0;
const clampInt = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));

function maskOf(level: Level, state: RunState): number {
  const met = new Set(goalsMet(level, state));
  return level.goals.slice(0, MAX_GOALS).reduce((mask, g, i) => (met.has(g.id) ? mask + 2 ** i : mask), 0);
}

/** What a finished run hands in: built from the rules' outcome, with the twin's run beside it. */
export function resultFromRun(
  level: Level,
  state: RunState,
  twinState: RunState | null,
  quiz?: QuizAnswers | null,
  extra: { classCode?: string | null; nonce?: number } = {},
): ResultSummary {
  const o = outcome(level, state);
  return {
    levelId: o.levelId,
    registrationId: o.registrationId,
    policyId: o.policyId,
    classCode: extra.classCode ?? null,
    seed: state.seed >>> 0,
    goalsMet: maskOf(level, state),
    goalCount: Math.min(level.goals.length, MAX_GOALS),
    ended: o.ended,
    money: roundMoney(o.stats.money),
    health: clampInt(o.stats.health, 0, 100),
    family: clampInt(o.stats.family, 0, 100),
    insuranceMonths: clampInt(o.stats.insuranceMonths, 0, 1200),
    walls: [...new Set(o.walls.map(wallKey))].slice(0, MAX_WALLS),
    twin: twinState
      ? {
          registrationId: twinState.registrationId,
          goalsMet: maskOf(level, twinState),
          money: roundMoney(twinState.stats.money),
        }
      : null,
    quiz: quiz ? { before: [...quiz.before], after: [...quiz.after] } : null,
    nonce: (extra.nonce ?? 0) & 0xffff,
  };
}

export type DecodedResult = { ok: true; result: ResultSummary } | { ok: false; error: CodeError };

/** The result code in the envelope's byte layout: "IW1-…". */
export const RESULT_CODE: CodeFormat<ResultSummary> = bytesFormat({
  name: 'result',
  param: null,
  envelope: ENVELOPE,
  valid: isResultSummary,
  write(result, w, ref) {
    w.uint(ref(result.levelId)).uint(ref(result.registrationId)).uint(ref(result.policyId));
    w.uint(result.classCode === null ? 0 : ref(result.classCode) + 1);
    w.uint(result.seed).uint(result.nonce);
    w.uint(result.goalCount).uint(result.goalsMet).uint(ENDS.indexOf(result.ended));
    w.int(result.money / 100)
      .uint(result.health)
      .uint(result.family)
      .uint(result.insuranceMonths);
    w.uint(result.walls.length);
    for (const key of result.walls) {
      const [venue, action] = key.split('/') as [string, string];
      w.uint(ref(venue)).uint(ref(action));
    }
    if (result.twin) {
      w.uint(ref(result.twin.registrationId) + 1)
        .uint(result.twin.goalsMet)
        .int(result.twin.money / 100);
    } else w.uint(0);
    if (result.quiz) {
      w.uint(1);
      for (const answers of [result.quiz.before, result.quiz.after]) {
        w.uint(answers.length);
        for (const a of answers) w.uint(a);
      }
    } else w.uint(0);
  },
  read(r, table): ResultSummary {
    const levelId = at(table, r);
    const registrationId = at(table, r);
    const policyId = at(table, r);
    const classIndex = r.uint(table.length);
    const classCode = classIndex === 0 ? null : table[classIndex - 1]!;
    const seed = r.uint(0xffffffff);
    const nonce = r.uint(0xffff);
    const goalCount = r.uint(MAX_GOALS);
    const goals = r.uint(2 ** goalCount - 1);
    const ended = ENDS[r.uint(ENDS.length - 1)]!;
    const money = r.int() * 100;
    const health = r.uint(100);
    const family = r.uint(100);
    const insuranceMonths = r.uint(1200);
    const wallCount = r.uint(MAX_WALLS);
    const walls: string[] = [];
    for (let i = 0; i < wallCount; i++) walls.push(`${at(table, r)}/${at(table, r)}`);
    const twinIndex = r.uint(table.length);
    const twin =
      twinIndex === 0
        ? null
        : {
            registrationId: table[twinIndex - 1]!,
            goalsMet: r.uint(2 ** goalCount - 1),
            money: r.int() * 100,
          };
    let quiz: QuizAnswers | null = null;
    if (r.uint(1) === 1) {
      const answers = () => Array.from({ length: r.uint(MAX_QUESTIONS) }, () => r.uint(255));
      const before = answers();
      quiz = { before, after: answers() };
    }
    return {
      levelId,
      registrationId,
      policyId,
      classCode,
      seed,
      goalsMet: goals,
      goalCount,
      ended,
      money,
      health,
      family,
      insuranceMonths,
      walls,
      twin,
      quiz,
      nonce,
    };
  },
});

/** Encodes a result; throws a RangeError for a summary that a code cannot carry. */
export function encodeResult(result: ResultSummary): string {
  return RESULT_CODE.encode(result);
}

/** Decodes any string; never throws, and answers with the reason when it is not a result code. */
export function decodeResult(code: string): DecodedResult {
  const d = RESULT_CODE.decode(code);
  return d.ok ? { ok: true, result: d.value } : d;
}

const PREFIX = /IW\d{1,3}-/;
const HEAD_AT = /^IW\d{1,3}-/;
const MIN_BODY = 8;
const MAX_TRIM = 4;

function isCodeChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 45 /* - */ ||
    c === 95 /* _ */
  );
}

/** The end of the first whole code from `start` among ends shorter by trailing "-" or "_" (punctuation). */
function checkedEnd(text: string, start: number, end: number): number | null {
  for (let e = end, trimmed = 0; trimmed <= MAX_TRIM; trimmed++) {
    if (e - start <= MAX_RESULT_CODE_LENGTH && RESULT_CODE.checksumHolds(text.slice(start, e))) return e;
    const c = text.charCodeAt(e - 1);
    if (c !== 45 && c !== 95) return null;
    e--;
  }
  return null;
}

/**
 * Every substring that looks like a result code, in order (repeats kept), even glued to punctuation
 * or to another code; `candidates` counts every "IW<n>-" seen, fragments included. Where a code ends
 * is decided by its checksum when one holds; a code whose checksum fails is still returned, so that
 * the debrief can say it could not be read. Linear in the text's length.
 */
export function findResultCodes(text: string): { codes: string[]; candidates: number } {
  const codes: string[] = [];
  if (typeof text !== 'string') return { codes, candidates: 0 };
  let candidates = 0;
  let runEnd = -1;
  const re = new RegExp(PREFIX.source, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    candidates++;
    const start = m.index;
    const bodyStart = start + m[0].length;
    if (runEnd < bodyStart) {
      runEnd = bodyStart;
      while (runEnd < text.length && isCodeChar(text.charCodeAt(runEnd))) runEnd++;
    }
    // A second code glued on: the next "IW<n>-" inside this run of code characters.
    let glued = -1;
    for (let i = text.indexOf('IW', bodyStart); i >= 0 && i < runEnd; i = text.indexOf('IW', i + 1)) {
      if (HEAD_AT.test(text.slice(i, i + 6))) {
        glued = i;
        break;
      }
    }
    let end: number | null = null;
    if (runEnd - start <= MAX_RESULT_CODE_LENGTH + MAX_TRIM) end = checkedEnd(text, start, runEnd);
    if (end === null && glued >= 0) end = checkedEnd(text, start, glued) ?? glued;
    if (end === null) end = runEnd;
    if (end - bodyStart >= MIN_BODY) {
      codes.push(text.slice(start, end));
      re.lastIndex = end;
    } else re.lastIndex = bodyStart;
  }
  return { codes, candidates };
}
