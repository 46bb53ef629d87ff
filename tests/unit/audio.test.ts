import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for Howler that records what the audio module asks of it.
const fake = vi.hoisted(() => {
  type Handler = (id: number) => void;
  class FakeHowl {
    static created: FakeHowl[] = [];
    static nextId = 1000;
    readonly src: string;
    readonly options: Record<string, unknown>;
    plays = 0;
    stopped: number[] = [];
    fades: { from: number; to: number; ms: number; id: number | undefined }[] = [];
    volumes = new Map<number, number>();
    groupVolume: number;
    muted: boolean;
    handlers: { event: string; fn: Handler; id: number | undefined }[] = [];
    constructor(options: Record<string, unknown>) {
      this.options = options;
      this.src = (options.src as string[])[0] ?? '';
      this.groupVolume = (options.volume as number | undefined) ?? 1;
      this.muted = options.mute === true;
      FakeHowl.created.push(this);
    }
    rates = new Map<number, number>();
    rate(r: number, id: number): this {
      this.rates.set(id, r);
      return this;
    }
    play(): number {
      this.plays++;
      const id = FakeHowl.nextId++;
      this.volumes.set(id, this.groupVolume);
      return id;
    }
    stop(id?: number): this {
      if (id !== undefined) this.stopped.push(id);
      return this;
    }
    fade(from: number, to: number, ms: number, id?: number): this {
      this.fades.push({ from, to, ms, id });
      if (id !== undefined) this.volumes.set(id, from);
      return this;
    }
    volume(a?: number, id?: number): number | this {
      if (a === undefined) return this.groupVolume;
      if (id === undefined && this.volumes.has(a)) return this.volumes.get(a)!;
      if (id === undefined) this.groupVolume = a;
      else this.volumes.set(id, a);
      return this;
    }
    mute(m: boolean): this {
      this.muted = m;
      return this;
    }
    once(event: string, fn: Handler, id?: number): this {
      this.handlers.push({ event, fn, id });
      return this;
    }
    /** Ends the fades: applies their target volumes and fires the 'fade' listeners once. */
    finishFades(): void {
      for (const f of this.fades) if (f.id !== undefined) this.volumes.set(f.id, f.to);
      const due = this.handlers.filter((h) => h.event === 'fade');
      this.handlers = this.handlers.filter((h) => h.event !== 'fade');
      for (const h of due) h.fn(h.id ?? 0);
    }
  }
  return { FakeHowl };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: {} }));

import manifestJson from '../../assets/audio/manifest.json';
import {
  ALIASES,
  audioUrl,
  CROSSFADE_MS,
  createAudio,
  EVENT_STAGGER_MS,
  parseManifest,
  REDUCED_MOTION_FADE_MS,
  soundsForEvents,
  WALL_DUCK,
  WALL_DUCK_MS,
} from '../../src/audio/audio';
import { AUDIO_SETTINGS_KEY, DEFAULT_AUDIO_SETTINGS, loadAudioSettings } from '../../src/audio/settings';
import type { GameEvent } from '../../src/rules/types';

type FakeHowl = InstanceType<typeof fake.FakeHowl>;

class MemoryStorage {
  readonly data = new Map<string, string>();
  getItem(k: string): string | null {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.data.set(k, String(v));
  }
}

const manifest = [
  { key: 'music-city', file: 'audio/music-city.mp3', kind: 'music', loop: true, bytes: 1 },
  { key: 'music-hometown', file: 'audio/music-hometown.mp3', kind: 'music', loop: true, bytes: 1 },
  ...[
    'sfx-step',
    'sfx-enter',
    'sfx-granted',
    'sfx-wall',
    'sfx-month',
    'sfx-flip',
    'sfx-outcome',
    'sfx-click',
    'sfx-coin',
    'sfx-event',
  ].map((key) => ({ key, file: `audio/${key}.mp3`, kind: 'sfx', bytes: 1 })),
];

const howlFor = (key: string): FakeHowl | undefined =>
  fake.FakeHowl.created.find((h) => h.src.endsWith(`/${key}.mp3`));
const played = (): string[] =>
  fake.FakeHowl.created.flatMap((h) => Array<string>(h.plays).fill(h.src.replace(/^.*\/|\.mp3$/g, '')));

const blocked: GameEvent = {
  type: 'blocked',
  kind: 'wall',
  reason: null,
  source: 'venue',
  venue: 'school',
  action: 'enrol',
  unmet: [],
  facts: [],
  alternatives: [],
};

beforeEach(() => {
  fake.FakeHowl.created = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('loading', () => {
  it('creates no Howl (loads no file) before unlock, whatever is called', () => {
    const audio = createAudio({ storage: new MemoryStorage(), baseUrl: './', manifest });
    audio.play('sfx-click');
    audio.playForEvents([{ type: 'moved', venue: 'a', days: 1 }, blocked]);
    audio.setMusic('city');
    audio.setMusicVolume(0.3);
    audio.setEffectsVolume(0.4);
    audio.toggleMute();
    audio.toggleMute();
    vi.advanceTimersByTime(5000);
    expect(fake.FakeHowl.created).toHaveLength(0);
  });

  it('loads the effects at unlock, from baseUrl + file, and starts only the music asked for', () => {
    const audio = createAudio({ storage: new MemoryStorage(), baseUrl: './', manifest });
    audio.setMusic('city');
    audio.unlock();
    // In the gesture: one effect (it makes the AudioContext) and the music; the other effects
    // follow one per task, so the first tap's task stays short.
    expect(fake.FakeHowl.created.map((h) => h.src).sort()).toEqual([
      './audio/music-city.mp3',
      './audio/sfx-step.mp3',
    ]);
    vi.advanceTimersByTime(0);
    expect(fake.FakeHowl.created).toHaveLength(3);
    vi.advanceTimersByTime(100);
    const srcs = fake.FakeHowl.created.map((h) => h.src);
    expect(srcs).toContain('./audio/sfx-wall.mp3');
    expect(srcs).toContain('./audio/music-city.mp3');
    expect(srcs).not.toContain('./audio/music-hometown.mp3');
    expect(srcs).toHaveLength(11);
    const city = howlFor('music-city')!;
    expect(city.options.loop).toBe(true);
    expect(city.plays).toBe(1);
    expect(city.fades).toEqual([{ from: 0, to: DEFAULT_AUDIO_SETTINGS.music, ms: CROSSFADE_MS, id: 1000 }]);
  });

  it('drops effects asked for before unlock and unlocks only once', () => {
    const audio = createAudio({ storage: new MemoryStorage(), baseUrl: './', manifest });
    audio.play('sfx-click');
    audio.unlock();
    audio.unlock();
    vi.advanceTimersByTime(100);
    expect(played()).toEqual([]);
    expect(fake.FakeHowl.created).toHaveLength(10);
  });

  it('makes an effect asked for before its turn at once, and only once', () => {
    const audio = createAudio({ storage: new MemoryStorage(), baseUrl: './', manifest });
    audio.unlock();
    expect(howlFor('sfx-wall')).toBeUndefined();
    audio.play('sfx-wall');
    expect(howlFor('sfx-wall')!.plays).toBe(1);
    vi.advanceTimersByTime(100);
    expect(fake.FakeHowl.created.filter((h) => h.src.endsWith('sfx-wall.mp3'))).toHaveLength(1);
    expect(fake.FakeHowl.created).toHaveLength(10);
  });

  it('copes with a missing or malformed manifest', () => {
    const audio = createAudio({ storage: null, baseUrl: './', manifest: {} });
    audio.unlock();
    audio.setMusic('city');
    audio.play('sfx-click');
    expect(fake.FakeHowl.created).toHaveLength(0);
    expect(parseManifest([{ key: 'x', file: 'a.mp3', kind: 'noise' }, null, 3, { key: 'y' }])).toEqual([]);
  });

  it('matches the shipped manifest: every key the module uses exists', () => {
    const keys = parseManifest(manifestJson).map((e) => e.key);
    const used = soundsForEvents([
      { type: 'moved', venue: 'a', days: 1 },
      { type: 'granted', venue: 'a', action: 'b' },
      blocked,
      { type: 'monthEnded', month: 1 },
      { type: 'eventDrawn', event: 'e' },
      { type: 'stat', stat: 'money', delta: 5, cause: 'wage' },
      { type: 'ended', reason: 'months' },
      { type: 'goalMet', goal: 'g' },
    ]);
    for (const k of [
      ...used.map((u) => ALIASES[u]?.of ?? u),
      'music-city',
      'music-hometown',
      'sfx-click',
      'sfx-enter',
      'sfx-flip',
    ]) {
      expect(keys).toContain(k);
    }
  });

  it('joins URLs without doubling the audio folder', () => {
    expect(audioUrl('./', 'audio/a.mp3')).toBe('./audio/a.mp3');
    expect(audioUrl('/game', 'audio/a.mp3')).toBe('/game/audio/a.mp3');
    expect(audioUrl('./audio/', 'audio/a.mp3')).toBe('./audio/a.mp3');
    expect(audioUrl('', 'audio/a.mp3')).toBe('audio/a.mp3');
  });
});

describe('events to sounds', () => {
  it('maps each kind of rule event to its effect, once per kind, in order', () => {
    expect(
      soundsForEvents([
        { type: 'moved', venue: 'a', days: 2 },
        { type: 'moved', venue: 'b', days: 1 },
        { type: 'granted', venue: 'a', action: 'b' },
        { type: 'stat', stat: 'money', delta: -300, cause: 'cost' },
        { type: 'stat', stat: 'health', delta: 2, cause: 'x' },
        { type: 'stat', stat: 'money', delta: 2000, cause: 'wage' },
        { type: 'stat', stat: 'money', delta: 100, cause: 'gift' },
        blocked,
        { type: 'monthEnded', month: 3 },
        { type: 'eventDrawn', event: 'flood' },
        { type: 'goalMet', goal: 'g' },
        { type: 'rejected', reason: 'no-time', intent: {} },
        { type: 'ended', reason: 'money' },
      ]),
    ).toEqual([
      'sfx-step',
      'sfx-granted',
      'sfx-coin',
      'sfx-wall',
      'sfx-month',
      'sfx-event',
      'sfx-goal',
      'sfx-outcome',
    ]);
  });

  it('plays no coin for spending, and nothing for events without a sound', () => {
    expect(soundsForEvents([{ type: 'stat', stat: 'money', delta: -50, cause: 'rent' }])).toEqual([]);
    expect(soundsForEvents([{ type: 'stat', stat: 'points', delta: 5, cause: 'x' }])).toEqual([]);
    expect(soundsForEvents([])).toEqual([]);
  });

  it('plays the mapped effects through Howler, staggered, each once', () => {
    const audio = createAudio({ storage: new MemoryStorage(), baseUrl: './', manifest });
    audio.unlock();
    audio.playForEvents([
      { type: 'granted', venue: 'a', action: 'b' },
      { type: 'stat', stat: 'money', delta: 500, cause: 'wage' },
      { type: 'stat', stat: 'money', delta: 20, cause: 'gift' },
      { type: 'monthEnded', month: 1 },
    ]);
    expect(played()).toEqual(['sfx-granted']);
    vi.advanceTimersByTime(EVENT_STAGGER_MS * 3);
    expect(played().sort()).toEqual(['sfx-coin', 'sfx-granted', 'sfx-month']);
  });

  it('plays one wall when the rules and the wall panel both ask for it at once', () => {
    const audio = createAudio({ storage: new MemoryStorage(), baseUrl: './', manifest });
    audio.unlock();
    audio.playForEvents([blocked]);
    audio.play('sfx-wall');
    expect(howlFor('sfx-wall')!.plays).toBe(1);
    vi.advanceTimersByTime(1000);
    audio.play('sfx-wall');
    expect(howlFor('sfx-wall')!.plays).toBe(2);
  });

  it('plays nothing while muted', () => {
    const audio = createAudio({ storage: new MemoryStorage(), baseUrl: './', manifest });
    audio.unlock();
    audio.toggleMute();
    audio.playForEvents([{ type: 'moved', venue: 'a', days: 1 }]);
    audio.play('sfx-click');
    expect(played()).toEqual([]);
    expect(fake.FakeHowl.created.every((h) => h.muted)).toBe(true);
  });
});

describe('the moments that matter', () => {
  it('a goal met sounds as the ending chord, higher and shorter', () => {
    const audio = createAudio({ storage: new MemoryStorage(), baseUrl: './', manifest });
    audio.unlock();
    audio.playForEvents([{ type: 'goalMet', goal: 'g' }]);
    const outcome = howlFor('sfx-outcome')!;
    expect(outcome.plays).toBe(1);
    expect([...outcome.rates.values()]).toEqual([ALIASES['sfx-goal']!.rate]);
    expect(ALIASES['sfx-goal']!.rate).toBeGreaterThan(1);
  });

  it('a wall dips the music while it sounds, then brings it back', () => {
    const audio = createAudio({ storage: new MemoryStorage(), baseUrl: './', manifest });
    audio.unlock();
    audio.setMusic('city');
    const city = howlFor('music-city')!;
    const m = DEFAULT_AUDIO_SETTINGS.music;
    audio.playForEvents([blocked]);
    expect(city.fades.at(-1)).toMatchObject({ from: m, to: m * WALL_DUCK });
    vi.advanceTimersByTime(WALL_DUCK_MS);
    expect(city.fades.at(-1)).toMatchObject({ from: m * WALL_DUCK, to: m });
  });

  it('plays the loops quietly by default, under the effects', () => {
    expect(DEFAULT_AUDIO_SETTINGS.music).toBeLessThanOrEqual(0.4);
    expect(DEFAULT_AUDIO_SETTINGS.music).toBeLessThan(DEFAULT_AUDIO_SETTINGS.effects);
  });
});

describe('music', () => {
  it('crossfades between loops and stops the old one when its fade ends', () => {
    const audio = createAudio({ storage: new MemoryStorage(), baseUrl: './', manifest });
    audio.unlock();
    audio.setMusic('city');
    audio.setMusic('city');
    const city = howlFor('music-city')!;
    expect(city.plays).toBe(1);
    audio.setMusic('hometown');
    const home = howlFor('music-hometown')!;
    expect(home.fades.at(-1)).toMatchObject({ from: 0, to: DEFAULT_AUDIO_SETTINGS.music, ms: CROSSFADE_MS });
    expect(city.fades.at(-1)).toMatchObject({ to: 0, ms: CROSSFADE_MS });
    expect(city.stopped).toEqual([]);
    city.finishFades();
    expect(city.stopped).toHaveLength(1);
    audio.setMusic(null);
    home.finishFades();
    expect(home.stopped).toHaveLength(1);
  });

  it('brings a loop back up, without restarting it, when asked for again while it fades out', () => {
    const audio = createAudio({ storage: new MemoryStorage(), baseUrl: './', manifest });
    audio.unlock();
    audio.setMusic('city');
    audio.setMusic('hometown');
    audio.setMusic('city');
    const city = howlFor('music-city')!;
    expect(city.plays).toBe(1);
    expect(city.fades.at(-1)).toMatchObject({ to: DEFAULT_AUDIO_SETTINGS.music });
    city.finishFades();
    expect(city.stopped).toEqual([]);
  });

  it('uses a short fade with reduced motion', () => {
    const audio = createAudio({ storage: null, baseUrl: './', manifest, reducedMotion: () => true });
    audio.setMusic('hometown');
    audio.unlock();
    expect(howlFor('music-hometown')!.fades[0]?.ms).toBe(REDUCED_MOTION_FADE_MS);
  });

  it('applies a new music volume to the loop that is playing', () => {
    const audio = createAudio({ storage: null, baseUrl: './', manifest });
    audio.unlock();
    audio.setMusic('city');
    audio.setMusicVolume(0.2);
    const city = howlFor('music-city')!;
    expect([...city.volumes.values()]).toEqual([0.2]);
  });
});

describe('settings', () => {
  it('persists volumes and mute, and a new instance reads them back', () => {
    const storage = new MemoryStorage();
    const a = createAudio({ storage, baseUrl: './', manifest });
    a.setMusicVolume(0.25);
    a.setEffectsVolume(0.5);
    expect(a.toggleMute()).toBe(true);
    expect(JSON.parse(storage.getItem(AUDIO_SETTINGS_KEY)!)).toEqual({
      music: 0.25,
      effects: 0.5,
      muted: true,
    });
    const b = createAudio({ storage, baseUrl: './', manifest });
    expect(b.settings()).toEqual({ music: 0.25, effects: 0.5, muted: true });
    b.unlock();
    vi.advanceTimersByTime(100);
    expect(howlFor('sfx-click')!.options).toMatchObject({ volume: 0.5, mute: true });
    expect(b.toggleMute()).toBe(false);
    expect(loadAudioSettings(storage).muted).toBe(false);
  });

  it('clamps volumes and ignores values that are not numbers', () => {
    const audio = createAudio({ storage: new MemoryStorage(), baseUrl: './', manifest });
    audio.setMusicVolume(7);
    audio.setEffectsVolume(-2);
    expect(audio.settings()).toMatchObject({ music: 1, effects: 0 });
    audio.setMusicVolume(Number.NaN);
    expect(audio.settings().music).toBe(1);
  });

  it('falls back to the defaults for corrupt stored JSON', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUDIO_SETTINGS_KEY, '{"music": 0.2, "effe');
    expect(createAudio({ storage, baseUrl: './', manifest }).settings()).toEqual(DEFAULT_AUDIO_SETTINGS);
    storage.setItem(AUDIO_SETTINGS_KEY, '[1,2]');
    expect(loadAudioSettings(storage)).toEqual(DEFAULT_AUDIO_SETTINGS);
    storage.setItem(AUDIO_SETTINGS_KEY, 'null');
    expect(loadAudioSettings(storage)).toEqual(DEFAULT_AUDIO_SETTINGS);
  });

  it('keeps the valid fields of a partly wrong stored value', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUDIO_SETTINGS_KEY, JSON.stringify({ music: 'loud', effects: 0.3, muted: 'yes' }));
    expect(loadAudioSettings(storage)).toEqual({
      music: DEFAULT_AUDIO_SETTINGS.music,
      effects: 0.3,
      muted: false,
    });
    storage.setItem(AUDIO_SETTINGS_KEY, JSON.stringify({ music: 4, muted: true }));
    expect(loadAudioSettings(storage)).toEqual({
      music: 1,
      effects: DEFAULT_AUDIO_SETTINGS.effects,
      muted: true,
    });
  });

  it('never throws when storage itself throws', () => {
    const broken = {
      getItem(): string | null {
        throw new Error('SecurityError');
      },
      setItem(): void {
        throw new Error('QuotaExceededError');
      },
    };
    const audio = createAudio({ storage: broken, baseUrl: './', manifest });
    expect(audio.settings()).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(() => audio.setMusicVolume(0.1)).not.toThrow();
    expect(audio.settings().music).toBe(0.1);
  });

  it('tells subscribers about every change until they unsubscribe', () => {
    const audio = createAudio({ storage: null, baseUrl: './', manifest });
    const seen: unknown[] = [];
    const off = audio.subscribe((s) => seen.push(s));
    audio.setEffectsVolume(0.1);
    audio.toggleMute();
    off();
    audio.setMusicVolume(0.9);
    expect(seen).toEqual([
      { music: DEFAULT_AUDIO_SETTINGS.music, effects: 0.1, muted: false },
      { music: DEFAULT_AUDIO_SETTINGS.music, effects: 0.1, muted: true },
    ]);
  });
});
