// One run in the city, the runner of app/city-flow.ts: it hands every key, click and store answer
// to reactCity and carries out the effects (step the store, which saves; open a panel; say a line;
// play a sound), and draws the HUD, the places and the lazily loaded Phaser map from the store.
import { loc, onLanguage, t } from '../i18n';
import { type Ctx, reduced } from '../platform/context';
import { tellWatcher } from '../platform/run-events';
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
import { openWall } from '../ui/wall-panel';
import { type CityEffect, type CityInput, type From, initialCityUi, type Line, reactCity } from './city-flow';

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
  tellWatcher(ctx.watchRun, { kind: 'start', store });
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
  let ui = initialCityUi;

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
      endMonth: () => send({ type: 'end-month', dialogOpen: anyDialogOpen() }),
      finish: () => send({ type: 'finish', dialogOpen: anyDialogOpen() }),
      settings: () => openSettings(ctx),
      pause: () => send({ type: 'pause', dialogOpen: anyDialogOpen() }),
    });
    // Keep keyboard focus on the same place button across redraws.
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.venue;
    renderVenueList(places);
    if (focused) places.querySelector<HTMLElement>(`[data-venue="${CSS.escape(focused)}"]`)?.focus();
  };
  const go = (venue: string) => send({ type: 'go', venue });
  const renderVenueList = (root: HTMLElement) => venueListRender(root, store, go);

  /** Every input goes through the city's one decision (app/city-flow.ts); true when it did something. */
  function send(input: CityInput): boolean {
    // A walk that ends after the player left (or another tab took the run over) changes nothing.
    if (destroyed) return false;
    const r = reactCity(ui, input, { level, state: store.state(), monthEnd: store.monthEnd() });
    ui = r.ui;
    for (const effect of r.effects) perform(effect);
    return r.effects.length > 0;
  }

  /** Steps an intent through the store (which saves it) and hands its answer back to the flow. */
  function stepIntent(intent: Intent, from: From): readonly GameEvent[] {
    if (destroyed) return [];
    const events = store.dispatch(intent);
    send({ type: 'stepped', intent, events, from });
    return events;
  }

  const nameOf = (venue: string, action?: string) => {
    const v = level.venues.find((x) => x.id === venue);
    return loc(action === undefined ? v?.name : v?.actions.find((a) => a.id === action)?.name);
  };
  /** The flow's line in the player's language. */
  function words(line: Line): string {
    switch (line.kind) {
      case 'goal':
        return t('toast.goal', { name: loc(level.goals.find((g) => g.id === line.goal)?.name) });
      case 'all-goals':
        return t('toast.allGoals');
      case 'wall':
        return t('access.wall', { action: nameOf(line.venue, line.action), count: line.count });
      case 'refusal':
        return `${t('refusal.heading', { action: nameOf(line.venue, line.action) })} ${t(`refusal.${line.reason ?? 'missing'}`)}`;
      case 'granted':
        return t('venue.granted', { name: nameOf(line.venue, line.action) });
      case 'moved':
        return t('toast.moved', { name: nameOf(line.venue) });
      case 'too-far':
        return t('venue.tooFar');
      case 'later':
        return fitText(line.action, line.fit) ?? '';
      case 'month-news':
        return monthNews(level, line.month, line.events);
    }
  }

  function perform(effect: CityEffect): void {
    switch (effect.type) {
      case 'step':
        stepIntent(effect.intent, effect.from);
        return;
      case 'say':
        say(words(effect.line));
        return;
      case 'sounds':
        ctx.audio?.playForEvents(effect.events);
        return;
      case 'face':
        family.show(effect.reaction, effect.member);
        return;
      case 'walk':
        void (view ? view.walkTo(effect.venue) : Promise.resolve()).then(() =>
          send({ type: 'arrived', venue: effect.venue }),
        );
        return;
      case 'open-venue':
        openVenue(effect.venue);
        return;
      case 'close-venue':
        venuePanel?.close();
        return;
      case 'refresh-venue':
        venuePanel?.refresh();
        return;
      case 'open-wall':
        if (effect.gate) view?.wall(effect.blocked.venue);
        openWall(ctx, level, effect.blocked, { goTo: go, state: () => store.state() }, () =>
          view?.wallDone(),
        );
        return;
      case 'open-month-end':
        openMonthEnd(ctx, store, effect.month, effect.events, {
          choose: (choice) => stepIntent({ type: 'choose', choice }, 'month-end'),
          endMonth: () => stepIntent({ type: 'endMonth' }, 'month-end'),
          done: () => send({ type: 'month-end-done' }),
        });
        return;
      case 'outcome':
        closeAllDialogs();
        hooks.outcome(store);
        return;
      case 'pause':
        openPause(ctx, hooks.quit);
        return;
      case 'journal':
        openJournal(ctx, store);
        return;
      case 'toggle-mute':
        say(t(ctx.audio?.toggleMute() ? 'family.mute' : 'family.unmute'));
        return;
      case 'heading':
        view?.setHeading(effect.dx, effect.dy);
        return;
    }
  }

  function openVenue(venueId: string) {
    const venue = level.venues.find((v) => v.id === venueId);
    if (!venue) return;
    ctx.audio?.play('sfx-enter');
    venuePanel?.close();
    venuePanel = openVenuePanel(store, venue, (action) => send({ type: 'act', venue: venueId, action }));
  }

  const onKey = (ev: KeyboardEvent) => {
    const target = ev.target as HTMLElement | null;
    const onMap = (target === game || target === document.body || target === null) && view !== null;
    const handled = send({
      type: 'key',
      key: ev.key,
      modified: ev.ctrlKey || ev.metaKey || ev.altKey,
      inField: Boolean(target?.closest?.('input, textarea, select')),
      onMap,
      dialogOpen: anyDialogOpen(),
      near: onMap ? (view?.nearVenue() ?? null) : null,
      sound: ctx.audio !== null,
    });
    if (handled) ev.preventDefault();
  };
  const onKeyUp = (ev: KeyboardEvent) => send({ type: 'key-up', key: ev.key });
  const onBlur = () => send({ type: 'blur' });
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
  /** After the next frame has been drawn: a task of its own, with the page laid out. */
  const afterFrame = () =>
    new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  // The map as DOM until Phaser has drawn it with the avatar: usable at once (docs/performance.md).
  // It is sized to the room the HUD and the places list leave, so it comes in the task after their
  // first frame: made in this one, reading their size forced the whole city's first layout inside
  // this task (~90 ms of a ~290 ms task at CPU ×4); the frame lays them out anyway.
  let sketch: ReturnType<typeof mapSketch> | null = null;
  // The bench's city figure: the first frame with a usable map on screen. Phaser (if the lottery
  // has not already run it) runs after that frame, in a task of its own: its ~0.5 MB of code must
  // not hold the sketch back.
  const painted = afterFrame().then(() => {
    if (destroyed) return;
    sketch = mapSketch(level, {
      insets,
      label: (id) => loc(level.venues.find((v) => v.id === id)?.name),
      districtLabel: (id) => loc(level.districts.find((d) => d.id === id)?.name),
      go,
      at: () => store.state().at,
    });
    game.append(sketch.element);
    return new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        performance.mark('iw:city-first-frame');
        setTimeout(resolve, 0);
      }),
    );
  });
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
          arrive: (venue) => send({ type: 'arrived', venue }),
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
  // Reloaded while a month-end event asked for a choice, the flow asks again.
  send({ type: 'opened' });
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
