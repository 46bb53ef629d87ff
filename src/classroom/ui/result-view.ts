// The end of a class session: the result codes to hand in (text, QR, Copy), and how the answers went.
import { t } from '../../i18n';
import { encodeResult } from '../../share/result-code';
import { button, el } from '../../ui/dom';
import { withAnswers } from '../class-result';
import { type QuizQuestion, quizScore } from '../quiz';
import { copyButton, studentScreen } from './controls';
import { quizList } from './debrief-parts';
import type { ClassProgress } from './progress';
import { qrSvg } from './qr';

/** The codes to hand in: each level's class result code, now with the answers after playing. */
export function resultCodes(p: ClassProgress): string[] {
  const quiz = p.before ? { before: p.before, after: p.after ?? [] } : null;
  return p.results.map((r, i) => {
    const code = p.codes[i];
    return code ? withAnswers(code, quiz) : encodeResult({ ...r, quiz });
  });
}

export function renderResult(
  root: HTMLElement,
  p: ClassProgress,
  questions: readonly QuizQuestion[],
  title: () => void,
): void {
  const text = resultCodes(p).join('\n');
  const pre = el('pre', { className: 'class-result', attrs: { 'data-codes': text } }, text);
  const copy = copyButton(t('classroom.copy'), text, pre, 'btn btn-primary btn-big', {
    'data-autofocus': '',
    'data-action': 'copy',
  });
  studentScreen(
    root,
    t('classroom.result.heading'),
    el('p', { className: 'lead' }, t('classroom.result.intro')),
    el(
      'div',
      { className: 'class-output' },
      el('div', {}, pre, copy),
      el('div', { className: 'class-qr' }, qrSvg(text, t('classroom.result.qrLabel'))),
    ),
    p.before && p.after
      ? el(
          'section',
          { className: 'card' },
          el(
            'h2',
            {},
            t('classroom.result.quiz', {
              before: quizScore(p.before, questions),
              after: quizScore(p.after, questions),
              total: questions.length,
            }),
          ),
          quizList(questions),
        )
      : null,
    el('p', { className: 'muted' }, t('classroom.result.privacy')),
    button(t('classroom.result.title'), title, 'btn'),
  );
  copy.focus();
}
