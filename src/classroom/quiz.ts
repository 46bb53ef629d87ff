// The before/after questions of a class session: a bank of multiple-choice questions, each resting
// on one fact of levels/facts.json (whose text holds the right answer). A class asks the questions
// whose facts its levels teach (cite), at most QUESTIONS_PER_CLASS, in bank order; result codes
// carry answers by their place in that list, so the bank is append-only and its order fixed.
import type { Level, Localized } from '../rules/types';
import data from './quiz.json';
import { decodeSession } from './session';

export interface QuizQuestion {
  /** The fact id in levels/facts.json that holds the answer. */
  fact: string;
  question: Localized;
  options: Localized[];
  /** Index of the right option. */
  answer: number;
}

/** The whole bank, in its fixed order. */
export const QUIZ: readonly QuizQuestion[] = data.questions;
/** The five questions every class asked before the bank was keyed to facts (ordinary IW1 codes). */
export const GENERAL_QUIZ: readonly QuizQuestion[] = QUIZ.slice(0, 5);
/** A class result code carries at most 7 answers a phase; five keep a lesson short. */
export const QUESTIONS_PER_CLASS = 5;

/** Every fact id a level cites anywhere (walls, actions, events, goals, notes). */
export function levelFacts(level: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) for (const y of x) walk(y);
    else if (x && typeof x === 'object')
      for (const [k, v] of Object.entries(x)) {
        if (k !== 'facts' || !Array.isArray(v)) walk(v);
        else for (const f of v) if (typeof f === 'string') out.add(f);
      }
  };
  walk(level);
  return out;
}

/**
 * The questions a class with these levels asks: those whose fact one of the levels cites, in bank
 * order, at most QUESTIONS_PER_CLASS. Missing levels are skipped.
 */
export function questionsFor(levels: readonly (Level | undefined)[]): QuizQuestion[] {
  const taught = new Set<string>();
  for (const l of levels) if (l) for (const f of levelFacts(l)) taught.add(f);
  return QUIZ.filter((q) => taught.has(q.fact)).slice(0, QUESTIONS_PER_CLASS);
}

/**
 * The questions a class asks: its levels' questions (questionsFor) without those the teacher
 * switched off (bit i of `questionsOff` = question i). Answers are kept by place in this list.
 */
export function classQuestions(levels: readonly (Level | undefined)[], questionsOff = 0): QuizQuestion[] {
  return questionsFor(levels).filter((_, i) => (questionsOff & (1 << i)) === 0);
}

/**
 * The questions a class result's answers refer to, from its class code alone (its levels and the
 * questions its teacher switched off); none for a code that does not decode.
 */
export function questionsOfClass(
  classCode: string,
  levelById: (id: string) => Level | undefined,
): QuizQuestion[] {
  const d = decodeSession(classCode);
  return d.ok ? classQuestions(d.session.levels.map(levelById), d.session.questionsOff) : [];
}

/** The right option of each question, by index: what aggregate() marks answers against. */
export function quizKey(questions: readonly QuizQuestion[] = GENERAL_QUIZ): number[] {
  return questions.map((q) => q.answer);
}

/** How many answers match the key (an answer past the end or missing counts as wrong). */
export function quizScore(
  answers: readonly number[],
  questions: readonly QuizQuestion[] = GENERAL_QUIZ,
): number {
  return questions.reduce((n, q, i) => (answers[i] === q.answer ? n + 1 : n), 0);
}
