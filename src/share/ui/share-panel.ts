// The share panel: the outcome card in both sizes with its alt text, the chat text and the run link;
// the Web Share API with the image where the browser can share files, else download and copy.
import { t } from '../../i18n';
import { isFileCopy } from '../../platform/site';
import { type DialogHandle, openDialog } from '../../ui/dialog';
import { button, disclosure, el } from '../../ui/dom';
import type { CardModel } from '../card-model';
import { cardFor, type FinishedRun, loadArt, renderCard, shareLink, viewOf } from './card-render';
import { CARD_SIZES, type CardSize } from './draw-card';
import { withFamily } from './family-art';

const SIZES: CardSize[] = ['link', 'story'];
const sizeName = (s: CardSize) => `${CARD_SIZES[s].width}x${CARD_SIZES[s].height}`;

/** Copies text; when the clipboard is refused, selects the field so that Ctrl+C works. */
export async function copyText(
  text: string,
  field: HTMLElement | null,
  say: (msg: string) => void,
  done: string,
) {
  try {
    await navigator.clipboard.writeText(text);
    say(done);
  } catch {
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.select();
    else if (field) window.getSelection()?.selectAllChildren(field);
    say(t('share.status.copyFailed'));
  }
}

/** A live region for confirmations; the text is reset first so that a repeat is announced again. */
export function statusLine(className = 'share-status'): { node: HTMLElement; say(msg: string): void } {
  const node = el('p', { className, role: 'status', attrs: { 'aria-live': 'polite' } });
  return {
    node,
    say(msg) {
      node.textContent = '';
      setTimeout(() => {
        node.textContent = msg;
      }, 30);
    },
  };
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, attrs: { download: name }, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function panelBody(run: FinishedRun, handle: () => DialogHandle | null): Node[] {
  const url = shareLink(run);
  const card: CardModel = cardFor(run, url);
  const status = statusLine();
  const blobs = new Map<CardSize, Blob>();
  const imgs = SIZES.map((s) =>
    el('img', {
      className: `share-card share-card-${s}`,
      attrs: {
        alt: card.alt,
        'data-size': sizeName(s),
        width: String(CARD_SIZES[s].width),
        height: String(CARD_SIZES[s].height),
      },
    }),
  );
  const fileOf = (s: CardSize, b: Blob) =>
    new File([b], t('share.file', { size: sizeName(s) }), { type: 'image/png' });
  const shareBtn = button(
    t('share.shareImage'),
    async () => {
      const b = blobs.get('link');
      if (!b) return;
      try {
        await navigator.share({
          files: [fileOf('link', b)],
          title: t('share.card.game'),
          text: card.summary,
        });
        status.say(t('share.status.shared'));
      } catch (e) {
        if ((e as Error)?.name !== 'AbortError') status.say(t('share.status.shareFailed'));
      }
    },
    'btn btn-primary share-native',
  );
  shareBtn.hidden = true;
  const downloads = SIZES.map((s) =>
    button(
      t(s === 'link' ? 'share.downloadLink' : 'share.downloadStory'),
      () => {
        const b = blobs.get(s);
        if (!b) return;
        const name = t('share.file', { size: sizeName(s) });
        save(b, name);
        status.say(t('share.status.downloaded', { name }));
      },
      `btn share-download share-download-${s}`,
    ),
  );
  for (const d of downloads) d.disabled = true;
  const textArea = el('textarea', {
    className: 'share-text',
    id: 'share-text',
    attrs: { readonly: '', rows: '7' },
  });
  textArea.value = card.summary;
  const linkField = el('input', {
    className: 'share-link',
    id: 'share-link',
    attrs: { readonly: '', type: 'url' },
  });
  linkField.value = url;
  const drawing = el('p', { className: 'muted share-drawing' }, t('share.drawing'));

  void loadArt().then(async (base) => {
    const art = await withFamily(base, run);
    const view = viewOf(card);
    for (const s of SIZES) {
      const blob = await renderCard(view, s, art);
      blobs.set(s, blob);
      const img = imgs[SIZES.indexOf(s)]!;
      img.src = URL.createObjectURL(blob);
      img.addEventListener('load', () => URL.revokeObjectURL(img.src), { once: true });
    }
    if (!handle()?.element.isConnected) return;
    drawing.remove();
    for (const d of downloads) d.disabled = false;
    const b = blobs.get('link');
    shareBtn.hidden = !(
      b &&
      typeof navigator.canShare === 'function' &&
      navigator.canShare({ files: [fileOf('link', b)] })
    );
    handle()?.element.classList.add('share-ready');
  });

  return [
    el('figure', { className: 'share-preview' }, ...imgs),
    drawing,
    el('div', { className: 'row share-actions' }, shareBtn, ...downloads),
    el('label', { className: 'share-label', attrs: { for: 'share-text' } }, t('share.textLabel')),
    textArea,
    el(
      'div',
      { className: 'row' },
      button(
        t('share.copyText'),
        () => void copyText(card.summary, textArea, status.say, t('share.status.textCopied')),
        'btn share-copy-text',
      ),
    ),
    el('label', { className: 'share-label', attrs: { for: 'share-link' } }, t('share.linkLabel')),
    linkField,
    ...(isFileCopy() ? [el('p', { className: 'notice file-link' }, t('share.fileLink'))] : []),
    el(
      'div',
      { className: 'row' },
      button(
        t('share.copyLink'),
        () => void copyText(url, linkField, status.say, t('share.status.linkCopied')),
        'btn share-copy-link',
      ),
    ),
    disclosure(
      t('share.altLabel'),
      { className: 'share-alt-box' },
      el('p', { className: 'share-alt' }, card.alt),
    ),
    status.node,
  ];
}

/** Opens the panel; it redraws itself (and the card) when the language changes. */
export function openSharePanel(run: FinishedRun): DialogHandle {
  let handle: DialogHandle | null = null;
  handle = openDialog({
    title: () => t('share.heading'),
    body: () => panelBody(run, () => handle),
    className: 'panel-wide panel-share',
  });
  return handle;
}
