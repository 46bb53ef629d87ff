// The "Why?" card: the fact behind a wall or an event, with its figure, year and sources,
// folded behind a "Why?" summary that a click, a tap, Enter or Space opens.
import type { Content } from '../content/load';
import { loc, t } from '../i18n';
import { chip, el } from './dom';
import { icon } from './icons';

type Fact = Content['facts']['facts'][number];

/** A fact's chips: its figure, its year, and warnings (one source only, an approximation). */
export function factMeta(f: Fact): HTMLElement {
  return el(
    'p',
    { className: 'fact-meta' },
    f.figure ? chip('star', t('fact.figure', { figure: loc(f.figure) })) : null,
    chip('calendar', t('fact.year', { year: loc(f.year) }), 'fact-year'),
    f.singleSource ? chip('flag', t('fact.single'), 'chip-warn') : null,
    f.approximation ? chip('approx', t('fact.approx'), 'chip-warn') : null,
  );
}

export function factCard(content: Content, factIds: readonly string[]): HTMLElement | null {
  const facts = factIds
    .map((id) => content.facts.facts.find((f) => f.id === id))
    .filter((f) => f !== undefined);
  if (facts.length === 0) return null;
  // Closed until asked: the main path stays short; "Why?" opens the fact and its sources.
  return el(
    'details',
    { className: 'fact-card' },
    el('summary', { className: 'fact-summary' }, t('fact.heading')),
    ...facts.map((f) =>
      el(
        'div',
        { className: 'fact' },
        el('p', { className: 'fact-text' }, loc(f.text)),
        factMeta(f),
        ...f.sources.map((sid) => {
          const s = content.facts.sources.find((x) => x.id === sid);
          return s
            ? el(
                'p',
                { className: 'fact-source' },
                t('fact.source', { publisher: s.publisher, title: s.title }),
              )
            : null;
        }),
      ),
    ),
    el('a', { href: '#/sources', className: 'link' }, icon('book'), el('span', {}, t('fact.allSources'))),
  );
}
