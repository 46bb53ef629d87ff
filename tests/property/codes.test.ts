// Round trips for every code (bot-made runs and results, any class session), and a fuzz test:
// 100,000 random and mutated strings that the decoders must answer quickly without throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClassSession,
  decodeSession,
  encodeSession,
  SESSION_ALPHABET,
  SESSION_LEVELS,
  SESSION_SEED_LIMIT,
} from '../../src/classroom/session';
import { generator, replay } from '../../src/rules';
import { crc32, fromBase64Url, toBase64Url } from '../../src/share/codec';
import { decodeResult, encodeResult, findResultCodes } from '../../src/share/result-code';
import { decodeRun, encodeRun } from '../../src/share/run-code';
import { BOTS, botResult, botRun, playgrounds } from '../helpers/bot-runs';

const grounds = playgrounds();

const botGame = fc.record({
  ground: fc.integer({ min: 0, max: grounds.length - 1 }),
  reg: fc.nat(),
  policy: fc.nat(),
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  bot: fc.integer({ min: 0, max: BOTS.length - 1 }),
});

function pickGame(g: { ground: number; reg: number; policy: number; bot: number }) {
  const { level, policies } = grounds[g.ground]!;
  return {
    level,
    policy: policies[g.policy % policies.length]!,
    registrationId: level.registrations[g.reg % level.registrations.length]!.id,
    bot: BOTS[g.bot]![1],
  };
}

describe('round trips', () => {
  it('plays the shipped levels that load, besides the test level', () => {
    expect(grounds[0]!.level.id).toBe('test');
    expect(grounds.length).toBeGreaterThanOrEqual(2);
  });

  it('decodes every bot-made run code to the same record, which replays to the same final state', () => {
    fc.assert(
      fc.property(botGame, (g) => {
        const { level, policy, registrationId, bot } = pickGame(g);
        const run = botRun(level, policy, registrationId, g.seed, bot);
        const decoded = decodeRun(encodeRun(run.record));
        expect(decoded).toEqual({ ok: true, record: run.record });
        if (!decoded.ok) return;
        const r = decoded.record;
        expect(replay(level, r.seed, r.registrationId, policy, r.intents)!.state).toEqual(run.state);
      }),
      { numRuns: 150, seed: 20_261_128 },
    );
  });

  it('decodes every bot-made result code to the same result, and finds it inside any text', () => {
    const classCode = fc.option(fc.stringMatching(/^[A-Z0-9]{1,8}$/), { nil: undefined });
    const answers = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 8 });
    const quiz = fc.option(fc.record({ before: answers, after: answers }), { nil: null });
    const noise = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(
        botGame,
        quiz,
        classCode,
        fc.integer({ min: 0, max: 0xffff }),
        noise,
        noise,
        (g, q, cls, nonce, before, after) => {
          const { level, policy, registrationId, bot } = pickGame(g);
          const { result } = botResult(level, policy, registrationId, g.seed, bot, q, {
            classCode: cls,
            nonce,
          });
          const code = encodeResult(result);
          expect(decodeResult(code)).toEqual({ ok: true, result });
          // Noise that ends in letters or digits would glue on, as a typed letter would: keep a space.
          expect(findResultCodes(`${before} ${code} ${after}`).codes).toContain(code);
        },
      ),
      { numRuns: 150, seed: 4242 },
    );
  });

  it('decodes every class session code to the same session', () => {
    const session = fc.record({
      v: fc.constant(1 as const),
      levels: fc.array(fc.constantFrom(...SESSION_LEVELS), { minLength: 1, maxLength: 3 }),
      seed: fc.integer({ min: 0, max: SESSION_SEED_LIMIT - 1 }),
      assign: fc.constantFrom('draw' as const, 'alternate' as const, 'rural' as const, 'urban' as const),
      lang: fc.constantFrom('en' as const, 'zh-Hans' as const),
      quiz: fc.boolean(),
    });
    fc.assert(
      fc.property(session, (s: ClassSession) => {
        const code = encodeSession(s);
        expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
        expect(decodeSession(code)).toEqual({ ok: true, session: s });
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzz

const ALPHABETS = [
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  `${SESSION_ALPHABET}${SESSION_ALPHABET.toLowerCase()}- `,
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
  ' \t\r\n.,;:!?()[]{}"\'«»—–-_',
  '户口农村城镇看不见的墙ＩＷ１－😀🧱\u0000\u202e\ud800\udfff\ufeff',
];
const FRAGMENTS = ['IW1-', 'R1.', 'IW2-', 'R0.', 'IW', 'AAAA', '====', '%', '\n'];

type Rand = () => number;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);

function randomString(rand: Rand, length: number): string {
  const alphabet = [...ALPHABETS[int(rand, ALPHABETS.length)]!];
  let s = '';
  while (s.length < length) {
    s += rand() < 0.03 ? FRAGMENTS[int(rand, FRAGMENTS.length)] : alphabet[int(rand, alphabet.length)];
  }
  return s.slice(0, length);
}

function mutate(rand: Rand, code: string, pool: readonly string[]): string {
  let s = code;
  const n = 1 + int(rand, 3);
  for (let k = 0; k < n; k++) {
    const at = int(rand, s.length + 1);
    switch (int(rand, 7)) {
      case 0: // flip a character
        s = s.slice(0, at) + randomString(rand, 1) + s.slice(at + 1);
        break;
      case 1: // delete one
        s = s.slice(0, at) + s.slice(at + 1);
        break;
      case 2: // insert one
        s = s.slice(0, at) + randomString(rand, 1) + s.slice(at);
        break;
      case 3: // truncate
        s = s.slice(0, at);
        break;
      case 4: // extend
        s += randomString(rand, 1 + int(rand, 30));
        break;
      case 5: // glue on another code
        s += pool[int(rand, pool.length)];
        break;
      default: // repeat a slice
        s = s.slice(0, at) + s.slice(int(rand, at + 1));
    }
  }
  return s;
}

/** A real code with another version in its head and a checksum that matches it again. */
function rechecksummed(code: string, version: string): string | null {
  const m = /^(IW|R)\d+([-.])(.*)$/.exec(code);
  const packed = m ? fromBase64Url(m[3]!) : null;
  if (!m || !packed) return null;
  const head = `${m[1]}${version}${m[2]}`;
  const n = packed.length - 4;
  const sum = crc32(packed.subarray(0, n), crc32(new TextEncoder().encode(head)));
  new DataView(packed.buffer).setUint32(n, sum);
  return head + toBase64Url(packed);
}

function resessioned(code: string, versionChar: string): string {
  const body = versionChar + code.slice(1, 7);
  const sum = [...body].reduce((s, ch, i) => s + (i + 1) * SESSION_ALPHABET.indexOf(ch), 0);
  return body + SESSION_ALPHABET[sum % 31];
}

const RUN_ERRORS = [
  'empty',
  'too-long',
  'bad-characters',
  'bad-checksum',
  'newer-version',
  'unknown-version',
  'corrupt',
];
const SESSION_ERRORS = [...RUN_ERRORS, 'too-short'];

describe('fuzz', () => {
  it('answers 100,000 random and mutated strings quickly and never throws', () => {
    const rand = generator(0xc0ffee);
    const runCodes: string[] = [];
    const resultCodes: string[] = [];
    const sessionCodes: string[] = [];
    for (let i = 0; i < 40; i++) {
      const { level, policy, registrationId, bot } = pickGame({
        ground: i % grounds.length,
        reg: i,
        policy: i,
        bot: i % 2,
      });
      const { result, run } = botResult(level, policy, registrationId, i * 7919, bot, {
        before: [i % 4],
        after: [1],
      });
      runCodes.push(encodeRun(run.record));
      resultCodes.push(encodeResult(result));
      sessionCodes.push(
        encodeSession({
          v: 1,
          levels: [SESSION_LEVELS[i % SESSION_LEVELS.length]!],
          seed: i * 701,
          assign: 'draw',
          lang: 'en',
          quiz: i % 2 === 0,
        }),
      );
    }
    const pool = [...runCodes, ...resultCodes, ...sessionCodes];

    // Timed per call; a call that looks slow is timed again (best of 5), so that a pause of the
    // machine is not taken for a slow input, and a slow input is.
    const decoders: [string, (s: string) => unknown][] = [
      ['decodeRun', decodeRun],
      ['decodeResult', decodeResult],
      ['decodeSession', decodeSession],
      ['findResultCodes', findResultCodes],
    ];
    const slow: string[] = [];
    const problems: string[] = [];
    const timed = (name: string, f: (s: string) => unknown, input: string): unknown => {
      let t0 = performance.now();
      const out = f(input);
      let ms = performance.now() - t0;
      for (let k = 0; k < 5 && ms > 10; k++) {
        t0 = performance.now();
        f(input);
        ms = Math.min(ms, performance.now() - t0);
      }
      if (ms > 10) slow.push(`${name} ${ms.toFixed(1)} ms: ${JSON.stringify(input)}`);
      return out;
    };
    const started = performance.now();
    let versioned = 0;

    for (let i = 0; i < 100_000; i++) {
      let input: string;
      let expected: { kind: 'run' | 'result' | 'session'; error: string } | null = null;
      const roll = rand();
      if (roll < 0.4)
        input = randomString(rand, i % 401); // every length 0–400, many times over
      else if (roll < 0.95) input = mutate(rand, pool[int(rand, pool.length)]!, pool);
      else {
        const newer = rand() < 0.5;
        const which = int(rand, 3);
        if (which === 2) {
          input = resessioned(sessionCodes[int(rand, sessionCodes.length)]!, newer ? 'C' : '9');
          expected = { kind: 'session', error: newer ? 'newer-version' : 'unknown-version' };
        } else {
          const codes = which === 0 ? runCodes : resultCodes;
          input = rechecksummed(codes[int(rand, codes.length)]!, newer ? String(2 + int(rand, 900)) : '0')!;
          expected = {
            kind: which === 0 ? 'run' : 'result',
            error: newer ? 'newer-version' : 'unknown-version',
          };
        }
        versioned++;
      }

      const [run, result, session, found] = decoders.map(([name, f]) => timed(name, f, input)) as [
        ReturnType<typeof decodeRun>,
        ReturnType<typeof decodeResult>,
        ReturnType<typeof decodeSession>,
        ReturnType<typeof findResultCodes>,
      ];
      const say = (what: string) => problems.push(`${what}: ${JSON.stringify(input)}`);
      if (!run.ok && !RUN_ERRORS.includes(run.error)) say(`decodeRun said ${run.error}`);
      if (!result.ok && !RUN_ERRORS.includes(result.error)) say(`decodeResult said ${result.error}`);
      if (!session.ok && !SESSION_ERRORS.includes(session.error)) say(`decodeSession said ${session.error}`);
      if (found.candidates < found.codes.length) say('more codes than candidates');
      if (found.codes.some((c) => !c.startsWith('IW') || !input.includes(c)))
        say('found a code not in the text');
      if (expected) {
        const got = { run, result, session }[expected.kind];
        if (got.ok || got.error !== expected.error)
          say(`expected ${expected.error}, got ${JSON.stringify(got)}`);
      }
    }
    const elapsed = performance.now() - started;
    expect(problems.slice(0, 10)).toEqual([]);
    expect(slow.slice(0, 10)).toEqual([]);
    expect(versioned).toBeGreaterThan(4000);
    expect(elapsed).toBeLessThan(20_000);
  });
});
