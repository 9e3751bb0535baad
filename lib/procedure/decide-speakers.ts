/** The speakers' list, speeches and yields, and caucus clocks (all timers as data). */
import { remainingMs } from "./clock";
import type { CommandOf } from "./commands";
import {
  accept,
  actingFor,
  chairOnly,
  event,
  isChair,
  isSeated,
  refuse,
  refusal,
  type DecideContext,
  type Decision,
  type LiveState,
} from "./decide-kit";
import { isDomainError } from "./errors";
import type { SessionEvent } from "./events";

type ListCommand = CommandOf<"speakers.add" | "speakers.remove" | "speakers.close" | "speakers.reopen" | "speakers.set_time">;

export function decideSpeakersList(state: LiveState, cmd: ListCommand, ctx: DecideContext): Decision {
  switch (cmd.type) {
    case "speakers.add": {
      // Observer states may take the floor (they speak but do not vote).
      const acting = actingFor(state, ctx, cmd.member, true);
      if (isDomainError(acting)) return refusal(acting);
      if (state.debate !== "open") return refuse("debate.closed");
      if (!state.speakers.open) return refuse("speakers.list_closed");
      if (state.speakers.queue.includes(acting.member)) return refuse("speakers.already_listed", { member: acting.member });
      return accept(event(ctx, "speakers.added", { member: acting.member }));
    }
    case "speakers.remove": {
      const acting = actingFor(state, ctx, cmd.member, true);
      if (isDomainError(acting)) return refusal(acting);
      if (!state.speakers.queue.includes(acting.member)) return refuse("speakers.not_listed", { member: acting.member });
      return accept(event(ctx, "speakers.removed", { member: acting.member }));
    }
    case "speakers.close":
    case "speakers.reopen":
    case "speakers.set_time": {
      // Rules 72–73: the President may announce these; the membership can also move them.
      const denied = chairOnly(ctx);
      if (denied) return refusal(denied);
      if (cmd.type === "speakers.close") return accept(event(ctx, "speakers.list_closed"));
      if (cmd.type === "speakers.reopen") return accept(event(ctx, "speakers.list_reopened"));
      return accept(event(ctx, "speakers.time_set", { seconds: cmd.seconds }));
    }
  }
}

type SpeechCommand = CommandOf<"speech.start" | "speech.yield" | "speech.pause" | "speech.resume" | "speech.end">;

export function decideSpeech(state: LiveState, cmd: SpeechCommand, ctx: DecideContext): Decision {
  const current = state.speakers.current;
  if (cmd.type === "speech.yield") return decideYield(state, cmd, ctx);
  const denied = chairOnly(ctx);
  if (denied) return refusal(denied);
  switch (cmd.type) {
    case "speech.start": {
      // Rule 27: speakers in the order they asked; the chair may also recognize a delegation
      // directly (moderated caucus, right of reply).
      let member = cmd.member;
      if (member === undefined) {
        if (state.debate !== "open") return refuse("debate.closed");
        member = state.speakers.queue[0];
        if (member === undefined) return refuse("speakers.empty");
      } else if (!isSeated(state, member)) {
        return refuse("auth.unknown_member", { member });
      }
      const moderated = state.caucus?.kind === "moderated" ? state.caucus.speakerSeconds : null;
      const seconds = moderated ?? state.speakers.speakingTimeSeconds;
      const events: SessionEvent[] = current ? [event(ctx, "speech.ended")] : [];
      events.push(event(ctx, "speech.started", { member, durationMs: seconds === null ? null : seconds * 1000 }));
      return accept(...events);
    }
    case "speech.pause":
      if (!current) return refuse("speech.none");
      if (current.clock.runningSince === null) return refuse("speech.not_running");
      return accept(event(ctx, "speech.paused"));
    case "speech.resume":
      if (!current) return refuse("speech.none");
      if (current.clock.runningSince !== null) return refuse("speech.not_paused");
      return accept(event(ctx, "speech.resumed"));
    case "speech.end":
      if (!current) return refuse("speech.none");
      return accept(event(ctx, "speech.ended"));
  }
}

/** A speaker yields its remaining time: to the chair, to questions, or to another delegation. */
function decideYield(state: LiveState, cmd: CommandOf<"speech.yield">, ctx: DecideContext): Decision {
  const current = state.speakers.current;
  if (!current) return refuse("speech.none");
  const actor = ctx.actor;
  if (!isChair(actor) && !(actor.role === "delegation" && actor.member === current.member)) return refuse("speech.not_speaker");
  if (current.yielded !== null) return refuse("speech.already_yielded");
  if (!state.rules.speakers.yields[cmd.to]) return refuse("speech.yield_not_allowed", { to: cmd.to });
  if (cmd.to !== "delegation") {
    return accept(event(ctx, "speech.yielded", { to: cmd.to, member: null, remainingMs: null }));
  }
  const target = cmd.member;
  if (target === undefined || target === current.member || !isSeated(state, target)) return refuse("speech.yield_invalid");
  return accept(event(ctx, "speech.yielded", { to: "delegation", member: target, remainingMs: remainingMs(current.clock, ctx.now) }));
}

type CaucusCommand = CommandOf<"caucus.pause" | "caucus.resume" | "caucus.end">;

export function decideCaucus(state: LiveState, cmd: CaucusCommand, ctx: DecideContext): Decision {
  const denied = chairOnly(ctx);
  if (denied) return refusal(denied);
  const caucus = state.caucus;
  if (!caucus) return refuse("caucus.none");
  switch (cmd.type) {
    case "caucus.pause":
      if (caucus.clock.runningSince === null) return refuse("caucus.not_running");
      return accept(event(ctx, "caucus.paused"));
    case "caucus.resume":
      if (caucus.clock.runningSince !== null) return refuse("caucus.not_paused");
      return accept(event(ctx, "caucus.resumed"));
    case "caucus.end":
      return accept(event(ctx, "caucus.ended"));
  }
}
