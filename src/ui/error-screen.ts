// Friendly error screens: content problems (file, JSON pointer, message) and unexpected errors.
import type { Problem } from '../content/problems';
import { t } from '../i18n';
import { el, iconButton } from './dom';

export function renderProblems(root: HTMLElement, problems: readonly Problem[], back: () => void): void {
  root.replaceChildren(
    el(
      'div',
      { className: 'screen screen-error', role: 'alert' },
      el('h1', {}, t('error.content')),
      el('p', {}, t('error.contentBody')),
      el(
        'ul',
        { className: 'problems' },
        ...problems.map((p) =>
          el('li', {}, el('code', {}, p.file), ' ', el('code', {}, p.pointer), el('p', {}, p.message)),
        ),
      ),
      iconButton('home', t('error.back'), back, 'btn btn-primary', { 'data-autofocus': '' }),
    ),
  );
  root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
}

/** `saved`: a line saying the run is saved, given only when it really is. */
export function renderCrash(
  root: HTMLElement,
  detail: string,
  back: () => void,
  saved: string | null = null,
): void {
  root.replaceChildren(
    el(
      'div',
      { className: 'screen screen-error', role: 'alert' },
      el('h1', {}, t('error.heading')),
      el('p', {}, t('error.body')),
      saved ? el('p', { className: 'crash-saved' }, saved) : null,
      el('details', {}, el('summary', {}, t('error.details')), el('pre', {}, detail)),
      iconButton('home', t('error.back'), back, 'btn btn-primary', { 'data-autofocus': '' }),
    ),
  );
  root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
}
