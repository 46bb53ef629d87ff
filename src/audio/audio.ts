// The game's sound: effects for what the rules report, two music loops that crossfade, and the
// player's volume and mute settings. Built on Howler; nothing here touches Phaser or the DOM.
//
// Browsers only allow sound after a player gesture, and the first screen must never wait for
// audio, so nothing is loaded or played until `unlock()` (call it from the first click or key
// press). Every method is safe before that: music requests and settings are kept and applied at
// unlock, effects requested earlier are dropped (a late burst of stale sounds helps nobody).
import { Howl } from 'howler';
import type { GameEvent } from '../rules/types';
import {
  type AudioSettings,
  clampVolume,
  loadAudioSettings,
  type SettingsStorage,
  saveAudioSettings,
} from './settings';

export type MusicTrack = 'city' | 'hometown';
export type AudioKind = 'sfx' | 'music';

/** One line of assets/audio/manifest.json. */
export interface AudioManifestEntry {
  key: string;
  /** Path relative to the public folder, e.g. "audio/sfx-wall.mp3". */
  file: string;
  kind: AudioKind;
  loop?: boolean;
  bytes?: number;
}

export interface AudioOptions {
  /** Where the settings live (key `iw.audio.v1`); null keeps them for this session only. */
  storage: SettingsStorage | null | undefined;
  /** The public folder's URL, e.g. `import.meta.env.BASE_URL` ("./"); a file's URL is baseUrl + file. */
  baseUrl: string;
  /** The parsed manifest (an array of entries); malformed entries are skipped, never thrown on. */
  manifest: unknown;
  /** With reduced motion, music changes with a short fade instead of a long, swelling crossfade. */
  reducedMotion?: boolean | (() => boolean);
}

export interface GameAudio {
  /** Call on the player's first gesture: loads the effects and starts the requested music. */
  unlock(): void;
  /** Plays an effect by key ("sfx-click"); ignored before unlock, when muted, or for unknown keys. */
  play(key: string): void;
  /** Plays the effects for what a step of the rules reported (at most one of each per call). */
  playForEvents(events: readonly GameEvent[]): void;
  /** Crossfades to a music loop, or fades the music out with null. */
  setMusic(track: MusicTrack | null): void;
  settings(): AudioSettings;
  setMusicVolume(v: number): void;
  setEffectsVolume(v: number): void;
  /** Mutes or unmutes everything; returns the new muted state. */
  toggleMute(): boolean;
  /** Called with the new settings after every change; returns an unsubscribe function. */
  subscribe(fn: (settings: AudioSettings) => void): () => void;
}

export const MUSIC_KEYS: Readonly<Record<MusicTrack, string>> = {
  city: 'music-city',
  hometown: 'music-hometown',
};
export const CROSSFADE_MS = 1800;
export const REDUCED_MOTION_FADE_MS = 300;
/** Effects of one call start this far apart, in the order the rules reported them. */
export const EVENT_STAGGER_MS = 110;
/** The same effect asked for again within this time (e.g. by two callers for one wall) plays once. */
export const SAME_SOUND_GAP_MS = 120;

/**
 * Effects made from another at a different playback rate (pitch and length): a goal met is the
 * ending's resolving chord a fifth higher and a third shorter, so the two are kin but apart.
 */
export const ALIASES: Readonly<Record<string, { of: string; rate: number }>> = {
  'sfx-goal': { of: 'sfx-outcome', rate: 1.5 },
};
/** While a wall's sound plays, the music dips to this share of its volume, then comes back. */
export const WALL_DUCK = 0.35;
export const WALL_DUCK_MS = 1600;

/** Which effects a batch of rule events calls for, in order, each at most once. */
export function soundsForEvents(events: readonly GameEvent[]): string[] {
  const keys: string[] = [];
  const add = (k: string) => {
    if (!keys.includes(k)) keys.push(k);
  };
  for (const e of events) {
    switch (e.type) {
      case 'moved':
        add('sfx-step');
        break;
      case 'granted':
        add('sfx-granted');
        break;
      case 'blocked':
        // Only a wall sounds like one: a refusal for money, days or an earlier choice is a soft click.
        add(e.kind === 'wall' ? 'sfx-wall' : 'sfx-click');
        break;
      case 'monthEnded':
        add('sfx-month');
        break;
      case 'eventDrawn':
        add('sfx-event');
        break;
      case 'stat':
        if (e.stat === 'money' && e.delta > 0) add('sfx-coin');
        break;
      case 'goalMet':
        add('sfx-goal');
        break;
      case 'ended':
        add('sfx-outcome');
        break;
      default:
        break;
    }
  }
  return keys;
}

/** Keeps the well-formed entries of a manifest (anything else yields an empty list). */
export function parseManifest(raw: unknown): AudioManifestEntry[] {
  if (!Array.isArray(raw)) return [];
  const out: AudioManifestEntry[] = [];
  for (const item of raw as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const r = item as Record<string, unknown>;
    if (typeof r.key !== 'string' || typeof r.file !== 'string') continue;
    if (r.kind !== 'sfx' && r.kind !== 'music') continue;
    out.push({ key: r.key, file: r.file, kind: r.kind, loop: r.loop === true });
  }
  return out;
}

/**
 * baseUrl + file. A base that already ends in the file's first folder ("./audio/" with
 * "audio/x.mp3") is not doubled, so both the public root and the audio folder work as a base.
 */
export function audioUrl(baseUrl: string, file: string): string {
  if (file.startsWith('data:')) return file; // inlined (the single-file build)
  const base = baseUrl === '' || baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  let rel = file.replace(/^\.?\//, '');
  const slash = rel.indexOf('/');
  if (slash > 0 && `/${base}`.endsWith(`/${rel.slice(0, slash)}/`)) rel = rel.slice(slash + 1);
  return base + rel;
}

interface Playing {
  track: MusicTrack;
  howl: Howl;
  id: number;
}

export function createAudio(options: AudioOptions): GameAudio {
  const { storage, baseUrl } = options;
  const entries = new Map(parseManifest(options.manifest).map((e) => [e.key, e]));
  let current: AudioSettings = loadAudioSettings(storage);
  const listeners = new Set<(s: AudioSettings) => void>();

  let unlocked = false;
  const effects = new Map<string, Howl>();
  const music = new Map<MusicTrack, Howl>();
  const lastPlayed = new Map<string, number>();
  let wanted: MusicTrack | null = null;
  let playing: Playing | null = null;
  const fadingOut = new Set<Playing>();

  const reduced = (): boolean => {
    const r = options.reducedMotion;
    return typeof r === 'function' ? r() : r === true;
  };
  const fadeMs = () => (reduced() ? REDUCED_MOTION_FADE_MS : CROSSFADE_MS);

  function changed(): void {
    saveAudioSettings(storage, current);
    for (const fn of [...listeners]) fn({ ...current });
  }

  function musicHowl(track: MusicTrack): Howl | null {
    const existing = music.get(track);
    if (existing) return existing;
    const entry = entries.get(MUSIC_KEYS[track]);
    if (!entry) return null;
    const howl = new Howl({
      src: [audioUrl(baseUrl, entry.file)],
      loop: true,
      preload: true,
      volume: 0,
      mute: current.muted,
    });
    music.set(track, howl);
    return howl;
  }

  function fadeOut(p: Playing, ms: number): void {
    fadingOut.add(p);
    const v = p.howl.volume(p.id);
    p.howl.fade(typeof v === 'number' ? v : current.music, 0, ms, p.id);
    p.howl.once(
      'fade',
      () => {
        // Still on its way out (not brought back meanwhile): stop it, so it restarts from the top.
        if (fadingOut.delete(p)) p.howl.stop(p.id);
      },
      p.id,
    );
  }

  function applyMusic(): void {
    if (!unlocked || playing?.track === wanted) return;
    const ms = fadeMs();
    if (playing) fadeOut(playing, ms);
    playing = null;
    if (!wanted) return;
    const returning = [...fadingOut].find((p) => p.track === wanted);
    if (returning) {
      // Asked for again while fading out: turn the same sound back up where it is.
      fadingOut.delete(returning);
      const v = returning.howl.volume(returning.id);
      returning.howl.fade(typeof v === 'number' ? v : 0, current.music, ms, returning.id);
      playing = returning;
      return;
    }
    const howl = musicHowl(wanted);
    if (!howl) return;
    const id = howl.play();
    howl.fade(0, current.music, ms, id);
    playing = { track: wanted, howl, id };
  }

  /** The effect's Howl, made (and its file requested) on first need. */
  function effectHowl(key: string): Howl | undefined {
    const made = effects.get(key);
    if (made) return made;
    const entry = entries.get(key);
    if (entry?.kind !== 'sfx') return undefined;
    const howl = new Howl({
      src: [audioUrl(baseUrl, entry.file)],
      preload: true,
      volume: current.effects,
      mute: current.muted,
    });
    effects.set(key, howl);
    return howl;
  }

  function playNow(key: string): void {
    if (!unlocked || current.muted || current.effects <= 0) return;
    const alias = ALIASES[key];
    const howl = effectHowl(alias?.of ?? key);
    if (!howl) return;
    const now = Date.now();
    const last = lastPlayed.get(key);
    if (last !== undefined && now - last < SAME_SOUND_GAP_MS) return;
    lastPlayed.set(key, now);
    const id = howl.play();
    if (alias) howl.rate(alias.rate, id);
    if (key === 'sfx-wall') duck();
  }

  /** The wall is a moment: the music steps back while it sounds, then returns. */
  function duck(): void {
    const p = playing;
    if (!p || current.music <= 0) return;
    p.howl.fade(current.music, current.music * WALL_DUCK, 150, p.id);
    setTimeout(() => {
      if (playing === p) p.howl.fade(current.music * WALL_DUCK, current.music, 600, p.id);
    }, WALL_DUCK_MS);
  }

  return {
    unlock() {
      if (unlocked) return;
      unlocked = true;
      // The first Howl makes the AudioContext (in the gesture, as browsers ask), and the music
      // starts; the other effects follow one per task. Made all in the gesture's task, with their
      // requests and codec checks, they were ~0.1 s more of the first tap's task at CPU ×4 (and ten
      // requests at once on the line the city is loading on). One asked for before its turn is made then.
      const waiting = [...entries.values()].filter((e) => e.kind === 'sfx');
      const first = waiting.shift();
      if (first) effectHowl(first.key);
      applyMusic();
      const next = () => {
        const e = waiting.shift();
        if (!e) return;
        effectHowl(e.key);
        setTimeout(next, 0);
      };
      setTimeout(next, 0);
    },

    play(key) {
      playNow(key);
    },

    playForEvents(events) {
      if (!unlocked) return;
      soundsForEvents(events).forEach((key, i) => {
        if (i === 0) playNow(key);
        else setTimeout(() => playNow(key), i * EVENT_STAGGER_MS);
      });
    },

    setMusic(track) {
      wanted = track;
      applyMusic();
    },

    settings() {
      return { ...current };
    },

    setMusicVolume(v) {
      const level = clampVolume(v, current.music);
      if (level === current.music) return;
      current = { ...current, music: level };
      if (playing) playing.howl.volume(level, playing.id);
      changed();
    },

    setEffectsVolume(v) {
      const level = clampVolume(v, current.effects);
      if (level === current.effects) return;
      current = { ...current, effects: level };
      for (const howl of effects.values()) howl.volume(level);
      changed();
    },

    toggleMute() {
      current = { ...current, muted: !current.muted };
      for (const howl of [...effects.values(), ...music.values()]) howl.mute(current.muted);
      changed();
      return current.muted;
    },

    subscribe(fn) {
      listeners.add(fn);
      return () => {
        listeners.delete(fn);
      };
    },
  };
}
