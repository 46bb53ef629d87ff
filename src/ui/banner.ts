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

const shown = new Map<string, BannerSpec>();
let host: HTMLElement | null = null;
let unsubLang: (() => void) | null = null;

function draw(): void {
  if (!host) {
    host = el('div', { className: 'banners', id: 'banners' });
    document.body.prepend(host);
    unsubLang = onLanguage(draw);
  }
  host.replaceChildren(
    ...[...shown].map(([key, spec]) =>
      el(
        'div',
        { className: `banner banner-${key}`, role: spec.urgency ?? 'status' },
        el('p', {}, t(spec.text)),
        spec.action ? button(t(spec.action.label), spec.action.run, 'btn btn-primary banner-action') : null,
        button(t('lifecycle.dismiss'), () => hideBanner(key), 'btn banner-close'),
      ),
    ),
  );
  host.hidden = shown.size === 0;
}

export function showBanner(key: string, spec: BannerSpec): void {
  const same = shown.get(key);
  if (same && same.text === spec.text) return;
  shown.set(key, spec);
  draw();
}

export function hideBanner(key: string): void {
  if (!shown.delete(key)) return;
  draw();
}

/** For tests of a page that lives on: drop every banner and the language hook. */
export function resetBanners(): void {
  shown.clear();
  unsubLang?.();
  unsubLang = null;
  host?.remove();
  host = null;
}
