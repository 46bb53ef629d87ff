// Two small slots a level screen can place: the year whose rules the level is set in
// ("Rules as of 2026"), and the one reform already made that touches the level's walls.
import type { Content } from '../content/load';
import { loc, t } from '../i18n';
import type { Level } from '../rules/types';
import { chip, disclosure, el } from './dom';
import { factCard } from './fact-card';

/** "Rules as of 2026", as a chip. */
export function rulesAsOf(level: Level): HTMLElement {
  return chip('calendar', t('rules.asOf', { year: level.rulesAsOf }), 'rules-as-of');
}

/** The reform already made, with its facts behind a "Where this comes from" disclosure. */
export function reformMade(content: Content, level: Level): HTMLElement {
  const why = factCard(content, level.reformMade.facts);
  return el(
    'section',
    { className: 'card reform-made' },
    el('h2', {}, t('rules.reformMade')),
    el('p', {}, loc(level.reformMade.text)),
    why ? disclosure(t('rules.reformMadeWhy'), {}, why) : null,
  );
}
