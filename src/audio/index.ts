// The audio module's entry point (src/platform/audio.ts loads it lazily when it exists).
export {
  type AudioKind,
  type AudioManifestEntry,
  type AudioOptions,
  audioUrl,
  CROSSFADE_MS,
  createAudio,
  type GameAudio,
  MUSIC_KEYS,
  type MusicTrack,
  parseManifest,
  soundsForEvents,
} from './audio';
export {
  AUDIO_SETTINGS_KEY,
  type AudioSettings,
  DEFAULT_AUDIO_SETTINGS,
  loadAudioSettings,
  saveAudioSettings,
} from './settings';
