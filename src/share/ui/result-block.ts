// The result code on the outcome screen, with a Copy button: what a student hands to the teacher.
// The classroom view may also show it as a QR code; it reads the code from `.result-code`.
import { t } from '../../i18n';
import type { Level, RunState } from '../../rules/types';
import { button, el } from '../../ui/dom';
import { resultCodeFor } from '../run-result-code';
import { copyText, statusLine } from './share-panel';

export function resultCodeBlock(level: Level, state: RunState, twin: RunState | null): HTMLElement {
  let code: string;
  try {
    code = resultCodeFor(level, state, twin);
  } catch {
    return el('span', { hidden: true }); // a run a code cannot carry: nothing to hand in
  }
  const status = statusLine('result-status');
  const field = el('code', { className: 'result-code', attrs: { 'data-code': code } }, code);
  return el(
    'section',
    { className: 'card result-block' },
    el('h2', {}, t('share.result.heading')),
    el('p', { className: 'muted' }, t('share.result.hint')),
    el('p', { className: 'result-code-line' }, field),
    el(
      'div',
      { className: 'row' },
      button(
        t('share.result.copy'),
        () => void copyText(code, field, status.say, t('share.status.codeCopied')),
        'btn result-copy',
      ),
    ),
    status.node,
  );
}
