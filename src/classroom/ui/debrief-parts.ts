// Smaller parts of the debrief: the quiz's questions with their facts, and the discussion questions.
import { loc, t } from '../../i18n';
import { el } from '../../ui/dom';
import type { QuizQuestion } from '../quiz';

const DISCUSSION = { walls: 4, city: 4, choice: 2 } as const;

/** One question with its right answer and the fact it rests on. */
export function quizItem(q: QuizQuestion): HTMLElement {
  return el(
    'span',
    { className: 'quiz-item' },
    el('span', {}, loc(q.question)),
    ' ',
    el('strong', {}, t('classroom.quiz.answer', { answer: loc(q.options[q.answer]) })),
    ' ',
    el('span', { className: 'muted' }, t('classroom.quiz.fact', { id: q.fact })),
  );
}

/** The questions asked before and after, each with its right answer and the fact it rests on. */
export function quizList(questions: readonly QuizQuestion[]): HTMLElement {
  return el('ol', { className: 'quiz-key' }, ...questions.map((q) => el('li', {}, quizItem(q))));
}

/** Discussion questions from the teacher guide: the walls, the city's view, and choice or circumstance. */
export function discussion(): HTMLElement {
  return el(
    'section',
    { className: 'card debrief-discussion' },
    el('h2', {}, t('classroom.discuss.heading')),
    ...Object.entries(DISCUSSION).flatMap(([group, n]) => [
      el('h3', {}, t(`classroom.discuss.${group}.heading`)),
      el(
        'ul',
        {},
        ...Array.from({ length: n }, (_, i) => el('li', {}, t(`classroom.discuss.${group}.q${i + 1}`))),
      ),
    ]),
  );
}
