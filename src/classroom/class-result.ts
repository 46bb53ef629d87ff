// The class result code: one short code per finished class level, handed in at once. It carries
// the class code, the seat, which of the class's levels, the registration kind, the outcome
// report's summary (walls only, never refusals; the twin) and the answers when given. Nothing else.
//
// Format (all of it here, in one place, so that a shared envelope can take it over):
//   "IWC" + L + body, where L (one character) says how many body characters follow.
// Characters are Crockford base 32 (0-9, A-Z without I L O U); a reader takes any case, skips
// spaces, line breaks and dashes, and reads O as 0 and I/L as 1. The body is a bit string, most
// significant first, ending in a 10-bit checksum.
import type { LifeReport, RunReport } from '../rules/report';
import type { EndReason, Level, RegistrationKind } from '../rules/types';
import { decodeSession, type SessionLanguage, sessionCodeOf, sessionCodeValue } from './session';

export interface ClassResult {
  /** The 8-character class code. */
  classCode: string;
  /** The seat number the student typed (1–999), or null when the class did not ask for one. */
  seat: number | null;
  /** Which of the class's levels: 0, 1 or 2. */
  levelIndex: number;
  kind: RegistrationKind;
  goalCount: number;
  /** Bit i: goal i met. */
  goalsMet: number;
  ended: EndReason | null;
  /** The month the run ended at (months played). */
  months: number;
  /** Yuan, rounded to ¥100. */
  money: number;
  health: number;
  family: number;
  /** Distinct walls met (from the run report: walls only, not refusals). */
  walls: number;
  twin: { goalsMet: number; money: number } | null;
  quiz: { before: number[]; after: number[] } | null;
  /** A few random bits, so that two students without seats in one class still count as two. */
  nonce: number;
}

export const CLASS_RESULT_PREFIX = 'IWC';
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ENDS: readonly (EndReason | null)[] = [null, 'months', 'goals', 'money', 'health', 'finished'];
const CHECK_BITS = 10;
const MAX_MONEY_BITS = 31;
const NONCE_BITS = 6;

class Bits {
  value = 0n;
  length = 0;
  put(x: number, width: number): this {
    if (!Number.isInteger(x) || x < 0 || x >= 2 ** width)
      throw new RangeError(`${x} does not fit ${width} bits`);
    this.value = (this.value << BigInt(width)) | BigInt(x);
    this.length += width;
    return this;
  }
  /** A signed number: 5 bits of length, then the zigzag value. */
  signed(x: number): this {
    const z = x >= 0 ? 2 * x : -2 * x - 1;
    const width = z === 0 ? 0 : Math.floor(Math.log2(z)) + 1;
    if (width > MAX_MONEY_BITS) throw new RangeError('number too large');
    return this.put(width, 5).put(z, width);
  }
}

class Reader {
  constructor(
    private value: bigint,
    private left: number,
  ) {}
  get(width: number): number {
    if (width > this.left) throw new RangeError('short');
    this.left -= width;
    return Number((this.value >> BigInt(this.left)) & ((1n << BigInt(width)) - 1n));
  }
  signed(): number {
    const width = this.get(5);
    const z = this.get(width);
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
  get rest(): number {
    return this.left;
  }
}

function checksum(value: bigint, length: number): number {
  let h = 0x811c9dc5 ^ length;
  for (const ch of value.toString(32)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return (h ^ (h >>> 16)) & ((1 << CHECK_BITS) - 1);
}

/** Encodes a class result; throws a RangeError for one a code cannot carry. */
export function encodeClassResult(r: ClassResult): string {
  const classValue = sessionCodeValue(r.classCode);
  if (classValue === null) throw new RangeError('not a class code');
  if (r.goalCount > 7) throw new RangeError('too many goals');
  const b = new Bits()
    .put(classValue, 30)
    .put(r.levelIndex, 2)
    .put(r.seat ?? 0, 10);
  b.put(r.kind === 'urban' ? 1 : 0, 1).put(r.nonce & (2 ** NONCE_BITS - 1), NONCE_BITS);
  b.put(r.goalCount, 3).put(r.goalsMet, r.goalCount).put(ENDS.indexOf(r.ended), 3);
  b.put(Math.min(63, r.months), 6).signed(Math.round(r.money / 100));
  b.put(r.health, 7).put(r.family, 7).put(Math.min(63, r.walls), 6);
  if (r.twin)
    b.put(1, 1)
      .put(r.twin.goalsMet, r.goalCount)
      .signed(Math.round(r.twin.money / 100));
  else b.put(0, 1);
  if (r.quiz) {
    const n = Math.max(r.quiz.before.length, r.quiz.after.length);
    if (n > 7) throw new RangeError('too many answers');
    b.put(1, 1).put(n, 3);
    // 0 = not answered, 1–3 = option 0–2 ... an answer is stored as option + 1 (options ≤ 3 + none).
    for (const a of [r.quiz.before, r.quiz.after])
      for (let i = 0; i < n; i++) b.put(a[i] === undefined ? 0 : a[i]! + 1, 3);
  } else b.put(0, 1);
  const pad = (5 - ((b.length + CHECK_BITS) % 5)) % 5;
  b.put(0, pad);
  b.put(checksum(b.value, b.length), CHECK_BITS);
  const chars = b.length / 5;
  let body = '';
  for (let i = chars - 1; i >= 0; i--) body += ALPHABET[Number((b.value >> BigInt(5 * i)) & 31n)];
  if (chars > 31 + 8) throw new RangeError('too long');
  return CLASS_RESULT_PREFIX + ALPHABET[chars - 8] + body;
}

export type ClassResultError = 'not-a-code' | 'too-short' | 'bad-checksum' | 'corrupt';
export type DecodedClassResult =
  | { ok: true; result: ClassResult; lang: SessionLanguage; levelId: string }
  | { ok: false; error: ClassResultError };

/** A character of a code as typed: its value, or -1 (skipped: space, dash) or -2 (not a code character). */
function charValue(ch: string): number {
  const c = ch.toUpperCase();
  if (c === 'O') return 0;
  if (c === 'I' || c === 'L') return 1;
  const i = ALPHABET.indexOf(c);
  if (i >= 0) return i;
  return /[\s-]/.test(c) ? -1 : -2;
}

/** Decodes what a student or teacher typed or pasted; never throws. */
export function decodeClassResult(input: string): DecodedClassResult {
  if (typeof input !== 'string' || input.length > 200) return { ok: false, error: 'not-a-code' };
  const text = input.trim();
  if (text.slice(0, 3).toUpperCase() !== CLASS_RESULT_PREFIX) return { ok: false, error: 'not-a-code' };
  const values: number[] = [];
  for (const ch of text.slice(3)) {
    const v = charValue(ch);
    if (v === -2) return { ok: false, error: 'corrupt' };
    if (v >= 0) values.push(v);
  }
  if (values.length < 1) return { ok: false, error: 'too-short' };
  const chars = values[0]! + 8;
  if (values.length - 1 < chars) return { ok: false, error: 'too-short' };
  if (values.length - 1 > chars) return { ok: false, error: 'corrupt' };
  let value = 0n;
  for (const v of values.slice(1)) value = (value << 5n) | BigInt(v);
  const bits = chars * 5;
  const payload = value >> BigInt(CHECK_BITS);
  if (checksum(payload, bits - CHECK_BITS) !== Number(value & BigInt(2 ** CHECK_BITS - 1)))
    return { ok: false, error: 'bad-checksum' };
  try {
    const r = new Reader(payload, bits - CHECK_BITS);
    const classCode = sessionCodeOf(r.get(30));
    const session = decodeSession(classCode);
    if (!session.ok) return { ok: false, error: 'corrupt' };
    const levelIndex = r.get(2);
    const levelId = session.session.levels[levelIndex];
    if (levelId === undefined) return { ok: false, error: 'corrupt' };
    const seat = r.get(10) || null;
    const kind: RegistrationKind = r.get(1) === 1 ? 'urban' : 'rural';
    const nonce = r.get(NONCE_BITS);
    const goalCount = r.get(3);
    const goalsMet = r.get(goalCount);
    const ended = ENDS[r.get(3)];
    if (ended === undefined) return { ok: false, error: 'corrupt' };
    const months = r.get(6);
    const money = r.signed() * 100;
    const health = r.get(7);
    const family = r.get(7);
    const walls = r.get(6);
    const twin = r.get(1) === 1 ? { goalsMet: r.get(goalCount), money: r.signed() * 100 } : null;
    let quiz: ClassResult['quiz'] = null;
    if (r.get(1) === 1) {
      const n = r.get(3);
      const read = () => {
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const a = r.get(3);
          if (a > 0) out[i] = a - 1;
        }
        return out;
      };
      const before = read();
      quiz = { before, after: read() };
    }
    if (r.rest >= 5 || health > 100 || family > 100) return { ok: false, error: 'corrupt' };
    const result: ClassResult = {
      classCode,
      seat,
      levelIndex,
      kind,
      goalCount,
      goalsMet,
      ended,
      months,
      money,
      health,
      family,
      walls,
      twin,
      quiz,
      nonce,
    };
    return { ok: true, result, lang: session.session.lang, levelId };
  } catch {
    return { ok: false, error: 'corrupt' };
  }
}

/** The code in groups of five for reading and copying by hand; the reader skips the spaces. */
export function groupClassResult(code: string): string {
  return code.replace(/(.{5})(?=.)/g, '$1 ');
}

/**
 * Every class result code in pasted text, normalised (upper case, no spaces), in order: found by
 * "IWC" (any case, not glued to a word before it), read across spaces, dashes and line breaks for
 * as many characters as its length character says. Linear in the text's length.
 */
export function findClassResults(text: string): string[] {
  const out: string[] = [];
  if (typeof text !== 'string') return out;
  const re = /iwc/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text[m.index - 1];
    if (before !== undefined && /[A-Za-z0-9_]/.test(before)) continue;
    let need = -1;
    let code = CLASS_RESULT_PREFIX;
    let i = m.index + 3;
    for (; i < text.length && need !== 0; i++) {
      const v = charValue(text[i]!);
      if (v === -2) break;
      if (v === -1) continue;
      code += ALPHABET[v];
      need = need < 0 ? v + 8 : need - 1;
    }
    if (need === 0) {
      out.push(code);
      re.lastIndex = i;
    }
  }
  return out;
}

/** Bit i set: goal i of the level (in level order) was met in this life. */
function goalMask(level: Level, life: LifeReport): number {
  const met = new Set(life.outcome.goals.filter((g) => g.met).map((g) => g.id));
  return level.goals.slice(0, 7).reduce((mask, g, i) => (met.has(g.id) ? mask + 2 ** i : mask), 0);
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));

/** A finished class level's result, read from the run's one report (walls only, not refusals). */
export function classResultFromReport(
  level: Level,
  rep: RunReport,
  who: {
    classCode: string;
    seat: number | null;
    levelIndex: number;
    kind: RegistrationKind;
    quiz: ClassResult['quiz'];
    nonce: number;
  },
): ClassResult {
  const o = rep.you.outcome;
  return {
    classCode: who.classCode,
    seat: who.seat,
    levelIndex: who.levelIndex,
    kind: who.kind,
    goalCount: Math.min(7, level.goals.length),
    goalsMet: goalMask(level, rep.you),
    ended: o.ended,
    months: clamp(o.month, 0, 63),
    money: Math.round(rep.summary.money / 100) * 100 || 0,
    health: clamp(o.stats.health, 0, 100),
    family: clamp(o.stats.family, 0, 100),
    walls: clamp(rep.summary.walls.length, 0, 63),
    twin: rep.twin
      ? {
          goalsMet: goalMask(level, rep.twin),
          money: Math.round(rep.twin.state.stats.money / 100) * 100 || 0,
        }
      : null,
    quiz: who.quiz,
    nonce: who.nonce & (2 ** NONCE_BITS - 1),
  };
}

/** The same code with the answers given so far (the after answers come once the class is done). */
export function withAnswers(code: string, quiz: ClassResult['quiz']): string {
  const d = decodeClassResult(code);
  return d.ok ? encodeClassResult({ ...d.result, quiz }) : code;
}
