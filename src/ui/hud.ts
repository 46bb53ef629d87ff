// The always-visible HUD, redrawn from state: time, money, stats, documents, goals, buttons.
import { loc, money, t } from '../i18n';
import { goalsMet } from '../rules';
import type { RunState } from '../rules/types';
import type { RunStore } from '../store/store';
import { docName } from './describe';
import { openDialog } from './dialog';
import { button, el, iconButton } from './dom';
import { type IconName, icon } from './icons';

export interface HudHooks {
  journal(): void;
  endMonth(): void;
  /** Ends the level now; offered once every goal is met. */
  finish(): void;
  settings(): void;
  pause(): void;
}

function stat(name: IconName, label: string, value: string, cls = ''): HTMLElement {
  return el(
    'div',
    { className: `stat ${cls}` },
    icon(name),
    el('span', { className: 'stat-label' }, label),
    el('span', { className: 'stat-value' }, value),
  );
}

export function renderHud(root: HTMLElement, store: RunStore, hooks: HudHooks): void {
  const s: RunState = store.state();
  const level = store.effective;
  const met = goalsMet(level, s);
  const daysLeft = Math.max(0, level.daysPerMonth - s.daysUsed);
  const month = Math.min(s.month, level.months);
  const endBtn = iconButton(
    'next',
    t('hud.endMonth'),
    hooks.endMonth,
    `btn btn-hud${daysLeft === 0 ? ' btn-nudge' : ''}`,
    {
      'aria-keyshortcuts': 'E',
      id: 'hud-end-month',
    },
  );
  const docCount = s.documents.length;
  root.replaceChildren(
    el(
      'div',
      { className: 'hud-row hud-top' },
      el(
        'div',
        { className: 'hud-time' },
        el('strong', { className: 'hud-month' }, t('hud.month', { m: month, M: level.months })),
        el(
          'span',
          { className: `hud-days${daysLeft === 0 ? ' is-zero' : ''}` },
          icon('calendar'),
          el('span', {}, t('hud.days', { count: daysLeft })),
        ),
      ),
      el(
        'div',
        { className: 'hud-stats' },
        stat('money', t('hud.money'), money(s.stats.money), s.stats.money < 0 ? 'is-neg' : ''),
        stat('heart', t('hud.health'), String(s.stats.health)),
        stat('family', t('hud.family'), String(s.stats.family)),
        stat('shield', t('hud.insurance'), t('hud.monthsShort', { count: s.stats.insuranceMonths })),
        stat('home', t('hud.residence'), t('hud.monthsShort', { count: s.stats.residenceMonths })),
        s.stats.points > 0 || level.goals.some((g) => JSON.stringify(g.requires).includes('points'))
          ? stat('star', t('hud.points'), String(s.stats.points))
          : null,
      ),
    ),
    el(
      'div',
      { className: 'hud-row hud-buttons' },
      // Goals and documents fold into one counted drawer: the HUD keeps its height however many
      // papers the family holds.
      drawerButton(
        t('hudx.goals', { met: met.length, goals: level.goals.length }),
        t('hudx.papers', { docs: docCount }),
        docCount,
        () => openDrawer(store, hooks),
      ),
      iconButton('book', t('hud.journal'), hooks.journal, 'btn btn-hud hud-wide', {
        'aria-keyshortcuts': 'J',
      }),
      met.length === level.goals.length && !s.ended
        ? iconButton('check', t('hud.finish'), hooks.finish, 'btn btn-hud btn-primary', {
            'aria-keyshortcuts': 'F',
          })
        : null,
      endBtn,
      iconButton('gear', t('hud.settings'), hooks.settings, 'btn btn-hud hud-wide'),
      iconButton('pause', t('hud.pause'), hooks.pause, 'btn btn-hud', { 'aria-keyshortcuts': 'Escape' }),
    ),
  );
}

/** "Goals 1/4 · Papers 3"; on a phone the papers shrink to an icon and the count. */
function drawerButton(goals: string, papers: string, docs: number, onClick: () => void): HTMLButtonElement {
  const b = button('', onClick, 'btn btn-hud btn-drawer', { 'aria-haspopup': 'dialog', id: 'hud-drawer' });
  b.append(
    icon('flag'),
    el('span', {}, goals),
    el('span', { className: 'drawer-papers' }, ` · ${papers}`),
    el(
      'span',
      { className: 'drawer-papers-short', attrs: { 'aria-hidden': 'true' } },
      icon('doc'),
      String(docs),
    ),
  );
  return b;
}

/** The drawer: every goal met or not, every document held, and on phones the journal and settings. */
function openDrawer(store: RunStore, hooks: HudHooks): void {
  const d = openDialog({
    className: 'panel-drawer',
    title: () => t('hudx.drawerTitle'),
    body: () => {
      const s = store.state();
      const level = store.effective;
      const met = goalsMet(level, s);
      return [
        el('h3', {}, t('hud.goals')),
        el(
          'ul',
          { className: 'drawer-goals' },
          ...level.goals.map((g) => {
            const ok = met.includes(g.id);
            return el(
              'li',
              { className: ok ? 'goal is-met' : 'goal' },
              icon(ok ? 'check' : 'circle'),
              el('span', {}, loc(g.name)),
              el('span', { className: 'sr-only' }, ` (${ok ? t('hud.goalMet') : t('hud.goalOpen')})`),
            );
          }),
        ),
        el('h3', {}, t('hud.documents')),
        s.documents.length
          ? el(
              'ul',
              { className: 'drawer-docs' },
              ...s.documents.map((doc) =>
                el('li', { className: 'doc' }, icon('doc'), el('span', {}, docName(level, doc))),
              ),
            )
          : el('p', { className: 'muted' }, t('hud.noDocuments')),
        el(
          'div',
          { className: 'row end' },
          iconButton(
            'book',
            t('hud.journal'),
            () => {
              d.close();
              hooks.journal();
            },
            'btn',
          ),
          iconButton(
            'gear',
            t('hud.settings'),
            () => {
              d.close();
              hooks.settings();
            },
            'btn',
          ),
          button(t('venue.close'), () => d.close(), 'btn btn-primary'),
        ),
      ];
    },
  });
}
