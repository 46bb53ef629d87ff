// The Sources page (#/sources): every fact by topic, with figure, year and its sources.
import type { Content } from '../content/load';
import { loc, t } from '../i18n';
import { chip, el, iconButton } from './dom';

export function renderSources(root: HTMLElement, content: Content, back: () => void): void {
  const topics = [...new Set(content.facts.facts.map((f) => f.topic))];
  root.replaceChildren(
    el(
      'div',
      { className: 'screen screen-sources' },
      iconButton('arrow', t('sources.back'), back, 'btn btn-back', { 'data-autofocus': '' }),
      el('h1', {}, t('sources.heading')),
      el('p', { className: 'lead' }, t('sources.intro')),
      ...topics.map((topic) =>
        el(
          'section',
          { className: 'card' },
          el('h2', {}, t(`sources.topic.${topic}`)),
          el(
            'ul',
            { className: 'fact-list' },
            ...content.facts.facts
              .filter((f) => f.topic === topic)
              .map((f) =>
                el(
                  'li',
                  { id: `fact-${f.id}` },
                  el('p', {}, loc(f.text)),
                  el(
                    'p',
                    { className: 'fact-meta' },
                    f.figure ? chip('star', t('fact.figure', { figure: loc(f.figure) })) : null,
                    chip('calendar', t('fact.year', { year: loc(f.year) }), 'fact-year'),
                    f.singleSource ? chip('flag', t('fact.single'), 'chip-warn') : null,
                  ),
                  ...f.sources.map((sid) => {
                    const s = content.facts.sources.find((x) => x.id === sid);
                    if (!s) return null;
                    // Source links leave the game only when the player follows them.
                    const a = el('a', {
                      href: s.url,
                      className: 'link',
                      attrs: { rel: 'noopener noreferrer', target: '_blank' },
                    });
                    a.textContent = t('fact.source', { publisher: s.publisher, title: s.title });
                    return el('p', { className: 'fact-source' }, a);
                  }),
                ),
              ),
          ),
        ),
      ),
    ),
  );
  root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
}
