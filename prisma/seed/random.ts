/**
 * Deterministic pseudo-random numbers for the demo seed: the same seed gives the same province
 * on every run, so tests and screenshots can rely on it. Never use Math.random() in the seed.
 */
export const SEED = 20230714; // the day of the sơ kết conference the figures come from

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  float(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** Normal(mean, sd) by Box–Muller. */
  normal(mean: number, sd: number): number;
  /** Log-normal with the given median; sigma is the spread of the underlying normal. */
  logNormal(median: number, sigma: number): number;
  shuffle<T>(items: readonly T[]): T[];
  /** A child generator, so that adding draws in one part does not shift another part. */
  fork(label: string): Rng;
};

/** mulberry32: tiny, fast and good enough for demo data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashLabel(label: string): number {
  let h = 2166136261;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function createRng(seed: number = SEED): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    weighted: (items, weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i];
        if (r < 0) return items[i];
      }
      return items[items.length - 1];
    },
    normal: (mean, sd) => {
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    logNormal: (median, sigma) => median * Math.exp(rng.normal(0, sigma)),
    shuffle: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    fork: (label) => createRng((seed ^ hashLabel(label)) >>> 0),
  };
  return rng;
}

/**
 * Splits an integer total into integer parts proportional to weights, each at least its minimum,
 * summing to the total exactly (largest-remainder method, ties broken by index: deterministic).
 */
export function distribute(total: number, weights: readonly number[], minimum: number | readonly number[] = 0): number[] {
  const n = weights.length;
  const mins = typeof minimum === 'number' ? weights.map(() => minimum) : minimum.slice();
  const minSum = mins.reduce((a, b) => a + b, 0);
  const rest = total - minSum;
  if (rest < 0) throw new Error(`distribute: total ${total} below the minimums ${minSum}`);
  const wSum = weights.reduce((a, b) => a + b, 0);
  if (n === 0) {
    if (total !== 0) throw new Error('distribute: nothing to distribute onto');
    return [];
  }
  if (wSum <= 0) throw new Error('distribute: weights sum to zero');
  const exact = weights.map((w) => (rest * w) / wSum);
  const parts = exact.map((x) => Math.floor(x));
  let left = rest - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) parts[order[k].i] += 1;
  return parts.map((p, i) => p + mins[i]);
}
