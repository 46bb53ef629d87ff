// The tutorial's guide: one short step at a time (walk, go in and try, meet a wall, read Why?,
// end the month), each pointing at the real control with a ring, done by doing it. A bubble says
// the step (a polite live region, so screen readers hear it) and offers "Skip guide". When a panel
// is open the bubble sits inside it, where focus and the eye already are. An urban player, who
// meets no wall at the school, is shown the wall their rural neighbours meet.

import { loc, t } from '../i18n';
import type { Ctx } from '../platform/context';
import { actionRequirement, newRun, unmet } from '../rules';
import type { RunState } from '../rules/types';
import type { RunStore } from '../store/store';
import { openDialog } from './dialog';
import { button, el } from './dom';
import { GUIDE_STEPS, GUIDE_WALL, type GuideStep, guideText } from './guide-steps';
import { wallMomentBody } from './wall-moment';

const KEY = 'iw.guide';

export function guideSkipped(storage: Storage): boolean {
  try {
    return storage.getItem(KEY) === 'done';
  } catch {
    return false;
  }
}

function remember(storage: Storage): void {
  try {
    storage.setItem(KEY, 'done');
  } catch {
    // storage disabled: the guide shows again next time
  }
}

/** Starts the guide over the city; returns the function that removes it. */
export function startGuide(ctx: Ctx, store: RunStore, overlay: HTMLElement): () => void {
  const level = store.effective;
  const start: RunState = store.state();
  const urban = start.registration.kind === 'urban';
  const seen = { why: false, neighbourWall: false };
  let index = 0;
  let stopped = false;
  const textId = 'guide-text';
  const bubble = el('aside', {
    className: 'guide',
    id: 'guide',
    attrs: { 'aria-label': t('guide.title') },
  });
  const text = el('p', { className: 'guide-text', id: textId, attrs: { 'aria-live': 'polite' } });

  const step = (): GuideStep | undefined => GUIDE_STEPS[index];
  const advance = () => {
    const s = store.state();
    while (index < GUIDE_STEPS.length - 1 && GUIDE_STEPS[index]!.done(s, start, seen)) index++;
  };

  const neighbourWall = () => {
    const rural = level.registrations.find((r) => r.kind === 'rural');
    const venue = level.venues.find((v) => v.id === GUIDE_WALL);
    const action = venue?.actions[0];
    const them = rural ? newRun(level, start.seed, rural.id, null) : undefined;
    if (!venue || !action || !them) return;
    const missing = unmet(actionRequirement(action), them);
    seen.neighbourWall = true;
    const d = openDialog({
      className: 'panel-wall',
      title: () => t('guide.neighbour', { action: loc(action.name) }),
      body: () => [
        ...wallMomentBody(
          ctx,
          level,
          {
            type: 'blocked',
            kind: 'wall', // the neighbour's registration is why (guide.ts picks a registration wall)
            reason: null,
            source: 'venue',
            venue: venue.id,
            action: action.id,
            unmet: missing,
            facts: action.facts,
            alternatives: [],
          },
          them,
          null,
          () => d.close(),
        ),
        el(
          'div',
          { className: 'row end' },
          button(t('wall.close'), () => d.close(), 'btn btn-primary'),
        ),
      ],
      onClose: render,
    });
    render();
  };

  const stop = (skip: boolean) => {
    if (stopped) return;
    stopped = true;
    if (skip) remember(ctx.storage);
    observer.disconnect();
    unsub();
    document.removeEventListener('toggle', onToggle, true);
    clearRing();
    bubble.remove();
  };

  const clearRing = () => {
    for (const e of document.querySelectorAll('.guide-target')) {
      e.classList.remove('guide-target');
      e.removeAttribute('aria-describedby');
    }
  };

  let shown = '';
  function render() {
    if (stopped) return;
    advance();
    const current = step();
    const s = store.state();
    if (!current || s.ended) return stop(false);
    const dialogs = [...document.querySelectorAll<HTMLDialogElement>('dialog[open]')];
    const top = dialogs[dialogs.length - 1];
    // Inside the open panel when there is one (where focus and the eye are), else over the city.
    const home = top?.querySelector<HTMLElement>('.panel-body') ?? overlay;
    const watch = current.id === 'wall' && urban && !seen.neighbourWall;
    const key = `${current.id}|${watch}|${t('guide.skip')}`;
    // Redraw only when something changed: the observer sees our own changes too.
    if (key !== shown || bubble.parentElement !== home) {
      shown = key;
      const total = GUIDE_STEPS.length - 1;
      text.textContent = guideText(current.id, urban);
      bubble.setAttribute('aria-label', t('guide.title'));
      bubble.replaceChildren(
        el('p', { className: 'guide-step' }, t('guide.step', { n: Math.min(index + 1, total), total })),
        text,
        el(
          'div',
          { className: 'guide-actions' },
          watch ? button(t('guide.watch'), neighbourWall, 'btn btn-primary guide-watch') : null,
          current.id === 'done'
            ? button(t('guide.ok'), () => stop(true), 'btn btn-primary guide-ok')
            : button(t('guide.skip'), () => stop(true), 'btn guide-skip'),
        ),
      );
      if (home === overlay) overlay.append(bubble);
      else home.prepend(bubble);
      bubble.classList.toggle('in-panel', home !== overlay);
    }
    // The ring on the real control (attributes only: no redraw loop).
    const target = current.target
      ? (top?.querySelector<HTMLElement>(current.target) ??
        document.querySelector<HTMLElement>(current.target))
      : null;
    for (const e of document.querySelectorAll('.guide-target'))
      if (e !== target) {
        e.classList.remove('guide-target');
        e.removeAttribute('aria-describedby');
      }
    if (target && !target.classList.contains('guide-target')) {
      target.classList.add('guide-target');
      target.setAttribute('aria-describedby', textId);
    }
  }

  const onToggle = (ev: Event) => {
    const d = ev.target as HTMLElement;
    if (d instanceof HTMLDetailsElement && d.open && d.classList.contains('fact-card')) {
      seen.why = true;
      queueMicrotask(render);
    }
  };
  document.addEventListener('toggle', onToggle, true);
  const unsub = store.subscribe(() => queueMicrotask(render));
  // Panels open and close (and redraw on a language switch): follow them.
  const observer = new MutationObserver(() => queueMicrotask(render));
  observer.observe(document.body, { childList: true, subtree: true });
  render();
  return () => stop(false);
}
