// The runner of the app's flow (app/flow.ts): it turns clicks, links, run locks and crashes into
// inputs for reactApp, carries out its effects, and draws the screen that `ui.screen` names
// (title → levels → lottery → family → city → outcome, run links, class pages, the error screen),
// plus the hash pages (#/sources and whatever registers in routes.ts) over them. Every screen is
// DOM; only the city map is Phaser, loaded lazily.
import { installClassroom } from '../classroom/ui';
import type { Content } from '../content/load';
import { language, onLanguage, t } from '../i18n';
import type { AudioApi } from '../platform/audio';
import { type Ctx, reduced } from '../platform/context';
import { afterPaintIdle, whenIdle } from '../platform/next-task';
import { type Routes, routeIn } from '../platform/routes';
import { type RunWatcher, tellWatcher } from '../platform/run-events';
import type { Settings } from '../platform/settings';
import type { GuardedStorage } from '../platform/storage';
import type { RunState } from '../rules/types';
import { type RunRecord, recordOf } from '../store/run-record';
import { readSave, SET_ASIDE_KEY, setAsideSave, writeSave } from '../store/save';
import type { RunStore } from '../store/store';
import { hideBanner, showBanner } from '../ui/banner';
import { closeAllDialogs } from '../ui/dialog';
import { renderElsewhere } from '../ui/elsewhere';
import { renderCrash, renderProblems } from '../ui/error-screen';
import { renderTitle } from '../ui/title';
import {
  type AppEffect,
  type AppInput,
  type AppUi,
  initialUi,
  type Notice,
  offlineCopyMayLoad,
  reactApp,
  type Screen,
  soundMayStart,
  updateOffered,
} from './flow';
import { loadPlay, loadRunLock, preloadCity } from './preload-city';
import type { HeldRun } from './run-lock';

export interface AppParts {
  screen: HTMLElement;
  stage: HTMLElement;
  page: HTMLElement;
  storage: GuardedStorage;
  settings: Settings;
  /** The levels, policies and facts: loaded on the first call (main.ts calls it on the first
   * gesture or at once when the address needs them; a run link asks once its screen is drawn). */
  content: () => Promise<Content>;
  /** The sound (Howler): loaded on the first call, as the content. */
  audio: () => Promise<AudioApi | null>;
  /** What watches runs from outside the game (the SCORM bridge), if anything does. */
  watchRun: RunWatcher | null;
}

/** A drawn screen: drawn again on a language change; `leave` tears it down. */
type Drawn = { redraw(): void; leave?: () => void };

export interface App {
  /** A new version is installed and waiting; `apply` activates it and reloads (offered at a safe moment). */
  offerUpdate(apply: () => void): void;
  /** Whether the offline copy may download now (flow.ts, offlineCopyMayLoad). */
  offlineCopyMayLoad(): boolean;
}

// The outcome screen (with the result code, the epilogue and the share panel it opens) loads when a
// run starts; the result code's nonce keeper must be there before the run's end is announced.
const loadOutcome = () =>
  Promise.all([
    import('../ui/outcome'),
    import('../share/ui/result-block'),
    import('../share/run-result-code'),
    import('../ui/epilogue'),
    import('../platform/run-report'),
  ]);
type OutcomeCode = Awaited<ReturnType<typeof loadOutcome>>;
// The class code's reader (with the codecs and fflate, ~8 KB gzipped) loads when a class code is
// typed or a class link opened, not with the title.
const loadClassCodes = () => import('../classroom/session');
type PlayCode = Awaited<ReturnType<typeof loadPlay>>;
type RunLinkCode = typeof import('../share/ui/run-link-screen');
type PastTitle = typeof import('./past-title');

const sameRun = (a: RunRecord, b: RunRecord) => JSON.stringify(a) === JSON.stringify(b);

export function startApp(parts: AppParts): App {
  const { screen, stage, page, storage } = parts;
  let ctx: Ctx | null = null;
  let ui: AppUi = initialUi;
  let drawn: Drawn | null = null;
  /** The run lock while a run is in the city. */
  let held: HeldRun | null = null;
  /** What a class page draws (the classroom hands it in with the page). */
  let classPage: ((root: HTMLElement) => void) | null = null;
  // Code that loads with its screen, held once loaded so that the screen draws at once.
  let playCode: PlayCode | null = null;
  let outcomeCode: OutcomeCode | null = null;
  let runLinkCode: RunLinkCode | null = null;
  /** The store of the run that just ended (its outcome shows that very run). */
  let endedStore: RunStore | null = null;
  let update: (() => void) | null = null;
  let writeFailed = false;
  const params = new URLSearchParams(location.search);
  storage.onTrouble((trouble) => {
    if (trouble === 'write-failed') writeFailed = true;
    showBanner('storage', {
      text: trouble === 'unavailable' ? 'lifecycle.storageUnavailable' : 'lifecycle.storageWriteFailed',
      urgency: 'alert',
    });
  });

  /** The screens between the title and the city, loaded with the content (past-title.ts). */
  let past: PastTitle | null = null;
  const ready = async (): Promise<Ctx> => {
    if (ctx) return ctx;
    const [content, audio, screens] = await Promise.all([
      parts.content(),
      parts.audio(),
      import('./past-title'),
    ]);
    past = screens;
    ctx = { content, audio, storage, settings: parts.settings, watchRun: parts.watchRun };
    return ctx;
  };
  /** Screens past the title are reached only once the content is loaded (the inputs wait for it). */
  const loaded = (): Ctx => {
    if (!ctx) throw new Error('a screen needs the content before it loaded');
    return ctx;
  };
  const pastTitle = (): PastTitle => {
    if (!past) throw new Error('a screen past the title was drawn before its code loaded');
    return past;
  };

  /** Every input goes through the app's one decision; the screen it names is drawn. */
  function send(input: AppInput): void {
    const before = ui.screen;
    const r = reactApp(ui, input);
    ui = r.ui;
    if (ui.screen !== before) draw();
    for (const effect of r.effects) perform(effect);
    if (updateOffered(ui) && update)
      showBanner('update', { text: 'lifecycle.update', action: { label: 'lifecycle.reload', run: update } });
    else hideBanner('update');
  }

  function perform(effect: AppEffect): void {
    switch (effect.type) {
      case 'set-aside':
        setAsideSave(storage);
        return;
      case 'preload-city':
        // The run-link screen is drawn from the level's names: its first paint comes first, then
        // the levels (its buttons wait for them) and, beside them, the city's own code; then
        // Phaser's bytes and the level's art.
        if (ui.screen.name === 'run-link')
          afterPaintIdle(() => {
            void Promise.all([loadPlay(), loadRunLock()]).catch(() => {});
            void ready().then((c) => preloadCity(c.content.levels.get(effect.level), 'fetch'));
          });
        else preloadCity(ctx?.content.levels.get(effect.level));
        return;
      case 'join-class':
        void classroom.joinClass(effect.code, effect.session);
        return;
      case 'hold':
        // The city's code and the run lock load here (prefetched on the title, started on the lottery).
        void Promise.all([loadPlay(), loadRunLock()]).then(async ([play, { holdRun }]) => {
          playCode = play;
          const h = await holdRun(effect.mode, () => {
            // Another tab took the run over: stop here (no more saves) and say so.
            if (held === h) send({ type: 'taken' });
          });
          held = h;
          send({ type: 'held', ok: h !== null });
          // The player went elsewhere while the lock was asked for.
          if (ui.screen.name !== 'city') release();
        });
        return;
    }
  }

  const release = () => {
    held?.release();
    held = null;
  };

  const toTitle = () => send({ type: 'title', save: readSave(storage) });

  function draw(): void {
    try {
      drawn?.leave?.();
    } catch {
      // a screen that broke while leaving: the next one still shows
    }
    drawn = null;
    closeAllDialogs();
    const s = ui.screen;
    const inCity = s.name === 'city';
    screen.hidden = inCity;
    stage.hidden = !inCity;
    document.body.classList.toggle('in-city', inCity);
    drawn = screenFor(s);
    drawn?.redraw();
    window.scrollTo(0, 0);
  }

  function screenFor(s: Screen): Drawn | null {
    switch (s.name) {
      case 'boot':
        return null;
      case 'title':
        return titleScreen(s);
      case 'levels':
        return levelsScreen(loaded());
      case 'problems': {
        const c = loaded();
        return { redraw: () => renderProblems(screen, c.content.problems, toTitle) };
      }
      case 'lottery':
        return lotteryScreen(loaded(), s);
      case 'family': {
        const level = loaded().content.levels.get(s.record.levelId)!;
        const reg = level.registrations.find((r) => r.id === s.record.registrationId)!;
        return {
          redraw: () => pastTitle().renderFamilyIntro(screen, level, reg, () => send({ type: 'met-family' })),
        };
      }
      case 'city':
        return cityScreen(loaded(), s.record);
      case 'outcome':
        return outcomeScreen(loaded(), s.record, s.own);
      case 'elsewhere':
        return {
          redraw: () =>
            renderElsewhere(screen, s.kind, {
              take: () => send({ type: 'take-over', save: readSave(storage) }),
              back: toTitle,
            }),
        };
      case 'run-link':
        return runLinkCode!.runLinkScreen(screen, ready, s.record, {
          outcome: (store) => void ended(store, false),
          // Drawn before the levels loaded: Play waits for them (unless the player left meanwhile).
          play: (record) =>
            void ready().then(() => {
              if (ui.screen.name === 'run-link') send({ type: 'play', record });
            }),
          title: toTitle,
        });
      case 'class': {
        const draw = classPage;
        return { redraw: () => draw?.(screen) };
      }
      case 'crash': {
        const saved = s.saved ? t('lifecycle.crashSaved') : null;
        return { redraw: () => renderCrash(screen, s.detail, toTitle, saved) };
      }
    }
  }

  function noticeText(n: Notice): string {
    switch (n.kind) {
      case 'set-aside':
        return t(`lifecycle.setAside.${n.reason}`, { where: t('lifecycle.where', { key: SET_ASIDE_KEY }) });
      case 'start-failed':
        return t('lifecycle.startFailed');
      case 'run-link':
        return t(`share.linkError.${n.error}`);
    }
  }

  /** Continue (or bring back the last result of) the saved run: how it opens in this version decides. */
  async function resume(record: RunRecord) {
    const c = await ready();
    const opened = pastTitle().openRun(c.content, record);
    if (!opened.ok) return send({ type: 'resume', record, opens: 'missing' });
    if (!opened.store.state().ended) return send({ type: 'resume', record, opens: 'playing' });
    await outcomeReady(opened.store);
    send({ type: 'resume', record, opens: 'ended' });
  }

  /** A run is over (`own`: the player's, not a watched link): its outcome. */
  async function ended(store: RunStore, own: boolean) {
    await outcomeReady(store);
    send({ type: 'run-ended', record: recordOf(store.state()), own });
  }

  /**
   * Before an outcome shows: its code is in and its report computed (a piece per task,
   * platform/run-report.ts). The store itself is kept for the outcome: the SCORM bridge and the
   * result code's nonce know the run by its store and state, so the outcome shows that very run.
   */
  async function outcomeReady(store: RunStore) {
    const code = await loadOutcome();
    await code[4].reportPaced(loaded().content, store.level, store.policy, store.state());
    outcomeCode = code;
    endedStore = store;
  }

  function newSeed(): number {
    const fromUrl = Number(params.get('seed'));
    if (params.has('seed') && Number.isInteger(fromUrl) && fromUrl >= 0) return fromUrl >>> 0;
    return crypto.getRandomValues(new Uint32Array(1))[0]!;
  }

  function lottery(
    c: Ctx,
    levelId: string,
    seed = newSeed(),
    forced?: { registration: string; assigned: boolean },
  ) {
    const level = c.content.levels.get(levelId);
    if (level) send({ type: 'lottery', level, seed, want: params.get('reg'), forced });
  }

  function titleScreen(s: Extract<Screen, { name: 'title' }>): Drawn {
    const saved = s.saved;
    return {
      redraw: () => {
        const slots = renderTitle(
          screen,
          {
            play: () => void ready().then((c) => send({ type: 'levels', count: c.content.order.length })),
            continue: saved && !saved.ended ? () => void resume(saved.record) : null,
            lastResult: saved?.ended ? () => void resume(saved.record) : null,
            settings: () => void ready().then((c) => pastTitle().openSettings(c)),
            sources: () => location.assign('#/sources'),
            // The glossary (and its 30 terms) loads when asked for, not with the title.
            glossary: () => void import('../ui/glossary').then((g) => g.openGlossary()),
            classroom: routeIn(routes, '#/teacher') ? () => location.assign('#/teacher') : null,
            language: () =>
              void ready().then((c) => pastTitle().switchLanguage(c, language() === 'en' ? 'zh-Hans' : 'en')),
          },
          s.notice ? noticeText(s.notice) : null,
        );
        classroom.decorateTitle(
          slots.belowButtons,
          s.classError,
          (code) =>
            void loadClassCodes().then(({ decodeSession }) =>
              send({ type: 'class-link', read: decodeSession(code), code, save: readSave(storage) }),
            ),
        );
        // The bench's load figure: the title's buttons are in the DOM and answer clicks.
        if (!performance.getEntriesByName('iw:title-interactive').length)
          performance.mark('iw:title-interactive');
      },
    };
  }

  function levelsScreen(c: Ctx): Drawn {
    return {
      redraw: () => {
        pastTitle().renderLevelSelect(screen, c.content, (id) => lottery(c, id), toTitle);
        if (c.content.problems.length) {
          const note = document.createElement('button');
          note.className = 'btn btn-link problems-link';
          note.textContent = t('error.content');
          note.addEventListener('click', () => send({ type: 'problems' }));
          screen.querySelector('.screen')?.append(note);
        }
      },
    };
  }

  function lotteryScreen(c: Ctx, s: Extract<Screen, { name: 'lottery' }>): Drawn {
    const level = c.content.levels.get(s.level)!;
    const reg = level.registrations.find((r) => r.id === s.registration)!;
    return {
      redraw: () =>
        pastTitle().renderLottery(
          screen,
          level,
          reg,
          s.assigned,
          () => send({ type: 'dealt', hasFamily: pastTitle().storyOf(level).family.length > 0 }),
          reduced(c),
          () => c.audio?.play('sfx-flip'),
          s.back ? () => send({ type: 'levels', count: c.content.order.length }) : undefined,
        ),
    };
  }

  function cityScreen(c: Ctx, record: RunRecord): Drawn {
    let stop: (() => void) | null = null;
    // The outcome's code, once the city is on screen and the page idle (before, it would share a
    // slow line with it; in the city's first task, its preload hints alone were ~35 ms at CPU ×4).
    // An outcome that comes sooner loads it itself (outcomeReady).
    whenIdle(() => void loadOutcome().catch(() => {}), 3000, 1000);
    return {
      redraw: () => {
        if (stop) return; // the city redraws itself on a language change
        const r = playCode!.startPlay(c, stage, record, {
          outcome: (store) => void ended(store, true),
          quit: toTitle,
        });
        // This run could not start; whatever the save holds belongs to another run: untouched.
        if (typeof r === 'string')
          queueMicrotask(() => send({ type: 'start-failed', save: readSave(storage) }));
        else stop = r;
      },
      leave: () => {
        stop?.();
        stop = null;
        release();
      },
    };
  }

  function outcomeScreen(c: Ctx, record: RunRecord, own: boolean): Drawn | null {
    const kept = endedStore && sameRun(recordOf(endedStore.state()), record) ? endedStore : null;
    const opened = kept ? null : pastTitle().openRun(c.content, record);
    const store = kept ?? (opened?.ok ? opened.store : null);
    if (!store || !outcomeCode) return null;
    const [{ renderOutcome }, { resultCodeBlock }, { keepNonce, nonceOf }, { mountEpilogue }, { reportFor }] =
      outcomeCode;
    const state: RunState = store.state();
    // The save is not cleared: a finished run stays there as the last result until a new run
    // starts, with its result code's nonce, so that the code it brings back is the same.
    const save = own ? readSave(storage) : null;
    const mine = save?.ok && sameRun(save.record, record) ? save : null;
    if (mine?.nonce !== undefined) keepNonce(state, mine.nonce);
    const keep = () => {
      const nonce = nonceOf(state);
      if (mine && nonce !== undefined && mine.nonce !== nonce) {
        writeSave(storage, record, true, nonce);
        mine.nonce = nonce;
      }
    };
    const level = store.level;
    // Computed once for this finished run (in ended(), a piece per task): a redraw reads the same report.
    const report = reportFor(c.content, level, store.policy, state);
    tellWatcher(c.watchRun, { kind: 'finish', store, report });
    return {
      redraw: () => {
        const slots = renderOutcome(screen, c.content, level, store.policy, state, report, {
          playAgain: () => lottery(c, level.id),
          // The other card is dealt openly: the lottery and its power-up cards show it first.
          otherRegistration: (registrationId) =>
            lottery(c, level.id, state.seed, { registration: registrationId, assigned: true }),
          next: () => {
            const next = c.content.order[c.content.order.indexOf(level.id) + 1];
            if (next) lottery(c, next);
          },
          // The share panel (card drawing, codes) loads on the first Share, not with the title.
          share: () =>
            void import('../share/ui/share-panel').then((m) =>
              m.openSharePanel({ level, policy: store.policy, state, report }),
            ),
          title: toTitle,
        });
        // Below the sections, each in a task of its own (in one with the screen: ~80 ms at CPU ×4).
        slots.later(() => mountEpilogue(screen, c.content, level, state, report, reduced(c)));
        slots.later(() => {
          slots.resultCode.replaceChildren(resultCodeBlock(level, state, report.twin?.state ?? null));
          keep();
        });
        classroom.decorateOutcome(slots, c, store);
      },
    };
  }

  /** A shared run link (?run=CODE) offers to watch or replay the run; a damaged one says so on the
   * title. Its screen needs only the level's names: the levels load once it is drawn (preload-city). */
  async function runLink() {
    runLinkCode = await import('../share/ui/run-link-screen');
    const read = runLinkCode.runFromAddress(location.search);
    runLinkCode.forgetRunParam();
    send({
      type: 'run-link',
      read:
        read && 'record' in read
          ? { record: read.record, known: runLinkCode.knownLevel(read.record.levelId) }
          : read,
      save: readSave(storage),
    });
  }

  // Say the run is saved only when it is: storage kept, every write went through, a run in the slot.
  const crash = (detail: string) =>
    send({ type: 'crash', detail, saved: storage.persistent && !writeFailed && readSave(storage).ok });
  window.addEventListener('error', (e) => crash(String(e.error?.stack ?? e.message)));
  window.addEventListener('unhandledrejection', (e) => crash(String(e.reason?.stack ?? e.reason)));

  // Browsers allow sound only after a gesture: the first key or tap unlocks it, where the flow
  // allows (soundMayStart: not a shared run's Play, whose AudioContext was ~0.2 s at CPU ×4).
  const unlock = () => {
    if (!soundMayStart(ui)) return;
    void parts.audio().then((a) => a?.unlock());
    window.removeEventListener('keydown', unlock, true);
    window.removeEventListener('pointerdown', unlock, true);
  };
  window.addEventListener('keydown', unlock, true);
  window.addEventListener('pointerdown', unlock, true);

  const classroom = installClassroom({
    storage,
    ready,
    show: (draw) => {
      classPage = draw;
      send({ type: 'class-page' });
    },
    start: (c, levelId, seed, registrationId, assigned) =>
      lottery(c, levelId, seed, { registration: registrationId, assigned }),
    resume: (record) => void resume(record),
    title: toTitle,
  });
  // The pages over the game: the sources, and the classroom's (teacher, debrief, guide).
  const routes: Routes = {
    '#/sources': (root) =>
      void Promise.all([ready(), import('../ui/sources')]).then(([c, { renderSources }]) =>
        renderSources(root, c.content, () => (history.length > 1 ? history.back() : location.assign('#'))),
      ),
    ...classroom.routes,
  };

  /** Hash pages sit over the game (the run under them stays as it was). */
  const route = () => {
    const handler = routeIn(routes, location.hash);
    page.hidden = !handler;
    if (!handler) {
      page.replaceChildren();
      return;
    }
    closeAllDialogs();
    handler(page);
  };
  window.addEventListener('hashchange', route);
  onLanguage(() => {
    drawn?.redraw();
    if (!page.hidden) route();
  });

  // A run link opens on its own screen (the title shows only if the link is bad): no title drawn
  // and then replaced, which moved everything on screen (Lighthouse's layout shift).
  send({ type: 'boot', save: readSave(storage), runLink: params.has('run') });
  if (params.has('run')) void runLink();
  if (params.has('class'))
    void loadClassCodes().then(({ readClassParam }) => {
      const classLink = readClassParam(location.search);
      if (classLink)
        send({
          type: 'class-link',
          read: classLink,
          code: params.get('class') ?? '',
          save: readSave(storage),
        });
    });
  route();
  return {
    offerUpdate(apply) {
      update = apply;
      send({ type: 'update-ready' });
    },
    offlineCopyMayLoad: () => offlineCopyMayLoad(ui),
  };
}
