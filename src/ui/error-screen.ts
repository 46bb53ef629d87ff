// Friendly error screens: content problems (file, JSON pointer, message) and unexpected errors.
import type { Problem } from '../content/problems';
import { t } from '../i18n';
import { type Child, disclosure, el, iconButton } from './dom';

/** An error screen: heading, a line, what is known, and the way back (focused). */
function errorScreen(
  root: HTMLElement,
  heading: string,
  lead: string,
  back: () => void,
  ...known: Child[]
): void {
  root.replaceChildren(
    el(
      'div',
      { className: 'screen screen-error', role: 'alert' },
      el('h1', {}, heading),
      el('p', {}, lead),
      ...known,
      iconButton('home', t('error.back'), back, 'btn btn-primary', { 'data-autofocus': '' }),
    ),
  );
  root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
}

export function renderProblems(root: HTMLElement, problems: readonly Problem[], back: () => void): void {
  const list = problems.map((p) =>
    el('li', {}, el('code', {}, p.file), ' ', el('code', {}, p.pointer), el('p', {}, p.message)),
  );
  errorScreen(
    root,
    t('error.content'),
    t('error.contentBody'),
    back,
    el('ul', { className: 'problems' }, ...list),
  );
}

/** `saved`: a line saying the run is saved, given only when it really is. */
export function renderCrash(
  root: HTMLElement,
  detail: string,
  back: () => void,
  saved: string | null = null,
): void {
  errorScreen(
    root,
    t('error.heading'),
    t('error.body'),
    back,
    saved ? el('p', { className: 'crash-saved' }, saved) : null,
    disclosure(t('error.details'), {}, el('pre', {}, detail)),
  );
}
