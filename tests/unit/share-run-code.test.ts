import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { greedyBot, randomBot, replay } from '../../src/rules';
import { ByteWriter, crc32, DICTIONARY_V1, StringTable, toBase64Url, WORDS_V1 } from '../../src/share/codec';
import { type Envelope, envelopeV1, seal } from '../../src/share/envelope';
import {
  decodeRun,
  encodeRun,
  MAX_RUN_CODE_LENGTH,
  RUN_CODE_VERSION,
  readRunParam,
  runUrl,
} from '../../src/share/run-code';
import type { RunRecord } from '../../src/store/run-record';
import { botRun, playground } from '../helpers/bot-runs';
import { testLevel } from '../helpers/builders';
import { sampleRecord as record } from '../helpers/codes';

const level = testLevel();
const tutorial = () => playground('tutorial');

/** A v1-shaped envelope with another version, to make codes "from the future". */
const envelope = (version: number): Envelope => ({
  ...envelopeV1('R', '.', MAX_RUN_CODE_LENGTH, 65_536),
  version,
});

function flip(code: string, at: number): string {
  const c = code[at] === 'A' ? 'B' : 'A';
  return code.slice(0, at) + c + code.slice(at + 1);
}

describe('run code', () => {
  it('gives back the same record, and replaying it gives the same final state', () => {
    const run = botRun(level, null, 'rural', 11, randomBot);
    const decoded = decodeRun(encodeRun(run.record));
    expect(decoded).toEqual({ ok: true, record: run.record });
    if (!decoded.ok) return;
    const r = decoded.record;
    expect(replay(level, r.seed, r.registrationId, null, r.intents)!.state).toEqual(run.state);
  });

  it('starts with its version and uses only characters that are safe in a link', () => {
    const code = encodeRun(record);
    expect(code.startsWith(`R${RUN_CODE_VERSION}.`)).toBe(true);
    expect(code).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(encodeURIComponent(code)).toBe(code);
  });

  it('keeps a typical tutorial run under 70 characters', () => {
    const run = botRun(tutorial().level, tutorial().policies[0]!, 'rural', 3, greedyBot);
    expect(run.record.intents.length).toBeGreaterThan(5);
    expect(encodeRun(run.record).length).toBeLessThan(70);
  });

  it('fits the largest record a save may hold (5,000 intents) under the length cap', () => {
    const ids = level.venues.flatMap((v) => v.actions.map((a) => [v.id, a.id] as const));
    const intents: RunRecord['intents'] = Array.from({ length: 5000 }, (_, i) => {
      const [venue, action] = ids[(i * 7919) % ids.length]!;
      return [
        { type: 'endMonth' as const },
        { type: 'move' as const, venue },
        { type: 'act' as const, venue, action },
        { type: 'choose' as const, choice: action },
      ][(i * 31) % 4]!;
    });
    const big = { ...record, seed: 0xffffffff, intents };
    const code = encodeRun(big);
    expect(code.length).toBeLessThanOrEqual(MAX_RUN_CODE_LENGTH);
    expect(decodeRun(code)).toEqual({ ok: true, record: big });
  });

  it('reads a version 1 code made when the format was frozen', () => {
    expect(decodeRun(GOLDEN_V1)).toEqual({ ok: true, record });
  });

  it('accepts a code pasted with spaces or a line break around it', () => {
    expect(decodeRun(`  ${encodeRun(record)}\n`)).toEqual({ ok: true, record });
  });

  it('refuses a code whose checksum does not match', () => {
    const code = encodeRun(record);
    for (let at = 3; at < code.length - 1; at += 3) {
      expect(decodeRun(flip(code, at))).toEqual({ ok: false, error: 'bad-checksum' });
    }
  });

  it('reads a mistyped version as a bad checksum, not as a newer game', () => {
    const code = encodeRun(record);
    expect(decodeRun(`R2${code.slice(2)}`)).toEqual({ ok: false, error: 'bad-checksum' });
  });

  it('says that a well-formed code from a later version needs a newer game', () => {
    const payload = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(decodeRun(seal(envelope(2), payload))).toEqual({ ok: false, error: 'newer-version' });
    expect(decodeRun(seal(envelope(317), payload))).toEqual({ ok: false, error: 'newer-version' });
  });

  it('says newer-version for a word past the end of this game’s word list (the list only grows)', () => {
    const payload = (third: number) =>
      new ByteWriter()
        .uint(3)
        .uint(1)
        .uint(2)
        .uint(third)
        .raw(Uint8Array.of(0, 1, 2, 5, 0))
        .finish();
    expect(decodeRun(seal(envelope(1), payload(WORDS_V1.length + 1)))).toEqual({
      ok: false,
      error: 'newer-version',
    });
    expect(decodeRun(seal(envelope(1), payload(3)))).toEqual({
      ok: true,
      record: { levelId: 'rural', seed: 5, registrationId: 'urban', policyId: 'urban-local', intents: [] },
    });
  });

  it('writes known ids as one-byte word numbers and other ids in full', () => {
    const known = encodeRun({ ...record, levelId: 'tutorial' });
    const unknown = encodeRun({ ...record, levelId: 'a-level-nobody-has-made-yet' });
    expect(decodeRun(unknown)).toEqual({
      ok: true,
      record: { ...record, levelId: 'a-level-nobody-has-made-yet' },
    });
    expect(unknown.length).toBeGreaterThan(known.length + 10);
  });

  it('does not know version 0', () => {
    expect(decodeRun(seal(envelope(0), new Uint8Array(8)))).toEqual({ ok: false, error: 'unknown-version' });
  });

  it('names what is wrong with input that is not a code at all', () => {
    expect(decodeRun('')).toEqual({ ok: false, error: 'empty' });
    expect(decodeRun(' \n\t')).toEqual({ ok: false, error: 'empty' });
    expect(decodeRun('R1.'.padEnd(MAX_RUN_CODE_LENGTH + 1, 'A'))).toEqual({ ok: false, error: 'too-long' });
    expect(decodeRun('R1.abc def')).toEqual({ ok: false, error: 'bad-characters' });
    expect(decodeRun('R1.户口')).toEqual({ ok: false, error: 'bad-characters' });
    expect(decodeRun('hello')).toEqual({ ok: false, error: 'corrupt' });
    expect(decodeRun('R1.A')).toEqual({ ok: false, error: 'corrupt' });
    expect(decodeRun(undefined as unknown as string)).toEqual({ ok: false, error: 'corrupt' });
  });

  it('refuses bytes that pass the checksum but do not make a run record', () => {
    const garbage = Uint8Array.from({ length: 40 }, (_, i) => (i * 37) % 256);
    expect(decodeRun(seal(envelope(1), garbage))).toEqual({ ok: false, error: 'corrupt' });
    expect(decodeRun(seal(envelope(1), new Uint8Array(0)))).toEqual({ ok: false, error: 'corrupt' });
  });

  it('refuses a decompression bomb without inflating it', () => {
    const bomb = deflateSync(new Uint8Array(2_000_000), { level: 9, dictionary: DICTIONARY_V1 });
    const head = 'R1.';
    const packed = new Uint8Array(bomb.length + 5);
    packed[0] = 1;
    packed.set(bomb, 1);
    const sum = crc32(packed.subarray(0, bomb.length + 1), crc32(new TextEncoder().encode(head)));
    new DataView(packed.buffer).setUint32(bomb.length + 1, sum);
    const code = head + toBase64Url(packed);
    expect(code.length).toBeLessThan(MAX_RUN_CODE_LENGTH);
    const t0 = performance.now();
    expect(decodeRun(code)).toEqual({ ok: false, error: 'corrupt' });
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('will not encode a record that is not one', () => {
    expect(() => encodeRun({ ...record, levelId: 'Not An Id' })).toThrow(RangeError);
    expect(() => encodeRun({ ...record, seed: -1 })).toThrow(RangeError);
  });
});

describe('run link', () => {
  it('puts the code in the query, replacing an old one and keeping the rest and the hash', () => {
    const url = runUrl('https://example.org/play/?lang=zh-Hans&run=R1.old#top', record);
    expect(url).toBe(`https://example.org/play/?lang=zh-Hans&run=${encodeRun(record)}#top`);
    expect(runUrl('/play', record)).toBe(`/play?run=${encodeRun(record)}`);
  });

  it('reads the code back from a location search string', () => {
    const search = runUrl('https://example.org/', record).replace(/^[^?]*/, '');
    expect(readRunParam(search)).toEqual({ ok: true, record });
    expect(readRunParam(search.slice(1))).toEqual({ ok: true, record });
  });

  it('answers null when there is no run in the link, and an error when it is broken', () => {
    expect(readRunParam('')).toBeNull();
    expect(readRunParam('?lang=en&running=1')).toBeNull();
    expect(readRunParam('?run=%E0%A4%A')).toEqual({ ok: false, error: 'bad-characters' });
    expect(readRunParam('?run=')).toEqual({ ok: false, error: 'empty' });
  });
});

// Made by encodeRun(record) with format version 1; it must always decode to `record`.
const GOLDEN_V1 = 'R1.AeNgYAHldUZWBjaIH_kdGFhA7mdgLcgAupeBkYmdjZePRVSMjUEeABh5lag';

describe('what a run code’s intents can be', () => {
  /** A run code written by hand: three strings, then the given opcodes (string index × 4 + kind; 0 month end, 4 finish). */
  const forged = (...ops: number[]) => {
    const table = new StringTable();
    const [level, reg, policy] = ['tutorial', 'rural', 'status-quo'].map((x) => table.ref(x));
    const w = new ByteWriter();
    table.write(w, WORDS_V1);
    w.uint(level!).uint(reg!).uint(policy!).uint(7).uint(ops.length);
    for (const op of ops) w.uint(op);
    return seal(envelope(1), w.finish());
  };

  it('carries a finish and a month end, each as itself', () => {
    const record: RunRecord = {
      levelId: 'tutorial',
      seed: 3,
      registrationId: 'rural',
      policyId: 'status-quo',
      intents: [{ type: 'endMonth' }, { type: 'move', venue: 'clinic' }, { type: 'finish' }],
    };
    expect(decodeRun(encodeRun(record))).toEqual({ ok: true, record });
    expect(decodeRun(forged(0, 4, 1 * 4 + 3))).toMatchObject({
      ok: true,
      record: { intents: [{ type: 'endMonth' }, { type: 'finish' }, { type: 'choose', choice: 'rural' }] },
    });
  });

  it('refuses an opcode that names a string with the month-end kind, or a string past the table', () => {
    expect(decodeRun(forged(2 * 4))).toEqual({ ok: false, error: 'corrupt' });
    expect(decodeRun(forged(3 * 4))).toEqual({ ok: false, error: 'corrupt' });
    expect(decodeRun(forged(3 * 4 + 1))).toEqual({ ok: false, error: 'corrupt' });
  });

  it('answers a run link that is not percent-encoding with bad characters', () => {
    expect(readRunParam('?run=%E0%A4%A')).toEqual({ ok: false, error: 'bad-characters' });
  });
});
