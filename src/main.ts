// Wires the parts together, nothing else: storage → settings → language → app (title first),
// while the content, the audio and (from the title) Phaser load in the background.
import './ui/styles.css';
import './ui/access.css';
import { startApp } from './app/app';
import { registerOffline } from './app/offline';
import { detectLanguage, initI18n, loadLanguage } from './i18n';
import { loadAudio } from './platform/audio';
import { once } from './platform/once';
import { afterLoadIdle, prefetchLater } from './platform/prefetch';
import { applySettings, loadSettings } from './platform/settings';
import { guardStorage } from './platform/storage';
import { findApi } from './scorm/scorm-api';
import { setDialogHost } from './ui/dialog';

/** Starts the game, once: everything it wires lives here, none of it at module level. */
function boot(): void {
  // Every read and write goes through here: where site data is blocked it lives in memory.
  const storage = guardStorage();
  // Inside a learning platform (SCORM 1.2) the run is reported and bookmarked; the bridge loads only
  // there, and before the app starts, so that its bookmark is the save the title offers to continue.
  const lms = findApi(window)
    ? import('./scorm/scorm').then((m) => m.connectScorm(window, storage)).catch(() => null) // without its bridge the game still plays; the platform just hears nothing
    : null;
  const settings = loadSettings(storage);
  applySettings(settings);
  const byId = (id: string) => document.getElementById(id)!;

  // The title needs neither the levels nor the sound (Howler): their code is prefetched once the
  // title has loaded (platform/prefetch.ts, vite.config.ts) and run on the first key or tap, when a
  // link or page needs them at once (?class=, #/…), or when the browser is idle a while after load.
  // A run link's screen needs only the levels' names: the app asks for the levels once it is drawn.
  const runLink = /[?&]run=/.test(location.search);
  const needNow = /[?&]class=/.test(location.search) || (location.hash.length > 2 && location.hash !== '#/');
  const woken = new Promise<void>((wake) => {
    if (needNow) wake();
    for (const type of ['pointerdown', 'keydown', 'touchstart', 'hashchange'] as const)
      window.addEventListener(type, () => wake(), { once: true, capture: true, passive: true });
    window.addEventListener(
      'load',
      () =>
        setTimeout(
          () => ('requestIdleCallback' in window ? requestIdleCallback(() => wake()) : wake()),
          8000,
        ),
      { once: true },
    );
  });

  // Levels, policies and facts load after the title, not before it; but as soon as the page starts
  // when the address needs them (a class link): not after the strings and the first task.
  const content = once(() => import('./content/bundle').then((m) => m.loadBundledContent()));
  const audio = once(() => loadAudio(storage));
  void woken.then(() => {
    void content();
    void audio();
  });

  // Loading the modules and the strings, then drawing the title: two tasks rather than one long one.
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  const lng = detectLanguage(settings.language, navigator.language);
  void initI18n(lng).then(async () => {
    await nextTask();
    const bridge = await lms;
    setDialogHost(byId('app'));
    const app = startApp({
      screen: byId('screen'),
      stage: byId('stage'),
      page: byId('page'),
      storage,
      settings,
      content,
      audio,
      watchRun: bridge?.watch ?? null,
    });
    registerOffline(
      (apply) => app.offerUpdate(apply),
      () => app.offlineCopyMayLoad(),
    );
    // The other language's strings, once the title has loaded and the page is idle: switching is
    // then instant, and works offline even before the service worker has cached them.
    afterLoadIdle(() => void loadLanguage(lng === 'en' ? 'zh-Hans' : 'en').catch(() => undefined));
    // What comes after the title, once it shows: before, the page's load (which no longer waits for
    // the strings, a dynamic import) let these hints share the line with the title's strings.
    if (!needNow && !runLink) prefetchLater();
  });
}

boot();
