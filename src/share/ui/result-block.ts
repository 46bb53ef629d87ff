// The result code on the outcome screen, with a Copy button: what a student hands to the teacher.
// The classroom view may also show it as a QR code; it reads the code from `.result-code`.
import { t } from '../../i18n';
import type { Level, RunState } from '../../rules/types';
import { button, el } from '../../ui/dom';
import { encodeResult, resultFromRun } from '../result-code';
import { copyText, statusLine } from './share-panel';

// One nonce per finished run, kept across redraws (a language switch must not change the code).
const nonces = new WeakMap<RunState, number>();

/** The nonce a finished run's code carries (drawn on first show; the app keeps it in the save). */
export function nonceOf(state: RunState): number | undefined {
  return nonces.get(state);
}

/** Gives a run brought back from the save the nonce its code had, so the code stays the same. */
export function keepNonce(state: RunState, nonce: number): void {
  nonces.set(state, nonce);
}

export function resultCodeFor(level: Level, state: RunState, twin: RunState | null): string {
  let nonce = nonces.get(state);
  if (nonce === undefined) {
    nonce = crypto.getRandomValues(new Uint16Array(1))[0]!;
    nonces.set(state, nonce);
  }
  return encodeResult(resultFromRun(level, state, twin, null, { nonce }));
}

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
