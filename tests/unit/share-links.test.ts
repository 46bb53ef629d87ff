// What a link's query and a finished run's result code mean to the player: a parameter is replaced,
// never doubled, and everything else in the address kept; a run's code stays the same on every redraw.
import { describe, expect, it } from 'vitest';
import { randomBot } from '../../src/rules';
import { readParam, withParam } from '../../src/share/query';
import { decodeResult } from '../../src/share/result-code';
import { keepNonce, nonceOf, resultCodeFor } from '../../src/share/run-result-code';
import { botRun } from '../helpers/bot-runs';
import { testLevel } from '../helpers/builders';

describe('a parameter in a link', () => {
  it('is added to an address without a query, and to one with a query, keeping the rest and the hash', () => {
    expect(withParam('https://x.org/game/', 'run', 'R1')).toBe('https://x.org/game/?run=R1');
    expect(withParam('https://x.org/?lang=zh-Hans#top', 'run', 'R1')).toBe(
      'https://x.org/?lang=zh-Hans&run=R1#top',
    );
    expect(withParam('https://x.org/#a?b', 'run', 'R1')).toBe('https://x.org/?run=R1#a?b');
  });

  it('replaces an old value of the same name, a bare name and empty parts, and leaves names that only start alike', () => {
    expect(withParam('https://x.org/?run=old&a=1&&run&runner=2', 'run', 'new')).toBe(
      'https://x.org/?a=1&runner=2&run=new',
    );
  });

  it('is written percent-encoded and read back as written', () => {
    const url = withParam('https://x.org/', 'class', 'a b&c=d/é');
    expect(url).toBe('https://x.org/?class=a%20b%26c%3Dd%2F%C3%A9');
    expect(readParam(url.slice(url.indexOf('?')), 'class')).toBe('a b&c=d/é');
  });

  it('is read with or without the "?", first value first, a "+" as a space; null when absent, undefined when not percent-encoding', () => {
    expect(readParam('?a=1&run=R1&run=R2', 'run')).toBe('R1');
    expect(readParam('run=R1', 'run')).toBe('R1');
    expect(readParam('?run=a+b', 'run')).toBe('a b');
    expect(readParam('?run', 'run')).toBe('');
    expect(readParam('?runner=1', 'run')).toBeNull();
    expect(readParam('', 'run')).toBeNull();
    expect(readParam('?run=%E0%A4%A', 'run')).toBeUndefined();
    expect(readParam(undefined as unknown as string, 'run')).toBeNull();
  });
});

describe('a finished run’s result code', () => {
  const level = testLevel();

  it('is the same on every redraw, carries the run’s result, and a run brought back with its nonce gets the same code', () => {
    const { state, twinState } = botRun(level, null, 'rural', 7, randomBot);
    expect(nonceOf(state)).toBeUndefined();
    const code = resultCodeFor(level, state, twinState);
    expect(resultCodeFor(level, state, twinState)).toBe(code);
    const nonce = nonceOf(state)!;
    expect(nonce).toBeGreaterThanOrEqual(0);
    expect(nonce).toBeLessThan(2 ** 16);
    const decoded = decodeResult(code);
    expect(decoded.ok && decoded.result).toMatchObject({
      levelId: 'test',
      registrationId: 'rural',
      seed: 7,
      nonce,
    });
    // The same run read back from a save is a new object: given its nonce, its code is the same.
    const restored = structuredClone(state);
    keepNonce(restored, nonce);
    expect(nonceOf(restored)).toBe(nonce);
    expect(resultCodeFor(level, restored, twinState)).toBe(code);
  });
});
