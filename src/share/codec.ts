// The bytes inside a shareable code: varints, strings and a string table of known words, base64url
// and CRC-32 (envelope.ts wraps them into a code's text). Reading treats its input as hostile: it is
// bounded by the input's length, never allocates more than a fixed cap, and fails with a throw
// that parseWith turns into a value.
import words from './words-v1.json';

/** Thrown only inside this module's readers; every public decoder turns it into a `corrupt` value. */
export class CorruptCode extends Error {}

const MAX_VARINT_BYTES = 8;
const UTF8_ENCODER = new TextEncoder();
const UTF8_DECODER = new TextDecoder('utf-8', { fatal: true });

export class ByteWriter {
  private readonly bytes: number[] = [];

  /** An unsigned integer up to 2^53 − 1, seven bits a byte. */
  uint(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not an unsigned integer: ${n}`);
    let v = n;
    while (v >= 0x80) {
      // Stryker disable next-line ArithmeticOperator: (v % 0x80) − 0x80 is the same byte once Uint8Array.from wraps it mod 256
      this.bytes.push((v % 0x80) + 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
    return this;
  }

  /** A signed integer, zigzag-mapped so that small negatives stay short. */
  int(n: number): this {
    if (!Number.isSafeInteger(n) || Math.abs(n) > 2 ** 51) throw new RangeError(`not an integer: ${n}`);
    return this.uint(n >= 0 ? n * 2 : -n * 2 - 1);
  }

  string(s: string): this {
    const b = UTF8_ENCODER.encode(s);
    this.uint(b.length);
    for (const x of b) this.bytes.push(x);
    return this;
  }

  raw(b: Uint8Array): this {
    for (const x of b) this.bytes.push(x);
    return this;
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

// Stryker disable StringLiteral: a CorruptCode's message is never shown: every public decoder answers 'corrupt' (parseWith)
export class ByteReader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  uint(max = Number.MAX_SAFE_INTEGER): number {
    let v = 0;
    let scale = 1;
    // Stryker disable next-line EqualityOperator: a ninth byte (non-zero, or it is overlong) is worth at least 2^56, always out of range
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      const b = this.bytes[this.pos++];
      // Stryker disable next-line ConditionalExpression: without it a truncated varint still ends corrupt ('varint too long'), never a value
      if (b === undefined) throw new CorruptCode('truncated varint');
      v += (b & 0x7f) * scale;
      if (b < 0x80) {
        if (i > 0 && b === 0) throw new CorruptCode('overlong varint');
        if (v > max) throw new CorruptCode('value out of range');
        return v;
      }
      scale *= 0x80;
    }
    throw new CorruptCode('varint too long');
  }

  int(): number {
    const z = this.uint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  string(): string {
    // Bounded by the bytes left after the length itself: a length one past the end is corrupt.
    const length = this.uint();
    if (length > this.remaining) throw new CorruptCode('string past the end');
    const slice = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    try {
      return UTF8_DECODER.decode(slice);
    } catch {
      throw new CorruptCode('bad utf-8');
    }
  }

  end(): void {
    if (this.remaining !== 0) throw new CorruptCode('trailing bytes');
  }
}
// Stryker restore StringLiteral

/** Thrown by readers when a v1 code names a word this game's list does not have yet (the list only grows). */
export class NewerCode extends Error {}

/**
 * Strings written once and referred to by index: ids repeat a lot in a run. Each entry is a varint
 * tag: 0 = a UTF-8 string follows; k = word k − 1 of the version's word list (one byte for the first 127).
 */
export class StringTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  ref(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  write(w: ByteWriter, words: readonly string[]): void {
    w.uint(this.list.length);
    for (const s of this.list) {
      const k = words.indexOf(s);
      if (k >= 0) w.uint(k + 1);
      else w.uint(0).string(s);
    }
  }

  /** Reads a table; each entry takes at least one byte, so the count is bounded by the input. */
  static read(r: ByteReader, words: readonly string[]): string[] {
    const n = r.uint(r.remaining);
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const tag = r.uint();
      if (tag === 0) out.push(r.string());
      else if (tag <= words.length) out.push(words[tag - 1]!);
      // Stryker disable next-line StringLiteral: a NewerCode's message is never shown: parseWith answers 'newer-version'
      else throw new NewerCode('a word from a later list');
    }
    return out;
  }
}

/** Looks up a string-table index read from untrusted bytes. */
export function at(table: readonly string[], r: ByteReader): string {
  const s = table[r.uint(table.length)];
  // Stryker disable next-line StringLiteral: a CorruptCode's message is never shown (parseWith)
  if (s === undefined) throw new CorruptCode('string index out of range');
  return s;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  // Stryker disable next-line EqualityOperator: one more turn at i = length writes no character (chars is 0)
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Strict base64url without padding; null for a wrong length or unused bits that are not zero. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? B64_INDEX[c]! : -1; // B64_INDEX has all 128 entries
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE), continuing from `seed` so that a prefix and a body can be summed in turn. */
export function crc32(bytes: Uint8Array, seed = 0): number {
  let c = ~seed >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** Runs a payload parser: any failure is `corrupt`, a word from a later list is `newer-version`. */
export function parseWith<T>(
  payload: Uint8Array,
  parse: (r: ByteReader) => T,
): { ok: true; value: T } | { ok: false; error: 'corrupt' | 'newer-version' } {
  try {
    const r = new ByteReader(payload);
    const value = parse(r);
    r.end();
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: e instanceof NewerCode ? 'newer-version' : 'corrupt' };
  }
}

/**
 * The word list of version 1: ids the codes often hold (registrations, policies, levels, then venues,
 * actions, events and choices, the most used first). Append only: a word's number never changes, and
 * an older game that meets a number past its list answers `newer-version`.
 */
export const WORDS_V1: readonly string[] = words;

/** The preset deflate dictionary of version 1, frozen with it: the words, the most used nearest the end. */
export const DICTIONARY_V1: Uint8Array = UTF8_ENCODER.encode([...WORDS_V1].reverse().join(''));
