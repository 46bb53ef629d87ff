// The envelope every code uses, at its edges: one canonical spelling per byte string (base64url
// without padding, unused bits zero), one canonical varint per number (no overlong forms), bounded
// reads, and a checksum over head and body. Anything else is refused as a value, never a throw.
import { describe, expect, it } from 'vitest';
import {
  at,
  ByteReader,
  ByteWriter,
  CorruptCode,
  crc32,
  fromBase64Url,
  NewerCode,
  parseWith,
  StringTable,
  toBase64Url,
} from '../../src/share/codec';
import { checksumHolds, type Envelope, open, seal } from '../../src/share/envelope';

const bytes = (...xs: number[]) => Uint8Array.from(xs);
const ascii = (s: string) => new TextEncoder().encode(s);
const reader = (...xs: number[]) => new ByteReader(bytes(...xs));

describe('base64url', () => {
  it('spells bytes with - and _ and no padding', () => {
    expect(toBase64Url(bytes())).toBe('');
    expect(toBase64Url(bytes(0xfb))).toBe('-w');
    expect(toBase64Url(bytes(0xfb, 0xff))).toBe('-_8');
    expect(toBase64Url(bytes(0xfb, 0xff, 0xbf))).toBe('-_-_');
    expect(toBase64Url(ascii('hello'))).toBe('aGVsbG8');
    expect(toBase64Url(bytes(0, 0, 0, 1))).toBe('AAAAAQ');
  });

  it('reads back every length it writes', () => {
    for (let n = 0; n < 40; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 0xff);
      expect(fromBase64Url(toBase64Url(b))).toEqual(b);
    }
  });

  it('refuses a length no byte string has (4k + 1 characters)', () => {
    expect(fromBase64Url('A')).toBeNull();
    expect(fromBase64Url('AAAAA')).toBeNull();
    expect(fromBase64Url('AA')).toEqual(bytes(0));
    expect(fromBase64Url('AAA')).toEqual(bytes(0, 0));
    expect(fromBase64Url('AAAA')).toEqual(bytes(0, 0, 0));
  });

  it('refuses a non-canonical spelling: unused low bits must be zero', () => {
    expect(fromBase64Url('AQ')).toEqual(bytes(1)); // 000000 010000: 4 unused bits, zero
    for (const c of 'BCDEFGHIJKLMNOP') expect(fromBase64Url(`A${c}`), `A${c}`).toBeNull();
    expect(fromBase64Url('AAE')).toEqual(bytes(0, 1)); // 2 unused bits, zero
    for (const c of 'BCD') expect(fromBase64Url(`AA${c}`), `AA${c}`).toBeNull();
    expect(fromBase64Url('aGVsbG8')).toEqual(ascii('hello'));
    expect(fromBase64Url('aGVsbG9')).toBeNull();
  });

  it('refuses standard base64, padding, spaces and anything outside the alphabet', () => {
    for (const bad of ['+w', '/w', 'AA==', 'A A', 'AÀ', 'A\u007f', 'A\u0080', 'A\u0100', 'A.', 'A~'])
      expect(fromBase64Url(bad), JSON.stringify(bad)).toBeNull();
    // Every one of the 64 letters is read.
    const all = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    expect(toBase64Url(fromBase64Url(all)!)).toBe(all);
  });
});

describe('varints', () => {
  const write = (n: number) => [...new ByteWriter().uint(n).finish()];

  it('writes seven bits a byte, low first', () => {
    expect(write(0)).toEqual([0]);
    expect(write(127)).toEqual([127]);
    expect(write(128)).toEqual([0x80, 1]);
    expect(write(300)).toEqual([0xac, 0x02]);
    expect(write(2 ** 53 - 1)).toHaveLength(8);
    expect(new ByteReader(Uint8Array.from(write(2 ** 53 - 1))).uint()).toBe(2 ** 53 - 1);
  });

  it('refuses to write a negative, fractional or unsafe number', () => {
    for (const bad of [-1, 0.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => new ByteWriter().uint(bad), String(bad)).toThrow(RangeError);
  });

  it('reads the one canonical form and refuses overlong ones', () => {
    expect(reader(0).uint()).toBe(0);
    expect(reader(0x80, 1).uint()).toBe(128);
    expect(() => reader(0x80, 0).uint()).toThrow(CorruptCode); // 0 spelled in two bytes
    expect(() => reader(0x81, 0x80, 0).uint()).toThrow(CorruptCode); // 1 spelled in three
    expect(() => reader(0xff, 0).uint()).toThrow(CorruptCode);
  });

  it('refuses a truncated varint and one longer than eight bytes', () => {
    expect(() => reader(0x80).uint()).toThrow(CorruptCode);
    expect(() => reader().uint()).toThrow(CorruptCode);
    expect(reader(0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 1).uint()).toBe(1 + 2 ** 49);
    expect(() => reader(0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 1).uint()).toThrow(CorruptCode);
  });

  it('refuses a value above the caller’s bound, and accepts the bound itself', () => {
    expect(reader(10).uint(10)).toBe(10);
    expect(() => reader(11).uint(10)).toThrow(CorruptCode);
    expect(() => reader(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f).uint()).toThrow(CorruptCode);
  });

  it('zigzag-maps signed integers so that small negatives stay one byte', () => {
    const signed = (n: number) => [...new ByteWriter().int(n).finish()];
    expect(signed(0)).toEqual([0]);
    expect(signed(-1)).toEqual([1]);
    expect(signed(1)).toEqual([2]);
    expect(signed(-2)).toEqual([3]);
    expect(signed(-64)).toEqual([127]);
    for (const n of [0, 1, -1, 63, -64, 64, -65, 123456, -123456, 2 ** 51, -(2 ** 51)])
      expect(new ByteReader(new ByteWriter().int(n).finish()).int()).toBe(n);
    expect(() => new ByteWriter().int(2 ** 51 + 1)).toThrow(RangeError);
    expect(() => new ByteWriter().int(-(2 ** 51) - 1)).toThrow(RangeError);
    expect(() => new ByteWriter().int(1.5)).toThrow(RangeError);
  });
});

describe('strings, the string table and the end', () => {
  it('round-trips UTF-8 text with its byte length', () => {
    const b = new ByteWriter().string('户口 ok').string('').finish();
    expect(b[0]).toBe(9);
    const r = new ByteReader(b);
    expect(r.string()).toBe('户口 ok');
    expect(r.string()).toBe('');
    expect(r.remaining).toBe(0);
    r.end();
  });

  it('refuses a length past the end, bad UTF-8 and trailing bytes', () => {
    // The length byte itself does not count as room for the string.
    expect(() => reader(3, 0x61, 0x62).string()).toThrow(CorruptCode);
    expect(() => reader(2, 0x61).string()).toThrow(CorruptCode);
    expect(reader(2, 0x61, 0x62).string()).toBe('ab');
    expect(() => reader(1, 0xff).string()).toThrow(CorruptCode);
    expect(() => reader(0).end()).toThrow(CorruptCode);
    const r = reader(0);
    r.uint();
    expect(() => r.end()).not.toThrow();
  });

  it('writes known words as their number and others in full, and reads them back', () => {
    const words = ['rural', 'urban'];
    const table = new StringTable();
    expect(table.ref('urban')).toBe(0);
    expect(table.ref('moon')).toBe(1);
    expect(table.ref('urban')).toBe(0);
    const w = new ByteWriter();
    table.write(w, words);
    const b = w.finish();
    expect([...b]).toEqual([2, 2, 0, 4, ...ascii('moon')]);
    // The first word of the list too is written as its number (1), not in full.
    const first = new StringTable();
    first.ref('rural');
    const fw = new ByteWriter();
    first.write(fw, words);
    expect([...fw.finish()]).toEqual([1, 1]);
    expect(StringTable.read(new ByteReader(b), words)).toEqual(['urban', 'moon']);
    // A word number one past the list is from a later game; the last word is fine.
    expect(StringTable.read(reader(1, 2), words)).toEqual(['urban']);
    expect(() => StringTable.read(reader(1, 3), words)).toThrow(NewerCode);
    // A count larger than the bytes left cannot be honest.
    expect(() => StringTable.read(reader(3, 1, 1), words)).toThrow(CorruptCode);
    expect(StringTable.read(reader(2, 1, 1), words)).toEqual(['rural', 'rural']);
  });

  it('looks up a table index only inside the table', () => {
    expect(at(['a', 'b'], reader(1))).toBe('b');
    expect(() => at(['a', 'b'], reader(2))).toThrow(CorruptCode);
    expect(() => at([], reader(0))).toThrow(CorruptCode);
  });

  it('parseWith turns any failure into a value: newer-version for a later word, else corrupt', () => {
    expect(parseWith(bytes(5), (r) => r.uint())).toEqual({ ok: true, value: 5 });
    expect(parseWith(bytes(5, 6), (r) => r.uint())).toEqual({ ok: false, error: 'corrupt' });
    expect(parseWith(bytes(0x80), (r) => r.uint())).toEqual({ ok: false, error: 'corrupt' });
    expect(
      parseWith(bytes(), () => {
        throw new NewerCode('x');
      }),
    ).toEqual({ ok: false, error: 'newer-version' });
    expect(
      parseWith(bytes(), () => {
        throw new TypeError('x');
      }),
    ).toEqual({ ok: false, error: 'corrupt' });
  });
});

describe('crc32', () => {
  it('is the IEEE CRC-32, and can be continued from a prefix', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
    expect(crc32(bytes())).toBe(0);
    expect(crc32(ascii('456789'), crc32(ascii('123')))).toBe(0xcbf43926);
  });
});

describe('the envelope', () => {
  const env: Envelope = {
    letters: 'T',
    separator: '-',
    version: 2,
    maxLength: 200,
    maxPayload: 100,
    dictionary: ascii('hukou'),
    words: [],
  };
  const repetitive = ascii('hukou hukou hukou hukou hukou hukou');

  it('seals and opens a short payload raw and a repetitive one deflated', () => {
    const short = seal(env, bytes(1, 2, 3));
    expect(short.startsWith('T2-')).toBe(true);
    expect(fromBase64Url(short.slice(3))![0]).toBe(0); // raw
    expect(open(env, short)).toEqual({ ok: true, payload: bytes(1, 2, 3) });
    const long = seal(env, repetitive);
    expect(fromBase64Url(long.slice(3))![0]).toBe(1); // deflated
    expect(open(env, long)).toEqual({ ok: true, payload: repetitive });
    expect(open(env, `  ${long}\n`)).toEqual({ ok: true, payload: repetitive });
    expect(checksumHolds(env, long)).toBe(true);
  });

  it('will not seal a payload over the cap or a code over the length limit', () => {
    expect(() => seal(env, new Uint8Array(101))).toThrow(RangeError);
    expect(() => seal({ ...env, maxLength: 10 }, bytes(1, 2, 3, 4, 5, 6, 7))).toThrow(RangeError);
    expect(seal(env, new Uint8Array(100).fill(7))).toBeTypeOf('string');
  });

  /** A well-formed code around any mode byte and body, with a correct checksum. */
  const forge = (head: string, packedBody: number[]) => {
    const packed = new Uint8Array(packedBody.length + 4);
    packed.set(packedBody);
    const sum = crc32(packed.subarray(0, packedBody.length), crc32(ascii(head)));
    new DataView(packed.buffer).setUint32(packedBody.length, sum);
    return head + toBase64Url(packed);
  };

  it('names what is wrong, in the order it looks', () => {
    expect(open(env, 42)).toEqual({ ok: false, error: 'corrupt' });
    expect(open(env, '   ')).toEqual({ ok: false, error: 'empty' });
    expect(open(env, 'T'.repeat(201))).toEqual({ ok: false, error: 'too-long' });
    expect(open(env, ' '.repeat(401))).toEqual({ ok: false, error: 'too-long' });
    expect(open(env, 'T2-AAAA AAAA')).toEqual({ ok: false, error: 'bad-characters' });
    expect(open(env, 'X2-AAAAAAAA')).toEqual({ ok: false, error: 'corrupt' });
    expect(open(env, 'T-AAAAAAAA')).toEqual({ ok: false, error: 'corrupt' });
    expect(open(env, 'T2.AAAAAAAA')).toEqual({ ok: false, error: 'corrupt' });
    expect(open(env, 'T2-AAAA.AAAA')).toEqual({ ok: false, error: 'bad-characters' });
    expect(open(env, 'T2-AAAAAAA')).toEqual({ ok: false, error: 'corrupt' }); // 5 bytes: too short
    expect(
      open(
        env,
        forge('T2-', [0, 1]).replace(/.$/, (c) => (c === 'A' ? 'Q' : 'A')),
      ),
    ).toEqual({
      ok: false,
      error: 'bad-checksum',
    });
  });

  it('tells a later version from an unknown one', () => {
    expect(open(env, forge('T3-', [0, 1]))).toEqual({ ok: false, error: 'newer-version' });
    expect(open(env, forge('T1-', [0, 1]))).toEqual({ ok: false, error: 'unknown-version' });
    expect(open(env, forge('T02-', [0, 1]))).toEqual({ ok: false, error: 'unknown-version' });
    expect(open(env, forge('T2-', [0, 1]))).toEqual({ ok: true, payload: bytes(1) });
    // An empty payload is never a code: every code holds at least one byte.
    expect(open(env, forge('T2-', [0]))).toEqual({ ok: false, error: 'corrupt' });
    // At most four version digits are read, and only digits.
    expect(open(env, forge('T00002-', [0, 1]))).toEqual({ ok: false, error: 'corrupt' });
    expect(open(env, forge('T2a-', [0, 1]))).toEqual({ ok: false, error: 'corrupt' });
  });

  it('reads a code pasted with blank space around it, up to twice the length cap in all', () => {
    const code = forge('T2-', [0, 1]);
    expect(open(env, ` ${code}`.padEnd(2 * env.maxLength))).toEqual({ ok: true, payload: bytes(1) });
    expect(open(env, ` ${code}`.padEnd(2 * env.maxLength + 1))).toEqual({ ok: false, error: 'too-long' });
  });

  it('refuses an unknown mode, a raw payload over the cap, and deflate garbage or bombs', () => {
    expect(open(env, forge('T2-', [2, 1]))).toEqual({ ok: false, error: 'corrupt' });
    expect(open(env, forge('T2-', [0, ...new Array(100).fill(1)])).ok).toBe(true);
    expect(open(env, forge('T2-', [0, ...new Array(101).fill(1)]))).toEqual({ ok: false, error: 'corrupt' });
    expect(open(env, forge('T2-', [1, 0xff, 0xff, 0xff]))).toEqual({ ok: false, error: 'corrupt' });
    const big = seal({ ...env, maxPayload: 1000, maxLength: 400 }, new Uint8Array(101).fill(104));
    expect(open({ ...env, maxPayload: 1000 }, big).ok).toBe(true);
    expect(open(env, big)).toEqual({ ok: false, error: 'corrupt' });
    const exact = seal({ ...env, maxPayload: 1000, maxLength: 400 }, new Uint8Array(100).fill(104));
    expect(open(env, exact)).toEqual({ ok: true, payload: new Uint8Array(100).fill(104) });
  });
});
