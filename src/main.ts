// Wires the parts together, nothing else: storage → settings → language → app (title first),
// while the content, the audio and (from the title) Phaser load in the background.
import './ui/styles.css';
import './ui/access.css';
import { startApp } from './app/app';
import { registerOffline } from './app/offline';
import { detectLanguage, initI18n } from './i18n';
import { loadAudio } from './platform/audio';
import { applySettings, loadSettings } from './platform/settings';
import { guardStorage } from './platform/storage';
import { connectScorm } from './scorm/scorm';
import { setDialogHost } from './ui/dialog';

// Every read and write goes through here: where site data is blocked it lives in memory.
const storage = guardStorage();
// Inside a learning platform (SCORM 1.2) the run is reported and bookmarked; elsewhere this is null.
connectScorm(window, storage);
const settings = loadSettings(storage);
applySettings(settings);
const byId = (id: string) => document.getElementById(id)!;

void initI18n(detectLanguage(settings.language, navigator.language)).then(() => {
  setDialogHost(byId('app'));
  const app = startApp({
    screen: byId('screen'),
    stage: byId('stage'),
    page: byId('page'),
    storage,
    settings,
    // Levels, facts and their schema (zod) load beside the title, not before it.
    content: import('./content/bundle').then((m) => m.loadBundledContent()),
    audio: loadAudio(storage),
  });
  registerOffline((apply) => app.offerUpdate(apply));
});
