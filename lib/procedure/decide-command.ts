/**
 * Deciding a command already known to be well-formed: authorization (a rule of procedure), the
 * rules, and the past-tense events for reduce. `decide` (decide.ts) validates its input first and
 * is what the server runs; the browser runs `checkCommand` (check.ts) on its copy of the state to
 * tell a delegation why a button is disabled. Neither this module nor its imports use zod, so the
 * browser does not download it.
 */
import { assertNever } from "../util/assert-never";
import type { Command, CommandOf } from "./commands";
import { decideAmendment } from "./decide-amendments";
import { isLive, refuse, type DecideContext, type Decision, type LiveState } from "./decide-kit";
import { domainError, type DomainError } from "./errors";
import { decideMotion, decidePoint } from "./decide-motions";
import { decideAttendance, decideDraft, decideMeeting, decideMembers, decideParties } from "./decide-session";
import { decideCaucus, decideSpeakersList, decideSpeech } from "./decide-speakers";
import { decideVote } from "./decide-votes";
import { decideProjection } from "./decide-projection";
import type { SessionState } from "./state";

/** Who may create a session (the chair, or the server itself), and only once. */
export function createRefused(state: SessionState, ctx: DecideContext): DomainError | null {
  if (ctx.actor.role !== "system" && ctx.actor.role !== "chair") return domainError("auth.chair_only");
  return state.created ? domainError("session.already_created") : null;
}

/**
 * The two commands that set a session's rules. The server validates the resulting preset with its
 * schema (decide-config.ts); the browser only checks who may send them (check.ts).
 */
export interface ConfigDeciders {
  create(state: SessionState, cmd: CommandOf<"session.create">, ctx: DecideContext): Decision;
  settings(state: LiveState, cmd: CommandOf<"settings.override">, ctx: DecideContext): Decision;
}

/** Rule 88: once voting has begun, nothing but the vote and a point of order on its conduct. */
function allowedDuringVote(cmd: Command): boolean {
  switch (cmd.type) {
    case "vote.cast":
    case "vote.record_totals":
    case "vote.request":
    case "vote.close":
    case "vote.cancel":
    case "point.resolve":
      return true;
    case "point.raise":
      return cmd.kind === "order" && cmd.aboutVote === true;
    default:
      return false;
  }
}

/** Commands that act on the floor and so need the meeting to be open. */
function needsOpenMeeting(cmd: Command): boolean {
  return (
    /^(speech|motion|point)\./.test(cmd.type) || cmd.type === "vote.open" || cmd.type === "caucus.pause" || cmd.type === "caucus.resume"
  );
}

/** A decide function over well-formed commands, with the given handling of the rules-setting ones. */
export function commandDecider(config: ConfigDeciders) {
  return function decideCommand(state: SessionState, cmd: Command, ctx: DecideContext): Decision {
    // Screens and observers only watch.
    if (ctx.actor.role === "screen" || ctx.actor.role === "observer") return refuse("auth.forbidden");
    if (cmd.type === "session.create") return config.create(state, cmd, ctx);
    if (!isLive(state)) return refuse("session.not_created");
    if (state.vote && !allowedDuringVote(cmd)) return refuse("vote.in_progress");
    if (needsOpenMeeting(cmd) && state.meeting !== "open") return refuse("meeting.not_open");
    if (cmd.type === "settings.override") return config.settings(state, cmd, ctx);
    return route(state, cmd, ctx);
  };
}

function route(state: LiveState, cmd: Exclude<Command, { type: "session.create" | "settings.override" }>, ctx: DecideContext): Decision {
  switch (cmd.type) {
    case "members.set":
      return decideMembers(state, cmd, ctx);
    case "attendance.record":
      return decideAttendance(state, cmd, ctx);
    case "parties.mark":
      return decideParties(state, cmd, ctx);
    case "meeting.open":
    case "meeting.suspend":
    case "meeting.resume":
    case "meeting.adjourn":
      return decideMeeting(state, cmd, ctx);
    case "draft.sign":
    case "draft.introduce":
    case "draft.withdraw":
    case "draft.accept":
    case "draft.return":
      return decideDraft(state, cmd, ctx);
    case "speakers.add":
    case "speakers.remove":
    case "speakers.close":
    case "speakers.reopen":
    case "speakers.set_time":
      return decideSpeakersList(state, cmd, ctx);
    case "speech.start":
    case "speech.yield":
    case "speech.pause":
    case "speech.resume":
    case "speech.end":
      return decideSpeech(state, cmd, ctx);
    case "caucus.pause":
    case "caucus.resume":
    case "caucus.end":
      return decideCaucus(state, cmd, ctx);
    case "motion.propose":
    case "motion.second":
    case "motion.object":
    case "motion.speak":
    case "motion.withdraw":
    case "motion.grant":
    case "motion.rule_out_of_order":
      return decideMotion(state, cmd, ctx);
    case "point.raise":
    case "point.resolve":
      return decidePoint(state, cmd, ctx);
    case "amendment.submit":
    case "amendment.cosponsor":
    case "amendment.accept":
    case "amendment.decline":
    case "amendment.withdraw":
    case "amendments.reorder":
      return decideAmendment(state, cmd, ctx);
    case "vote.open":
    case "vote.cast":
    case "vote.record_totals":
    case "vote.request":
    case "vote.close":
    case "vote.cancel":
      return decideVote(state, cmd, ctx);
    case "projection.set":
      return decideProjection(state, cmd, ctx);
    default:
      return assertNever(cmd, "command");
  }
}
