// The always-visible HUD, redrawn from state: time, money, stats, documents, goals, buttons.
import { loc, money, t } from '../i18n';
import { goalsMet } from '../rules';
import type { RunState } from '../rules/types';
import type { RunStore } from '../store/store';
import { docName } from './describe';
import { el, iconButton } from './dom';
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
  root.replaceChildren(
    el(
      'div',
      { className: 'hud-row hud-time' },
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
      { className: 'hud-row hud-stats' },
      stat('money', t('hud.money'), money(s.stats.money), s.stats.money < 0 ? 'is-neg' : ''),
      stat('heart', t('hud.health'), String(s.stats.health)),
      stat('family', t('hud.family'), String(s.stats.family)),
      stat('shield', t('hud.insurance'), t('hud.monthsShort', { count: s.stats.insuranceMonths })),
      stat('home', t('hud.residence'), t('hud.monthsShort', { count: s.stats.residenceMonths })),
      s.stats.points > 0 || level.goals.some((g) => JSON.stringify(g.requires).includes('points'))
        ? stat('star', t('hud.points'), String(s.stats.points))
        : null,
    ),
    el(
      'div',
      { className: 'hud-row hud-docs' },
      el('span', { className: 'hud-label' }, `${t('hud.documents')}:`),
      ...(s.documents.length
        ? s.documents.map((d) =>
            el('span', { className: 'doc' }, icon('doc'), el('span', {}, docName(level, d))),
          )
        : [el('span', { className: 'muted' }, t('hud.noDocuments'))]),
    ),
    el(
      'ul',
      { className: 'hud-row hud-goals', attrs: { 'aria-label': t('hud.goals') } },
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
    el(
      'div',
      { className: 'hud-row hud-buttons' },
      iconButton('book', t('hud.journal'), hooks.journal, 'btn btn-hud', { 'aria-keyshortcuts': 'J' }),
      met.length === level.goals.length && !s.ended
        ? iconButton('check', t('hud.finish'), hooks.finish, 'btn btn-hud btn-primary', {
            'aria-keyshortcuts': 'F',
          })
        : null,
      endBtn,
      iconButton('gear', t('hud.settings'), hooks.settings, 'btn btn-hud'),
      iconButton('pause', t('hud.pause'), hooks.pause, 'btn btn-hud', { 'aria-keyshortcuts': 'Escape' }),
    ),
  );
}
