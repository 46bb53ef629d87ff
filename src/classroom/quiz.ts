// The before/after questions of a class session: multiple choice, each resting on one fact of
// levels/facts.json (whose text holds the right answer). Their order is fixed, because result
// codes carry answers by question index and the debrief marks them with quizKey().
import type { Localized } from '../rules/types';
import data from './quiz.json';

export interface QuizQuestion {
  /** The fact id in levels/facts.json that holds the answer. */
  fact: string;
  question: Localized;
  options: Localized[];
  /** Index of the right option. */
  answer: number;
}

export const QUIZ: readonly QuizQuestion[] = data.questions;

/** The right option of each question, by index: what aggregate() marks answers against. */
export function quizKey(): number[] {
  return QUIZ.map((q) => q.answer);
}

/** How many answers match the key (an answer past the end or missing counts as wrong). */
export function quizScore(answers: readonly number[]): number {
  return QUIZ.reduce((n, q, i) => (answers[i] === q.answer ? n + 1 : n), 0);
}
