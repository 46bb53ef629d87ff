// One envelope for every code format (src/share/envelope.ts): the result code, the run link code,
// the class code and the class result code are each a CodeFormat made by the envelope, answer with
// the one CodeError type, are screened by the same checks before their own layout is read, and go
// into links and out of them the same way. The formats' own tests (share-result-code,
// share-run-code, classroom-session, class-result) pin every code that exists; this one pins that
// they share the way in and out.
import { describe, expect, it } from 'vitest';
import {
  CLASS_RESULT_CODE,
  type ClassResult,
  decodeClassResult,
  encodeClassResult,
} from '../../src/classroom/class-result';
import {
  CLASS_CODE,
  classUrl,
  decodeSession,
  encodeSession,
  readClassParam,
} from '../../src/classroom/session';
import {
  type CodeError,
  type CodeFormat,
  codeFormat,
  codeUrl,
  type Decoded,
  readCodeParam,
  screen,
} from '../../src/share/envelope';
import { decodeResult, encodeResult, RESULT_CODE } from '../../src/share/result-code';
import { decodeRun, encodeRun, RUN_CODE, readRunParam, runUrl } from '../../src/share/run-code';
import { sampleRecord as record, sampleResult as result, sampleSession as session } from '../helpers/codes';

/**
 * A format as the table holds it: a value, the public encoder, and the public decoder with its
 * answer reshaped to the envelope's (`key` names the field the format's own answer carries it in).
 */
function entry<T, K extends string>(
  format: CodeFormat<T>,
  value: T,
  encode: (v: T) => string,
  decode: (s: string) => ({ ok: true } & Record<K, T>) | { ok: false; error: CodeError },
  key: K,
) {
  return {
    format: format as CodeFormat<unknown>,
    value: value as unknown,
    encode: (v: unknown) => encode(v as T),
    decode: (s: string): Decoded<unknown> => {
      const d = decode(s);
      return d.ok ? { ok: true, value: d[key] } : d;
    },
  };
}

/** A class result of the sample class, with the reform lens and both answer sets filled. */
const classResult: ClassResult = {
  classCode: encodeSession(session),
  seat: 12,
  levelIndex: 1,
  kind: 'rural',
  goalCount: 5,
  goalsMet: 0b00101,
  ended: 'months',
  months: 12,
  money: -1200,
  health: 74,
  family: 58,
  walls: [0, 3],
  twin: { goalsMet: 0b11111, money: 3400 },
  reforms: [{ policy: 1, fell: [3], goals: 3, shrank: true }],
  quiz: { before: [0, 2, 1], after: [1, 2, 3] },
  nonce: 0,
};

/** Each format with a value, its public encoder and decoder. */
const formats = [
  entry(RESULT_CODE, result, encodeResult, decodeResult, 'result'),
  entry(RUN_CODE, record, encodeRun, decodeRun, 'record'),
  entry(CLASS_CODE, session, encodeSession, decodeSession, 'session'),
  entry(CLASS_RESULT_CODE, classResult, encodeClassResult, decodeClassResult, 'result'),
];

describe('every code format goes through the one envelope', () => {
  it('names the four formats, two of them carried by a link', () => {
    expect(formats.map((f) => [f.format.name, f.format.param])).toEqual([
      ['result', null],
      ['run', 'run'],
      ['class', 'class'],
      ['class-result', null],
    ]);
  });

  it.each(formats)(
    '$format.name: the public encoder and decoder are the format’s',
    ({ format, value, encode, decode }) => {
      const code = encode(value);
      expect(format.encode(value)).toBe(code);
      expect(format.decode(code)).toEqual({ ok: true, value });
      expect(decode(code)).toEqual(format.decode(code));
      expect(format.checksumHolds(code)).toBe(true);
      // One character changed anywhere: the format and the public decoder say the same.
      for (let i = 0; i < code.length; i++) {
        const c = code[i] === 'A' ? 'B' : 'A';
        const damaged = code.slice(0, i) + c + code.slice(i + 1);
        expect(decode(damaged)).toEqual(format.decode(damaged));
      }
    },
  );

  it.each(formats)(
    '$format.name: the same screening comes first, with the same errors',
    ({ format, decode }) => {
      expect(format.decode(42)).toEqual({ ok: false, error: 'corrupt' });
      expect(decode('')).toEqual({ ok: false, error: 'empty' });
      expect(decode(' \n ')).toEqual({ ok: false, error: 'empty' });
      expect(decode('A'.repeat(20_000))).toEqual({ ok: false, error: 'too-long' });
      expect(decode('A!B?C')).toEqual({ ok: false, error: 'bad-characters' });
      expect(format.checksumHolds('A!B?C')).toBe(false);
    },
  );

  it('puts run and class codes in links, and reads them back, the one way', () => {
    const base = 'https://example.org/game/?lang=en#/';
    expect(runUrl(base, record)).toBe(codeUrl(RUN_CODE, base, record));
    expect(classUrl(base, session)).toBe(codeUrl(CLASS_CODE, base, session));
    const runSearch = new URL(runUrl(base, record)).search;
    expect(readCodeParam(RUN_CODE, runSearch)).toEqual({ ok: true, value: record });
    expect(readRunParam(runSearch)).toEqual({ ok: true, record });
    const classSearch = new URL(classUrl(base, session)).search;
    expect(readCodeParam(CLASS_CODE, classSearch)).toEqual({ ok: true, value: session });
    expect(readClassParam(classSearch)).toEqual({ ok: true, session });
    for (const f of [RUN_CODE, CLASS_CODE] as CodeFormat<unknown>[]) {
      expect(readCodeParam(f, '?lang=en')).toBeNull();
      expect(readCodeParam(f, `?${f.param}=%E0%A4%A`)).toEqual({ ok: false, error: 'bad-characters' });
    }
    // A result code travels by hand: it has no link.
    expect(() => codeUrl(RESULT_CODE, base, result)).toThrow(TypeError);
    expect(readCodeParam(RESULT_CODE, `?result=${encodeResult(result)}`)).toBeNull();
  });
});

describe('codeFormat', () => {
  const seen: string[] = [];
  const toy = codeFormat<number>({
    name: 'run',
    param: 'n',
    screen: { maxInput: 12, normalize: (s) => s.trim().toUpperCase(), maxLength: 6, chars: /^[0-9A-F]*$/ },
    encode: (n) => n.toString(16).toUpperCase(),
    unwrap: (code) => {
      seen.push(code);
      return code.length % 2 === 0
        ? { ok: true, value: Number.parseInt(code, 16) }
        : { ok: false, error: 'corrupt' };
    },
    checksumHolds: (code) => code.length % 2 === 0,
  });

  it('reads the layout only of screened, normalised text', () => {
    seen.length = 0;
    expect(toy.decode('  ff ')).toEqual({ ok: true, value: 255 });
    expect(toy.decode('fff')).toEqual({ ok: false, error: 'corrupt' });
    expect(toy.decode('ffffffff')).toEqual({ ok: false, error: 'too-long' });
    expect(toy.decode('   ff        ')).toEqual({ ok: false, error: 'too-long' });
    expect(toy.decode('fg')).toEqual({ ok: false, error: 'bad-characters' });
    expect(toy.decode(null)).toEqual({ ok: false, error: 'corrupt' });
    expect(seen).toEqual(['FF', 'FFF']);
  });

  it('screens in a fixed order: a string, the input cap, empty, the length cap, the characters', () => {
    const rules = { maxInput: 5, normalize: (s: string) => s.trim(), maxLength: 2, chars: /^[a-z]*$/ };
    expect(screen(rules, undefined)).toEqual({ ok: false, error: 'corrupt' });
    expect(screen(rules, '      ')).toEqual({ ok: false, error: 'too-long' });
    expect(screen(rules, '  ')).toEqual({ ok: false, error: 'empty' });
    expect(screen(rules, 'AB!')).toEqual({ ok: false, error: 'too-long' });
    expect(screen(rules, 'A!')).toEqual({ ok: false, error: 'bad-characters' });
    expect(screen(rules, ' ab ')).toEqual({ ok: true, value: 'ab' });
    expect(screen({ ...rules, maxLength: undefined }, 'abcde')).toEqual({ ok: true, value: 'abcde' });
  });
});
