/**
 * mulberry32: a tiny, fast 32-bit PRNG. Good enough for synthetic data (not for anything
 * secret), and the same seed gives the same sequence on every machine and Node version.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One key of `weights`, with probability proportional to its weight. */
  weighted<K extends string | number>(weights: readonly (readonly [K, number])[]): K;
  /** `count` distinct items, drawn by `draw` until enough distinct ones came up. */
  distinct<T>(count: number, draw: () => T): T[];
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (weights) => {
      const total = weights.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [key, w] of weights) {
        r -= w;
        if (r < 0) return key;
      }
      return weights[weights.length - 1]![0];
    },
    distinct: (count, draw) => {
      const seen = new Set<unknown>();
      const out: ReturnType<typeof draw>[] = [];
      for (let tries = 0; out.length < count && tries < count * 50; tries++) {
        const item = draw();
        if (seen.has(item)) continue;
        seen.add(item);
        out.push(item);
      }
      return out;
    },
  };
  return rng;
}

/**
 * Draws an index in [0, n) with Zipf-like weights 1/(i+1)^s by binary search over the
 * cumulative weights, so a few items are common and most are rare, as companies in deals are.
 */
export function zipfSampler(n: number, s: number): (rng: Rng) => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative.push((sum += 1 / (i + 1) ** s));
  return (rng) => {
    const r = rng.next() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
