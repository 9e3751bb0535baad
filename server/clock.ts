/** Time comes in as a dependency, so tests and replays control it. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
