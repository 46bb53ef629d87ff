import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GENERAL_QUIZ,
  levelFacts,
  QUESTIONS_PER_CLASS,
  QUIZ,
  questionsFor,
  quizKey,
  quizScore,
} from '../../src/classroom/quiz';
import { shipped } from '../helpers/shipped';

type L = { en: string; 'zh-Hans': string };
const facts = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'levels', 'facts.json'), 'utf8')) as {
    facts: { id: string; text: L; figure?: L }[];
  }
).facts;

describe('the before/after questions', () => {
  it('is a bank of questions on distinct facts, each with three or four options in both languages', () => {
    expect(QUIZ.length).toBeGreaterThanOrEqual(10);
    expect(new Set(QUIZ.map((q) => q.fact)).size).toBe(QUIZ.length); // the debrief keys rows by fact
    expect(QUESTIONS_PER_CLASS).toBeLessThanOrEqual(7); // a class result code carries at most 7 answers
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
    expect(key).toEqual(GENERAL_QUIZ.map((q) => q.answer));
    expect(quizScore(key)).toBe(GENERAL_QUIZ.length);
    expect(quizScore([])).toBe(0);
    expect(quizScore(key.map((a, i) => (i === 0 ? a + 1 : a)))).toBe(GENERAL_QUIZ.length - 1);
  });

  it('asks a class the questions whose facts its levels teach, in bank order, at most five', () => {
    const content = shipped();
    for (const id of content.order) {
      const level = content.levels.get(id)!;
      const asked = questionsFor([level]);
      const taught = levelFacts(level);
      // Every question asked rests on a fact the level cites, and every level asks at least three.
      for (const q of asked) expect(taught.has(q.fact), `${id}: ${q.fact}`).toBe(true);
      expect(asked.length, id).toBeGreaterThanOrEqual(3);
      expect(asked.length).toBeLessThanOrEqual(QUESTIONS_PER_CLASS);
      // In bank order, and none left out before the last one picked.
      const at = asked.map((q) => QUIZ.indexOf(q));
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      const skipped = QUIZ.slice(0, at[at.length - 1]).filter((q) => !asked.includes(q));
      for (const q of skipped) expect(taught.has(q.fact)).toBe(false);
    }
    // Factory city: all five of its questions are about its own facts (the old set cited two).
    const factory = questionsFor([content.levels.get('factory-city')]);
    expect(factory).toHaveLength(5);
    // A question on a fact no chosen level cites is never asked.
    const capitalOnly = QUIZ.find((q) => q.fact === 'beijing-points-quota')!;
    expect(factory).not.toContain(capitalOnly);
    expect(questionsFor([content.levels.get('capital')])).toContain(capitalOnly);
  });
});
