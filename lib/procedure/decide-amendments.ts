/**
 * Amendments: submission (first and second degree, rule 90), friendly acceptance by the draft's
 * sponsors, withdrawal (rule 80), and the chair's voting order.
 */
import { isValidOrder, mootAfterChange, orphanedBy } from "./amendment-order";
import type { CommandOf } from "./commands";
import { accept, actingFor, chairOnly, event, refuse, refusal, type DecideContext, type Decision, type LiveState } from "./decide-kit";
import { isDomainError } from "./errors";
import type { SessionEvent } from "./events";
import { amendmentsOf, draftById, draftRef } from "./drafts";
import type { SubmittedAmendment } from "./events";

/** `amendment.moot` events for the findings of amendment-order.ts. */
export function mootEvents(findings: ReturnType<typeof orphanedBy>, ctx: DecideContext): SessionEvent[] {
  return findings.map((f) => event(ctx, "amendment.moot", f));
}

type AmendmentCommand = CommandOf<
  "amendment.submit" | "amendment.cosponsor" | "amendment.accept" | "amendment.decline" | "amendment.withdraw" | "amendments.reorder"
>;

export function decideAmendment(state: LiveState, cmd: AmendmentCommand, ctx: DecideContext): Decision {
  switch (cmd.type) {
    case "amendment.submit":
      return submit(state, cmd, ctx);
    case "amendments.reorder": {
      const denied = chairOnly(ctx);
      if (denied) return refusal(denied);
      // The order of one draft's amendments (by default, the draft on the floor's).
      const draft = cmd.draftId === undefined ? state.draft : draftById(state, cmd.draftId);
      if (!draft) return cmd.draftId === undefined ? refuse("draft.none") : refuse("draft.unknown", { draftId: cmd.draftId });
      if (!isValidOrder(amendmentsOf(state, draft.id), cmd.order)) return refuse("amendment.order_invalid");
      return accept(event(ctx, "amendments.reordered", { order: cmd.order }));
    }
    case "amendment.cosponsor": {
      const acting = actingFor(state, ctx, cmd.member);
      if (isDomainError(acting)) return refusal(acting);
      const amendment = state.amendments.find((a) => a.id === cmd.amendmentId);
      if (!amendment) return refuse("amendment.unknown", { amendmentId: cmd.amendmentId });
      if (amendment.status !== "pending") return refuse("amendment.not_pending");
      if (amendment.sponsors.includes(acting.member)) return refuse("amendment.already_sponsor", { member: acting.member });
      return accept(event(ctx, "amendment.cosponsored", { amendmentId: amendment.id, member: acting.member }));
    }
    case "amendment.accept":
    case "amendment.decline":
      return answerFriendly(state, cmd, ctx);
    case "amendment.withdraw": {
      const amendment = state.amendments.find((a) => a.id === cmd.amendmentId);
      if (!amendment) return refuse("amendment.unknown", { amendmentId: cmd.amendmentId });
      if (ctx.actor.role !== "delegation" || ctx.actor.member !== amendment.sponsors[0]) return refuse("amendment.not_sponsor");
      if (!state.rules.amendments.withdrawalAllowed) return refuse("amendment.withdrawal_not_allowed");
      if (amendment.status !== "pending") return refuse("amendment.not_pending");
      // Rule 80: only if it has not been amended. Anyone may reintroduce it (submit it again).
      if (amendment.amended) return refuse("amendment.amended");
      return accept(
        event(ctx, "amendment.withdrawn", { amendmentId: amendment.id }),
        ...mootEvents(orphanedBy(state.amendments, amendment.id), ctx),
      );
    }
  }
}

/**
 * Amendments a delegation may have pending at once. Not a rule of procedure: a bound, so that one
 * student cannot bury the chair's list, the projector and every phone under amendments (each is
 * up to 5 000 characters, and each is shown to the whole room). Ten is more than any delegation
 * moves on one draft; the next may be submitted once one is voted on or withdrawn.
 */
export const MAX_PENDING_AMENDMENTS_PER_MEMBER = 10;

function submit(state: LiveState, cmd: CommandOf<"amendment.submit">, ctx: DecideContext): Decision {
  const acting = actingFor(state, ctx, cmd.member);
  if (isDomainError(acting)) return refusal(acting);
  const pendingOfMine = state.amendments.filter((a) => a.status === "pending" && a.sponsors[0] === acting.member).length;
  if (pendingOfMine >= MAX_PENDING_AMENDMENTS_PER_MEMBER)
    return refuse("amendment.too_many_pending", { limit: MAX_PENDING_AMENDMENTS_PER_MEMBER });
  const draft = cmd.draftId === undefined ? state.draft : draftById(state, cmd.draftId);
  if (!draft) return cmd.draftId === undefined ? refuse("draft.none") : refuse("draft.unknown", { draftId: cmd.draftId });
  if (draft.status !== "submitted" && draft.status !== "accepted" && draft.status !== "introduced") return refuse("draft.not_before_body");
  if (state.debate === "closed") return refuse("debate.closed");
  const id = nextAmendmentId(state);
  if (cmd.parentId !== undefined) {
    const parent = state.amendments.find((a) => a.id === cmd.parentId);
    if (!parent) return refuse("amendment.unknown", { amendmentId: cmd.parentId });
    // An amendment to an amendment is the last degree: no amendment to a second-degree one.
    if (parent.parentId !== null) return refuse("amendment.third_degree");
    if (parent.status !== "pending") return refuse("amendment.parent_not_pending");
    // A second-degree amendment amends the same draft as its parent.
    if (parent.draftId !== draft.id) return refuse("amendment.unknown", { amendmentId: cmd.parentId });
  }
  const amendment: SubmittedAmendment = {
    id,
    ...draftRef(state, draft.id),
    op: cmd.op,
    parentId: cmd.parentId ?? null,
    sponsors: [acting.member],
    distance: cmd.distance ?? null,
    seq: state.counters.amendment + 1,
    status: "pending",
    acceptedBy: [],
    declinedBy: [],
    amended: false,
    moot: null,
  };
  return accept(event(ctx, "amendment.submitted", { amendment }));
}

/**
 * The next amendment's id, assigned by the engine: "A" and its submission number, skipping any id
 * already taken (logs written when clients could choose their ids may hold one ahead of the count).
 */
function nextAmendmentId(state: LiveState): string {
  const taken = new Set(state.amendments.map((a) => a.id));
  let n = state.counters.amendment + 1;
  while (taken.has(`A${n}`)) n++;
  return `A${n}`;
}

/**
 * Friendly amendments: accepted by every sponsor of the draft, a first-degree amendment is
 * incorporated without a vote; one refusal and it is voted as an unfriendly amendment.
 */
function answerFriendly(state: LiveState, cmd: CommandOf<"amendment.accept" | "amendment.decline">, ctx: DecideContext): Decision {
  const acting = actingFor(state, ctx, cmd.member);
  if (isDomainError(acting)) return refusal(acting);
  const amendment = state.amendments.find((a) => a.id === cmd.amendmentId);
  if (!amendment) return refuse("amendment.unknown", { amendmentId: cmd.amendmentId });
  if (!state.rules.amendments.friendlyAllowed || amendment.parentId !== null) return refuse("amendment.friendly_not_allowed");
  if (amendment.status !== "pending") return refuse("amendment.not_pending");
  // The sponsors of the draft it amends.
  const sponsors = draftById(state, amendment.draftId)?.sponsors ?? [];
  if (!sponsors.includes(acting.member)) return refuse("amendment.not_sponsor");
  if (amendment.acceptedBy.includes(acting.member) || amendment.declinedBy.includes(acting.member))
    return refuse("amendment.already_answered");
  if (cmd.type === "amendment.decline") {
    return accept(event(ctx, "amendment.declined", { amendmentId: amendment.id, member: acting.member }));
  }
  const events: SessionEvent[] = [event(ctx, "amendment.accepted", { amendmentId: amendment.id, member: acting.member })];
  const accepted = [...amendment.acceptedBy, acting.member];
  if (amendment.declinedBy.length === 0 && sponsors.every((s) => accepted.includes(s))) {
    events.push(event(ctx, "amendment.incorporated", { amendmentId: amendment.id }));
    events.push(
      ...mootEvents(
        mootAfterChange(amendmentsOf(state, amendment.draftId), amendment, state.rules.amendments.adoptedReplaceMootsRivals),
        ctx,
      ),
    );
  }
  return accept(...events);
}
