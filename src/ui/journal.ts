// The journal: every wall met in this run, in words, with the facts behind it.

import { t } from '../i18n';
import type { Ctx } from '../platform/context';
import type { RunStore } from '../store/store';
import { actionName, describeUnmet, wallPlace } from './describe';
import { openDialog } from './dialog';
import { el } from './dom';
import { factCard } from './fact-card';
import { icon } from './icons';

export function openJournal(ctx: Ctx, store: RunStore): void {
  const level = store.effective;
  openDialog({
    className: 'panel-wide panel-journal',
    title: () => t('journal.heading'),
    body: () => {
      const walls = store.state().walls;
      if (walls.length === 0) return [el('p', { className: 'muted' }, t('journal.empty'))];
      return [
        el(
          'ol',
          { className: 'journal' },
          ...walls.map((w) =>
            el(
              'li',
              {},
              el(
                'h3',
                {},
                icon('lock'),
                el(
                  'span',
                  {},
                  t('journal.entry', {
                    m: w.month,
                    action: actionName(level, w.venue, w.action),
                    venue: wallPlace(level, w.venue),
                  }),
                ),
              ),
              el(
                'ul',
                { className: 'unmet-list' },
                ...w.unmet.map((u) => el('li', {}, describeUnmet(level, u))),
              ),
              factCard(ctx.content, w.facts),
            ),
          ),
        ),
      ];
    },
  });
}
