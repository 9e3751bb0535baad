/**
 * Seeded randomness for simulated delegations. No Math.random, no clock: a bot's draws are a pure
 * function of (seed, key), so the same seed and the same human actions give the same event log.
 *
 * The PRNG is keyed rather than streamed: each decision ("vote 3 on the draft, for GBR") draws
 * from a mulberry32 generator seeded by a hash of the run's seed and the decision's key. A
 * streamed generator would make a bot's choices depend on how many times it was asked to decide,
 * which depends on how the network coalesced events — not reproducible.
 */
export interface BotRng {
  /** A uniform number in [0, 1), always the same for the same key. */
  draw(key: string): number;
}

/** FNV-1a on UTF-16 code units, then a murmur3 finalizer: a well-mixed 32-bit seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a small, fast 32-bit PRNG; returns a generator of uniform numbers in [0, 1). */
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

export function seededRng(seed: number | string): BotRng {
  const base = String(seed);
  return {
    draw(key: string): number {
      const next = mulberry32(hash32(`${base}\u0000${key}`));
      next(); // the first output of a freshly seeded mulberry32 is the least mixed: skip it
      return next();
    },
  };
}
