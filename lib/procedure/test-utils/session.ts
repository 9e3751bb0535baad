/** A session driven through decide/reduce, for tests: keeps the event log and checks replay. */
import { expect } from "vitest";
import type { Actor, SessionConfigInput } from "../commands";
import { decide, type Decision } from "../decide";
import type { SessionEvent } from "../events";
import { reduce } from "../reduce";
import { EMPTY_STATE, type SessionState } from "../state";

export const CHAIR: Actor = { role: "chair" };
export const SYSTEM: Actor = { role: "system" };
export const del = (member: string): Actor => ({ role: "delegation", member });

type Cmd = Record<string, unknown> & { type: string };

export class TestSession {
  state: SessionState = EMPTY_STATE;
  log: SessionEvent[] = [];
  now = 1_700_000_000_000;

  constructor(config: SessionConfigInput) {
    this.ok(SYSTEM, { type: "session.create", config });
  }

  run(actor: Actor, command: Cmd): Decision {
    const decision = decide(this.state, command, { actor, now: this.now });
    if (decision.ok) {
      for (const e of decision.events) this.state = reduce(this.state, e);
      this.log.push(...decision.events);
    }
    return decision;
  }

  /** Runs a command that must be accepted; returns its events. */
  ok(actor: Actor, command: Cmd): SessionEvent[] {
    const decision = this.run(actor, command);
    if (!decision.ok) throw new Error(`${command.type} refused: ${JSON.stringify(decision.error)}`);
    return decision.events;
  }

  /** Runs a command that must be refused; returns the error code. */
  err(actor: Actor, command: Cmd): string {
    const decision = this.run(actor, command);
    if (decision.ok) throw new Error(`${command.type} unexpectedly accepted: ${JSON.stringify(decision.events)}`);
    return decision.error.code;
  }

  chair(command: Cmd): SessionEvent[] {
    return this.ok(CHAIR, command);
  }

  types(events: SessionEvent[]): string[] {
    return events.map((e) => e.type);
  }

  advance(ms: number): void {
    this.now += ms;
  }

  /** Everyone present (or as given), then the meeting opened. */
  open(status: "present" | "present-and-voting" = "present", members = this.state.members): this {
    this.chair({ type: "attendance.record", entries: Object.fromEntries(members.map((m) => [m, status])) });
    this.chair({ type: "meeting.open" });
    return this;
  }

  introduce(): this {
    this.chair({ type: "draft.introduce" });
    return this;
  }

  /** Each member votes as listed (recorded vote must be open). */
  castAll(ballots: Record<string, "yes" | "no" | "abstain">): void {
    for (const [member, choice] of Object.entries(ballots)) this.ok(del(member), { type: "vote.cast", choice });
  }

  expectReplayMatches(): void {
    expect(this.log.reduce(reduce, EMPTY_STATE)).toEqual(this.state);
    expect(JSON.parse(JSON.stringify(this.state))).toEqual(this.state);
  }

  lastOutcome() {
    const closed = [...this.log].reverse().find((e) => e.type === "vote.closed");
    if (!closed || closed.type !== "vote.closed") throw new Error("no vote closed");
    return closed.outcome;
  }
}

/** Ballots giving `yes` votes to the first n members, `no` to the next, abstain to the rest. */
export function ballots(
  members: readonly string[],
  yes: number,
  no: number,
  abstain = members.length - yes - no,
): Record<string, "yes" | "no" | "abstain"> {
  const out: Record<string, "yes" | "no" | "abstain"> = {};
  members.forEach((m, i) => {
    if (i < yes) out[m] = "yes";
    else if (i < yes + no) out[m] = "no";
    else if (i < yes + no + abstain) out[m] = "abstain";
  });
  return out;
}
