// One run in the city: the store, the HUD and venue list, the panels, the keys, and the lazily
// loaded Phaser map. Intents go through the store; the save is written after every one.
import { loc, onLanguage, t } from '../i18n';
import { type Ctx, reduced } from '../platform/context';
import { emitRun } from '../platform/run-events';
import { goalsMet, rejection } from '../rules';
import type { GameEvent, Intent, RunState } from '../rules/types';
import type { CityView } from '../scenes/city-view';
import { type RunRecord, recordOf } from '../store/run-record';
import { writeSave } from '../store/save';
import { openRun, type RunStore } from '../store/store';
import { anyDialogOpen, closeAllDialogs, type DialogHandle } from '../ui/dialog';
import { el } from '../ui/dom';
import { renderHud } from '../ui/hud';
import { openJournal } from '../ui/journal';
import { monthNews, openMonthEnd } from '../ui/month-end';
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
/** Starts fetching Phaser and the scenes in the background, e.g. while the title shows. */
export function preloadCity(): void {
  void loadCity().catch(() => {});
}

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
  stage.replaceChildren(game, el('div', { className: 'overlay' }, hud, places, progress, toast));
  let view: CityView | null = null;
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
        openWall(ctx, level, blocked, { goTo: go });
      } else if (events.some((e) => e.type === 'granted')) {
        say(t('venue.granted', { name: loc(venue.actions.find((a) => a.id === action)?.name) }));
        venuePanel?.refresh();
      }
      finishIfEnded();
    });
  }

  function arrive(venueId: string) {
    if (finished) return;
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
    if (s.at !== venueId && rejection(level, s, { type: 'move', venue: venueId }) === 'no-time') {
      say(t('venue.tooFar'));
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
    view?.relayout();
  });
  const unsubLang = onLanguage(() => {
    render();
    view?.relabel();
    view?.relayout();
  });
  render();
  // The village chapter has its own quieter theme.
  ctx.audio?.setMusic(level.venues.some((v) => v.kind === 'village-home') ? 'hometown' : 'city');

  loadCity()
    .then((m) =>
      m.startCity({
        parent: game,
        store,
        level,
        reducedMotion: () => reduced(ctx),
        label: (id) => loc(level.venues.find((v) => v.id === id)?.name),
        districtLabel: (id) => loc(level.districts.find((d) => d.id === id)?.name),
        insets: () => {
          const phone = window.matchMedia('(max-width: 700px)').matches;
          return {
            top: hud.getBoundingClientRect().height,
            right: phone ? 0 : places.getBoundingClientRect().width + 16,
            bottom: phone ? places.getBoundingClientRect().height : 0,
          };
        },
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
      }
    })
    .catch(() => progress.remove()); // no map: the places list still plays the whole level
  places.querySelector<HTMLElement>('.place')?.focus();
  // Reloaded while a month-end event asked for a choice: ask again (nothing else can happen first).
  const pendingEnd = store.monthEnd();
  if (store.state().pendingEvent && pendingEnd) monthEnd(pendingEnd.month, pendingEnd.events);

  return () => {
    destroyed = true;
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('keyup', onKeyUp);
    window.removeEventListener('blur', onBlur);
    unsubStore();
    unsubLang();
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
