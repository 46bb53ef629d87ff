// Controls the class pages share: a Copy button that falls back to selecting the text, and a
// page with Back and a projector toggle in its top row (the teacher page and the debrief).
import { t } from '../../i18n';
import { button, type Child, el, iconButton } from '../../ui/dom';

/** Copies `text`; where the clipboard is refused, selects `shown` (the text on screen) to copy by hand. */
export function copyButton(
  label: string,
  text: string,
  shown: HTMLElement,
  className: string,
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  const copy = button(
    label,
    async () => {
      try {
        await navigator.clipboard.writeText(text);
        copy.textContent = t('classroom.copied');
      } catch {
        shown.focus();
        window.getSelection()?.selectAllChildren(shown);
      }
    },
    className,
    attrs,
  );
  return copy;
}

/**
 * A class page that a projector can show larger: Back and the projector toggle above `body`. The
 * choice is kept in `held` (the page's own state, held by the classroom), so that it outlives a redraw.
 */
export function projectorPage(
  className: string,
  held: { projector: boolean },
  back: () => void,
  toggle: { className: string; attrs?: Record<string, string> },
  ...body: Child[]
): HTMLElement {
  const projector = button(
    t('classroom.projector'),
    () => {
      held.projector = !held.projector;
      page.classList.toggle('projector', held.projector);
      projector.setAttribute('aria-pressed', String(held.projector));
    },
    toggle.className,
    { ...toggle.attrs, 'aria-pressed': String(held.projector) },
  );
  const page = el(
    'div',
    { className: `screen class-page ${className}${held.projector ? ' projector' : ''}` },
    el(
      'div',
      { className: 'row no-print' },
      iconButton('arrow', t('classroom.back'), back, 'btn btn-back'),
      projector,
    ),
    ...body,
  );
  return page;
}

/** Shows one of a student's class screens: its heading, then `body`. */
export function studentScreen(root: HTMLElement, heading: string, ...body: Child[]): void {
  root.replaceChildren(
    el('div', { className: 'screen class-page class-student' }, el('h1', {}, heading), ...body),
  );
}
