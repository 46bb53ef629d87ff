// The screen router and the app's state: title → levels → lottery → city → outcome, plus the
// hash pages (#/sources and whatever registers in routes.ts). Every screen is DOM; only the
// city map is Phaser, loaded lazily.
import { installClassroom } from '../classroom/ui';
import type { Content } from '../content/load';
import { storyOf } from '../content/story';
import { language, onLanguage, t } from '../i18n';
import { generator } from '../rules';
import type { Level, LevelRegistration, RunState } from '../rules/types';
import { forgetRunParam, runFromAddress, runLinkScreen } from '../share/ui/run-link-screen';
import type { RunRecord } from '../store/run-record';
import { clearSave, readSave, SAVE_KEY } from '../store/save';
import type { RunStore } from '../store/store';
import { closeAllDialogs } from '../ui/dialog';
import { mountEpilogue } from '../ui/epilogue';
import { renderCrash, renderProblems } from '../ui/error-screen';
import { renderFamilyIntro } from '../ui/family';
import { renderLevelSelect } from '../ui/level-select';
import { renderLottery } from '../ui/lottery';
import { renderOutcome } from '../ui/outcome';
import { openSettings, switchLanguage } from '../ui/settings-panel';
import { renderSources } from '../ui/sources';
import { renderTitle } from '../ui/title';
import type { AudioApi } from './audio';
import { type Ctx, reduced } from './context';
import { preloadCity, startPlay } from './play';
import { registerRoute, routeFor } from './routes';
import type { Settings } from './settings';
import { openShare } from './share-hook';

export interface AppParts {
  screen: HTMLElement;
  stage: HTMLElement;
  page: HTMLElement;
  storage: Storage;
  settings: Settings;
  content: Promise<Content>;
  audio: Promise<AudioApi | null>;
}

type Screen = { redraw(): void; leave?: () => void };

export function startApp(parts: AppParts): void {
  const { screen, stage, page, storage } = parts;
  let ctx: Ctx | null = null;
  let current: Screen | null = null;
  let titleNotice: string | null = null;
  const params = new URLSearchParams(location.search);

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
  };

  const checkSave = () => {
    const save = readSave(storage);
    if (save.ok || save.reason === 'none') return save.ok ? save.record : null;
    // Set the unreadable save aside (kept under another key) so the game goes on.
    try {
      const raw = storage.getItem(SAVE_KEY);
      if (raw !== null) storage.setItem(`${SAVE_KEY}.set-aside`, raw);
    } catch {
      // storage disabled: nothing to keep
    }
    clearSave(storage);
    titleNotice = save.reason === 'corrupt' ? t('title.saveCorrupt') : t('title.saveOld');
    return null;
  };

  function title() {
    const saved = checkSave();
    show({
      redraw: () => {
        renderTitle(
          screen,
          {
            play: () => void levels(),
            continue: saved ? () => void resume(saved) : null,
            settings: () => void ready().then(openSettings),
            sources: () => location.assign('#/sources'),
            language: () =>
              void ready().then((c) => switchLanguage(c, language() === 'en' ? 'zh-Hans' : 'en')),
          },
          titleNotice,
        );
        classroom.decorateTitle(screen);
      },
    });
    // The bench's load figure: the title's buttons are in the DOM and answer clicks.
    if (!performance.getEntriesByName('iw:title-interactive').length)
      performance.mark('iw:title-interactive');
    preloadCity();
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
        ),
    });
  }

  /** The family, one screen between the power-ups and the city (a level without one goes straight on). */
  function familyIntro(level: Level, reg: LevelRegistration, go: () => void) {
    if (storyOf(level).family.length === 0) return go();
    show({ redraw: () => renderFamilyIntro(screen, level, reg, go) });
  }

  async function resume(record: RunRecord) {
    titleNotice = null;
    const c = await ready();
    play(c, record);
  }

  function play(c: Ctx, record: RunRecord) {
    let stop: (() => void) | null = null;
    show(
      {
        redraw: () => {
          if (stop) return; // the city redraws itself on a language change
          const r = startPlay(c, stage, record, { outcome: (store) => finished(c, store), quit: title });
          if (typeof r === 'string') {
            clearSave(storage);
            titleNotice = t('title.saveMissing');
            queueMicrotask(title);
          } else stop = r;
        },
        leave: () => stop?.(),
      },
      true,
    );
  }

  function finished(c: Ctx, store: RunStore) {
    const state: RunState = store.state();
    clearSave(storage); // a finished run is not continued
    const level = store.level;
    show({
      redraw: () => {
        renderOutcome(screen, c.content, level, store.policy, state, {
          playAgain: () => lottery(c, level.id),
          otherRegistration: (registrationId) =>
            play(c, {
              levelId: level.id,
              seed: state.seed,
              registrationId,
              policyId: state.policyId,
              intents: [],
            }),
          next: () => {
            const next = c.content.order[c.content.order.indexOf(level.id) + 1];
            if (next) lottery(c, next);
          },
          share: (data) => void openShare(data),
          title,
        });
        mountEpilogue(screen, c.content, level, store.policy, state, reduced(c));
        classroom.decorateOutcome(screen, c, store);
      },
    });
  }

  async function runLink(record: RunRecord) {
    const c = await ready();
    const s = runLinkScreen(screen, c, record, {
      outcome: (store) => finished(c, store),
      play: (r) => play(c, r),
      title,
    });
    if (s.known) return show(s);
    titleNotice = t('share.linkError.level');
    title();
  }

  registerRoute('#/sources', (root) => {
    void ready().then((c) =>
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
    renderCrash(screen, detail, () => {
      titleNotice = null;
      title();
    });
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

  // A shared run link (?run=CODE) offers to watch or replay the run; a damaged one says so on the title.
  const shared = runFromAddress(location.search);
  if (shared) forgetRunParam();
  if (shared && 'error' in shared) titleNotice = shared.error;
  const classroom = installClassroom({
    storage,
    ready,
    show: (draw) => show({ redraw: () => draw(screen) }),
    start: (c, levelId, seed, registrationId, assigned) =>
      lottery(c, levelId, seed, { id: registrationId, assigned }),
    title: () => {
      titleNotice = null;
      title();
    },
  });
  title();
  classroom.startFromUrl();
  if (shared && 'record' in shared) void runLink(shared.record);
  route();
}
