// The Sources page (#/sources): every fact by topic, with the same chips as a "Why?" card and its sources.
import type { Content } from '../content/load';
import { loc, t } from '../i18n';
import { el, iconButton } from './dom';
import { factMeta } from './fact-card';

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
                  factMeta(f),
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
