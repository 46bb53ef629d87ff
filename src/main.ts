// Wires the parts together, nothing else: settings → language → app (title first), while the
// content, the audio and (from the title) Phaser load in the background.
import './ui/styles.css';
import { startApp } from './app/app';
import { loadAudio } from './app/audio';
import { loadSettings } from './app/settings';
import { loadBundledContent } from './content/bundle';
import { detectLanguage, initI18n } from './i18n';
import { setDialogHost } from './ui/dialog';

const settings = loadSettings(localStorage);
document.documentElement.classList.toggle('reduce-motion', settings.reduceMotion);
const byId = (id: string) => document.getElementById(id)!;

void initI18n(detectLanguage(settings.language, navigator.language)).then(() => {
  setDialogHost(byId('app'));
  startApp({
    screen: byId('screen'),
    stage: byId('stage'),
    page: byId('page'),
    storage: localStorage,
    settings,
    content: loadBundledContent(),
    audio: loadAudio(localStorage),
  });
});
