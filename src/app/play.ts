// One run in the city: the store, the HUD and venue list, the panels, the keys, and the lazily
// loaded Phaser map. Intents go through the store; the save is written after every one.
import { reactionTo } from '../content/story';
import { loc, onLanguage, t } from '../i18n';
import { type Ctx, reduced } from '../platform/context';
import { emitRun } from '../platform/run-events';
import { goalsMet, rejection, venueFit } from '../rules';
import type { GameEvent, Intent, RunState } from '../rules/types';
import type { CityView } from '../scenes/city-view';
import { type RunRecord, recordOf } from '../store/run-record';
import { writeSave } from '../store/save';
import { openRun, type RunStore } from '../store/store';
import { anyDialogOpen, closeAllDialogs, type DialogHandle } from '../ui/dialog';
import { el } from '../ui/dom';
import { reactionChip } from '../ui/family';
import { guideSkipped, startGuide } from '../ui/guide';
import { renderHud } from '../ui/hud';
import { openJournal } from '../ui/journal';
import { mapSketch } from '../ui/map-sketch';
import { monthNews, openMonthEnd } from '../ui/month-end';
import { fitText } from '../ui/pace-text';
import { openPause } from '../ui/pause';
import { openSettings } from '../ui/settings-panel';
import { renderVenueList as venueListRender } from '../ui/venue-list';
import { openVenuePanel } from '../ui/venue-panel';
import { type Blocked, openWall } from '../ui/wall-panel';

export interface PlayHooks {
  outcome(store: RunStore): void;
  quit(): void;
}

const loadCity = () => import('../scenes/start');

export function startPlay(
  ctx: Ctx,
  stage: HTMLElement,
  record: RunRecord,
  hooks: PlayHooks,
): (() => void) | string {
  // The save is written after every intent; an ended run stays saved (marked so) as the last result.
  const save = (s: RunState) => {
    if (!destroyed) writeSave(ctx.storage, recordOf(s), s.ended !== null);
  };
  let destroyed = false;
  const opened = openRun(ctx.content, record, save);
  if (!opened.ok) return opened.error;
  const store = opened.store;
  save(store.state());
  emitRun({ kind: 'start', store });
  const level = store.effective;
  const game = el('div', { className: 'game', id: 'game', tabIndex: 0, role: 'application' });
  const progress = el(
    'div',
    { className: 'map-loading', attrs: { 'aria-live': 'polite' } },
    t('app.loading'),
  );
  const hud = el('header', { className: 'hud', id: 'hud', attrs: { 'aria-label': t('access.hud') } });
  const places = el('nav', {
    className: 'places-nav',
    id: 'places',
    attrs: { 'aria-labelledby': 'places-title' },
  });
  // The one polite live region: what just happened (moved, granted, wall, month end, event).
  const toast = el('div', {
    className: 'toast',
    role: 'status',
    id: 'announce',
    attrs: { 'aria-live': 'polite' },
  });
  // A family member's face and one line when a wall, an event or a goal happens.
  const family = reactionChip(
    () => reduced(ctx),
    () => hud.getBoundingClientRect().height,
  );
  stage.replaceChildren(game, el('div', { className: 'overlay' }, hud, places, progress, toast, family.node));
  let view: CityView | null = null;
  const insets = () => {
    const phone = window.matchMedia('(max-width: 700px)').matches;
    return {
      top: hud.getBoundingClientRect().height,
      right: phone ? 0 : places.getBoundingClientRect().width + 16,
      bottom: phone ? places.getBoundingClientRect().height : 0,
    };
  };
  let venuePanel: DialogHandle | null = null;
  let finished = false;

  const say = (msg: string) => {
    toast.textContent = msg;
    toast.classList.remove('show');
    void toast.offsetWidth; // restart the fade
    toast.classList.add('show');
  };
  const render = () => {
    game.setAttribute('aria-label', t('hud.mapLabel', { city: loc(level.city.name) }));
    hud.setAttribute('aria-label', t('access.hud'));
    renderHud(hud, store, {
      journal: () => openJournal(ctx, store),
      endMonth,
      finish: finishLevel,
      settings: () => openSettings(ctx),
      pause,
    });
    // Keep keyboard focus on the same place button across redraws.
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.venue;
    renderVenueList(places);
    if (focused) places.querySelector<HTMLElement>(`[data-venue="${CSS.escape(focused)}"]`)?.focus();
  };
  const renderVenueList = (root: HTMLElement) => venueListRender(root, store, go);

  function dispatch(intent: Intent): readonly GameEvent[] {
    // A walk that ends after the player left (or another tab took the run over) changes nothing.
    if (destroyed) return [];
    const events = store.dispatch(intent);
    ctx.audio?.playForEvents(events);
    const reaction = reactionTo(level, events);
    if (reaction) family.show(reaction.reaction, reaction.member);
    for (const e of events)
      if (e.type === 'goalMet')
        say(t('toast.goal', { name: loc(level.goals.find((g) => g.id === e.goal)?.name) }));
    if (
      events.some((e) => e.type === 'goalMet') &&
      goalsMet(level, store.state()).length === level.goals.length
    )
      say(t('toast.allGoals'));
    return events;
  }

  function finishLevel() {
    if (anyDialogOpen() || finished) return;
    if (goalsMet(level, store.state()).length !== level.goals.length) return;
    dispatch({ type: 'finish' });
    finishIfEnded();
  }

  function finishIfEnded(): boolean {
    if (!store.state().ended || finished) return false;
    finished = true;
    closeAllDialogs();
    hooks.outcome(store);
    return true;
  }

  function openVenue(venueId: string) {
    const venue = level.venues.find((v) => v.id === venueId);
    if (!venue) return;
    ctx.audio?.play('sfx-enter');
    venuePanel?.close();
    venuePanel = openVenuePanel(store, venue, (action) => {
      const events = dispatch({ type: 'act', venue: venueId, action });
      const blocked = events.find((e): e is Blocked => e.type === 'blocked');
      if (blocked) {
        venuePanel?.close();
        const name = loc(venue.actions.find((a) => a.id === action)?.name);
        say(
          blocked.kind === 'wall'
            ? t('access.wall', { action: name, count: blocked.unmet.length })
            : `${t('refusal.heading', { action: name })} ${t(`refusal.${blocked.reason ?? 'missing'}`)}`,
        );
        // The gate closes for a wall only: a refusal (money, days, your own choice) is not the city's door.
        if (blocked.kind === 'wall') view?.wall(venueId);
        openWall(ctx, level, blocked, { goTo: go, state: () => store.state() }, () => view?.wallDone());
      } else if (events.some((e) => e.type === 'granted')) {
        say(t('venue.granted', { name: loc(venue.actions.find((a) => a.id === action)?.name) }));
        venuePanel?.refresh();
      }
      finishIfEnded();
    });
  }

  /** "8 days left: walk 2 + enrol 7 — next month" when nothing at the venue fits with the walk. */
  function laterText(venueId: string): string | null {
    const s = store.state();
    const venue = level.venues.find((v) => v.id === venueId);
    const best = venue && s.at !== venueId ? venueFit(level, s, venue) : undefined;
    return best ? fitText(best.action, best.fit) : null;
  }

  function arrive(venueId: string) {
    if (finished) return;
    const later = laterText(venueId);
    if (later) {
      say(later);
      openVenue(venueId);
      return;
    }
    if (store.state().at !== venueId) {
      const events = dispatch({ type: 'move', venue: venueId });
      if (events.some((e) => e.type === 'rejected')) {
        say(t('venue.tooFar'));
        return;
      }
      say(t('toast.moved', { name: loc(level.venues.find((v) => v.id === venueId)?.name) }));
    }
    if (!finishIfEnded()) openVenue(venueId);
  }

  async function go(venueId: string) {
    const s = store.state();
    // No wasted walks: when nothing there fits this month with the walk counted, say so and
    // show the place from here instead of walking.
    const later = laterText(venueId);
    if (later || (s.at !== venueId && rejection(level, s, { type: 'move', venue: venueId }) === 'no-time')) {
      say(later ?? t('venue.tooFar'));
      if (later) openVenue(venueId);
      return;
    }
    if (view) await view.walkTo(venueId);
    arrive(venueId);
  }

  function endMonth() {
    if (anyDialogOpen() || finished) return;
    const month = store.state().month;
    const events = dispatch({ type: 'endMonth' });
    if (!events.some((e) => e.type === 'monthEnded')) return;
    say(monthNews(level, month, events));
    monthEnd(month, events);
  }

  function monthEnd(month: number, events: readonly GameEvent[]) {
    openMonthEnd(ctx, store, month, events, {
      choose: (choice) => dispatch({ type: 'choose', choice }),
      endMonth: () => dispatch({ type: 'endMonth' }),
      done: () => finishIfEnded(),
    });
  }

  function pause() {
    if (!anyDialogOpen()) openPause(ctx, hooks.quit);
  }

  const onKey = (ev: KeyboardEvent) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || finished) return;
    const target = ev.target as HTMLElement | null;
    if (target?.closest('input, textarea, select')) return;
    const key = ev.key.toLowerCase();
    const onMap = target === game || target === document.body || target === null;
    const near = onMap ? view?.nearVenue() : null;
    const command: (() => void) | null | undefined =
      key === 'escape'
        ? anyDialogOpen()
          ? null
          : pause
        : anyDialogOpen()
          ? null
          : key === 'e'
            ? endMonth
            : key === 'f'
              ? finishLevel
              : key === 'j'
                ? () => openJournal(ctx, store)
                : key === 'm' && ctx.audio
                  ? () => say(t(ctx.audio?.toggleMute() ? 'family.mute' : 'family.unmute'))
                  : (key === 'enter' || key === ' ') && near
                    ? () => arrive(near)
                    : undefined;
    if (command === null) return;
    if (command) {
      ev.preventDefault();
      command();
      return;
    }
    if (!onMap || !view) return;
    const heading = HEADINGS[key];
    if (heading) {
      ev.preventDefault();
      held.add(key);
      steer();
    }
  };
  const held = new Set<string>();
  const steer = () => {
    let dx = 0;
    let dy = 0;
    for (const k of held) {
      dx += HEADINGS[k]?.[0] ?? 0;
      dy += HEADINGS[k]?.[1] ?? 0;
    }
    view?.setHeading(Math.sign(dx), Math.sign(dy));
  };
  const onKeyUp = (ev: KeyboardEvent) => {
    if (held.delete(ev.key.toLowerCase())) steer();
  };
  const onBlur = () => {
    held.clear();
    steer();
  };
  document.addEventListener('keydown', onKey);
  document.addEventListener('keyup', onKeyUp);
  window.addEventListener('blur', onBlur);
  const unsubStore = store.subscribe(() => {
    render();
    sketch?.redraw();
    view?.relayout();
  });
  const unsubLang = onLanguage(() => {
    render();
    sketch?.redraw();
    view?.relabel();
    view?.relayout();
  });
  render();
  // The map as DOM until Phaser has drawn it with the avatar: usable at once (docs/performance.md).
  let sketch: ReturnType<typeof mapSketch> | null = mapSketch(level, {
    insets,
    label: (id) => loc(level.venues.find((v) => v.id === id)?.name),
    districtLabel: (id) => loc(level.districts.find((d) => d.id === id)?.name),
    go: (id) => void go(id),
    at: () => store.state().at,
  });
  game.append(sketch.element);
  // The bench's city figure: the first frame with a usable map on screen. Phaser (if the lottery
  // has not already run it) runs after that frame, in a task of its own: its ~0.5 MB of code must
  // not hold the sketch back.
  const painted = new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      performance.mark('iw:city-first-frame');
      setTimeout(resolve, 0);
    }),
  );
  const dropSketch = () => {
    sketch?.destroy();
    sketch = null;
  };
  // The village chapter has its own quieter theme.
  ctx.audio?.setMusic(level.venues.some((v) => v.kind === 'village-home') ? 'hometown' : 'city');

  painted
    .then(loadCity)
    .then((m) =>
      m.startCity({
        parent: game,
        store,
        level,
        reducedMotion: () => reduced(ctx),
        label: (id) => loc(level.venues.find((v) => v.id === id)?.name),
        districtLabel: (id) => loc(level.districts.find((d) => d.id === id)?.name),
        insets,
        hooks: {
          arrive,
          progress: (f) => {
            progress.textContent = t('app.loadingCity', { pct: Math.round(f * 100) });
          },
          ready: () => progress.remove(),
        },
      }),
    )
    .then((v) => {
      if (destroyed) v.destroy();
      else {
        view = v;
        v.relayout();
        dropSketch();
      }
    })
    .catch(() => progress.remove()); // no map: the places list still plays the whole level
  places.querySelector<HTMLElement>('.place')?.focus();
  // Reloaded while a month-end event asked for a choice: ask again (nothing else can happen first).
  const pendingEnd = store.monthEnd();
  if (store.state().pendingEvent && pendingEnd) monthEnd(pendingEnd.month, pendingEnd.events);
  // The tutorial teaches by guided steps (skippable; skipped once, not shown again).
  const overlay = stage.querySelector<HTMLElement>('.overlay');
  const stopGuide =
    level.id === 'tutorial' && overlay && !guideSkipped(ctx.storage) ? startGuide(ctx, store, overlay) : null;

  return () => {
    destroyed = true;
    stopGuide?.();
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('keyup', onKeyUp);
    window.removeEventListener('blur', onBlur);
    unsubStore();
    unsubLang();
    dropSketch();
    view?.destroy();
    view = null;
    ctx.audio?.setMusic(null);
    stage.replaceChildren();
  };
}

const HEADINGS: Record<string, [number, number]> = {
  arrowup: [0, -1],
  w: [0, -1],
  arrowdown: [0, 1],
  s: [0, 1],
  arrowleft: [-1, 0],
  a: [-1, 0],
  arrowright: [1, 0],
  d: [1, 0],
};
