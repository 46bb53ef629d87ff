// Wires the parts together, nothing else: settings → language → app (title first), while the
// content, the audio and (from the title) Phaser load in the background.
import './ui/styles.css';
import './ui/access.css';
import { startApp } from './app/app';
import { loadAudio } from './app/audio';
import { registerOffline } from './app/offline';
import { applySettings, loadSettings } from './app/settings';
import { detectLanguage, initI18n } from './i18n';
import { setDialogHost } from './ui/dialog';

const settings = loadSettings(localStorage);
applySettings(settings);
const byId = (id: string) => document.getElementById(id)!;

// The title needs neither the levels (and zod) nor the sound (Howler): their code is prefetched
// (index.html, vite.config.ts) and run on the first key or tap, when a link or page needs them at
// once (?run=, ?class=, #/…), or when the browser is idle a while after load.
let wake!: () => void;
const woken = new Promise<void>((resolve) => {
  wake = resolve;
});
const needNow =
  /[?&](run|class)=/.test(location.search) || (location.hash.length > 2 && location.hash !== '#/');
if (needNow) wake();
for (const type of ['pointerdown', 'keydown', 'touchstart', 'hashchange'] as const)
  window.addEventListener(type, () => wake(), { once: true, capture: true, passive: true });
window.addEventListener(
  'load',
  () => setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(wake) : wake()), 8000),
  { once: true },
);

// Loading the modules and i18next, then drawing the title: two tasks rather than one long one.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
void initI18n(detectLanguage(settings.language, navigator.language)).then(async () => {
  await nextTask();
  setDialogHost(byId('app'));
  startApp({
    screen: byId('screen'),
    stage: byId('stage'),
    page: byId('page'),
    storage: localStorage,
    settings,
    // Levels, facts and their schema (zod) load after the title, not before it.
    content: woken.then(() => import('./content/bundle')).then((m) => m.loadBundledContent()),
    audio: woken.then(() => loadAudio(localStorage)),
  });
  registerOffline();
});
