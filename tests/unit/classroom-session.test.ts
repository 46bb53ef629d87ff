import { describe, expect, it } from 'vitest';
import {
  type ClassSession,
  classUrl,
  decodeSession,
  encodeSession,
  formatSessionCode,
  readClassParam,
  registrationFor,
  registrationIdFor,
  SESSION_ALPHABET,
  SESSION_CODE_LENGTH,
  SESSION_CODE_LENGTH_TAILORED,
  SESSION_LEVELS,
  SESSION_SEED_LIMIT,
} from '../../src/classroom/session';
import { LEVEL_ORDER } from '../../src/content/load';
import { testLevel } from '../helpers/builders';
import { sampleSession as session } from '../helpers/codes';

/** The documented check: weights 1..7 over the first seven characters, mod 31. */
function withCheck(body: string): string {
  const sum = [...body].reduce((s, ch, i) => s + (i + 1) * SESSION_ALPHABET.indexOf(ch), 0);
  return body + SESSION_ALPHABET[sum % 31];
}

describe('class session code', () => {
  it('gives back the same session', () => {
    expect(decodeSession(encodeSession(session))).toEqual({ ok: true, session });
  });

  it('is 8 characters that students can type without confusing 0/O, 1/I/L', () => {
    const code = encodeSession(session);
    expect(code).toHaveLength(SESSION_CODE_LENGTH);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]+$/);
    expect(SESSION_ALPHABET).not.toMatch(/[01OIL]/);
    expect(SESSION_ALPHABET).toHaveLength(31);
  });

  it('reads a code typed in lower case, with spaces or a dash', () => {
    const code = encodeSession(session);
    expect(decodeSession(formatSessionCode(code))).toEqual({ ok: true, session });
    expect(decodeSession(` ${code.slice(0, 4).toLowerCase()} ${code.slice(4)} `)).toEqual({
      ok: true,
      session,
    });
  });

  it('catches every single wrong character and every swap of neighbours', () => {
    const code = encodeSession(session);
    for (let i = 0; i < code.length; i++) {
      for (const ch of SESSION_ALPHABET) {
        if (ch === code[i]) continue;
        const typo = code.slice(0, i) + ch + code.slice(i + 1);
        expect(decodeSession(typo).ok, typo).toBe(false);
      }
      if (i + 1 < code.length && code[i] !== code[i + 1]) {
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(decodeSession(swapped), swapped).toEqual({ ok: false, error: 'bad-checksum' });
      }
    }
  });

  it('says that a well-formed code from a later version needs a newer game', () => {
    const code = encodeSession(session);
    expect(decodeSession(withCheck(`C${code.slice(1, 7)}`))).toEqual({ ok: false, error: 'newer-version' });
    // A later version may be longer; it is still "newer", not "too long", when its check holds.
    expect(decodeSession(withCheck(`C${code.slice(1, 7)}XY`))).toEqual({ ok: false, error: 'newer-version' });
    expect(decodeSession(withCheck(`7${code.slice(1, 7)}`))).toEqual({ ok: false, error: 'unknown-version' });
  });

  it('names what is wrong with what a student typed', () => {
    expect(decodeSession('')).toEqual({ ok: false, error: 'empty' });
    expect(decodeSession(' - ')).toEqual({ ok: false, error: 'empty' });
    expect(decodeSession('AB3D')).toEqual({ ok: false, error: 'too-short' });
    expect(decodeSession('AB3DEF7HJ')).toEqual({ ok: false, error: 'too-long' });
    expect(decodeSession('A'.repeat(100))).toEqual({ ok: false, error: 'too-long' });
    expect(decodeSession('AB0DEF7H')).toEqual({ ok: false, error: 'bad-characters' });
    expect(decodeSession('ABODEF7H')).toEqual({ ok: false, error: 'bad-characters' });
    expect(decodeSession('AB3DEF7H!')).toEqual({ ok: false, error: 'bad-characters' });
    expect(decodeSession(null as unknown as string)).toEqual({ ok: false, error: 'corrupt' });
  });

  it('will not encode a session it cannot carry', () => {
    expect(() => encodeSession({ ...session, levels: [] })).toThrow(RangeError);
    expect(() => encodeSession({ ...session, levels: ['a', 'b', 'c', 'd'] })).toThrow(RangeError);
    expect(() => encodeSession({ ...session, levels: ['atlantis'] })).toThrow(/SESSION_LEVELS/);
    expect(() => encodeSession({ ...session, seed: SESSION_SEED_LIMIT })).toThrow(RangeError);
    expect(() => encodeSession({ ...session, seed: 1.5 })).toThrow(RangeError);
  });

  it('has a slot for every level in the play order', () => {
    for (const id of LEVEL_ORDER) expect(SESSION_LEVELS).toContain(id);
  });

  // SESSION_LEVELS is the play order (content/load.ts LEVEL_ORDER) only while that order grows at
  // its end: a slot is part of the code, so a code printed on last term's worksheet must still
  // open the same level. These codes were made by the game of 30 Nov 2026 (seed 1234, draw, en,
  // no questions); if a level moved in the play order, one of them now names another level.
  it('keeps every slot naming the level it named when the code was made', () => {
    const made = {
      A9VD3U7T: ['tutorial'],
      AE7F5N6A: ['factory-city'],
      AJHH7F5Q: ['megacity'],
      APUK9945: ['capital'],
      AU6NB33M: ['small-city'],
      AYGQCV2V: ['hometown'],
      A4TSENZ4: ['reform-city'],
      A9QESD5U: ['reform-city', 'tutorial', 'hometown'],
    };
    for (const [code, levels] of Object.entries(made))
      expect(decodeSession(code), code).toEqual({
        ok: true,
        session: { v: 1, levels, seed: 1234, assign: 'draw', lang: 'en', quiz: false },
      });
  });

  it('makes different codes for neighbouring seeds', () => {
    const a = encodeSession({ ...session, seed: 1 });
    const b = encodeSession({ ...session, seed: 2 });
    expect([...a].filter((ch, i) => ch !== b[i]).length).toBeGreaterThan(2);
  });
});

describe('a class with questions switched off', () => {
  // The teacher left out the 2nd and 4th of the levels' questions: bits 1 and 3.
  const tailored: ClassSession = { ...session, questionsOff: 0b01010 };

  it('gives back the same session, questions off included', () => {
    expect(decodeSession(encodeSession(tailored))).toEqual({ ok: true, session: tailored });
  });

  it('is the class code plus one character: a class with every question keeps its 8-character code', () => {
    const plain = encodeSession(session);
    const code = encodeSession(tailored);
    expect(plain).toHaveLength(SESSION_CODE_LENGTH);
    expect(code).toHaveLength(SESSION_CODE_LENGTH_TAILORED);
    expect(code.slice(1, 7)).toBe(plain.slice(1, 7));
    expect(formatSessionCode(code)).toMatch(/^\w{4}-\w{4}-\w$/);
    expect(decodeSession(formatSessionCode(code).toLowerCase())).toEqual({ ok: true, session: tailored });
  });

  it('catches every single wrong character, so a typo never asks other questions', () => {
    const code = encodeSession(tailored);
    for (let i = 0; i < code.length; i++)
      for (const ch of SESSION_ALPHABET) {
        if (ch === code[i]) continue;
        const typo = code.slice(0, i) + ch + code.slice(i + 1);
        const d = decodeSession(typo);
        expect(
          d.ok && d.session.questionsOff === tailored.questionsOff && d.session.seed === tailored.seed,
          typo,
        ).toBe(false);
      }
  });

  it('never switches off every question (that is a class without questions) nor any without a quiz', () => {
    expect(() => encodeSession({ ...session, questionsOff: 0b11111 })).toThrow(RangeError);
    expect(() => encodeSession({ ...session, quiz: false, questionsOff: 1 })).toThrow(RangeError);
    expect(() => encodeSession({ ...session, questionsOff: -1 })).toThrow(RangeError);
    // "None off" has one spelling: the 8-character code.
    const none = withCheck(`B${encodeSession(session).slice(1, 7)}2`);
    expect(decodeSession(none)).toEqual({ ok: false, error: 'corrupt' });
  });
});

describe('class link', () => {
  it('carries the code in the query and reads it back', () => {
    const url = classUrl('https://example.org/play/#/join', session);
    expect(url).toBe(`https://example.org/play/?class=${encodeSession(session)}#/join`);
    expect(readClassParam(`?class=${encodeSession(session)}`)).toEqual({ ok: true, session });
    expect(readClassParam('?run=R1.x')).toBeNull();
  });
});

describe('registration assignment', () => {
  it('gives everyone the registration the teacher chose', () => {
    expect(registrationFor({ ...session, assign: 'rural' }, 2, 0.9)).toBe('rural');
    expect(registrationFor({ ...session, assign: 'urban' }, 1, 0.1)).toBe('urban');
  });

  it('splits the class half and half by seat number: odd seats rural, even seats urban', () => {
    const kinds = Array.from({ length: 30 }, (_, i) => registrationFor(session, i + 1, 0.9));
    expect(kinds.filter((k) => k === 'rural')).toHaveLength(15);
    expect(kinds.slice(0, 4)).toEqual(['rural', 'urban', 'rural', 'urban']);
  });

  it('falls back to the draw when no seat number was typed', () => {
    expect(registrationFor(session, null, 0.2)).toBe('rural');
    expect(registrationFor(session, Number.NaN, 0.7)).toBe('urban');
  });

  it('draws with the roll in draw mode, whatever the seat', () => {
    const draw = { ...session, assign: 'draw' as const };
    expect(registrationFor(draw, 1, 0.49)).toBe('rural');
    expect(registrationFor(draw, 1, 0.5)).toBe('urban');
  });

  it('maps a kind to the level registration: rural from elsewhere, the city’s own urban', () => {
    const regs = testLevel().registrations;
    expect(registrationIdFor(regs, 'rural')).toBe('rural');
    expect(registrationIdFor(regs, 'urban')).toBe('urban');
    expect(
      registrationIdFor(
        [
          { ...regs[1]!, id: 'urban-other', place: 'elsewhere' },
          { ...regs[1]!, id: 'urban-local', place: 'local' },
        ],
        'urban',
      ),
    ).toBe('urban-local');
    expect(registrationIdFor([regs[1]!], 'rural')).toBeUndefined();
  });
});
