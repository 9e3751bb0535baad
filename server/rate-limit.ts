/** A token bucket: `rate` units per second on average, bursts up to `burst`; a command takes its cost. */
export function tokenBucket(rate: number, burst: number, now: () => number) {
  let tokens = burst;
  let last = now();
  return {
    take(cost = 1): boolean {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * rate);
      last = t;
      if (tokens < cost) return false;
      tokens -= cost;
      return true;
    },
    /** Full again (nothing to remember about this sender). */
    get idle(): boolean {
      return Math.min(burst, tokens + ((now() - last) / 1000) * rate) >= burst;
    },
  };
}

export type TokenBucket = ReturnType<typeof tokenBucket>;

/**
 * One bucket per key (a link's token): however many sockets a link opens, they share its budget.
 * Buckets that have filled up again are forgotten when the map grows.
 */
export function bucketsByKey(rate: number, burst: number, now: () => number, keep = 5_000) {
  const buckets = new Map<string, TokenBucket>();
  return (key: string): TokenBucket => {
    let bucket = buckets.get(key);
    if (!bucket) {
      if (buckets.size >= keep) for (const [k, b] of buckets) if (b.idle) buckets.delete(k);
      bucket = tokenBucket(rate, burst, now);
      buckets.set(key, bucket);
    }
    return bucket;
  };
}
