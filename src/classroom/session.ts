// Class sessions without a server: the session itself is packed into an 8-character code that
// students can type (no 0/O/1/I/L), and into the join link. Decoding treats its input as hostile.
// A class whose teacher switched single questions off gets a 9-character code (version B): the
// same six payload characters, then one character naming the questions left out.
import { LEVEL_ORDER } from '../content/level-order';
import type { LevelRegistration, RegistrationKind } from '../rules/types';
import {
  type CodeError,
  type CodeFormat,
  codeFormat,
  codeUrl,
  type Decoded,
  readCodeParam,
} from '../share/envelope';

export type Assignment = 'draw' | 'alternate' | 'rural' | 'urban';
export type SessionLanguage = 'en' | 'zh-Hans';

export interface ClassSession {
  v: 1;
  /** 1–3 level ids, played in this order. */
  levels: string[];
  /** Every student meets the same luck; below SESSION_SEED_LIMIT. */
  seed: number;
  assign: Assignment;
  lang: SessionLanguage;
  quiz: boolean;
  /**
   * The class's questions (quiz.ts questionsFor) the teacher switched off: bit i = question i.
   * 0 or absent: every question is asked. Never all of them: that is `quiz: false`.
   */
  questionsOff?: number;
}

export type DecodedSession = { ok: true; session: ClassSession } | { ok: false; error: CodeError };

export const SESSION_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const SESSION_CODE_LENGTH = 8;
/** A class code with questions switched off: version B, one more character. */
export const SESSION_CODE_LENGTH_TAILORED = 9;
/** The questions a code can switch off: bits 0–4 (a class asks at most five), not all at once. */
export const QUESTIONS_OFF_LIMIT = 31;
export const SESSION_SEED_LIMIT = 29_000;

/**
 * The levels a code can name, by slot. Append only: a slot's meaning never changes, and an older
 * game that meets a slot it does not know answers `newer-version`. The slots were laid out in play
 * order and the play order has only ever grown at its end, so the slots are the play order. The
 * day a level goes anywhere but the end of `LEVEL_ORDER`, write this list out as it stood and
 * append the new level: tests/unit/classroom-session.test.ts decodes one code per slot made by an
 * earlier game and fails when a slot names another level.
 */
export const SESSION_LEVELS: readonly string[] = LEVEL_ORDER;

const SLOTS = 12;
const ASSIGNMENTS: readonly Assignment[] = ['draw', 'alternate', 'rural', 'urban'];
const LANGS: readonly SessionLanguage[] = ['en', 'zh-Hans'];
/** The first character names the format's version: A is version 1. */
const VERSION_CHARS = 'ABCDEFGHJKMNPQRSTUVWXYZ';
const VERSION = 2;
/** Version 2 (B) is version 1's payload with the questions-off character before the check. */
const TAILORED = 2;
const RADIX = BigInt(SESSION_ALPHABET.length);
const PAYLOAD_CHARS = SESSION_CODE_LENGTH - 2;
const SPACE = RADIX ** BigInt(PAYLOAD_CHARS);
// A bijection on the payload space, so that neighbouring sessions get unrelated-looking codes.
const SPREAD = 387_420_489n; // 3^18, coprime to 31^6
const SHIFT = 512_345_678n;
const UNSPREAD = inverse(SPREAD, SPACE);
const LEVEL_SEQUENCES = SLOTS + SLOTS ** 2 + SLOTS ** 3;

function inverse(a: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}

/** The check character: a weighted sum mod 31 catches every single wrong character and every swap of neighbours. */
function checkChar(chars: string): string {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) sum += (i + 1) * SESSION_ALPHABET.indexOf(chars[i]!);
  return SESSION_ALPHABET[sum % SESSION_ALPHABET.length]!;
}

/** Why a session cannot be put into a code, or null when it can. */
export function sessionProblem(s: ClassSession): string | null {
  if (typeof s !== 'object' || s === null || s.v !== 1) return 'not a version 1 session';
  if (!Array.isArray(s.levels) || s.levels.length < 1 || s.levels.length > 3) return 'expected 1–3 levels';
  const unknown = s.levels.find((id) => !SESSION_LEVELS.includes(id));
  if (unknown !== undefined) return `level "${unknown}" has no session slot; append it to SESSION_LEVELS`;
  if (!Number.isInteger(s.seed) || s.seed < 0 || s.seed >= SESSION_SEED_LIMIT)
    return `seed must be an integer from 0 to ${SESSION_SEED_LIMIT - 1}`;
  if (!ASSIGNMENTS.includes(s.assign)) return 'unknown assignment';
  if (!LANGS.includes(s.lang)) return 'unknown language';
  if (typeof s.quiz !== 'boolean') return 'quiz must be true or false';
  const off = s.questionsOff ?? 0;
  if (!Number.isInteger(off) || off < 0 || off >= QUESTIONS_OFF_LIMIT)
    return `questionsOff must be an integer from 0 to ${QUESTIONS_OFF_LIMIT - 1} (all five off is quiz: false)`;
  if (off !== 0 && !s.quiz) return 'questions can be switched off only when the class has questions';
  return null;
}

/** The 8-character class code; throws a RangeError for a session that cannot be encoded (see sessionProblem). */
export function encodeSession(session: ClassSession): string {
  return CLASS_CODE.encode(session);
}

function encode(session: ClassSession): string {
  const problem = sessionProblem(session);
  if (problem) throw new RangeError(problem);
  let levels = 0;
  for (const id of session.levels) levels = levels * SLOTS + SESSION_LEVELS.indexOf(id);
  levels += [0, 0, SLOTS, SLOTS + SLOTS ** 2][session.levels.length]!;
  let value = BigInt(levels);
  value = value * 4n + BigInt(ASSIGNMENTS.indexOf(session.assign));
  value = value * 2n + BigInt(LANGS.indexOf(session.lang));
  value = value * 2n + (session.quiz ? 1n : 0n);
  value = value * BigInt(SESSION_SEED_LIMIT) + BigInt(session.seed);
  value = (value * SPREAD + SHIFT) % SPACE;
  let payload = '';
  for (let i = 0; i < PAYLOAD_CHARS; i++) {
    payload = SESSION_ALPHABET[Number(value % RADIX)]! + payload;
    value /= RADIX;
  }
  const off = session.questionsOff ?? 0;
  const body =
    off === 0 ? VERSION_CHARS[0]! + payload : VERSION_CHARS[TAILORED - 1]! + payload + SESSION_ALPHABET[off]!;
  return body + checkChar(body);
}

/** What students type: upper or lower case, with spaces or dashes anywhere. */
function normalize(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

const checkHolds = (code: string) => checkChar(code.slice(0, -1)) === code.slice(-1);

/**
 * The class code in the envelope: what a student typed is screened (any case, spaces and dashes
 * dropped, at most 64 characters typed, only the alphabet's characters), then read as
 * version character + six payload characters (+ questions off) + check character.
 */
export const CLASS_CODE: CodeFormat<ClassSession> = codeFormat({
  name: 'class',
  param: 'class',
  screen: { maxInput: 64, normalize, chars: new RegExp(`^[${SESSION_ALPHABET}]*$`) },
  encode,
  unwrap,
  checksumHolds: (code) => code.length > 1 && checkHolds(code),
});

/** Decodes whatever a student typed; never throws. */
export function decodeSession(input: string): DecodedSession {
  return asSession(CLASS_CODE.decode(input));
}

const asSession = (d: Decoded<ClassSession>): DecodedSession => (d.ok ? { ok: true, session: d.value } : d);

function unwrap(code: string): Decoded<ClassSession> {
  const version = VERSION_CHARS.indexOf(code[0]!) + 1;
  // A newer game's code may be longer: it is refused as newer only when its check character holds.
  if (version > VERSION && code.length > SESSION_CODE_LENGTH)
    return checkHolds(code) ? { ok: false, error: 'newer-version' } : { ok: false, error: 'bad-checksum' };
  const length = version === TAILORED ? SESSION_CODE_LENGTH_TAILORED : SESSION_CODE_LENGTH;
  if (code.length < length) return { ok: false, error: 'too-short' };
  if (code.length > length) return { ok: false, error: 'too-long' };
  const body = code.slice(0, -1);
  if (!checkHolds(code)) return { ok: false, error: 'bad-checksum' };
  if (version === 0) return { ok: false, error: 'unknown-version' };
  if (version > VERSION) return { ok: false, error: 'newer-version' };
  const questionsOff = version === TAILORED ? SESSION_ALPHABET.indexOf(body[PAYLOAD_CHARS + 1]!) : 0;
  // Version B always switches something off: "none off" has one spelling, version A.
  if (version === TAILORED && questionsOff === 0) return { ok: false, error: 'corrupt' };
  let value = 0n;
  for (const ch of body.slice(1, 1 + PAYLOAD_CHARS))
    value = value * RADIX + BigInt(SESSION_ALPHABET.indexOf(ch));
  value = (((value - SHIFT + SPACE) % SPACE) * UNSPREAD) % SPACE;
  const seed = Number(value % BigInt(SESSION_SEED_LIMIT));
  value /= BigInt(SESSION_SEED_LIMIT);
  const quiz = value % 2n === 1n;
  value /= 2n;
  const lang = LANGS[Number(value % 2n)]!;
  value /= 2n;
  const assign = ASSIGNMENTS[Number(value % 4n)]!;
  let levelsValue = Number(value / 4n);
  if (levelsValue >= LEVEL_SEQUENCES) return { ok: false, error: 'corrupt' };
  const count = levelsValue < SLOTS ? 1 : levelsValue < SLOTS + SLOTS ** 2 ? 2 : 3;
  levelsValue -= [0, 0, SLOTS, SLOTS + SLOTS ** 2][count]!;
  const slots: number[] = [];
  for (let i = 0; i < count; i++) {
    slots.unshift(levelsValue % SLOTS);
    levelsValue = Math.floor(levelsValue / SLOTS);
  }
  if (slots.some((slot) => slot >= SESSION_LEVELS.length)) return { ok: false, error: 'newer-version' };
  const levels = slots.map((slot) => SESSION_LEVELS[slot]!);
  if (questionsOff !== 0 && !quiz) return { ok: false, error: 'corrupt' };
  const session: ClassSession = { v: 1, levels, seed, assign, lang, quiz };
  if (questionsOff !== 0) session.questionsOff = questionsOff;
  return { ok: true, value: session };
}

/**
 * The class code as a number below 31^6 (its payload) and the questions it switches off, for the
 * class result code to carry.
 */
export function sessionCodeValue(code: string): { value: number; questionsOff: number } | null {
  const c = normalize(code);
  const d = decodeSession(c);
  if (!d.ok) return null;
  let value = 0;
  for (const ch of c.slice(1, 1 + PAYLOAD_CHARS))
    value = value * SESSION_ALPHABET.length + SESSION_ALPHABET.indexOf(ch);
  return { value, questionsOff: d.session.questionsOff ?? 0 };
}

/** The class code whose payload is `value` and that switches `questionsOff` off (see sessionCodeValue). */
export function sessionCodeOf(value: number, questionsOff = 0): string {
  let payload = '';
  for (let i = 0, v = value; i < PAYLOAD_CHARS; i++, v = Math.floor(v / SESSION_ALPHABET.length))
    payload = SESSION_ALPHABET[v % SESSION_ALPHABET.length]! + payload;
  const body =
    questionsOff === 0
      ? VERSION_CHARS[0]! + payload
      : VERSION_CHARS[TAILORED - 1]! + payload + SESSION_ALPHABET[questionsOff % SESSION_ALPHABET.length]!;
  return body + checkChar(body);
}

/** The code grouped for the projector and for reading aloud: "ABCD-EFGH" (or "ABCD-EFGH-J"). */
export function formatSessionCode(code: string): string {
  return code.length > SESSION_CODE_LENGTH
    ? `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`
    : `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The join link: the page's address with `class=CODE` in its query. */
export function classUrl(baseUrl: string, session: ClassSession): string {
  return codeUrl(CLASS_CODE, baseUrl, session);
}

/** Reads `class=` from a location's search string: null when there is none, else the decoded code. */
export function readClassParam(search: string): DecodedSession | null {
  const d = readCodeParam(CLASS_CODE, search);
  return d && asSession(d);
}

/**
 * The registration a student plays: the teacher's choice, or half and half by the seat number the
 * student types (odd seats rural, even seats urban), or a draw with `drawRoll` in [0, 1) when
 * the mode is "draw" or no usable seat number was given.
 */
export function registrationFor(
  session: ClassSession,
  seatNumber: number | null,
  drawRoll: number,
): RegistrationKind {
  if (session.assign === 'rural' || session.assign === 'urban') return session.assign;
  if (session.assign === 'alternate' && seatNumber !== null && Number.isSafeInteger(seatNumber))
    return Math.abs(seatNumber) % 2 === 1 ? 'rural' : 'urban';
  return drawRoll >= 0.5 ? 'urban' : 'rural';
}

/** The level's registration of that kind: a rural hukou from elsewhere, or the city's own urban hukou. */
export function registrationIdFor(
  registrations: readonly LevelRegistration[],
  kind: RegistrationKind,
): string | undefined {
  const preferred = kind === 'rural' ? 'elsewhere' : 'local';
  const ofKind = registrations.filter((r) => r.kind === kind);
  return (ofKind.find((r) => r.place === preferred) ?? ofKind[0])?.id;
}
