import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUIZ, quizKey, quizScore } from '../../src/classroom/quiz';

type L = { en: string; 'zh-Hans': string };
const facts = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'levels', 'facts.json'), 'utf8')) as {
    facts: { id: string; text: L; figure?: L }[];
  }
).facts;

describe('the before/after questions', () => {
  it('asks about five questions, each with three or four options in both languages', () => {
    expect(QUIZ.length).toBeGreaterThanOrEqual(4);
    expect(QUIZ.length).toBeLessThanOrEqual(8); // a result code carries at most 8 answers
    for (const q of QUIZ) {
      expect(q.options.length).toBeGreaterThanOrEqual(3);
      expect(q.options.length).toBeLessThanOrEqual(4);
      for (const text of [q.question, ...q.options]) {
        expect(text.en.trim()).not.toBe('');
        expect(text['zh-Hans']).toMatch(/[\u4e00-\u9fff0-9%]/);
      }
      expect(new Set(q.options.map((o) => o.en)).size).toBe(q.options.length);
    }
  });

  it('cites a fact for each question whose text holds the right answer, in both languages', () => {
    for (const q of QUIZ) {
      const fact = facts.find((f) => f.id === q.fact);
      expect(fact, q.fact).toBeDefined();
      const right = q.options[q.answer]!;
      const strip = (s: string) => s.replace(/^(about |约)/, '');
      expect(`${fact!.text.en} ${fact!.figure?.en ?? ''}`).toContain(strip(right.en));
      expect(`${fact!.text['zh-Hans']} ${fact!.figure?.['zh-Hans'] ?? ''}`).toContain(
        strip(right['zh-Hans']),
      );
    }
  });

  it('marks answers against the key, counting a missing answer as wrong', () => {
    const key = quizKey();
    expect(key).toEqual(QUIZ.map((q) => q.answer));
    expect(quizScore(key)).toBe(QUIZ.length);
    expect(quizScore([])).toBe(0);
    expect(quizScore(key.map((a, i) => (i === 0 ? a + 1 : a)))).toBe(QUIZ.length - 1);
  });
});
