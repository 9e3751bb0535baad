/** Session set-up, attendance and quorum, the meeting's status, and the draft's own life. */
import type { CommandOf } from "./commands";
import {
  accept,
  actingFor,
  chairOnly,
  event,
  isLive,
  presentMembers,
  refuse,
  refusal,
  type DecideContext,
  type Decision,
  type LiveState,
} from "./decide-kit";
import { domainError, isDomainError, type DomainError } from "./errors";
import type { TabledDraftInput } from "./commands";
import { MAX_DRAFTS, draftById, draftRef, nextDraftId, nextDraftSymbol } from "./drafts";
import type { DraftState, SessionState } from "./state";
import { validateComposition } from "./composition";
import { quorumCount } from "./tally";

/**
 * The chair edits the composition (e.g. the Council's elected members), before the roll call only:
 * once a delegation has answered, a new composition would change the quorum and every majority
 * already counted against the old one. The draft's sponsors stay seated (as members or observers).
 */
export function decideMembers(state: LiveState, cmd: CommandOf<"members.set">, ctx: DecideContext): Decision {
  const denied = chairOnly(ctx);
  if (denied) return refusal(denied);
  const locked = compositionLocked(state);
  if (locked) return refusal(locked);
  const seated = [...cmd.members, ...(cmd.observers ?? [])];
  const unseated = state.drafts.flatMap((d) => d.sponsors).find((s) => !seated.includes(s));
  if (unseated) return refuse("members.unseat_sponsor", { member: unseated });
  const composition = {
    members: cmd.members,
    permanentMembers: cmd.permanentMembers ?? state.permanentMembers.filter((m) => cmd.members.includes(m)),
    observers: cmd.observers ?? state.observers.filter((m) => !cmd.members.includes(m)),
  };
  const invalid = validateComposition(composition);
  if (invalid) return refusal(invalid);
  return accept(event(ctx, "members.changed", composition));
}

/** Why the composition can no longer change (the roll call has begun), or null: the console shows it. */
export function compositionLocked(state: Pick<LiveState, "meeting" | "attendance">): DomainError | null {
  const begun = state.meeting !== "not-opened" || Object.keys(state.attendance).length > 0;
  return begun ? { code: "members.after_roll_call" } : null;
}

/** Roll call at the opening: the chair records anyone; a delegation answers for itself. */
export function decideAttendance(state: LiveState, cmd: CommandOf<"attendance.record">, ctx: DecideContext): Decision {
  const codes = Object.keys(cmd.entries);
  if (ctx.actor.role === "delegation") {
    const self = ctx.actor.member;
    const other = codes.find((c) => c !== self);
    if (other) return refuse("auth.not_yours", { member: other });
  } else if (chairOnly(ctx)) {
    return refuse("auth.forbidden");
  }
  const stranger = codes.find((c) => !state.members.includes(c) && !state.observers.includes(c));
  if (stranger) return refuse("attendance.not_member", { member: stranger });
  return accept(event(ctx, "attendance.recorded", { entries: cmd.entries }));
}

/** Art. 27(3): the chair marks the parties to a dispute, who then abstain on substantive votes. */
export function decideParties(state: LiveState, cmd: CommandOf<"parties.mark">, ctx: DecideContext): Decision {
  const denied = chairOnly(ctx);
  if (denied) return refusal(denied);
  const stranger = cmd.members.find((m) => !state.members.includes(m));
  if (stranger) return refuse("attendance.not_member", { member: stranger });
  return accept(event(ctx, "parties.marked", { members: [...new Set(cmd.members)] }));
}

type MeetingCommand = CommandOf<"meeting.open" | "meeting.suspend" | "meeting.resume" | "meeting.adjourn">;

export function decideMeeting(state: LiveState, cmd: MeetingCommand, ctx: DecideContext): Decision {
  const denied = chairOnly(ctx);
  if (denied) return refusal(denied);
  switch (cmd.type) {
    case "meeting.open": {
      if (state.meeting === "open" || state.meeting === "suspended") return refuse("meeting.already_open");
      // Rule 67 / rule 108: a share of the members present to declare the meeting open.
      const rule = state.rules.quorum.open;
      const present = presentMembers(state).length;
      if (rule) {
        const required = quorumCount(rule, state.members.length);
        if (present < required) return refuse("quorum.not_met", { present, required });
      }
      return accept(event(ctx, "meeting.opened"));
    }
    case "meeting.suspend":
      if (state.meeting !== "open") return refuse("meeting.not_open");
      return accept(event(ctx, "meeting.suspended", { minutes: cmd.minutes ?? null, motionId: null }));
    case "meeting.resume":
      if (state.meeting !== "suspended") return refuse("meeting.not_suspended");
      return accept(event(ctx, "meeting.resumed"));
    case "meeting.adjourn":
      if (state.meeting !== "open" && state.meeting !== "suspended") return refuse("meeting.not_open");
      return accept(event(ctx, "meeting.adjourned", { until: cmd.until ?? null, motionId: null }));
  }
}

/**
 * Model UN: a share of the members must sponsor or sign before a draft is introduced.
 * `have` counts members among the sponsors and signatories; `needed` is null where no share is required.
 */
export function draftSignatures(state: LiveState, draft: DraftState | null = state.draft): { have: number; needed: number | null } {
  const have = draft ? new Set([...draft.sponsors, ...draft.signatories].filter((m) => state.members.includes(m))).size : 0;
  const share = state.rules.drafts.signatoryShare;
  return { have, needed: share ? Math.ceil((state.members.length * share.num) / share.den) : null };
}

type DraftCommand = CommandOf<"draft.sign" | "draft.introduce" | "draft.withdraw" | "draft.accept" | "draft.return">;

/** The draft a command names; without `draftId`, the draft on the floor. */
function commandDraft(state: LiveState, draftId: string | undefined): DraftState | DomainError {
  if (draftId === undefined) return state.draft ?? domainError("draft.none");
  return draftById(state, draftId) ?? domainError("draft.unknown", { draftId });
}

export function decideDraft(state: LiveState, cmd: DraftCommand, ctx: DecideContext): Decision {
  const draft = commandDraft(state, cmd.draftId);
  if (isDomainError(draft)) return refusal(draft);
  const ref = draftRef(state, draft.id);
  switch (cmd.type) {
    case "draft.sign": {
      const acting = actingFor(state, ctx, cmd.member);
      if (isDomainError(acting)) return refusal(acting);
      if (draft.status !== "submitted" && draft.status !== "accepted") return refuse("draft.already_introduced");
      if (draft.sponsors.includes(acting.member) || draft.signatories.includes(acting.member)) {
        return refuse("draft.already_signed", { member: acting.member });
      }
      return accept(event(ctx, "draft.signed", { member: acting.member, ...ref }));
    }
    case "draft.accept":
    case "draft.return": {
      const denied = chairOnly(ctx);
      if (denied) return refusal(denied);
      if (draft.status !== "submitted") return refuse(draft.status === "accepted" ? "draft.already_accepted" : "draft.not_submitted");
      if (cmd.type === "draft.return") return accept(event(ctx, "draft.returned", { draftId: draft.id, comment: cmd.comment }));
      return accept(event(ctx, "draft.accepted", { draftId: draft.id, symbol: nextDraftSymbol(state) }));
    }
    case "draft.introduce": {
      const denied = chairOnly(ctx);
      if (denied) return refusal(denied);
      if (draft.status === "submitted" && draft.needsAcceptance) return refuse("draft.not_accepted");
      if (draft.status !== "submitted" && draft.status !== "accepted") return refuse("draft.already_introduced");
      const { have, needed } = draftSignatures(state, draft);
      if (needed !== null && have < needed) return refuse("draft.signatories_insufficient", { have, needed });
      return accept(event(ctx, "draft.introduced", ref));
    }
    case "draft.withdraw": {
      // Rule 80: the mover may withdraw before voting has begun, provided it has not been amended.
      if (ctx.actor.role !== "delegation" || ctx.actor.member !== draft.sponsors[0]) return refuse("draft.not_sponsor");
      if (draft.status !== "submitted" && draft.status !== "accepted" && draft.status !== "introduced")
        return refuse("draft.not_before_body");
      if (!state.rules.amendments.withdrawalAllowed) return refuse("amendment.withdrawal_not_allowed");
      if (draft.amended) return refuse("draft.amended");
      return accept(event(ctx, "draft.withdrawn", { member: ctx.actor.member, ...ref }));
    }
  }
}

/**
 * A draft tabled during the session — a text the chair imports, a working paper its authors
 * submit (the server acting as `system`). The engine picks its id; the session layer (lib/session)
 * records its document alongside.
 */
export function decideTableDraft(state: SessionState, input: TabledDraftInput, ctx: DecideContext): Decision {
  if (!isLive(state)) return refuse("session.not_created");
  const denied = chairOnly(ctx);
  if (denied) return refusal(denied);
  if (state.drafts.length >= MAX_DRAFTS) return refuse("draft.too_many", { limit: MAX_DRAFTS });
  const sponsors = [...new Set(input.sponsors)];
  const signatories = [...new Set(input.signatories ?? [])].filter((m) => !sponsors.includes(m));
  const stranger = [...sponsors, ...signatories].find((m) => !state.members.includes(m));
  if (stranger) return refuse("auth.unknown_member", { member: stranger });
  const draft = { id: nextDraftId(state), title: input.title, sponsors, signatories, important: input.important ?? false };
  return accept(event(ctx, "draft.tabled", { draft }));
}
