// Level select: the shipped levels in play order, with title, summary, city size and months.
import type { Content } from '../content/load';
import { loc, t } from '../i18n';
import { chip, disclosure, el, iconButton } from './dom';
import { populationLabel } from './population';
import { rulesAsOf } from './rules-year';

export function renderLevelSelect(
  root: HTMLElement,
  content: Content,
  pick: (id: string) => void,
  back: () => void,
): void {
  root.replaceChildren(
    el(
      'div',
      { className: 'screen screen-levels' },
      el('h1', {}, t('levels.heading')),
      el(
        'ol',
        { className: 'level-list' },
        ...content.order.map((id) => {
          const level = content.levels.get(id)!;
          return el(
            'li',
            { className: 'level-card' },
            el('h2', {}, loc(level.title)),
            el('p', {}, loc(level.summary)),
            el(
              'p',
              { className: 'level-meta' },
              chip('home', t('levels.population', { population: populationLabel(level.city.population) })),
              chip('calendar', t('levels.months', { count: level.months })),
              rulesAsOf(level),
            ),
            disclosure(t('levels.simplified'), {}, el('p', {}, loc(level.note))),
            iconButton(
              'play',
              t('levels.play', { title: loc(level.title) }),
              () => pick(id),
              'btn btn-primary',
            ),
          );
        }),
      ),
      iconButton('arrow', t('levels.back'), back, 'btn btn-back'),
    ),
  );
  root.querySelector<HTMLElement>('.level-card .btn-primary')?.focus();
}
