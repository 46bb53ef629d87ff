// The before/after questions as one form of radio groups; every question must be answered.
import { loc, t } from '../../i18n';
import { el } from '../../ui/dom';
import type { QuizQuestion } from '../quiz';
import { studentScreen } from './controls';

export function renderQuiz(
  root: HTMLElement,
  phase: 'before' | 'after',
  questions: readonly QuizQuestion[],
  done: (answers: number[]) => void,
): void {
  const chosen: (number | undefined)[] = questions.map(() => undefined);
  const message = el('p', { className: 'notice', role: 'alert', hidden: true });
  const form = el(
    'form',
    { className: 'class-quiz' },
    ...questions.map((q, i) =>
      el(
        'fieldset',
        { className: 'card quiz-question', attrs: { 'data-question': String(i) } },
        el(
          'legend',
          {},
          t('classroom.quiz.number', { n: i + 1, total: questions.length }),
          ' ',
          loc(q.question),
        ),
        ...q.options.map((o, k) => {
          const input = el('input', { type: 'radio', attrs: { name: `q${i}`, value: String(k) } });
          input.addEventListener('change', () => {
            chosen[i] = k;
          });
          return el('label', { className: 'class-choice quiz-option' }, input, ` ${loc(o)}`);
        }),
      ),
    ),
    message,
    el('button', { className: 'btn btn-primary btn-big', type: 'submit' }, t('classroom.quiz.submit')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const missing = chosen.indexOf(undefined);
    if (missing >= 0) {
      message.textContent = t('classroom.quiz.missing', { n: missing + 1 });
      message.hidden = false;
      form.querySelector<HTMLInputElement>(`input[name="q${missing}"]`)?.focus();
      return;
    }
    done(chosen as number[]);
  });
  studentScreen(
    root,
    t(`classroom.quiz.${phase}Heading`),
    el('p', { className: 'lead' }, t(`classroom.quiz.${phase}Intro`)),
    form,
  );
  form.querySelector<HTMLInputElement>('input')?.focus();
}
