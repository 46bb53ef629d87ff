// Tiny DOM builders. Text always goes in through textContent, never innerHTML.
import { type IconName, icon } from './icons';

type Props = {
  className?: string;
  id?: string;
  role?: string;
  title?: string;
  href?: string;
  type?: string;
  tabIndex?: number;
  hidden?: boolean;
  lang?: string;
  attrs?: Record<string, string>;
};

export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  if (props.role) node.setAttribute('role', props.role);
  if (props.title) node.title = props.title;
  if (props.href && node instanceof HTMLAnchorElement) node.href = props.href;
  if (props.type) node.setAttribute('type', props.type);
  if (props.tabIndex !== undefined) node.tabIndex = props.tabIndex;
  if (props.hidden) node.hidden = true;
  if (props.lang) node.lang = props.lang;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  append(node, children);
  return node;
}

export function append(node: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

export function button(
  label: string,
  onClick: (ev: MouseEvent) => void,
  className = 'btn',
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  const b = el('button', { className, type: 'button', attrs });
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

export function clear(node: Element): void {
  node.replaceChildren();
}

/** A small icon + word pair so meaning never rests on colour alone. */
export function mark(ok: boolean, word: string): HTMLElement {
  return el(
    'span',
    { className: ok ? 'mark mark-ok' : 'mark mark-no' },
    icon(ok ? 'check' : 'cross'),
    el('span', {}, word),
  );
}

/** A button with a leading icon; the label stays real text for screen readers and tests. */
export function iconButton(
  name: IconName,
  label: string,
  onClick: (ev: MouseEvent) => void,
  className = 'btn',
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  const b = button('', onClick, className, attrs);
  b.append(icon(name), el('span', {}, label));
  return b;
}

/** A rounded label with an icon, for days, costs and statuses. */
export function chip(name: IconName, text: string, className = ''): HTMLElement {
  return el('span', { className: `chip ${className}` }, icon(name), el('span', {}, text));
}

/** A folded section (`<details>`): its summary line shows, the rest opens when asked. */
export function disclosure(summary: string, props: Props, ...children: Child[]): HTMLDetailsElement {
  return el('details', props, el('summary', {}, summary), ...children);
}

/** An empty place a screen leaves for a feature to fill (`display: contents`: no box of its own). */
export function slot(name: string): HTMLElement {
  return el('div', { className: 'slot', attrs: { 'data-slot': name } });
}
