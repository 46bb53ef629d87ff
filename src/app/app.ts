// The screen router and the app's state: title → levels → lottery → city → outcome, plus the
// hash pages (#/sources and whatever registers in routes.ts). Every screen is DOM; only the
// city map is Phaser, loaded lazily.
import { installClassroom } from '../classroom/ui';
import type { Content } from '../content/load';
import { storyOf } from '../content/story';
import { language, onLanguage, t } from '../i18n';
import type { AudioApi } from '../platform/audio';
import { type Ctx, reduced } from '../platform/context';
import { registerRoute, routeFor } from '../platform/routes';
import { emitRun } from '../platform/run-events';
import type { Settings } from '../platform/settings';
import type { GuardedStorage } from '../platform/storage';
import { generator } from '../rules';
import type { Level, LevelRegistration, RunState } from '../rules/types';
import { type RunRecord, recordOf } from '../store/run-record';
import { type LoadedSave, readSave, SET_ASIDE_KEY, setAsideSave, writeSave } from '../store/save';
import { openRun, type RunStore } from '../store/store';
import { hideBanner, showBanner } from '../ui/banner';
import { closeAllDialogs } from '../ui/dialog';
import { renderElsewhere } from '../ui/elsewhere';
import { renderCrash, renderProblems } from '../ui/error-screen';
import { renderFamilyIntro } from '../ui/family';
import { renderLevelSelect } from '../ui/level-select';
import { renderLottery } from '../ui/lottery';
import { openSettings, switchLanguage } from '../ui/settings-panel';
import { renderTitle } from '../ui/title';
import { loadPlay, loadRunLock, preloadCity } from './preload-city';
import type { HeldRun } from './run-lock';

export interface AppParts {
  screen: HTMLElement;
  stage: HTMLElement;
  page: HTMLElement;
  storage: GuardedStorage;
  settings: Settings;
  content: Promise<Content>;
  audio: Promise<AudioApi | null>;
}

/** `safe`: a screen where reloading loses nothing (title, outcome): a new version may be offered there. */
type Screen = { redraw(): void; leave?: () => void; safe?: boolean };

export interface App {
  /** A new version is installed and waiting; `apply` activates it and reloads (offered at a safe moment). */
  offerUpdate(apply: () => void): void;
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

export function startApp(parts: AppParts): App {
  const { screen, stage, page, storage } = parts;
  let ctx: Ctx | null = null;
  let current: Screen | null = null;
  let titleNotice: string | null = null;
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
  const offerUpdateIfSafe = () => {
    if (update && current?.safe)
      showBanner('update', { text: 'lifecycle.update', action: { label: 'lifecycle.reload', run: update } });
    else hideBanner('update');
  };

  const ready = async (): Promise<Ctx> => {
    if (ctx) return ctx;
    const [content, audio] = await Promise.all([parts.content, parts.audio]);
    ctx = { content, audio, storage, settings: parts.settings };
    return ctx;
  };

  const show = (s: Screen, inCity = false) => {
    current?.leave?.();
    closeAllDialogs();
    current = s;
    screen.hidden = inCity;
    stage.hidden = !inCity;
    document.body.classList.toggle('in-city', inCity);
    s.redraw();
    window.scrollTo(0, 0);
    offerUpdateIfSafe();
  };

  /** Sets the unusable save aside (a copy under SET_ASIDE_KEY) and says so, and where, on the title. */
  const setAside = (reason: 'corrupt' | 'old' | 'newer' | 'missing') => {
    setAsideSave(storage);
    titleNotice = t(`lifecycle.setAside.${reason}`, { where: t('lifecycle.where', { key: SET_ASIDE_KEY }) });
  };

  const checkSave = (): Extract<LoadedSave, { ok: true }> | null => {
    const save = readSave(storage);
    if (save.ok || save.reason === 'none') return save.ok ? save : null;
    // Set the unreadable save aside (kept under another key) so the game goes on.
    setAside(save.reason === 'corrupt' ? 'corrupt' : save.reason === 'new-version' ? 'newer' : 'old');
    return null;
  };

  function title() {
    const saved = checkSave();
    show({
      safe: true,
      redraw: () => {
        const slots = renderTitle(
          screen,
          {
            play: () => void levels(),
            continue: saved && !saved.ended ? () => void resume(saved.record) : null,
            lastResult: saved?.ended ? () => void resume(saved.record) : null,
            settings: () => void ready().then(openSettings),
            sources: () => location.assign('#/sources'),
            // The glossary (and its 30 terms) loads when asked for, not with the title.
            glossary: () => void import('../ui/glossary').then((g) => g.openGlossary()),
            language: () =>
              void ready().then((c) => switchLanguage(c, language() === 'en' ? 'zh-Hans' : 'en')),
          },
          titleNotice,
        );
        classroom.decorateTitle(slots.belowButtons);
      },
    });
    // The bench's load figure: the title's buttons are in the DOM and answer clicks.
    if (!performance.getEntriesByName('iw:title-interactive').length)
      performance.mark('iw:title-interactive');
  }

  async function levels() {
    titleNotice = null;
    const c = await ready();
    if (c.content.order.length === 0) return problems(c);
    show({
      redraw: () => {
        renderLevelSelect(screen, c.content, (id) => lottery(c, id), title);
        if (c.content.problems.length) {
          const note = document.createElement('button');
          note.className = 'btn btn-link problems-link';
          note.textContent = t('error.content');
          note.addEventListener('click', () => problems(c));
          screen.querySelector('.screen')?.append(note);
        }
      },
    });
  }

  function problems(c: Ctx) {
    show({ redraw: () => renderProblems(screen, c.content.problems, title) });
  }

  function newSeed(): number {
    const fromUrl = Number(params.get('seed'));
    if (params.has('seed') && Number.isInteger(fromUrl) && fromUrl >= 0) return fromUrl >>> 0;
    return crypto.getRandomValues(new Uint32Array(1))[0]!;
  }

  function lottery(c: Ctx, levelId: string, seed = newSeed(), forced?: { id: string; assigned: boolean }) {
    const level = c.content.levels.get(levelId)!;
    const want = params.get('reg');
    // A class session hands in its own registration (assigned, or drawn for the student).
    const chosen = forced && level.registrations.find((r) => r.id === forced.id);
    const assigned = chosen
      ? forced.assigned
        ? chosen
        : undefined
      : level.registrations.find((r) => r.kind === want || r.id === want);
    // The draw is seeded: the same seed always deals the same card.
    const drawn = level.registrations[Math.floor(generator(seed ^ 0x5eed)() * level.registrations.length)]!;
    const reg = chosen ?? assigned ?? drawn;
    preloadCity(level); // Phaser and the level's art, while the card is read
    show({
      redraw: () =>
        renderLottery(
          screen,
          level,
          reg,
          assigned !== undefined,
          () =>
            familyIntro(level, reg, () =>
              play(c, { levelId, seed, registrationId: reg.id, policyId: 'status-quo', intents: [] }),
            ),
          reduced(c),
          () => c.audio?.play('sfx-flip'),
          // A class session's card is dealt by the teacher: no way back to the cities from it.
          forced ? undefined : () => void levels(),
        ),
    });
  }

  /** The family, one screen between the power-ups and the city (a level without one goes straight on). */
  function familyIntro(level: Level, reg: LevelRegistration, go: () => void) {
    if (storyOf(level).family.length === 0) return go();
    show({ redraw: () => renderFamilyIntro(screen, level, reg, go) });
  }

  /** Continue (or bring back the last result of) the saved run. */
  async function resume(record: RunRecord) {
    titleNotice = null;
    const c = await ready();
    const opened = openRun(c.content, record);
    if (!opened.ok) {
      // The save's level, registration or policy is not in this version: keep it, aside.
      setAside('missing');
      return title();
    }
    if (opened.store.state().ended) return finished(c, opened.store);
    await play(c, record, 'try');
  }

  /** Another tab holds the run: say so, and offer to take it over here. */
  function elsewhere(c: Ctx, kind: 'elsewhere' | 'taken') {
    show({
      redraw: () =>
        renderElsewhere(screen, kind, {
          take: () => {
            const save = readSave(storage);
            if (save.ok) void play(c, save.record, 'steal');
            else title();
          },
          back: title,
        }),
    });
  }

  /**
   * Plays a run in the city. 'steal' (a new run, or the player asked to take over) takes the run
   * from any other tab; 'try' (Continue) asks the player first when another tab has it.
   */
  async function play(c: Ctx, record: RunRecord, mode: 'try' | 'steal' = 'steal') {
    let stop: (() => void) | null = null;
    let left = false;
    // The city's code and the run lock load here (prefetched on the title, started on the lottery).
    const [{ startPlay }, { holdRun }] = await Promise.all([loadPlay(), loadRunLock()]);
    const held: HeldRun | null = await holdRun(mode, () => {
      if (left) return;
      // Another tab took the run over: stop here (no more saves) and say so.
      elsewhere(c, 'taken');
    });
    if (!held) return elsewhere(c, 'elsewhere');
    show(
      {
        redraw: () => {
          if (stop) return; // the city redraws itself on a language change
          const r = startPlay(c, stage, record, { outcome: (store) => void finished(c, store), quit: title });
          if (typeof r === 'string') {
            // This run could not start; whatever the save holds belongs to another run: untouched.
            titleNotice = t('lifecycle.startFailed');
            queueMicrotask(title);
          } else stop = r;
        },
        leave: () => {
          left = true;
          stop?.();
          held.release();
        },
      },
      true,
    );
    // The outcome's code, once the city is on screen (before, it would share a slow line with it).
    void loadOutcome().catch(() => {});
  }

  /** `own`: the player's run (it wrote the save), not a watched link. */
  async function finished(c: Ctx, store: RunStore, own = true) {
    const [
      { renderOutcome },
      { resultCodeBlock },
      { keepNonce, nonceOf },
      { mountEpilogue },
      { reportPaced },
    ] = await loadOutcome();
    const state: RunState = store.state();
    // The save is not cleared: a finished run stays there as the last result until a new run
    // starts, with its result code's nonce, so that the code it brings back is the same.
    const record = recordOf(state);
    const save = own ? readSave(storage) : null;
    const mine = save?.ok && JSON.stringify(save.record) === JSON.stringify(record) ? save : null;
    if (mine?.nonce !== undefined) keepNonce(state, mine.nonce);
    const keep = () => {
      const nonce = nonceOf(state);
      if (mine && nonce !== undefined && mine.nonce !== nonce) {
        writeSave(storage, record, true, nonce);
        mine.nonce = nonce;
      }
    };
    const level = store.level;
    // Computed once for this finished run, a piece per task: a redraw (a language switch) reads it again.
    const report = await reportPaced(c.content, level, store.policy, state);
    emitRun({ kind: 'finish', store, report });
    show({
      safe: true,
      redraw: () => {
        const slots = renderOutcome(screen, c.content, level, store.policy, state, report, {
          playAgain: () => lottery(c, level.id),
          // The other card is dealt openly: the lottery and its power-up cards show it first.
          otherRegistration: (registrationId) =>
            lottery(c, level.id, state.seed, { id: registrationId, assigned: true }),
          next: () => {
            const next = c.content.order[c.content.order.indexOf(level.id) + 1];
            if (next) lottery(c, next);
          },
          // The share panel (card drawing, codes) loads on the first Share, not with the title.
          share: () =>
            void import('../share/ui/share-panel').then((m) =>
              m.openSharePanel({ level, policy: store.policy, state, report }),
            ),
          title,
        });
        mountEpilogue(screen, c.content, level, state, report, reduced(c));
        slots.resultCode.replaceChildren(resultCodeBlock(level, state, report.twin?.state ?? null));
        classroom.decorateOutcome(slots, c, store);
        keep();
      },
    });
  }

  /** A shared run link (?run=CODE) offers to watch or replay the run; a damaged one says so on the title. */
  async function runLink() {
    // The city's own code (small) while the levels load: a run link is most often played.
    void loadPlay().catch(() => {});
    const m = await import('../share/ui/run-link-screen');
    const shared = m.runFromAddress(location.search);
    m.forgetRunParam();
    if (!shared) return title();
    if ('error' in shared) {
      titleNotice = shared.error;
      return title();
    }
    const c = await ready();
    const s = m.runLinkScreen(screen, c, shared.record, {
      outcome: (store) => void finished(c, store, false),
      play: (r) => void play(c, r),
      title,
    });
    if (s.known) {
      preloadCity(c.content.levels.get(shared.record.levelId), 'fetch');
      return show(s);
    }
    titleNotice = t('share.linkError.level');
    title();
  }

  registerRoute('#/sources', (root) => {
    void Promise.all([ready(), import('../ui/sources')]).then(([c, { renderSources }]) =>
      renderSources(root, c.content, () => (history.length > 1 ? history.back() : location.assign('#'))),
    );
  });

  /** Hash pages sit over the game (the run under them stays as it was). */
  const route = () => {
    const handler = routeFor(location.hash);
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
    current?.redraw();
    if (!page.hidden) route();
  });

  const crash = (detail: string) => {
    try {
      current?.leave?.();
    } catch {
      // already broken: the error screen still shows
    }
    current = null;
    closeAllDialogs();
    screen.hidden = false;
    stage.hidden = true;
    // Say the run is saved only when it is: storage kept, every write went through, a run in the slot.
    const saved = storage.persistent && !writeFailed && readSave(storage).ok;
    renderCrash(
      screen,
      detail,
      () => {
        titleNotice = null;
        title();
      },
      saved ? t('lifecycle.crashSaved') : null,
    );
  };
  window.addEventListener('error', (e) => crash(String(e.error?.stack ?? e.message)));
  window.addEventListener('unhandledrejection', (e) => crash(String(e.reason?.stack ?? e.reason)));

  // Browsers allow sound only after a gesture: the first key or tap unlocks it.
  const unlock = () => {
    void parts.audio.then((a) => a?.unlock());
    window.removeEventListener('keydown', unlock, true);
    window.removeEventListener('pointerdown', unlock, true);
  };
  window.addEventListener('keydown', unlock, true);
  window.addEventListener('pointerdown', unlock, true);

  const classroom = installClassroom({
    storage,
    ready,
    show: (draw) => show({ redraw: () => draw(screen) }),
    start: (c, levelId, seed, registrationId, assigned) =>
      lottery(c, levelId, seed, { id: registrationId, assigned }),
    resume: (record) => void resume(record),
    title: () => {
      titleNotice = null;
      title();
    },
  });
  // A run link opens on its own screen (the title shows only if the link is bad): no title drawn
  // and then replaced, which moved everything on screen (Lighthouse's layout shift).
  if (params.has('run')) void runLink();
  else title();
  classroom.startFromUrl();
  route();
  return {
    offerUpdate(apply) {
      update = apply;
      offerUpdateIfSafe();
    },
  };
}
