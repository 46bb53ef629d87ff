// The birth lottery: a card turns over to the registration drawn from the seed (or assigned),
// then the birthplace power-ups of that registration in this level, each with ✓/✗ and words.

import { loc, t } from '../i18n';
import { type ArtEntry, loadArtManifest } from '../platform/art';
import { once } from '../platform/once';
import type { Level, LevelRegistration } from '../rules/types';
import { actionName, docName, venueName } from './describe';
import { button, el, iconButton, mark } from './dom';
import { documentIcon, powerUps } from './powerups';
import { rulesAsOf } from './rules-year';

export function renderLottery(
  root: HTMLElement,
  level: Level,
  reg: LevelRegistration,
  assigned: boolean,
  start: () => void,
  reducedMotion: boolean,
  onFlip: () => void = () => {},
  /** Back to where the player came from (the cities); no Back when absent. */
  goBack?: () => void,
): void {
  let flipped = false;
  const render = () => {
    const face = el(
      'div',
      { className: `card-face card-front card-${reg.kind}` },
      el('img', { className: 'card-img', attrs: { alt: '', 'data-art': `card-${reg.kind}` } }),
      el('p', { className: 'card-kind' }, t(`reg.${reg.kind}`)),
      el('p', { className: 'card-name' }, loc(reg.name)),
    );
    const back = el(
      'div',
      { className: 'card-face card-back', role: 'img', attrs: { 'aria-label': t('lottery.cardBack') } },
      el('img', { className: 'card-img', attrs: { alt: '', 'data-art': 'card-back' } }),
    );
    const card = el(
      'div',
      { className: `lottery-card${flipped ? ' is-flipped' : ''}${reducedMotion ? ' no-motion' : ''}` },
      el('div', { className: 'card-inner' }, back, face),
    );
    const draw = button(
      t('lottery.draw'),
      () => {
        flipped = true;
        onFlip();
        render();
      },
      'btn btn-primary btn-big',
    );
    const ups = powerUps(level, reg).map((p) => {
      if (p.kind === 'document')
        return el(
          'li',
          { className: `powerup is-${p.state}` },
          el('img', { className: 'powerup-icon', attrs: { alt: '', 'data-art': documentIcon(p.id) } }),
          el('strong', {}, docName(level, p.id)),
          mark(p.state === 'have', p.state === 'have' ? t('lottery.have') : t('lottery.notHave')),
        );
      return el(
        'li',
        { className: `powerup is-${p.state}` },
        el('img', {
          className: 'powerup-icon',
          attrs: {
            alt: '',
            'data-art': `icon-${level.venues.find((v) => v.id === p.venue)?.kind ?? 'office'}`,
          },
        }),
        el('strong', {}, `${actionName(level, p.venue!, p.id)} · ${venueName(level, p.venue!)}`),
        mark(
          p.state === 'open',
          t(`lottery.${p.state === 'open' ? 'open' : p.state === 'extra' ? 'notByBirth' : 'closed'}`),
        ),
      );
    });
    root.replaceChildren(
      el(
        'div',
        { className: 'screen screen-lottery' },
        el('h1', {}, t('lottery.heading')),
        el('p', { className: 'lead' }, assigned ? t('lottery.assigned') : t('lottery.intro')),
        card,
        flipped
          ? el(
              'section',
              { className: 'powerups', attrs: { 'aria-live': 'polite' } },
              el('h2', {}, `${t('lottery.youAre')} ${loc(reg.name)}`),
              el('h3', {}, t('lottery.powerups', { city: loc(level.city.name) })),
              el('p', {}, rulesAsOf(level)),
              el('ul', { className: 'powerup-list' }, ...ups),
              iconButton('arrow', t('lottery.start'), start, 'btn btn-primary btn-big', {
                'data-autofocus': '',
              }),
            )
          : draw,
        goBack
          ? el(
              'p',
              { className: 'row' },
              iconButton('arrow', t('levels.back'), goBack, 'btn btn-back lottery-back'),
            )
          : null,
      ),
    );
    void applyArt(root);
    (root.querySelector<HTMLElement>('[data-autofocus]') ?? draw).focus();
  };
  render();
}

/** The art manifest's entries, asked for once (none when it cannot load). */
const art = once((): Promise<ArtEntry[]> => loadArtManifest().catch(() => []));
/** Fills <img data-art="key"> from the art manifest, and hides those the art lacks. */
export async function applyArt(root: HTMLElement): Promise<void> {
  const entries = await art();
  for (const img of root.querySelectorAll<HTMLImageElement>('img[data-art]')) {
    const e = entries.find((x) => x.key === img.dataset.art);
    if (e) img.src = e.url;
    else img.hidden = true;
  }
}
