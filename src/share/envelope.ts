// The one envelope of every shareable code (the result code, the run link code, the class code and
// the class result code): one error type, one decoded shape, one screening of what was typed or
// pasted, one way to put a code in a link and read it back, and the byte layout the result and run codes share
// (`<letters><version><separator><base64url(mode ‖ data ‖ crc32)>`). A format is a CodeFormat made
// here (codeFormat, or bytesFormat for the byte layout); its own module says only what its payload
// holds. Decoding never throws: every failure is a CodeError value.
import { deflateSync, inflateSync } from 'fflate';
import {
  type ByteReader,
  ByteWriter,
  crc32,
  DICTIONARY_V1,
  fromBase64Url,
  parseWith,
  StringTable,
  toBase64Url,
  WORDS_V1,
} from './codec';
import { readParam, withParam } from './query';

/** Why a text is not a code of a format, in the order the checks are made. */
export const CODE_ERRORS = [
  'empty',
  'too-long',
  /** Fewer characters than the format's length (a typed code: the class code, a class result). */
  'too-short',
  'bad-characters',
  'bad-checksum',
  'newer-version',
  'unknown-version',
  'corrupt',
] as const;
export type CodeError = (typeof CODE_ERRORS)[number];

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: CodeError };

/** What any code's text must pass before its layout is read. */
export interface Screen {
  /** Longest input looked at, before `normalize`: anything longer is `too-long` unread. */
  maxInput: number;
  /** Drops what a person adds around or inside a code (blank space, dashes, case). */
  normalize(text: string): string;
  /** Longest code after `normalize`, when the format has one length cap. */
  maxLength?: number;
  /** Every character a code of the format may hold. */
  chars: RegExp;
}

/** The checks every format starts with: a string, not too long, not empty, only its characters. */
export function screen(rules: Screen, input: unknown): Decoded<string> {
  if (typeof input !== 'string') return { ok: false, error: 'corrupt' };
  if (input.length > rules.maxInput) return { ok: false, error: 'too-long' };
  const code = rules.normalize(input);
  if (code.length === 0) return { ok: false, error: 'empty' };
  if (rules.maxLength !== undefined && code.length > rules.maxLength) return { ok: false, error: 'too-long' };
  if (!rules.chars.test(code)) return { ok: false, error: 'bad-characters' };
  return { ok: true, value: code };
}

/** A code format: a value to text and back, through the envelope. */
export interface CodeFormat<T> {
  /** The format's name, as the docs and tests call it. */
  readonly name: 'result' | 'run' | 'class' | 'class-result';
  /** The link parameter that carries the code (`?run=…`), or null for a code handed on by hand. */
  readonly param: string | null;
  /** The code of a value; throws a RangeError for a value the format cannot carry. */
  encode(value: T): string;
  /** Any input to a value or the reason it is not a code of this format; never throws. */
  decode(input: unknown): Decoded<T>;
  /** Whether this input passes the screening and the layout's checksum (any version). */
  checksumHolds(input: unknown): boolean;
}

/**
 * A format with its own layout: decoding screens the input, then `unwrap` reads the screened,
 * normalised text. Every format is made by this function (bytesFormat included).
 */
export function codeFormat<T>(spec: {
  name: CodeFormat<T>['name'];
  param: string | null;
  screen: Screen;
  encode(value: T): string;
  unwrap(code: string): Decoded<T>;
  checksumHolds(code: string): boolean;
}): CodeFormat<T> {
  return {
    name: spec.name,
    param: spec.param,
    encode: spec.encode,
    decode(input) {
      const screened = screen(spec.screen, input);
      return screened.ok ? spec.unwrap(screened.value) : screened;
    },
    checksumHolds(input) {
      const screened = screen(spec.screen, input);
      return screened.ok && spec.checksumHolds(screened.value);
    },
  };
}

/** The link with a format's code of `value` in its query (any old one replaced, the hash kept). */
export function codeUrl<T>(format: CodeFormat<T>, baseUrl: string, value: T): string {
  if (format.param === null) throw new TypeError(`a ${format.name} code has no link`);
  return withParam(baseUrl, format.param, format.encode(value));
}

/** The format's code in a location's search string: null when there is none, else its decoding. */
export function readCodeParam<T>(format: CodeFormat<T>, search: string): Decoded<T> | null {
  if (format.param === null) return null;
  const code = readParam(search, format.param);
  if (code === null) return null;
  return code === undefined ? { ok: false, error: 'bad-characters' } : format.decode(code);
}

function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0x7f;
  return out;
}

/** How a code's text is laid out: `<letters><version><separator><base64url(mode ‖ data ‖ crc32)>`. */
export interface Envelope {
  letters: string;
  separator: '.' | '-';
  version: number;
  /** Longest code text accepted, in characters. */
  maxLength: number;
  /** Largest payload accepted after inflating, in bytes. */
  maxPayload: number;
  /** A preset deflate dictionary of words the payloads often hold; frozen with the version. */
  dictionary: Uint8Array;
  /** The word list the string table may refer to (append only). */
  words: readonly string[];
}

/**
 * A byte layout of version 1, with version 1's word list and deflate dictionary (frozen with it):
 * `letters` and `separator` start the code; at most `maxLength` characters and `maxPayload` bytes.
 */
export function envelopeV1(
  letters: string,
  separator: Envelope['separator'],
  maxLength: number,
  maxPayload: number,
): Envelope {
  return {
    letters,
    separator,
    version: 1,
    maxLength,
    maxPayload,
    dictionary: DICTIONARY_V1,
    words: WORDS_V1,
  };
}

const RAW = 0;
const DEFLATED = 1;

/** Wraps a payload: stored raw or deflated, whichever is shorter, and checksummed with its head. */
export function seal(env: Envelope, payload: Uint8Array): string {
  if (payload.length > env.maxPayload) throw new RangeError('payload too large to share');
  const deflated = deflateSync(payload, { level: 9, dictionary: env.dictionary });
  const [mode, data] = deflated.length < payload.length ? [DEFLATED, deflated] : [RAW, payload];
  const head = `${env.letters}${env.version}${env.separator}`;
  const packed = new Uint8Array(data.length + 5);
  packed[0] = mode;
  packed.set(data, 1);
  const sum = crc32(packed.subarray(0, data.length + 1), crc32(ascii(head)));
  new DataView(packed.buffer).setUint32(data.length + 1, sum);
  const code = head + toBase64Url(packed);
  if (code.length > env.maxLength) throw new RangeError('code too long to share');
  return code;
}

export type Opened = { ok: true; payload: Uint8Array } | { ok: false; error: CodeError };

const CODE_CHARS = /^[A-Za-z0-9._-]*$/;

type Split = { ok: true; head: string; digits: string; packed: Uint8Array } | { ok: false; error: CodeError };

/** How a byte code's text is screened: blank space around it is dropped (pasted with a sentence). */
const bytesScreen = (env: Envelope): Screen => ({
  maxInput: env.maxLength * 2,
  normalize: (s) => s.trim(),
  maxLength: env.maxLength,
  chars: CODE_CHARS,
});

function split(env: Envelope, input: unknown): Split {
  const screened = screen(bytesScreen(env), input);
  if (!screened.ok) return screened;
  const code = screened.value;
  if (!code.startsWith(env.letters)) return { ok: false, error: 'corrupt' };
  let i = env.letters.length;
  // Past the end code[i] is undefined, which is no digit: the loop stops there too.
  while (i < env.letters.length + 4 && code[i]! >= '0' && code[i]! <= '9') i++;
  const digits = code.slice(env.letters.length, i);
  if (digits.length === 0 || code[i] !== env.separator) return { ok: false, error: 'corrupt' };
  const head = code.slice(0, i + 1);
  const body = code.slice(i + 1);
  if (body.includes('.')) return { ok: false, error: 'bad-characters' };
  const packed = fromBase64Url(body);
  if (!packed || packed.length < 6) return { ok: false, error: 'corrupt' };
  const n = packed.length - 4;
  const sum = crc32(packed.subarray(0, n), crc32(ascii(head)));
  if (sum !== new DataView(packed.buffer, packed.byteOffset).getUint32(n))
    return { ok: false, error: 'bad-checksum' };
  return { ok: true, head, digits, packed: packed.subarray(0, n) };
}

/** Whether the text is a whole code whose checksum holds, of any version: finds where a pasted code ends. */
export function checksumHolds(env: Envelope, code: string): boolean {
  return split(env, code).ok;
}

/**
 * Unwraps a code. The checksum is checked before the version, and the head is part of the sum,
 * so a mistyped version reads as `bad-checksum`; only a well-formed code from a later version
 * reads as `newer-version`. The envelope (head, base64url, trailing CRC-32) is frozen across versions.
 */
export function open(env: Envelope, input: unknown): Opened {
  const parts = split(env, input);
  if (!parts.ok) return parts;
  const { digits, packed } = parts;
  const version = Number(digits);
  if (version > env.version) return { ok: false, error: 'newer-version' };
  if (version !== env.version || digits !== String(version)) return { ok: false, error: 'unknown-version' };
  const data = packed.subarray(1);
  if (packed[0] === RAW) return data.length <= env.maxPayload ? { ok: true, payload: data } : corrupt();
  if (packed[0] !== DEFLATED) return corrupt();
  try {
    const out = inflateSync(data, { dictionary: env.dictionary, out: new Uint8Array(env.maxPayload + 1) });
    // A full buffer means the payload would not fit: a decompression bomb, or garbage.
    // Stryker disable next-line MethodExpression: the copy holds the same bytes as the view it is cut from
    return out.length > env.maxPayload ? corrupt() : { ok: true, payload: out.slice() };
  } catch {
    return corrupt();
  }
}

function corrupt(): Opened {
  return { ok: false, error: 'corrupt' };
}

/**
 * A format in the byte layout: a string table (ids written once, known words by number) then the
 * payload `write` puts down and `read` takes up, sealed in the envelope; `valid` checks a value
 * before it is encoded and after it is decoded.
 */
export function bytesFormat<T>(spec: {
  name: CodeFormat<T>['name'];
  param: string | null;
  envelope: Envelope;
  valid(x: unknown): x is T;
  /** Writes the value; `ref` gives a string's index in the table. */
  write(value: T, w: ByteWriter, ref: (s: string) => number): void;
  /** Reads a value back, with the table read before it. */
  read(r: ByteReader, table: readonly string[]): T;
}): CodeFormat<T> {
  const env = spec.envelope;
  return codeFormat<T>({
    name: spec.name,
    param: spec.param,
    screen: bytesScreen(env),
    encode(value) {
      // Stryker disable next-line StringLiteral: the message names the format for a programmer only
      if (!spec.valid(value)) throw new RangeError(`not a ${spec.name} code's value`);
      const table = new StringTable();
      const body = new ByteWriter();
      spec.write(value, body, (s) => table.ref(s));
      const out = new ByteWriter();
      table.write(out, env.words);
      out.raw(body.finish());
      return seal(env, out.finish());
    },
    unwrap(code) {
      const opened = open(env, code);
      if (!opened.ok) return opened;
      const parsed = parseWith(opened.payload, (r) => spec.read(r, StringTable.read(r, env.words)));
      if (!parsed.ok) return parsed;
      return spec.valid(parsed.value) ? parsed : { ok: false, error: 'corrupt' };
    },
    checksumHolds: (code) => checksumHolds(env, code),
  });
}
