import { describe, expect, it } from 'vitest';
import { goalsMet, greedyBot, randomBot, wallKey } from '../../src/rules';
import { ByteWriter, WORDS_V1 } from '../../src/share/codec';
import { type Envelope, envelopeV1, seal } from '../../src/share/envelope';
import {
  decodeResult,
  encodeResult,
  findResultCodes,
  isResultSummary,
  MAX_RESULT_CODE_LENGTH,
  RESULT_PREFIX,
  type ResultSummary,
  resultFromRun,
} from '../../src/share/result-code';
import { botResult, botRun, playground } from '../helpers/bot-runs';
import { testLevel } from '../helpers/builders';
import { sampleResult as sample } from '../helpers/codes';

const level = testLevel();
const tutorial = () => playground('tutorial');

/** The result code's envelope with another version, to make codes "from the future". */
const envelope = (version: number): Envelope => ({
  ...envelopeV1('IW', '-', MAX_RESULT_CODE_LENGTH, 4096),
  version,
});

/** Result codes of bot runs on the test level, for pasting into text. */
function someCodes(n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    encodeResult(
      botResult(level, null, i % 2 ? 'urban' : 'rural', 100 + i, randomBot, null, { nonce: i }).result,
    ),
  );
}

describe('result code', () => {
  it('gives back the same result', () => {
    expect(decodeResult(encodeResult(sample))).toEqual({ ok: true, result: sample });
    const bare = { ...sample, classCode: null, twin: null, quiz: null, walls: [] };
    expect(decodeResult(encodeResult(bare))).toEqual({ ok: true, result: bare });
  });

  it('starts with IW1-', () => {
    expect(RESULT_PREFIX).toBe('IW1-');
    expect(encodeResult(sample).startsWith(RESULT_PREFIX)).toBe(true);
    expect(encodeResult(sample)).toMatch(/^IW1-[A-Za-z0-9_-]+$/);
  });

  it('keeps a typical tutorial result under 50 characters, under 85 with a class code and 8 quiz answers', () => {
    const p = tutorial();
    const { result } = botResult(p.level, p.policies[0]!, 'rural', 3, greedyBot);
    expect(encodeResult(result).length).toBeLessThan(50);
    const quiz = { before: [0, 1, 2, 3, 0, 1, 2, 3], after: [3, 2, 1, 0, 3, 2, 1, 0] };
    const full = botResult(p.level, p.policies[0]!, 'rural', 3, greedyBot, quiz, {
      classCode: 'AKWT23YU',
      nonce: 65535,
    });
    expect(encodeResult(full.result).length).toBeLessThan(85);
  });

  it('reads a version 1 code made when the format was frozen', () => {
    expect(decodeResult(GOLDEN_V1)).toEqual({ ok: true, result: sample });
  });

  it('carries nothing personal: only the fields the debrief needs', () => {
    expect(Object.keys(sample).sort()).toEqual(
      [
        'classCode',
        'ended',
        'family',
        'goalCount',
        'goalsMet',
        'health',
        'insuranceMonths',
        'levelId',
        'money',
        'nonce',
        'policyId',
        'quiz',
        'registrationId',
        'seed',
        'twin',
        'walls',
      ].sort(),
    );
    const { result } = botResult(level, null, 'rural', 5, randomBot);
    expect(Object.keys(result).sort()).toEqual(Object.keys(sample).sort());
  });

  it('refuses a code whose checksum does not match', () => {
    const code = encodeResult(sample);
    const at = 10;
    const typo = code.slice(0, at) + (code[at] === 'x' ? 'y' : 'x') + code.slice(at + 1);
    expect(decodeResult(typo)).toEqual({ ok: false, error: 'bad-checksum' });
    expect(decodeResult(code.slice(0, -1))).not.toEqual(expect.objectContaining({ ok: true }));
  });

  it('says that a well-formed code from a later version needs a newer game', () => {
    expect(decodeResult(seal(envelope(2), new Uint8Array(12)))).toEqual({
      ok: false,
      error: 'newer-version',
    });
    expect(decodeResult(seal(envelope(0), new Uint8Array(12)))).toEqual({
      ok: false,
      error: 'unknown-version',
    });
  });

  it('says newer-version for a word past the end of this game’s word list', () => {
    const payload = new ByteWriter()
      .uint(1)
      .uint(WORDS_V1.length + 1)
      .finish();
    expect(decodeResult(seal(envelope(1), payload))).toEqual({ ok: false, error: 'newer-version' });
  });

  it('refuses bytes that pass the checksum but are not a result', () => {
    expect(decodeResult(seal(envelope(1), new Uint8Array(12).fill(200)))).toEqual({
      ok: false,
      error: 'corrupt',
    });
  });

  it('will not encode a result with a class code or a wall it cannot carry', () => {
    expect(() => encodeResult({ ...sample, classCode: 'toolongcode' })).toThrow(RangeError);
    expect(() => encodeResult({ ...sample, walls: ['no-slash'] })).toThrow(RangeError);
    expect(() => encodeResult({ ...sample, money: 1250 })).toThrow(RangeError);
    expect(() => encodeResult({ ...sample, goalsMet: 0b100 })).toThrow(RangeError);
    expect(() => encodeResult({ ...sample, quiz: { before: new Array(9).fill(0), after: [] } })).toThrow(
      RangeError,
    );
  });
});

describe('result from a run', () => {
  it('rounds money to ¥100, keeps goals in level order, the walls once each, and the twin', () => {
    const run = botRun(level, null, 'rural', 21, randomBot);
    const r = resultFromRun(
      level,
      run.state,
      run.twinState,
      { before: [1], after: [2] },
      { classCode: 'ABC', nonce: 9 },
    );
    expect(r.money).toBe(Math.round(run.state.stats.money / 100) * 100);
    expect(r.goalCount).toBe(level.goals.length);
    const met = goalsMet(level, run.state);
    level.goals.forEach((g, i) => expect(Boolean(r.goalsMet & (1 << i))).toBe(met.includes(g.id)));
    expect(r.walls).toEqual([...new Set(run.state.walls.map(wallKey))]);
    expect(r.twin).toEqual({
      registrationId: 'urban',
      goalsMet: expect.any(Number),
      money: Math.round(run.twinState!.stats.money / 100) * 100,
    });
    expect(r).toMatchObject({ classCode: 'ABC', nonce: 9, quiz: { before: [1], after: [2] } });
  });

  it('records the wall a rural newcomer meets at the public school', () => {
    const run = botRun(level, null, 'rural', 1, randomBot);
    const state = {
      ...run.state,
      walls: [
        { month: 1, source: 'venue' as const, venue: 'school', action: 'enrol', unmet: [], facts: [] },
        { month: 2, source: 'venue' as const, venue: 'school', action: 'enrol', unmet: [], facts: [] },
      ],
    };
    expect(resultFromRun(level, state, null).walls).toEqual(['school/enrol']);
    expect(resultFromRun(level, state, null).twin).toBeNull();
  });
});

describe('finding result codes in pasted text', () => {
  it('finds three codes in a chat log with noise around them and counts the duplicate once', () => {
    const [a, b, c] = someCodes(3) as [string, string, string];
    const log = [
      `[09:41] Mei: here is mine: ${a}`,
      `[09:42] Tom: (${b})`,
      `[09:42] Tom: oops sent twice ${b}!!`,
      `[09:43] Ana: ${c}. IW is fun`,
    ].join('\n');
    const found = findResultCodes(log);
    expect(found.codes).toEqual([a, b, b, c]);
    expect(new Set(found.codes).size).toBe(3);
  });

  it('finds codes glued to punctuation, quotes, markdown and CSV cells', () => {
    const [a, b, c, d, e] = someCodes(5) as [string, string, string, string, string];
    const text = `«${a}»,"${b}";_${c}_ *${d}*-- ${e}...`;
    expect(findResultCodes(text).codes).toEqual([a, b, c, d, e]);
    const csv = `name,code\r\nx,"${a}"\r\ny,${b}\r\n`;
    expect(findResultCodes(csv).codes).toEqual([a, b]);
  });

  it('separates two codes pasted with nothing between them', () => {
    const [a, b] = someCodes(2) as [string, string];
    expect(findResultCodes(a + b).codes).toEqual([a, b]);
  });

  it('still returns a code with a typo, so that the debrief can say it could not be read', () => {
    const [a] = someCodes(1) as [string];
    const typo = `${a.slice(0, 12)}${a[12] === 'Q' ? 'R' : 'Q'}${a.slice(13)}`;
    const found = findResultCodes(`look: ${typo} ok`);
    expect(found.codes).toEqual([typo]);
    expect(decodeResult(found.codes[0]!)).toEqual({ ok: false, error: 'bad-checksum' });
  });

  it('counts fragments as candidates without calling them codes', () => {
    const found = findResultCodes('IW1- IW1-abc IW2-? iw1-abcdefghijklmnop');
    expect(found).toEqual({ codes: [], candidates: 3 });
    expect(findResultCodes('')).toEqual({ codes: [], candidates: 0 });
  });

  // A timing test: under mutation testing (Stryker) the code is instrumented and many times slower.
  it.skipIf(process.env.STRYKER_MUTATOR_WORKER !== undefined)('stays linear on text made of prefixes', () => {
    const text = 'IW1-'.repeat(50_000) + 'IW1-AAAAAAAAAAAA'.repeat(5_000);
    const t0 = performance.now();
    const found = findResultCodes(text);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(found.candidates).toBe(55_000);
  });
});

// Made by encodeResult(sample) with format version 1; it must always decode to `sample`.
const GOLDEN_V1 =
  'IW1-AeNkYAHldUZWBg5H7_AQI-PIUAY2iG_5GVhAgcHAnJZTycTAyMTScGHNZ77G3UxMjIziXlasTCysbOyczC6MzAxMjMyMTMwAp6O-Bg';

describe('what a result code can carry, at each edge', () => {
  const edit = (over: Partial<ResultSummary>): ResultSummary => ({ ...sample, ...over });
  const id64 = `a${'-'.repeat(62)}z`;
  // Each at its limit: carried, and read back the same.
  const fits: [string, ResultSummary][] = [
    ['30 goals, all met', edit({ goalCount: 30, goalsMet: 2 ** 30 - 1, twin: null })],
    ['no goals', edit({ goalCount: 0, goalsMet: 0, twin: null })],
    ['the largest seed', edit({ seed: 0xffffffff })],
    ['seed 0', edit({ seed: 0 })],
    ['money at ±10 trillion yuan', edit({ money: 1e13, twin: { ...sample.twin!, money: -1e13 } })],
    ['health and family at 0 and 100', edit({ health: 100, family: 0 })],
    ['100 years of insurance', edit({ insuranceMonths: 1200 })],
    ['64 walls', edit({ walls: Array.from({ length: 64 }, (_, i) => `v${i}/a`) })],
    ['no class', edit({ classCode: null })],
    ['a class code of 8', edit({ classCode: 'Z9Z9Z9Z9' })],
    ['an id of 64 characters', edit({ levelId: id64, registrationId: '0', policyId: 'p-1' })],
    ['8 answers of 255', edit({ quiz: { before: Array(8).fill(255), after: [] } })],
    ['no quiz, no twin', edit({ quiz: null, twin: null })],
    ['the largest nonce', edit({ nonce: 0xffff })],
    ...(['months', 'goals', 'money', 'health', 'finished', null] as const).map(
      (ended): [string, ResultSummary] => [`ended: ${ended}`, edit({ ended })],
    ),
  ];
  it.each(fits)('carries %s', (_, r) => {
    expect(isResultSummary(r)).toBe(true);
    expect(decodeResult(encodeResult(r))).toEqual({ ok: true, result: r });
  });

  // One past it, or not of the kind at all: refused before anything is written.
  const refused: [string, unknown][] = [
    ['31 goals', edit({ goalCount: 31, goalsMet: 0 })],
    ['a goal past the count met', edit({ goalsMet: 0b100 })],
    ['a negative goal count', edit({ goalCount: -1 })],
    ['a fractional seed', edit({ seed: 1.5 })],
    ['a seed past 32 bits', edit({ seed: 2 ** 32 })],
    ['money not in hundreds', edit({ money: 150 })],
    ['money past 10 trillion', edit({ money: 1e13 + 100 })],
    ['money below −10 trillion', edit({ money: -1e13 - 100 })],
    ['money as text', edit({ money: '100' as unknown as number })],
    ['health 101', edit({ health: 101 })],
    ['family −1', edit({ family: -1 })],
    ['1,201 months of insurance', edit({ insuranceMonths: 1201 })],
    ['65 walls', edit({ walls: Array.from({ length: 65 }, (_, i) => `v${i}/a`) })],
    ['a wall twice', edit({ walls: ['school/enrol', 'school/enrol'] })],
    ['a wall of three parts', edit({ walls: ['a/b/c'] })],
    ['a wall without an action', edit({ walls: ['school'] })],
    ['a wall with a capital', edit({ walls: ['School/enrol'] })],
    ['walls that are not a list', edit({ walls: 'school/enrol' as unknown as string[] })],
    ['a wall that is not text', edit({ walls: [42 as unknown as string] })],
    ['an id of 65 characters', edit({ levelId: `${id64}x` })],
    ['an id starting with a dash', edit({ registrationId: '-rural' })],
    ['an id with a capital', edit({ policyId: 'Status-quo' })],
    ['a class code of 9', edit({ classCode: 'Z9Z9Z9Z9Z' })],
    ['a lower-case class code', edit({ classCode: 'akwt' })],
    ['9 answers', edit({ quiz: { before: Array(9).fill(0), after: [] } })],
    ['an answer of 256', edit({ quiz: { before: [], after: [256] } })],
    ['a quiz without answers after', edit({ quiz: { before: [] } as unknown as ResultSummary['quiz'] })],
    ['a twin meeting a goal past the count', edit({ twin: { ...sample.twin!, goalsMet: 0b100 } })],
    ['a twin with money not in hundreds', edit({ twin: { ...sample.twin!, money: 1 } })],
    ['a twin with a bad id', edit({ twin: { ...sample.twin!, registrationId: 'Urban' } })],
    ['an end reason the game does not know', edit({ ended: 'won' as unknown as ResultSummary['ended'] })],
    ['a nonce past 16 bits', edit({ nonce: 0x10000 })],
    ['null', null],
    ['a string', 'IW1-abc'],
  ];
  it('finds nothing in something that is not text', () => {
    expect(findResultCodes(42 as unknown as string)).toEqual({ codes: [], candidates: 0 });
  });

  it.each(refused)('refuses %s', (_, r) => {
    expect(isResultSummary(r)).toBe(false);
    expect(() => encodeResult(r as ResultSummary)).toThrow(RangeError);
  });
});
