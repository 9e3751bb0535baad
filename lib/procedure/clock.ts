/**
 * Timers as data: a clock never ticks by itself; elapsed and remaining time are functions of the
 * `now` the caller passes, so server, browsers and replays agree.
 */
export interface Clock {
  /** null: no time limit (elapsed time is still measured). */
  durationMs: number | null;
  /** Time accumulated before the current run. */
  accumulatedMs: number;
  /** Epoch ms when the clock was last started or resumed; null while paused. */
  runningSince: number | null;
}

export function startClock(durationMs: number | null, now: number): Clock {
  return { durationMs, accumulatedMs: 0, runningSince: now };
}

export function elapsedMs(clock: Clock, now: number): number {
  const running = clock.runningSince === null ? 0 : Math.max(0, now - clock.runningSince);
  return clock.accumulatedMs + running;
}

/** Remaining time (never negative), or null for a clock without limit. */
export function remainingMs(clock: Clock, now: number): number | null {
  if (clock.durationMs === null) return null;
  return Math.max(0, clock.durationMs - elapsedMs(clock, now));
}

export function isExpired(clock: Clock, now: number): boolean {
  const remaining = remainingMs(clock, now);
  return remaining !== null && remaining <= 0;
}

export function pauseClock(clock: Clock, now: number): Clock {
  if (clock.runningSince === null) return clock;
  return { ...clock, accumulatedMs: elapsedMs(clock, now), runningSince: null };
}

export function resumeClock(clock: Clock, now: number): Clock {
  if (clock.runningSince !== null) return clock;
  return { ...clock, runningSince: now };
}
