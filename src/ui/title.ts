// The title screen: it appears before Phaser or the levels load.

import { language, t } from '../i18n';
import { assetUrl } from '../platform/site';
import { el, iconButton, slot } from './dom';

export interface TitleHooks {
  play(): void;
  continue: (() => void) | null;
  /** The finished run still in the save: its outcome (and result code) again. */
  lastResult?: (() => void) | null;
  settings(): void;
  sources(): void;
  glossary(): void;
  language(): void;
  /** The teacher's page, when the classroom is there. */
  classroom: (() => void) | null;
}

/** Places the title leaves empty for features to fill (none edits the title by selector). */
export interface TitleSlots {
  /** Under the buttons: the classroom's "Join a class" form. */
  belowButtons: HTMLElement;
}

export function renderTitle(root: HTMLElement, hooks: TitleHooks, notice: string | null): TitleSlots {
  const slots: TitleSlots = { belowButtons: slot('title-below-buttons') };
  const buttons = el(
    'div',
    { className: 'title-buttons' },
    hooks.continue
      ? iconButton('play', t('title.continue'), hooks.continue, 'btn btn-primary btn-big', {
          'data-autofocus': '',
        })
      : null,
    iconButton(
      'play',
      t('title.play'),
      hooks.play,
      `btn btn-big ${hooks.continue ? '' : 'btn-primary'}`,
      hooks.continue ? {} : { 'data-autofocus': '' },
    ),
    hooks.lastResult
      ? iconButton('book', t('lifecycle.lastResult'), hooks.lastResult, 'btn btn-big btn-last-result')
      : null,
    iconButton('gear', t('title.settings'), hooks.settings, 'btn'),
    iconButton('globe', t('title.language'), hooks.language, 'btn', {
      'aria-label': t('title.languageLabel'),
      lang: language() === 'en' ? 'zh-Hans' : 'en',
    }),
    iconButton('book', t('title.sources'), hooks.sources, 'btn'),
    iconButton('book', t('title.glossary'), hooks.glossary, 'btn', { 'data-action': 'glossary' }),
    hooks.classroom ? iconButton('family', t('title.classroom'), hooks.classroom, 'btn') : null,
  );
  root.replaceChildren(
    el(
      'div',
      { className: 'screen screen-title' },
      el(
        'div',
        { className: 'title-art', attrs: { 'aria-hidden': 'true' } },
        el('div', { className: 'title-wall' }),
        // Its address is known (and preloaded by index.html): the largest paint does not wait for
        // the art manifest (nor its schema), and a missing file hides it (the stand-in stays).
        // Inlined in the single file.
        el('img', {
          className: 'title-img',
          attrs: { alt: '', src: assetUrl('art/title-art.svg'), fetchpriority: 'high' },
        }),
      ),
      el('h1', { className: 'game-title' }, t('app.name')),
      el('p', { className: 'tagline' }, t('app.tagline')),
      notice ? el('p', { className: 'notice', role: 'alert' }, notice) : null,
      buttons,
      slots.belowButtons,
      el('p', { className: 'footnote' }, t('title.footer')),
    ),
  );
  root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  // The illustration replaces the drawn stand-in once it has loaded (the stand-in shows on a slow line).
  const img = root.querySelector<HTMLImageElement>('.title-img');
  img?.addEventListener('load', () => root.querySelector('.title-art')?.classList.add('has-art'), {
    once: true,
  });
  img?.addEventListener(
    'error',
    () => {
      img.hidden = true;
    },
    { once: true },
  );
  return slots;
}
