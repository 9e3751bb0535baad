/**
 * Playing a session back: the state at any point of its log is the reduction of the events up to
 * there — exactly what every screen showed at that moment. Checkpoints every so many events keep
 * a jump anywhere in a long session cheap.
 */
import type { WireEvent } from "@/lib/protocol";
import type { LiveEvent } from "./events";
import { reduceLive } from "./reduce";
import { EMPTY_LIVE_STATE, type LiveSessionState } from "./state";

export interface TimelineMark {
  /** Index in the event list. */
  index: number;
  at: number;
  kind: "meeting" | "amendment" | "vote" | "result";
  event: LiveEvent;
}

const MARKED: Record<string, TimelineMark["kind"]> = {
  "meeting.opened": "meeting",
  "meeting.suspended": "meeting",
  "meeting.adjourned": "meeting",
  "amendment.submitted": "amendment",
  "amendment.incorporated": "amendment",
  "vote.opened": "vote",
  "vote.closed": "result",
};

/** The moments worth jumping to: openings, amendments, votes and their results. */
export function timelineMarks(events: readonly WireEvent<LiveEvent>[]): TimelineMark[] {
  return events.flatMap((e, index) => {
    const kind = MARKED[e.event.type];
    return kind ? [{ index, at: e.at, kind, event: e.event }] : [];
  });
}

export class Replay {
  private readonly checkpoints: LiveSessionState[] = [];

  constructor(
    readonly events: readonly WireEvent<LiveEvent>[],
    private readonly every = 250,
  ) {
    let state = EMPTY_LIVE_STATE;
    events.forEach((e, i) => {
      if (i % every === 0) this.checkpoints.push(state);
      state = reduceLive(state, e.event);
    });
  }

  /** The state once events[0..index] have happened (index -1: before the first). */
  stateAt(index: number): LiveSessionState {
    if (index < 0 || this.events.length === 0) return EMPTY_LIVE_STATE;
    const last = Math.min(index, this.events.length - 1);
    const checkpoint = Math.floor(last / this.every);
    let state = this.checkpoints[checkpoint] ?? EMPTY_LIVE_STATE;
    for (let i = checkpoint * this.every; i <= last; i++) state = reduceLive(state, this.events[i]!.event);
    return state;
  }

  get final(): LiveSessionState {
    return this.stateAt(this.events.length - 1);
  }
}
