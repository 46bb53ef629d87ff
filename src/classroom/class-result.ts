// The class result code: one short code per finished class level, handed in at once. It carries
// the class code, the seat, which of the class's levels, the registration kind, the outcome
// report's summary (the walls met, named; the twin; what each reform lens showed) and the answers
// when given. Nothing else.
//
// Format (its screening and errors are the one envelope's, share/envelope.ts: CLASS_RESULT_CODE):
//   "IWC" + L + body, where L (one character) says how many body characters follow (L + 16).
//   "IWD" is the same for a class whose teacher switched single questions off: five more bits
//   after the class code's payload name them (the 9-character class code, session.ts).
// Walls are named by their place in the level's list of possible walls (classWallKeys: the
// actions and card choices with a requirement first, so that the mask stays short); a reform lens
// says which of those walls fell, how many goals you met under it and whether the twin gap shrank.
// Characters are Crockford base 32 (0-9, A-Z without I L O U); a reader takes any case, skips
// spaces, line breaks and dashes, and reads O as 0 and I/L as 1. The body is a bit string, most
// significant first, ending in a 10-bit checksum.
import type { LifeReport, RunReport } from '../rules/report';
import type { EndReason, Level, RegistrationKind } from '../rules/types';
import { type CodeError, type CodeFormat, codeFormat, type Decoded } from '../share/envelope';
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
  /** Distinct walls met (from the run report: walls only, not refusals), as indices into classWallKeys(level), ascending. */
  walls: number[];
  twin: { goalsMet: number; money: number } | null;
  /** What the reform lenses showed, one per reform of the level other than the one played. */
  reforms: ClassReform[];
  /** Answer indices (0–3) before and after, by question. */
  quiz: { before: number[]; after: number[] } | null;
  /** A few random bits, so that two students without seats in one class still count as two (0 with a seat). */
  nonce: number;
}

/** One reform lens, as a class code carries it. */
export interface ClassReform {
  /** The reform's place in the level's policies list (0–3). */
  policy: number;
  /** The walls (indices into classWallKeys, a subset of ClassResult.walls) that fell under it. */
  fell: number[];
  /** Goals you would have met under it. */
  goals: number;
  /** Whether the gap to your twin shrank under it (money or goals). */
  shrank: boolean;
}

export const CLASS_RESULT_PREFIX = 'IWC';
/** The prefix of a class result from a class with questions switched off. */
export const TAILORED_RESULT_PREFIX = 'IWD';
const QUESTIONS_OFF_BITS = 5;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ENDS: readonly (EndReason | null)[] = [null, 'months', 'goals', 'money', 'health', 'finished'];
const CHECK_BITS = 10;
const MAX_MONEY_BITS = 31;
const NONCE_BITS = 6;
/** Answers are stored as option + 1 (0 = none), all of them together as one base-5 number. */
const ANSWER_RADIX = 5;
const WALL_LIST_BITS = 6;
const LENGTH_OFFSET = 16;
const MAX_CHARS = LENGTH_OFFSET + 31;

const bitLength = (x: bigint) => (x === 0n ? 0 : x.toString(2).length);

/**
 * The level's possible walls, in the order a class code names them: venue actions and card
 * choices with a requirement (only those can meet a wall), then the rest, each in level order.
 */
export function classWallKeys(level: Pick<Level, 'venues' | 'events'>): string[] {
  const actions = level.venues.flatMap((v) =>
    v.actions.map((a) => ({ key: `${v.id}/${a.id}`, req: !!a.requires })),
  );
  const choices = level.events.flatMap((e) =>
    (e.choices ?? []).map((c) => ({ key: `${e.id}/${c.id}`, req: !!c.requires })),
  );
  const all = [...actions, ...choices];
  return [...all.filter((k) => k.req), ...all.filter((k) => !k.req)].map((k) => k.key);
}

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
  big(x: bigint, width: number): this {
    if (x < 0n || bitLength(x) > width) throw new RangeError('does not fit');
    this.value = (this.value << BigInt(width)) | x;
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
  big(width: number): bigint {
    if (width > this.left) throw new RangeError('short');
    this.left -= width;
    return (this.value >> BigInt(this.left)) & ((1n << BigInt(width)) - 1n);
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

const bitsOf = (indices: readonly number[]) => indices.reduce((m, i) => m | (1n << BigInt(i)), 0n);
const indicesOf = (mask: bigint) => {
  const out: number[] = [];
  for (let i = 0; mask >> BigInt(i) > 0n; i++) if ((mask >> BigInt(i)) & 1n) out.push(i);
  return out;
};

function encodeBody(r: ClassResult): Bits {
  const classValue = sessionCodeValue(r.classCode);
  if (classValue === null) throw new RangeError('not a class code');
  if (r.goalCount > 7) throw new RangeError('too many goals');
  const b = new Bits().put(classValue.value, 30);
  if (classValue.questionsOff !== 0) b.put(classValue.questionsOff, QUESTIONS_OFF_BITS);
  b.put(r.levelIndex, 2).put(r.kind === 'urban' ? 1 : 0, 1);
  // A seat (1–63 in 6 bits, up to 999 in 10) or, without one, the nonce.
  if (r.seat === null) b.put(0, 1).put(r.nonce & (2 ** NONCE_BITS - 1), NONCE_BITS);
  else if (r.seat < 64) b.put(1, 1).put(0, 1).put(r.seat, 6);
  else b.put(1, 1).put(1, 1).put(r.seat, 10);
  b.put(r.goalCount, 3).put(r.goalsMet, r.goalCount).put(ENDS.indexOf(r.ended), 3);
  b.put(Math.min(63, r.months), 6).signed(Math.round(r.money / 100));
  b.put(r.health, 7).put(r.family, 7);
  // The walls: how long the mask is (highest wall + 1), then the mask, lowest wall last.
  const walls = [...new Set(r.walls)].sort((x, y) => x - y);
  const wallBits = walls.length ? walls[walls.length - 1]! + 1 : 0;
  b.put(wallBits, WALL_LIST_BITS).big(bitsOf(walls), wallBits);
  if (r.twin)
    b.put(1, 1)
      .put(r.twin.goalsMet, r.goalCount)
      .signed(Math.round(r.twin.money / 100));
  else b.put(0, 1);
  // Each reform: which, which of your walls fell (one bit per wall of yours), goals, shrank.
  if (r.reforms.length > 3) throw new RangeError('too many reforms');
  b.put(r.reforms.length, 2);
  for (const f of r.reforms) {
    const fell = new Set(f.fell);
    b.put(f.policy, 2);
    for (const w of walls) b.put(fell.has(w) ? 1 : 0, 1);
    b.put(f.goals, 3).put(f.shrank ? 1 : 0, 1);
  }
  if (r.quiz) {
    const n = Math.max(r.quiz.before.length, r.quiz.after.length);
    if (n > 7) throw new RangeError('too many answers');
    b.put(1, 1).put(n, 3);
    let value = 0n;
    for (const a of [r.quiz.before, r.quiz.after])
      for (let i = 0; i < n; i++) {
        const x = a[i];
        if (x !== undefined && (!Number.isInteger(x) || x < 0 || x >= ANSWER_RADIX - 1))
          throw new RangeError('answer out of range');
        value = value * BigInt(ANSWER_RADIX) + BigInt(x === undefined ? 0 : x + 1);
      }
    b.big(value, bitLength(BigInt(ANSWER_RADIX) ** BigInt(2 * n) - 1n));
  } else b.put(0, 1);
  return b;
}

/**
 * Encodes a class result; throws a RangeError for one a code cannot carry. A result too long for a
 * code (a great many walls and reforms) drops the reform lenses first, then the walls' names.
 */
export function encodeClassResult(r: ClassResult): string {
  let b = encodeBody(r);
  if (b.length + CHECK_BITS > MAX_CHARS * 5) b = encodeBody({ ...r, reforms: [] });
  if (b.length + CHECK_BITS > MAX_CHARS * 5) b = encodeBody({ ...r, reforms: [], walls: [] });
  const pad = (5 - ((b.length + CHECK_BITS) % 5)) % 5;
  b.put(0, pad);
  b.put(checksum(b.value, b.length), CHECK_BITS);
  const chars = b.length / 5;
  if (chars > MAX_CHARS) throw new RangeError('too long');
  let body = '';
  for (let i = chars - 1; i >= 0; i--) body += ALPHABET[Number((b.value >> BigInt(5 * i)) & 31n)];
  const prefix = sessionCodeValue(r.classCode)?.questionsOff ? TAILORED_RESULT_PREFIX : CLASS_RESULT_PREFIX;
  return prefix + ALPHABET[chars - LENGTH_OFFSET] + body;
}

/** What a class result code holds, with what its class code says: the class's language and the level. */
export type DecodedClassResult =
  | { ok: true; result: ClassResult; lang: SessionLanguage; levelId: string }
  | { ok: false; error: CodeError };

/** A character of a code as typed: its value, or -1 (skipped: space, dash) or -2 (not a code character). */
function charValue(ch: string): number {
  const c = ch.toUpperCase();
  if (c === 'O') return 0;
  if (c === 'I' || c === 'L') return 1;
  const i = ALPHABET.indexOf(c);
  if (i >= 0) return i;
  return /[\s-]/.test(c) ? -1 : -2;
}

/** The body of a screened code (prefix, length character, bits), or why it is not one: before the checksum. */
function bodyOf(
  code: string,
): { ok: true; prefix: string; value: bigint; bits: number } | { ok: false; error: CodeError } {
  const prefix = code.slice(0, 3);
  if (prefix !== CLASS_RESULT_PREFIX && prefix !== TAILORED_RESULT_PREFIX)
    return { ok: false, error: 'unknown-version' };
  const values = [...code.slice(3)].map(charValue);
  if (values.length < 1) return { ok: false, error: 'too-short' };
  const chars = values[0]! + LENGTH_OFFSET;
  if (values.length - 1 < chars) return { ok: false, error: 'too-short' };
  if (values.length - 1 > chars) return { ok: false, error: 'too-long' };
  let value = 0n;
  for (const v of values.slice(1)) value = (value << 5n) | BigInt(v);
  return { ok: true, prefix, value, bits: chars * 5 };
}

const checksumHolds = (value: bigint, bits: number) =>
  checksum(value >> BigInt(CHECK_BITS), bits - CHECK_BITS) === Number(value & BigInt(2 ** CHECK_BITS - 1));

function unwrap(code: string): Decoded<ClassResult> {
  const body = bodyOf(code);
  if (!body.ok) return body;
  const { prefix, value, bits } = body;
  if (!checksumHolds(value, bits)) return { ok: false, error: 'bad-checksum' };
  try {
    const r = new Reader(value >> BigInt(CHECK_BITS), bits - CHECK_BITS);
    const classValue = r.get(30);
    const questionsOff = prefix === TAILORED_RESULT_PREFIX ? r.get(QUESTIONS_OFF_BITS) : 0;
    if (prefix === TAILORED_RESULT_PREFIX && questionsOff === 0) return { ok: false, error: 'corrupt' };
    const classCode = sessionCodeOf(classValue, questionsOff);
    const session = decodeSession(classCode);
    if (!session.ok) return { ok: false, error: 'corrupt' };
    const levelIndex = r.get(2);
    if (session.session.levels[levelIndex] === undefined) return { ok: false, error: 'corrupt' };
    const kind: RegistrationKind = r.get(1) === 1 ? 'urban' : 'rural';
    let seat: number | null = null;
    let nonce = 0;
    if (r.get(1) === 0) nonce = r.get(NONCE_BITS);
    else seat = r.get(r.get(1) === 0 ? 6 : 10);
    if (seat === 0) return { ok: false, error: 'corrupt' };
    const goalCount = r.get(3);
    const goalsMet = r.get(goalCount);
    const ended = ENDS[r.get(3)];
    if (ended === undefined) return { ok: false, error: 'corrupt' };
    const months = r.get(6);
    const money = r.signed() * 100;
    const health = r.get(7);
    const family = r.get(7);
    const wallBits = r.get(WALL_LIST_BITS);
    const walls = indicesOf(r.big(wallBits));
    const twin = r.get(1) === 1 ? { goalsMet: r.get(goalCount), money: r.signed() * 100 } : null;
    const reforms: ClassReform[] = [];
    for (let k = r.get(2); k > 0; k--) {
      const policy = r.get(2);
      const fell = walls.filter(() => r.get(1) === 1);
      reforms.push({ policy, fell, goals: r.get(3), shrank: r.get(1) === 1 });
    }
    let quiz: ClassResult['quiz'] = null;
    if (r.get(1) === 1) {
      const n = r.get(3);
      const radix = BigInt(ANSWER_RADIX);
      let value = r.big(bitLength(radix ** BigInt(2 * n) - 1n));
      const digits: number[] = [];
      for (let i = 0; i < 2 * n; i++) {
        digits.unshift(Number(value % radix));
        value /= radix;
      }
      if (value !== 0n) return { ok: false, error: 'corrupt' };
      const read = (from: number) => {
        const out: number[] = [];
        for (let i = 0; i < n; i++) if (digits[from + i]! > 0) out[i] = digits[from + i]! - 1;
        return out;
      };
      quiz = { before: read(0), after: read(n) };
    }
    if (r.rest >= 5 || health > 100 || family > 100 || (wallBits > 0 && walls.at(-1) !== wallBits - 1))
      return { ok: false, error: 'corrupt' };
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
      reforms,
      quiz,
      nonce,
    };
    return { ok: true, value: result };
  } catch {
    return { ok: false, error: 'corrupt' };
  }
}

/**
 * The class result code in the one envelope (share/envelope.ts): what was typed or pasted is
 * screened (at most 200 characters; blank space and dashes dropped; any case; U is never in a
 * code), then read as prefix, length character, body and checksum. Handed on by hand: no link.
 */
export const CLASS_RESULT_CODE: CodeFormat<ClassResult> = codeFormat({
  name: 'class-result',
  param: null,
  screen: {
    maxInput: 200,
    normalize: (text) => text.toUpperCase().replace(/[\s-]/g, ''),
    chars: /^[0-9A-TV-Z]*$/,
  },
  encode: encodeClassResult,
  unwrap,
  checksumHolds: (code) => {
    const body = bodyOf(code);
    return body.ok && checksumHolds(body.value, body.bits);
  },
});

/** Decodes what a student or teacher typed or pasted, with the class's language and level; never throws. */
export function decodeClassResult(input: string): DecodedClassResult {
  const d = CLASS_RESULT_CODE.decode(input);
  if (!d.ok) return d;
  const session = decodeSession(d.value.classCode);
  const levelId = session.ok ? session.session.levels[d.value.levelIndex] : undefined;
  // unwrap has read both already: a result whose class code or level did not read is corrupt there.
  if (!session.ok || levelId === undefined) return { ok: false, error: 'corrupt' };
  return { ok: true, result: d.value, lang: session.session.lang, levelId };
}

/** The code in groups of five for reading and copying by hand; the reader skips the spaces. */
export function groupClassResult(code: string): string {
  return code.replace(/(.{5})(?=.)/g, '$1 ');
}

/**
 * Every class result code in pasted text, normalised (upper case, no spaces), in order: found by
 * "IWC" or "IWD" (any case, not glued to a word before it), read across spaces, dashes and line breaks for
 * as many characters as its length character says. Linear in the text's length.
 */
export function findClassResults(text: string): string[] {
  const out: string[] = [];
  if (typeof text !== 'string') return out;
  const re = /iw[cd]/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text[m.index - 1];
    if (before !== undefined && /[A-Za-z0-9_]/.test(before)) continue;
    let need = -1;
    let code = m[0].toUpperCase();
    let i = m.index + 3;
    for (; i < text.length && need !== 0; i++) {
      const v = charValue(text[i]!);
      if (v === -2) break;
      if (v === -1) continue;
      code += ALPHABET[v];
      need = need < 0 ? v + LENGTH_OFFSET : need - 1;
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
  const keys = classWallKeys(level);
  const index = (key: string) => keys.indexOf(key);
  const walls = rep.summary.walls
    .map(index)
    .filter((i) => i >= 0 && i < 2 ** WALL_LIST_BITS - 1)
    .sort((a, b) => a - b);
  const reforms: ClassReform[] = rep.reforms
    .filter((l) => l.policyId !== rep.policyId)
    .map((l) => ({ lens: l, policy: level.policies.indexOf(l.policyId) }))
    .filter(({ policy }) => policy >= 0 && policy < 4)
    .slice(0, 3)
    .map(({ lens, policy }) => ({
      policy,
      fell: lens.wallsFell
        .map(index)
        .filter((i) => walls.includes(i))
        .sort((a, b) => a - b),
      goals: Math.min(7, lens.you.outcome.goals.filter((g) => g.met).length),
      shrank: lens.closed !== null && (lens.closed.money > 0 || lens.closed.goals > 0),
    }));
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
    walls,
    twin: rep.twin
      ? {
          goalsMet: goalMask(level, rep.twin),
          money: Math.round(rep.twin.state.stats.money / 100) * 100 || 0,
        }
      : null,
    reforms,
    quiz: who.quiz,
    nonce: who.seat === null ? who.nonce & (2 ** NONCE_BITS - 1) : 0,
  };
}

/** The same code with the answers given so far (the after answers come once the class is done). */
export function withAnswers(code: string, quiz: ClassResult['quiz']): string {
  const d = decodeClassResult(code);
  return d.ok ? encodeClassResult({ ...d.result, quiz }) : code;
}
