/**
 * decide(state, command, ctx) → events | DomainError. Validates the command (zod), authorizes the
 * actor (a rule of procedure), checks the rules, and returns past-tense events for reduce.
 * It never throws on any input: unknown shapes are `command.invalid`.
 */
import { assertNever } from "./assert-never";
import { actorSchema, commandSchema, type Command } from "./commands";
import { decideAmendment } from "./decide-amendments";
import { refuse, type DecideContext, type Decision, type LiveState } from "./decide-kit";
import { decideMotion, decidePoint } from "./decide-motions";
import { decideAttendance, decideCreate, decideDraft, decideMeeting, decideMembers, decideParties, decideSettings } from "./decide-session";
import { decideCaucus, decideSpeakersList, decideSpeech } from "./decide-speakers";
import { decideVote } from "./decide-votes";
import type { SessionState } from "./state";

export type { DecideContext, Decision } from "./decide-kit";

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
  return /^(speech|motion|point)\./.test(cmd.type) || cmd.type === "vote.open" || cmd.type === "caucus.pause" || cmd.type === "caucus.resume";
}

function isLive(state: SessionState): state is LiveState {
  return state.created && state.config !== null && state.rules !== null;
}

function parseContext(ctx: unknown): DecideContext | null {
  if (typeof ctx !== "object" || ctx === null) return null;
  const { actor, now } = ctx as { actor?: unknown; now?: unknown };
  const parsed = actorSchema.safeParse(actor);
  if (!parsed.success || typeof now !== "number" || !Number.isFinite(now)) return null;
  return { actor: parsed.data, now };
}

export function decide(state: SessionState, command: unknown, context: unknown): Decision {
  const ctx = parseContext(context);
  if (!ctx) return refuse("command.invalid", { issue: "context" });
  // Screens and observers only watch.
  if (ctx.actor.role === "screen" || ctx.actor.role === "observer") return refuse("auth.forbidden");
  const parsed = commandSchema.safeParse(command);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse("command.invalid", { issue: issue ? `${issue.path.join(".") || "command"}: ${issue.message}` : "invalid" });
  }
  const cmd = parsed.data;
  if (cmd.type === "session.create") return decideCreate(state, cmd, ctx);
  if (!isLive(state)) return refuse("session.not_created");
  if (state.vote && !allowedDuringVote(cmd)) return refuse("vote.in_progress");
  if (needsOpenMeeting(cmd) && state.meeting !== "open") return refuse("meeting.not_open");
  return route(state, cmd, ctx);
}

function route(state: LiveState, cmd: Exclude<Command, { type: "session.create" }>, ctx: DecideContext): Decision {
  switch (cmd.type) {
    case "settings.override":
      return decideSettings(state, cmd, ctx);
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
    default:
      return assertNever(cmd, "command");
  }
}
