// Short notes pinned to the top of the page over every screen: storage trouble, a new version
// ready. Each has a key (shown once however often it is raised), an optional action and a close
// button; the text is looked up again when the language changes.
import { onLanguage, t } from '../i18n';
import './banner.css';
import { button, el } from './dom';

export interface BannerSpec {
  /** Locale key of the text. */
  text: string;
  /** Locale key and handler of an optional action button. */
  action?: { label: string; run: () => void };
  /** 'alert' interrupts a screen reader; 'status' waits its turn. */
  urgency?: 'alert' | 'status';
}

// The banners are the page's own state: each is an element in the box #banners (made on first
// use), carrying its key and its text's key; no list is kept beside them.

/** The box the banners live in, at the top of the page. */
function bannerBox(): HTMLElement {
  const existing = document.getElementById('banners');
  if (existing) return existing;
  const box = el('div', { className: 'banners', id: 'banners', hidden: true });
  document.body.prepend(box);
  return box;
}

function bannerOf(box: HTMLElement, key: string): HTMLElement | null {
  return box.querySelector<HTMLElement>(`[data-banner="${CSS.escape(key)}"]`);
}

/** One banner; it draws its words again when the language changes, until it is taken away. */
function banner(key: string, spec: BannerSpec): HTMLElement {
  const b = el('div', {
    className: `banner banner-${key}`,
    role: spec.urgency ?? 'status',
    attrs: { 'data-banner': key, 'data-text': spec.text },
  });
  const draw = () =>
    b.replaceChildren(
      el('p', {}, t(spec.text)),
      ...(spec.action
        ? [button(t(spec.action.label), spec.action.run, 'btn btn-primary banner-action')]
        : []),
      button(t('lifecycle.dismiss'), () => hideBanner(key), 'btn banner-close'),
    );
  draw();
  const off = onLanguage(() => (b.isConnected ? draw() : off()));
  return b;
}

export function showBanner(key: string, spec: BannerSpec): void {
  const box = bannerBox();
  const same = bannerOf(box, key);
  if (same && same.dataset.text === spec.text) return;
  const b = banner(key, spec);
  if (same) same.replaceWith(b);
  else box.append(b);
  box.hidden = false;
}

export function hideBanner(key: string): void {
  const box = document.getElementById('banners');
  const b = box && bannerOf(box, key);
  if (!box || !b) return;
  b.remove();
  box.hidden = box.childElementCount === 0;
}

/** For tests of a page that lives on: drop every banner (their language hooks end with them). */
export function resetBanners(): void {
  document.getElementById('banners')?.remove();
}
