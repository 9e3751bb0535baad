/** A session driven through the real engine, in process, its log kept as the server stores it (for the minutes' tests). */
import type { Actor } from "@/lib/procedure";
import { seedResolution } from "@/lib/resolution/test-utils/seeds";
import { decideLive, EMPTY_LIVE_STATE, reduceLive, type LiveCommand, type LiveEvent, type LiveSessionState } from "@/lib/session";
import { newSessionEvents } from "@/lib/session/create";
import type { LogEntry } from "./types";

/** A session driven through the real engine, its log kept as the server stores it. */
export function session(
  organ: "security-council" | "model-un" | "general-assembly" = "security-council",
  options: { now?: number; timeZone?: string; members?: string[] } = {},
) {
  const ga = organ === "general-assembly";
  const created = newSessionEvents({
    organ,
    document: ga
      ? { id: "ga", parsed: seedResolution("gaDraft"), title: "Désarmement" }
      : { id: "uk", parsed: seedResolution("ukDraft"), title: "IA" },
    now: options.now ?? 1_000,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.members ? { members: options.members } : {}),
  });
  if (!created.ok) throw new Error(created.code);
  const log: LogEntry[] = [];
  let state: LiveSessionState = EMPTY_LIVE_STATE;
  let now = options.now ?? 1_000;
  const append = (events: LiveEvent[]) => {
    for (const event of events) {
      log.push({ seq: log.length + 1, at: event.at, event });
      state = reduceLive(state, event);
    }
  };
  append(created.events);
  return {
    log,
    get state() {
      return state;
    },
    tick(ms: number) {
      now += ms;
    },
    run(actor: Actor, command: LiveCommand) {
      now += 1_000;
      const decision = decideLive(state, command, { actor, now });
      if (!decision.ok) throw new Error(`${command.type}: ${decision.error.code}`);
      append(decision.events);
    },
  };
}
