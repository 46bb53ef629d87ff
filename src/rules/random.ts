// Seeded chance: the only source of luck in a run. A month's draw depends on
// the seed and the month alone, so a twin or a reform replay meets the same luck.

/** A 32-bit hash of two numbers (a step of the splitmix/murmur finaliser). */
export function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(b, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** A number in [0, 1) for this seed and month. */
export function monthRoll(seed: number, month: number): number {
  return mix(seed >>> 0, month) / 4294967296;
}

/** Picks an index by weight with a roll in [0, 1); -1 when every weight is 0. */
export function pickWeighted(weights: readonly number[], roll: number): number {
  const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
  if (total <= 0) return -1;
  let target = roll * total;
  for (let i = 0; i < weights.length; i++) {
    target -= Math.max(0, weights[i] ?? 0);
    if (target < 0) return i;
  }
  return weights.length - 1;
}

/** A small seeded generator (mulberry32) for bots and tests; the rules use monthRoll. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
