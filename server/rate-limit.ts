/** A token bucket: `rate` commands per second on average, bursts up to `burst`. */
export function tokenBucket(rate: number, burst: number, now: () => number) {
  let tokens = burst;
  let last = now();
  return {
    take(): boolean {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * rate);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
