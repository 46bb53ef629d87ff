// Modal panels on the native <dialog> (focus trap, Esc and top layer for free). Open panels
// re-render themselves when the language changes, so a switch never loses the run or the panel.
// The open panels are the page's own state: each is a <dialog data-panel> in the host while it
// is open (removed when it closes), and the host is the element marked data-dialog-host.
import { onLanguage, t } from '../i18n';
import { button, el } from './dom';

export interface DialogSpec {
  title: string | (() => string);
  body: Node[] | (() => Node[]);
  className?: string;
  /** When false, Esc does not close it (e.g. a month-end choice must be made). */
  dismissable?: boolean;
  onClose?: () => void;
}

export interface DialogHandle {
  element: HTMLDialogElement;
  close(): void;
  refresh(): void;
}

const CLOSE = 'panel-close';

/** Panels open inside this element from now on (the app's root, so that its settings apply). */
export function setDialogHost(node: HTMLElement): void {
  for (const old of document.querySelectorAll('[data-dialog-host]')) old.removeAttribute('data-dialog-host');
  node.setAttribute('data-dialog-host', '');
}

const dialogHost = () => document.querySelector<HTMLElement>('[data-dialog-host]') ?? document.body;
const openPanels = () => [...document.querySelectorAll<HTMLDialogElement>('dialog[data-panel]')];

export function anyDialogOpen(): boolean {
  return openPanels().length > 0;
}

export function closeAllDialogs(): void {
  for (const d of openPanels()) d.dispatchEvent(new Event(CLOSE));
}

export function openDialog(spec: DialogSpec): DialogHandle {
  const dialog = el('dialog', { className: `panel ${spec.className ?? ''}`, attrs: { 'data-panel': '' } });
  const titleId = `dlg-${Math.random().toString(36).slice(2, 8)}`;
  dialog.setAttribute('aria-labelledby', titleId);
  const previous = document.activeElement as HTMLElement | null;
  let closed = false;
  const handle: DialogHandle = {
    element: dialog,
    close() {
      if (closed) return;
      closed = true;
      offLanguage();
      if (dialog.open) dialog.close();
      dialog.remove();
      spec.onClose?.();
      if (previous?.isConnected) previous.focus();
      else refocus(previous);
    },
    refresh() {
      const title = typeof spec.title === 'function' ? spec.title() : spec.title;
      const body = typeof spec.body === 'function' ? spec.body() : spec.body;
      const head = el(
        'header',
        { className: 'panel-head' },
        el('h2', { id: titleId }, title),
        spec.dismissable === false
          ? null
          : button('✕', () => handle.close(), 'btn-icon', {
              'aria-label': t('venue.close'),
            }),
      );
      dialog.replaceChildren(head, el('div', { className: 'panel-body' }, ...body));
      focusFirst(dialog);
    },
  };
  dialog.addEventListener('cancel', (ev) => {
    ev.preventDefault();
    if (spec.dismissable !== false) handle.close();
  });
  dialog.addEventListener(CLOSE, () => handle.close());
  const offLanguage = onLanguage(() => handle.refresh());
  dialogHost().appendChild(dialog);
  dialog.showModal();
  handle.refresh();
  return handle;
}

/** Focuses the panel's first primary control, else its first control. */
export function focusFirst(root: HTMLElement): void {
  const target =
    root.querySelector<HTMLElement>('[data-autofocus]') ??
    root.querySelector<HTMLElement>('.panel-body button:not([disabled]), .panel-body a') ??
    root.querySelector<HTMLElement>('button');
  target?.focus();
}

/** The element that opened a panel may have been redrawn meanwhile: find its replacement. */
function refocus(previous: HTMLElement | null): void {
  const venue = previous?.dataset.venue;
  const match = venue
    ? document.querySelector<HTMLElement>(`[data-venue="${CSS.escape(venue)}"]`)
    : previous?.id
      ? document.getElementById(previous.id)
      : null;
  match?.focus();
}
