// "This run is open in another tab": shown instead of the city when another tab holds the run
// (src/app/run-lock.ts), before a Continue here or after another tab took the run over.
import { t } from '../i18n';
import { el, iconButton } from './dom';

export function renderElsewhere(
  root: HTMLElement,
  kind: 'elsewhere' | 'taken',
  hooks: { take(): void; back(): void },
): void {
  root.replaceChildren(
    el(
      'div',
      { className: `screen screen-elsewhere screen-${kind}`, role: 'alert' },
      el('h1', {}, t(`lifecycle.${kind}.heading`)),
      el('p', { className: 'lead' }, t(`lifecycle.${kind}.body`)),
      el(
        'div',
        { className: 'row' },
        iconButton('play', t(`lifecycle.${kind}.take`), hooks.take, 'btn btn-primary btn-big take-over', {
          'data-autofocus': '',
        }),
        iconButton('home', t(`lifecycle.${kind}.back`), hooks.back, 'btn'),
      ),
    ),
  );
  root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
}
