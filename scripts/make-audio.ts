// npx tsx scripts/make-audio.ts — synthesises every sound of the game from code (no samples, no
// randomness without a fixed seed), writes 16-bit WAV to a temp folder, encodes mono MP3 with
// ffmpeg into assets/audio/, writes assets/audio/manifest.json and prints, for every file, its
// duration, peak, RMS and loudness (before and after encoding) and the total size.
//
// Loudness here is K-weighted (ITU-R BS.1770 filters, ungated): the music's is measured over the
// whole loop, an effect's is its loudest 400 ms window. Effects are set about 6 dB under the music.
// Music loops are rendered circularly (note tails and echo/reverb tails wrap to the start), so the
// last sample leads into the first exactly as any other pair of neighbouring samples does.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generator } from '../src/rules/random';

const SR = 22050;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'assets/audio');
const BUDGET_BYTES = 300 * 1024;
/** Loudness (LUFS, K-weighted, ungated) of each music loop. */
const MUSIC_TARGET: Record<string, number> = { 'music-city': -18, 'music-hometown': -19.5 };
/** Effects sit this far under the music's (average) loudness. */
const SFX_UNDER_MUSIC_DB = 6;
/** Highest sample peak allowed in the WAV; leaves room for MP3's overshoot under −1 dBFS. */
const PEAK_LIMIT_DB = -1.6;
const MAX_SFX_SECONDS = 1.45;

// ---------------------------------------------------------------------------------------------
// Small DSP toolkit
// ---------------------------------------------------------------------------------------------
const TAU = Math.PI * 2;
const midiHz = (m: number): number => 440 * 2 ** ((m - 69) / 12);
const dbToGain = (db: number): number => 10 ** (db / 20);
const gainToDb = (g: number): number => (g > 0 ? 20 * Math.log10(g) : -120);
const samples = (seconds: number): number => Math.round(seconds * SR);

/** Deterministic PRNG (the rules' seeded mulberry32); every use is seeded. */
const rng = generator;
/** White noise in [−1, 1). */
function noise(seconds: number, seed: number): Float32Array {
  const r = rng(seed);
  const out = new Float32Array(samples(seconds));
  for (let i = 0; i < out.length; i++) out[i] = r() * 2 - 1;
  return out;
}

type FilterType = 'lowpass' | 'highpass' | 'bandpass' | 'highshelf';
type Coeffs = [number, number, number, number, number];
/** RBJ audio-EQ-cookbook biquad coefficients, normalised (b0, b1, b2, a1, a2). */
function coeffs(type: FilterType, f0: number, q: number, gainDb = 0): Coeffs {
  const w0 = (TAU * Math.min(Math.max(f0, 10), SR * 0.45)) / SR;
  const c = Math.cos(w0);
  const s = Math.sin(w0);
  const alpha = s / (2 * q);
  let b0: number;
  let b1: number;
  let b2: number;
  let a0: number;
  let a1: number;
  let a2: number;
  if (type === 'highshelf') {
    const A = 10 ** (gainDb / 40);
    const sq = 2 * Math.sqrt(A) * alpha;
    b0 = A * (A + 1 + (A - 1) * c + sq);
    b1 = -2 * A * (A - 1 + (A + 1) * c);
    b2 = A * (A + 1 + (A - 1) * c - sq);
    a0 = A + 1 - (A - 1) * c + sq;
    a1 = 2 * (A - 1 - (A + 1) * c);
    a2 = A + 1 - (A - 1) * c - sq;
  } else {
    a0 = 1 + alpha;
    a1 = -2 * c;
    a2 = 1 - alpha;
    if (type === 'lowpass') {
      b0 = (1 - c) / 2;
      b1 = 1 - c;
      b2 = (1 - c) / 2;
    } else if (type === 'highpass') {
      b0 = (1 + c) / 2;
      b1 = -(1 + c);
      b2 = (1 + c) / 2;
    } else {
      b0 = alpha;
      b1 = 0;
      b2 = -alpha;
    }
  }
  return [b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0];
}

class Biquad {
  private z1 = 0;
  private z2 = 0;
  private k: Coeffs;
  constructor(type: FilterType, f0: number, q: number, gainDb = 0) {
    this.k = coeffs(type, f0, q, gainDb);
  }
  /** Retunes without clearing state (for sweeps). */
  tune(type: FilterType, f0: number, q: number): void {
    this.k = coeffs(type, f0, q);
  }
  process(x: number): number {
    const [b0, b1, b2, a1, a2] = this.k;
    const y = b0 * x + this.z1;
    this.z1 = b1 * x - a1 * y + this.z2;
    this.z2 = b2 * x - a2 * y;
    return y;
  }
}

function filtered(x: Float32Array, type: FilterType, f0: number, q = Math.SQRT1_2, gainDb = 0): Float32Array {
  const f = new Biquad(type, f0, q, gainDb);
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = f.process(x[i]!);
  return out;
}

/** Adds src into dst from sample `at`; with wrap, whatever runs past the end continues at the start. */
function mix(dst: Float32Array, src: Float32Array, at: number, gain = 1, wrap = false): void {
  const n = dst.length;
  for (let i = 0; i < src.length; i++) {
    let j = at + i;
    if (j < 0 || j >= n) {
      if (!wrap) {
        if (j < 0) continue;
        break;
      }
      j = ((j % n) + n) % n;
    }
    dst[j]! += src[i]! * gain;
  }
}

function scaled(x: Float32Array, gain: number): Float32Array {
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i]! * gain;
  return out;
}

function sum(...parts: Float32Array[]): Float32Array {
  const n = Math.max(...parts.map((p) => p.length));
  const out = new Float32Array(n);
  for (const p of parts) mix(out, p, 0);
  return out;
}

function rms(x: Float32Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]! * x[i]!;
  return Math.sqrt(s / Math.max(1, x.length));
}

function peak(x: Float32Array): number {
  let p = 0;
  for (let i = 0; i < x.length; i++) p = Math.max(p, Math.abs(x[i]!));
  return p;
}

/** Attack (linear), exponential decay while held, squared-linear release after `hold`. */
function noteEnv(t: number, attack: number, decayTau: number, hold: number, release: number): number {
  const a = t < attack ? t / attack : 1;
  const d = Math.exp(-Math.max(0, t - attack) / decayTau);
  const r = t <= hold ? 1 : Math.max(0, 1 - (t - hold) / release);
  return a * d * r * r;
}

/** Smooth 0→1 over [0, len] (raised cosine). */
function ramp(t: number, len: number): number {
  if (t <= 0) return 0;
  if (t >= len) return 1;
  return 0.5 - 0.5 * Math.cos((Math.PI * t) / len);
}

/**
 * Freeverb-style mono reverb (8 damped combs, 4 allpasses), tuned for 22.05 kHz. Returns only
 * the wet signal.
 */
function reverb(x: Float32Array, size = 1, feedback = 0.8, damp = 0.35): Float32Array {
  const combs = [557, 593, 641, 677, 709, 743, 779, 811].map((d) => ({
    buf: new Float32Array(Math.round(d * size)),
    i: 0,
    store: 0,
  }));
  const aps = [278, 220, 170, 112].map((d) => ({ buf: new Float32Array(d), i: 0 }));
  const out = new Float32Array(x.length);
  for (let n = 0; n < x.length; n++) {
    const input = x[n]! * 0.03;
    let acc = 0;
    for (const c of combs) {
      const y = c.buf[c.i]!;
      c.store = y * (1 - damp) + c.store * damp;
      c.buf[c.i] = input + c.store * feedback;
      c.i = (c.i + 1) % c.buf.length;
      acc += y;
    }
    for (const a of aps) {
      const b = a.buf[a.i]!;
      a.buf[a.i] = acc + b * 0.5;
      a.i = (a.i + 1) % a.buf.length;
      acc = b - acc;
    }
    out[n] = acc;
  }
  return out;
}

/** Feedback echo with a low-pass in the loop. Returns only the echoes. */
function echo(x: Float32Array, seconds: number, feedback: number, lowpassHz: number): Float32Array {
  const d = samples(seconds);
  const line = new Float32Array(d);
  const lp = new Biquad('lowpass', lowpassHz, 0.6);
  const out = new Float32Array(x.length);
  let i = 0;
  for (let n = 0; n < x.length; n++) {
    const y = line[i]!;
    out[n] = y;
    line[i] = x[n]! + lp.process(y) * feedback;
    i = (i + 1) % d;
  }
  return out;
}

/** Scales `wet` so that its RMS sits `db` relative to `dry`'s. */
function blendLevel(wet: Float32Array, dry: Float32Array, db: number): Float32Array {
  return scaled(wet, (rms(dry) * dbToGain(db)) / Math.max(1e-9, rms(wet)));
}

/**
 * Runs a stateful process over a loop as if it had been playing forever: the loop is processed
 * twice in a row and the second pass is kept, so state (reverb, echo, filters) at the start
 * equals the state at the end.
 */
function circular(loop: Float32Array, fx: (x: Float32Array) => Float32Array): Float32Array {
  const n = loop.length;
  const twice = new Float32Array(n * 2);
  twice.set(loop, 0);
  twice.set(loop, n);
  return fx(twice).slice(n);
}

/**
 * Rotates a loop so that it starts (and its seam falls) at a gentle upward zero crossing near
 * `target` instead of on a downbeat full of attacks: decoders and resamplers treat a file's edges
 * as edges, and a quiet, slow point there hides that. The loop stays the same loop.
 */
function rotateSeam(x: Float32Array, target: number): Float32Array {
  const n = x.length;
  const at = (i: number) => x[((i % n) + n) % n]!;
  let best = target;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let i = target - samples(0.06); i <= target + samples(0.06); i++) {
    if (!(at(i - 1) < 0 && at(i) >= 0)) continue;
    const score = Math.abs(at(i) - at(i - 1)) + Math.abs(at(i));
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  const start = ((best % n) + n) % n;
  const out = new Float32Array(n);
  out.set(x.subarray(start), 0);
  out.set(x.subarray(0, start), n - start);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Instruments (each returns one note, starting at sample 0)
// ---------------------------------------------------------------------------------------------
/** Soft electric piano: 1:1 FM with a decaying index and a faint tine. */
function epiano(freq: number, hold: number, vel: number): Float32Array {
  const release = 0.4;
  const out = new Float32Array(samples(hold + release));
  const dt = freq / SR;
  const tine = freq * 7 < SR * 0.4;
  const decay = 1.8 * (262 / freq) ** 0.35;
  let p = 0;
  let pt = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    const index = 0.3 + vel * 1.6 * Math.exp(-t / 0.3);
    let s = Math.sin(TAU * p + index * Math.sin(TAU * p));
    if (tine) s += 0.15 * vel * Math.sin(TAU * pt) * Math.exp(-t / 0.04);
    out[i] = s * vel * noteEnv(t, 0.005, decay, hold, release);
    p = (p + dt) % 1;
    pt = (pt + dt * 7) % 1;
  }
  return out;
}

/** Vibraphone-like mallet: fundamental, the bar's 4th partial, a soft mallet knock, slow tremolo. */
function vibes(freq: number, hold: number, vel: number, seed: number): Float32Array {
  const release = 0.6;
  const out = new Float32Array(samples(hold + release));
  const knock = filtered(noise(0.03, seed), 'lowpass', 2500);
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    const tremolo = 1 - 0.07 * (1 - Math.cos(TAU * 4.2 * t));
    let s = Math.sin(TAU * freq * t) * Math.exp(-t / 1.6) * tremolo;
    if (freq * 4 < SR * 0.4) s += 0.3 * vel * Math.sin(TAU * freq * 4 * t) * Math.exp(-t / 0.2);
    if (i < knock.length) s += 0.12 * vel * knock[i]! * Math.exp(-t / 0.006);
    out[i] = s * vel * noteEnv(t, 0.003, 1e9, hold, release);
  }
  return out;
}

/** Band-limited sawtooth step correction. */
function polyblep(t: number, dt: number): number {
  if (t < dt) {
    const x = t / dt;
    return x + x - x * x - 1;
  }
  if (t > 1 - dt) {
    const x = (t - 1) / dt;
    return x * x + x + x + 1;
  }
  return 0;
}

/** Warm pad: pairs of slightly detuned saws through a gentle low-pass, slow swell. */
function pad(freqs: number[], hold: number, attack = 0.7, release = 1.2): Float32Array {
  const raw = new Float32Array(samples(hold + release));
  for (const f of freqs) {
    for (const cents of [-6, 6]) {
      const dt = (f * 2 ** (cents / 1200)) / SR;
      let p = cents < 0 ? 0 : 0.5;
      for (let i = 0; i < raw.length; i++) {
        raw[i]! += (2 * p - 1 - polyblep(p, dt)) / freqs.length;
        p += dt;
        if (p >= 1) p -= 1;
      }
    }
  }
  const out = filtered(filtered(raw, 'lowpass', 900, 0.6), 'highpass', 120);
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    const r = t <= hold ? 1 : Math.max(0, 1 - (t - hold) / release);
    out[i]! *= ramp(t, attack) * r * r;
  }
  return out;
}

/** Round bass: sine with two soft harmonics so that small speakers still hear it. */
function bass(freq: number, hold: number, vel: number): Float32Array {
  const release = 0.15;
  const out = new Float32Array(samples(hold + release));
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    const ph = TAU * freq * t;
    const s = Math.sin(ph) + 0.35 * Math.sin(2 * ph) + 0.1 * Math.sin(3 * ph);
    out[i] = s * vel * noteEnv(t, 0.012, 1.4, hold, release);
  }
  return out;
}

/** Plucked zither string (guzheng-like): additive partials, higher ones dying faster, optional
 *  left-hand vibrato ("yao") after the attack. */
function pluck(freq: number, vel: number, seed: number, vibratoCents = 0, length = 2.6): Float32Array {
  const out = new Float32Array(samples(length));
  const partials: { ratio: number; amp: number; tau: number }[] = [];
  for (let k = 1; k < 60; k++) {
    const ratio = k * Math.sqrt(1 + 0.00015 * k * k);
    if (freq * ratio > 5500) break;
    partials.push({
      ratio,
      amp: (Math.abs(Math.sin(Math.PI * k * 0.21)) / k ** 1.1) * vel ** ((k - 1) * 0.12),
      tau: (2.2 * (196 / freq) ** 0.4) / (1 + 0.45 * (k - 1) ** 1.15),
    });
  }
  const phases = new Float64Array(partials.length);
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    const vib = vibratoCents
      ? 2 ** ((vibratoCents / 1200) * Math.sin(TAU * 5.2 * (t - 0.35)) * ramp(t - 0.35, 0.4))
      : 1;
    let s = 0;
    for (let k = 0; k < partials.length; k++) {
      const p = partials[k]!;
      s += p.amp * Math.sin(phases[k]!) * Math.exp(-t / p.tau);
      phases[k]! += (TAU * freq * p.ratio * vib) / SR;
    }
    const fade = t > length - 0.25 ? (length - t) / 0.25 : 1;
    out[i] = s * vel * Math.min(1, t / 0.0015) * fade;
  }
  const pick = filtered(noise(0.02, seed), 'bandpass', 2600, 1.2);
  for (let i = 0; i < pick.length; i++) out[i]! += 0.25 * vel * pick[i]! * Math.exp(-i / SR / 0.005);
  return out;
}

/** Breathy bamboo flute (dizi-like): a small scoop into pitch, delayed vibrato, breath noise. */
function flute(freq: number, hold: number, vel: number, seed: number): Float32Array {
  const release = 0.28;
  const out = new Float32Array(samples(hold + release));
  const breath = filtered(noise(hold + release, seed), 'bandpass', Math.min(freq * 2, 4000), 1.5);
  let p = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    const scoop = -25 * Math.exp(-t / 0.035);
    const vibrato = 9 * Math.sin(TAU * 5.1 * t) * ramp(t - 0.3, 0.5);
    const f = freq * 2 ** ((scoop + vibrato) / 1200);
    p = (p + f / SR) % 1;
    const ph = TAU * p;
    const tone =
      Math.sin(ph) +
      0.4 * Math.sin(2 * ph) +
      0.16 * Math.sin(3 * ph) +
      0.07 * Math.sin(4 * ph) +
      0.03 * Math.sin(5 * ph);
    const env = noteEnv(t, 0.09, 6, hold, release);
    const chiff = 0.35 * Math.exp(-t / 0.05) + 0.07;
    out[i] = (tone + breath[i]! * chiff * 2.2) * env * vel;
  }
  return out;
}

/** Open-fifth drone with a very slow swell. */
function drone(freqs: number[], hold: number, attack = 1.4, release = 2): Float32Array {
  const out = new Float32Array(samples(hold + release));
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    let s = 0;
    for (const f of freqs) {
      const ph = TAU * f * t;
      s += Math.sin(ph) + 0.18 * Math.sin(2 * ph) + 0.05 * Math.sin(3 * ph);
    }
    const r = t <= hold ? 1 : Math.max(0, 1 - (t - hold) / release);
    out[i] = (s / freqs.length) * ramp(t, attack) * r * r;
  }
  return out;
}

/** Small bell / chime: a few partials, the inharmonic ones short. */
function bell(freq: number, vel: number, length = 1.2): Float32Array {
  const partials = [
    [1, 1, 1.0],
    [2, 0.3, 0.45],
    [3, 0.12, 0.25],
    [4.2, 0.07, 0.12],
    [5.4, 0.035, 0.08],
  ] as const;
  const out = new Float32Array(samples(length));
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    let s = 0;
    for (const [ratio, amp, tau] of partials) {
      if (freq * ratio < SR * 0.42)
        s += amp * Math.sin(TAU * freq * ratio * t) * Math.exp(-t / (tau * length));
    }
    const fade = t > length - 0.1 ? (length - t) / 0.1 : 1;
    out[i] = s * vel * Math.min(1, t / 0.002) * fade;
  }
  return out;
}

/** Pitch-dropping sine thump (kick, hand drum, the wall's thud). */
function thump(
  f0: number,
  f1: number,
  pitchTau: number,
  ampTau: number,
  length: number,
  attack = 0.002,
): Float32Array {
  const out = new Float32Array(samples(length));
  let p = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    p += (f1 + (f0 - f1) * Math.exp(-t / pitchTau)) / SR;
    out[i] = Math.sin(TAU * p) * Math.exp(-t / ampTau) * Math.min(1, t / attack);
  }
  return out;
}

/** Filtered noise burst with an exponential decay. */
function burst(
  seed: number,
  type: FilterType,
  f0: number,
  q: number,
  attack: number,
  tau: number,
  length: number,
): Float32Array {
  const out = filtered(noise(length, seed), type, f0, q);
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    out[i]! *= Math.min(1, t / attack) * Math.exp(-Math.max(0, t - attack) / tau);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Music
// ---------------------------------------------------------------------------------------------
type Note = [beat: number, midi: number, beats: number];

/** Mixes named buses so that each sits at its given level (dB, K-weighted) relative to the others. */
function mixBuses(buses: { bus: Float32Array; db: number }[]): Float32Array {
  const out = new Float32Array(buses[0]!.bus.length);
  for (const { bus, db } of buses) {
    const l = loudness(bus);
    mix(out, bus, 0, dbToGain(db - l));
  }
  return out;
}

function renderCity(): Float32Array {
  const beat = 60 / 80;
  const bars = 8;
  const n = samples(bars * 4 * beat); // 24 s
  const at = (b: number, jitter = 0) => samples(b * beat + jitter);
  const human = rng(7);
  const jit = () => (human() - 0.5) * 0.012;
  const vary = (v: number) => v * (0.92 + human() * 0.16);

  // Fmaj9 | Am7 | Bbmaj7 | Cadd9 | Fmaj9 | Dm9 | Gm9 | Bb/C
  const chords: { bass: number; voicing: number[] }[] = [
    { bass: 41, voicing: [57, 60, 64, 67] },
    { bass: 45, voicing: [55, 60, 64, 69] },
    { bass: 46, voicing: [58, 62, 65, 69] },
    { bass: 48, voicing: [55, 60, 62, 64] },
    { bass: 41, voicing: [57, 60, 64, 67] },
    { bass: 38, voicing: [53, 57, 60, 64] },
    { bass: 43, voicing: [58, 62, 65, 69] },
    { bass: 48, voicing: [55, 58, 62, 65] },
  ];
  // F major pentatonic (F G A C D), unhurried, with rests.
  const melody: Note[] = [
    [0, 72, 1.5],
    [1.5, 69, 0.5],
    [2, 67, 1],
    [3, 69, 1],
    [4, 72, 2],
    [6, 74, 1],
    [7, 72, 1],
    [8, 74, 1.5],
    [9.5, 77, 0.5],
    [10, 74, 1],
    [11, 72, 1],
    [12, 67, 3],
    [16, 72, 1.5],
    [17.5, 69, 0.5],
    [18, 67, 1],
    [19, 69, 1],
    [20, 74, 2],
    [22, 72, 1],
    [23, 69, 1],
    [24, 67, 1.5],
    [25.5, 69, 0.5],
    [26, 72, 1],
    [27, 74, 1],
    [28, 67, 2.5],
  ];

  const keys = new Float32Array(n);
  const pads = new Float32Array(n);
  const low = new Float32Array(n);
  const lead = new Float32Array(n);
  const kick = new Float32Array(n);
  const shaker = new Float32Array(n);
  const brush = new Float32Array(n);

  chords.forEach((c, bar) => {
    const b0 = bar * 4;
    c.voicing.forEach((m, k) => {
      mix(keys, epiano(midiHz(m), 2.3 * beat, vary(0.55)), at(b0, k * 0.012 + jit()), 1, true);
      if (k > 0)
        mix(keys, epiano(midiHz(m), 1.3 * beat, vary(0.32)), at(b0 + 2.5, k * 0.01 + jit()), 1, true);
    });
    mix(pads, pad(c.voicing.slice(0, 3).map(midiHz), 4 * beat - 0.2), at(b0), 1, true);
    mix(low, bass(midiHz(c.bass), 2.2 * beat, 0.9), at(b0), 1, true);
    mix(low, bass(midiHz(c.bass + (bar % 2 ? 7 : 12)), 1.2 * beat, 0.6), at(b0 + 2.5), 1, true);
    for (const [b, v] of [
      [0, 0.9],
      [2.5, 0.55],
    ] as const) {
      mix(kick, thump(85, 48, 0.04, 0.16, 0.45), at(b0 + b), vary(v), true);
    }
    for (let e = 0; e < 8; e++) {
      const v = e % 2 ? 0.55 : 0.3;
      mix(
        shaker,
        burst(1000 + bar * 8 + e, 'highpass', 5000, 0.7, 0.006, 0.028, 0.12),
        at(b0 + e / 2, jit()),
        vary(v),
        true,
      );
    }
    for (const b of [1, 3]) {
      mix(
        brush,
        burst(2000 + bar * 4 + b, 'bandpass', 1800, 0.8, 0.003, 0.07, 0.3),
        at(b0 + b, jit()),
        vary(0.5),
        true,
      );
    }
  });
  melody.forEach(([b, m, d], i) => {
    mix(lead, vibes(midiHz(m), d * beat, vary(0.8), 300 + i), at(b, jit()), 1, true);
  });

  const leadEcho = circular(lead, (x) => echo(x, beat * 0.75, 0.35, 2200));
  const dry = mixBuses([
    { bus: lead, db: 0 },
    { bus: blendLevel(leadEcho, lead, -9), db: -9 },
    { bus: keys, db: -4 },
    { bus: pads, db: -11 },
    { bus: low, db: -5 },
    { bus: kick, db: -11 },
    { bus: shaker, db: -15 },
    { bus: brush, db: -16 },
  ]);
  const sendSrc = sum(lead, scaled(keys, 0.8), pads);
  const wet = blendLevel(
    circular(sendSrc, (x) => reverb(x, 1, 0.82, 0.4)),
    dry,
    -11,
  );
  const out = circular(sum(dry, wet), (x) =>
    filtered(filtered(x, 'highshelf', 2500, 0.7, 3), 'lowpass', 8500, 0.6),
  );
  // The file starts a sixteenth before the first downbeat.
  return rotateSeam(out, n - samples(beat / 4));
}

function renderHometown(): Float32Array {
  const beat = 60 / 72;
  const bars = 8;
  const n = samples(bars * 4 * beat); // 26.67 s
  const at = (b: number, jitter = 0) => samples(b * beat + jitter);
  const human = rng(11);
  const jit = () => (human() - 0.5) * 0.016;
  const vary = (v: number) => v * (0.9 + human() * 0.2);

  // D "zhi" pentatonic (D E G A B); open fifths on D, G, E, A, two bars each.
  const fifths = [50, 43, 52, 45];
  const arps = [
    [50, 57, 62, 64, 69],
    [43, 50, 55, 57, 62],
    [52, 59, 64, 67, 71],
    [45, 52, 57, 59, 64],
  ];
  const melody: Note[] = [
    [2, 69, 1],
    [3, 71, 1],
    [4, 74, 3],
    [7, 76, 1],
    [8, 76, 2],
    [10, 74, 1],
    [11, 71, 1],
    [12, 74, 3.5],
    [16, 71, 2],
    [18, 74, 1],
    [19, 76, 1],
    [20, 79, 2],
    [22, 76, 1],
    [23, 74, 1],
    [24, 76, 2],
    [26, 74, 1],
    [27, 71, 1],
    [28, 69, 3],
  ];

  const drones = new Float32Array(n);
  const strings = new Float32Array(n);
  const flutes = new Float32Array(n);
  const drum = new Float32Array(n);

  fifths.forEach((root, k) => {
    mix(drones, drone([midiHz(root), midiHz(root + 7)], 8 * beat - 0.6), at(k * 8), 1, true);
  });
  let seed = 500;
  for (let bar = 0; bar < bars; bar++) {
    const notes = arps[Math.floor(bar / 2)]!;
    const pattern: [number, number][] =
      bar % 2 === 0
        ? [
            [0, 0],
            [0.5, 1],
            [1, 2],
            [1.5, 3],
            [2, 4],
            [3, 2],
          ]
        : [
            [0, 2],
            [1, 1],
            [2.5, 3],
          ];
    for (const [b, idx] of pattern) {
      const m = notes[idx]!;
      const v = vary(m > 64 ? 0.5 : 0.7);
      mix(strings, pluck(midiHz(m), v, seed++, b === 0 && bar % 2 ? 12 : 0), at(bar * 4 + b, jit()), 1, true);
    }
    if (bar % 2 === 0) mix(drum, thump(150, 100, 0.05, 0.2, 0.6), at(bar * 4), vary(0.8), true);
    mix(drum, thump(170, 120, 0.04, 0.12, 0.4), at(bar * 4 + 2), vary(0.35), true);
  }
  // A soft pentatonic glissando that leads back into the loop's first bar.
  [62, 64, 67, 69, 71, 74].forEach((m, k) => {
    mix(strings, pluck(midiHz(m), 0.3 + k * 0.03, seed++), at(31) + samples(k * 0.065), 1, true);
  });
  melody.forEach(([b, m, d], i) => {
    mix(flutes, flute(midiHz(m), d * beat - 0.05, vary(0.8), 900 + i), at(b, jit()), 1, true);
  });

  const dry = mixBuses([
    { bus: flutes, db: 0 },
    { bus: strings, db: -3 },
    { bus: drones, db: -12 },
    { bus: drum, db: -17 },
  ]);
  const wet = blendLevel(
    circular(sum(flutes, strings), (x) => reverb(x, 1.15, 0.84, 0.45)),
    dry,
    -8,
  );
  const out = circular(sum(dry, wet), (x) => filtered(x, 'lowpass', 8000, 0.6));
  return rotateSeam(out, n - samples(beat / 4));
}

// ---------------------------------------------------------------------------------------------
// Effects
// ---------------------------------------------------------------------------------------------
function blank(seconds: number): Float32Array {
  return new Float32Array(samples(seconds));
}
/** A touch of small-room reverb for the tonal effects. */
function withRoom(x: Float32Array, db = -13, seconds = MAX_SFX_SECONDS): Float32Array {
  const padded = new Float32Array(Math.max(x.length, samples(seconds)));
  padded.set(x);
  const wet = blendLevel(reverb(padded, 0.6, 0.7, 0.5), padded, db);
  return sum(padded, wet);
}

function sfxStep(): Float32Array {
  const out = blank(0.2);
  mix(out, thump(120, 70, 0.015, 0.03, 0.12, 0.003), 0, 0.5);
  mix(out, burst(11, 'bandpass', 1100, 0.9, 0.003, 0.03, 0.12), 0, 0.8);
  mix(out, burst(12, 'bandpass', 2300, 1.2, 0.002, 0.018, 0.08), samples(0.028), 0.35);
  return filtered(out, 'lowpass', 4000);
}

function sfxEnter(): Float32Array {
  const out = blank(1.4);
  mix(out, bell(midiHz(81), 0.9, 1.2), 0); // A5
  mix(out, bell(midiHz(77), 0.8, 1.1), samples(0.3)); // F5
  return withRoom(out, -12);
}

function sfxGranted(): Float32Array {
  const out = blank(1.0);
  mix(out, epiano(midiHz(72), 0.12, 0.7), 0); // C5
  mix(out, epiano(midiHz(77), 0.45, 0.85), samples(0.13)); // F5
  mix(out, epiano(midiHz(65), 0.45, 0.4), samples(0.13)); // F4 under it, for warmth
  mix(out, vibes(midiHz(77), 0.45, 0.3, 21), samples(0.13));
  return withRoom(out, -14, 1.0);
}

function sfxWall(): Float32Array {
  const out = blank(1.0);
  const thud = sum(
    thump(95, 52, 0.05, 0.13, 0.5, 0.004),
    scaled(burst(31, 'lowpass', 320, 0.7, 0.004, 0.04, 0.2), 0.5),
  );
  mix(out, thud, 0, 1);
  // A short descending fourth (D4 → A3) in a mellow voice: memorable, not mocking.
  mix(out, filtered(epiano(midiHz(62), 0.14, 0.55), 'lowpass', 1800), samples(0.06), 0.6);
  mix(out, filtered(epiano(midiHz(57), 0.35, 0.5), 'lowpass', 1600), samples(0.24), 0.6);
  return withRoom(out, -16, 1.0);
}

function sfxMonth(): Float32Array {
  const len = 0.4;
  const out = blank(1.3);
  // Page turn: a noise swish whose band rises, with paper rustle.
  const src = noise(len, 41);
  const rustle = filtered(noise(len, 42), 'lowpass', 60);
  const rustleGain = 1 / Math.max(1e-6, peak(rustle));
  const bp = new Biquad('bandpass', 1500, 1.1);
  for (let i = 0; i < src.length; i++) {
    const t = i / SR;
    bp.tune('bandpass', 1400 + 2600 * (t / len), 1.1);
    const env = Math.sin(Math.PI * Math.min(1, t / len)) ** 2;
    out[i]! += bp.process(src[i]!) * env * (0.6 + 0.4 * Math.abs(rustle[i]! * rustleGain));
  }
  mix(out, bell(midiHz(84), 0.35, 0.9), samples(0.26)); // a soft C6
  return withRoom(out, -15, 1.3);
}

function sfxFlip(): Float32Array {
  const len = 0.28;
  const out = blank(0.36);
  const src = noise(len, 51);
  const bp = new Biquad('bandpass', 700, 1.4);
  for (let i = 0; i < src.length; i++) {
    const t = i / SR;
    const x = t / len;
    bp.tune('bandpass', 700 + 2600 * Math.sin(Math.PI * x), 1.4);
    out[i]! += bp.process(src[i]!) * Math.sin(Math.PI * x) ** 1.5;
  }
  mix(out, burst(52, 'bandpass', 3000, 1.5, 0.001, 0.006, 0.04), samples(0.24), 0.6);
  return out;
}

function sfxOutcome(): Float32Array {
  const out = blank(1.45);
  // Bb/C (a suspended dominant) resolving to F add9.
  [48, 58, 62, 65].forEach((m, k) => {
    mix(out, epiano(midiHz(m), 0.3, 0.45), samples(k * 0.018));
  });
  [41, 60, 65, 69, 72, 79].forEach((m, k) => {
    mix(out, epiano(midiHz(m), 0.65, k === 5 ? 0.3 : 0.5), samples(0.42 + k * 0.02));
  });
  mix(out, pad([midiHz(53), midiHz(57), midiHz(60)], 0.5, 0.35, 0.5), samples(0.42), 0.35);
  const wet = withRoom(out, -12, 1.45);
  for (let i = 0; i < wet.length; i++) {
    const t = i / SR;
    if (t > 1.1) wet[i]! *= ramp(1.45 - t, 0.35);
  }
  return wet;
}

function sfxClick(): Float32Array {
  const out = blank(0.05);
  const tick = thump(2000, 1700, 0.01, 0.006, 0.05, 0.0008);
  mix(out, tick, 0, 0.8);
  mix(out, burst(61, 'bandpass', 4200, 1.2, 0.0005, 0.003, 0.03), 0, 0.5);
  return out;
}

function sfxCoin(): Float32Array {
  const out = blank(0.7);
  mix(out, bell(midiHz(83), 0.55, 0.25), 0); // B5
  mix(out, bell(midiHz(88), 0.8, 0.6), samples(0.075)); // E6
  return withRoom(out, -16, 0.7);
}

function sfxEvent(): Float32Array {
  const out = blank(1.1);
  // An open fifth (D5 + A5) struck twice, the second softer: "something has come up".
  for (const [t, v] of [
    [0, 0.8],
    [0.17, 0.55],
  ] as const) {
    mix(out, vibes(midiHz(74), 0.3, v, 71), samples(t));
    mix(out, vibes(midiHz(81), 0.3, v * 0.8, 72), samples(t + 0.01));
  }
  return withRoom(out, -13, 1.1);
}

/** Trims the silent tail, caps the length and fades the last moments so nothing ends in a click. */
function finish(x: Float32Array, maxSeconds = MAX_SFX_SECONDS): Float32Array {
  const floor = peak(x) * dbToGain(-60);
  let end = x.length;
  while (end > 1 && Math.abs(x[end - 1]!) < floor) end--;
  const n = Math.min(end, samples(maxSeconds));
  const out = x.slice(0, n);
  const fade = Math.min(samples(0.03), n);
  for (let i = 0; i < fade; i++) out[n - 1 - i]! *= i / fade;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Measurement
// ---------------------------------------------------------------------------------------------
function kWeighted(x: Float32Array): Float32Array {
  return filtered(filtered(x, 'highshelf', 1500, Math.SQRT1_2, 4), 'highpass', 38, 0.5);
}
/** K-weighted mean-square loudness over the whole buffer (LUFS, ungated). */
function loudness(x: Float32Array): number {
  const r = rms(kWeighted(x));
  return -0.691 + gainToDb(r);
}
/** Loudest 400 ms window (step 100 ms), short sounds counted over the full 400 ms. */
function maxMomentary(x: Float32Array): number {
  const k = kWeighted(x);
  const w = samples(0.4);
  const step = samples(0.1);
  let best = 0;
  for (let s = 0; s === 0 || s + w <= k.length; s += step) {
    let e = 0;
    for (let i = s; i < Math.min(s + w, k.length); i++) e += k[i]! * k[i]!;
    best = Math.max(best, e / w);
  }
  return -0.691 + 10 * Math.log10(Math.max(best, 1e-12));
}

function wav16(x: Float32Array): Buffer {
  const data = Buffer.alloc(x.length * 2);
  for (let i = 0; i < x.length; i++) {
    const v = Math.max(-1, Math.min(1, x[i]!));
    data.writeInt16LE(Math.round(v * 32767), i * 2);
  }
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVE', 8);
  h.write('fmt ', 12);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(SR, 24);
  h.writeUInt32LE(SR * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

function ffmpeg(args: string[]): string {
  const r = spawnSync('ffmpeg', ['-hide_banner', '-nostdin', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ffmpeg ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stderr;
}

function encode(wavPath: string, mp3Path: string, kind: Kind): void {
  // Music: VBR (about 32–40 kbps at 22.05 kHz mono). Effects: 32 kbps CBR. No ID3 tags, and the
  // bit-exact flags keep the files identical from run to run.
  const quality = kind === 'music' ? ['-q:a', '8'] : ['-b:a', '32k'];
  ffmpeg([
    '-y',
    '-loglevel',
    'error',
    '-i',
    wavPath,
    '-ac',
    '1',
    '-ar',
    String(SR),
    '-c:a',
    'libmp3lame',
    ...quality,
    '-map_metadata',
    '-1',
    '-id3v2_version',
    '0',
    '-write_id3v1',
    '0',
    '-fflags',
    '+bitexact',
    '-flags:a',
    '+bitexact',
    mp3Path,
  ]);
}

/** Decodes the MP3 again and reads its peak and mean level with ffmpeg's volumedetect. */
function decodedStats(mp3Path: string): { seconds: number; peakDb: number; meanDb: number } {
  const log = ffmpeg(['-i', mp3Path, '-af', 'volumedetect', '-f', 'null', '-']);
  const num = (re: RegExp): number => {
    const m = re.exec(log);
    if (!m?.[1]) throw new Error(`volumedetect: no ${re} in\n${log}`);
    return Number(m[1]);
  };
  return {
    seconds: num(/n_samples: (\d+)/) / SR,
    peakDb: num(/max_volume: (-?[\d.]+) dB/),
    meanDb: num(/mean_volume: (-?[\d.]+) dB/),
  };
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------
type Kind = 'music' | 'sfx';
interface Sound {
  key: string;
  kind: Kind;
  render: () => Float32Array;
  /** Extra level for frequent, very short effects (dB, relative to the effects' target). */
  trim?: number;
}
const SOUNDS: Sound[] = [
  { key: 'music-city', kind: 'music', render: renderCity },
  { key: 'music-hometown', kind: 'music', render: renderHometown },
  { key: 'sfx-step', kind: 'sfx', render: sfxStep, trim: -2 },
  { key: 'sfx-enter', kind: 'sfx', render: sfxEnter },
  { key: 'sfx-granted', kind: 'sfx', render: sfxGranted },
  { key: 'sfx-wall', kind: 'sfx', render: sfxWall },
  { key: 'sfx-month', kind: 'sfx', render: sfxMonth },
  { key: 'sfx-flip', kind: 'sfx', render: sfxFlip, trim: -1 },
  { key: 'sfx-outcome', kind: 'sfx', render: sfxOutcome },
  { key: 'sfx-click', kind: 'sfx', render: sfxClick, trim: -4 },
  { key: 'sfx-coin', kind: 'sfx', render: sfxCoin },
  { key: 'sfx-event', kind: 'sfx', render: sfxEvent },
];

interface Rendered {
  sound: Sound;
  x: Float32Array;
  loud: number;
  target: number;
  limited: boolean;
}

/** Scales to the target loudness unless that would push the peak over the limit. */
function normalise(sound: Sound, raw: Float32Array, target: number): Rendered {
  const measure = sound.kind === 'music' ? loudness : maxMomentary;
  let g = dbToGain(target - measure(raw));
  const ceiling = dbToGain(PEAK_LIMIT_DB);
  const limited = peak(raw) * g > ceiling;
  if (limited) g = ceiling / peak(raw);
  const x = scaled(raw, g);
  return { sound, x, loud: measure(x), target, limited };
}

function main(): void {
  const probe = spawnSync('ffmpeg', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    console.error(
      'make-audio: ffmpeg is needed to encode MP3 but was not found.\n' +
        '  Debian/Ubuntu: apt-get install -y ffmpeg   (macOS: brew install ffmpeg)\n' +
        'It is used only here, at generation time; the game ships the MP3 files.',
    );
    process.exit(1);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'iw-audio-'));
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    const rendered: Rendered[] = [];
    for (const sound of SOUNDS.filter((s) => s.kind === 'music')) {
      const t0 = Date.now();
      const raw = sound.render();
      rendered.push(normalise(sound, raw, MUSIC_TARGET[sound.key] ?? -18));
      console.log(`rendered ${sound.key} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    const musicLoud = rendered.reduce((a, r) => a + r.loud, 0) / rendered.length;
    const sfxTarget = musicLoud - SFX_UNDER_MUSIC_DB;
    for (const sound of SOUNDS.filter((s) => s.kind === 'sfx')) {
      rendered.push(normalise(sound, finish(sound.render()), sfxTarget + (sound.trim ?? 0)));
    }

    const problems: string[] = [];
    const manifest: { key: string; file: string; kind: Kind; loop?: true; bytes: number }[] = [];
    const rows: string[][] = [];
    let total = 0;
    for (const r of rendered) {
      const { key, kind } = r.sound;
      const wavPath = join(tmp, `${key}.wav`);
      const mp3Path = join(OUT_DIR, `${key}.mp3`);
      writeFileSync(wavPath, wav16(r.x));
      encode(wavPath, mp3Path, kind);
      const dec = decodedStats(mp3Path);
      const bytes = statSync(mp3Path).size;
      total += bytes;
      manifest.push({
        key,
        file: `audio/${key}.mp3`,
        kind,
        ...(kind === 'music' ? { loop: true as const } : {}),
        bytes,
      });

      const seconds = r.x.length / SR;
      const pk = gainToDb(peak(r.x));
      if (pk > -1 || dec.peakDb > -1)
        problems.push(`${key}: peak over −1 dBFS (wav ${pk.toFixed(1)}, mp3 ${dec.peakDb})`);
      if (kind === 'sfx' && seconds >= 1.5)
        problems.push(`${key}: ${seconds.toFixed(2)} s is not under 1.5 s`);
      let seam = '';
      if (kind === 'music') {
        // The loop's seam should look like any other step between neighbouring samples.
        const steps = new Float32Array(r.x.length - 1);
        for (let i = 1; i < r.x.length; i++) steps[i - 1] = Math.abs(r.x[i]! - r.x[i - 1]!);
        steps.sort();
        const jump = Math.abs(r.x[0]! - r.x[r.x.length - 1]!);
        let below = 0;
        while (below < steps.length && steps[below]! < jump) below++;
        const pct = (100 * below) / steps.length;
        seam = `seam step larger than ${pct.toFixed(0)}% of steps`;
        if (pct > 99.9) problems.push(`${key}: the loop seam jumps by ${jump.toFixed(4)}`);
        if (Math.abs(dec.seconds - seconds) > 0.001) seam += `; decoded ${dec.seconds.toFixed(3)} s`;
      }
      rows.push([
        key,
        kind,
        `${seconds.toFixed(2)} s`,
        `${pk.toFixed(1)}`,
        `${gainToDb(rms(r.x)).toFixed(1)}`,
        `${r.loud.toFixed(1)}${r.limited ? ' (peak-limited)' : ''}`,
        kind === 'sfx' ? `${(r.loud - musicLoud).toFixed(1)}` : '',
        `${dec.peakDb.toFixed(1)}`,
        `${dec.meanDb.toFixed(1)}`,
        `${(bytes / 1024).toFixed(1)} KB`,
        seam,
      ]);
    }
    writeFileSync(join(OUT_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

    const head = [
      'file',
      'kind',
      'duration',
      'peak dBFS',
      'RMS dBFS',
      'LUFS*',
      'vs music',
      'mp3 peak',
      'mp3 mean',
      'size',
      '',
    ];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd();
    console.log(`\n${line(head)}`);
    for (const r of rows) console.log(line(r));
    console.log(
      `\n* K-weighted loudness: music over the whole loop, effects over their loudest 400 ms.` +
        `\n  Music average ${musicLoud.toFixed(1)} LUFS; effects aimed at ${sfxTarget.toFixed(1)} (6 dB under; click/step/flip a little lower).`,
    );
    console.log(
      `\nTotal: ${(total / 1024).toFixed(1)} KB in ${rendered.length} files (budget ${BUDGET_BYTES / 1024} KB)`,
    );
    if (total > BUDGET_BYTES)
      problems.push(`total ${(total / 1024).toFixed(1)} KB is over ${BUDGET_BYTES / 1024} KB`);
    if (problems.length) {
      console.error(`\nProblems:\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
