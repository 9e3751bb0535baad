/**
 * What a closed vote does to its subject: the decision events that follow `vote.closed`.
 * A vote without quorum decides nothing: the question stays before the body.
 */
import { isWithin } from "@/lib/resolution/op";
import { mootAfterChange, orphanedBy } from "./amendment-order";
import { mootEvents } from "./decide-amendments";
import { event, type DecideContext, type LiveState } from "./decide-kit";
import type { SessionEvent } from "./events";
import { adoptionEvents } from "./motions";
import { amendmentsOf, draftRef, namedDraftId } from "./drafts";
import type { DivisionState, VoteState } from "./state";
import type { TallyOutcome } from "./tally";

/**
 * Rule 89: if every operative part has been rejected, the proposal is rejected as a whole.
 * The operative clauses are those the division request listed (the document is the server's);
 * without that list, the operative parts named in the request stand for them.
 */
export function allOperativeRejected(division: DivisionState): boolean {
  const rejected = division.parts.filter((p) => division.decided[p.clauseId] === false).map((p) => p.clauseId);
  const operative =
    division.operativeClauses.length > 0
      ? division.operativeClauses
      : division.parts.filter((p) => p.section === "operative").map((p) => p.clauseId);
  return operative.length > 0 && operative.every((clause) => rejected.some((part) => isWithin(clause, part)));
}

export function consequences(state: LiveState, vote: VoteState, outcome: TallyOutcome, ctx: DecideContext): SessionEvent[] {
  if (outcome.result === "no-quorum") return [];
  const adopted = outcome.result === "adopted";
  const subject = vote.subject;
  switch (subject.kind) {
    case "motion": {
      const motion = state.motions.find((m) => m.id === subject.motionId);
      if (!motion) return [];
      return adopted ? adoptionEvents(state, motion, ctx, outcome.withoutVote) : [event(ctx, "motion.rejected", { motionId: motion.id })];
    }
    case "draft": {
      const ref = subject.draftId ? { draftId: subject.draftId } : {};
      if (adopted) return [event(ctx, "draft.adopted", { withoutVote: outcome.withoutVote, ...ref })];
      return [event(ctx, "draft.rejected", { reason: outcome.result === "vetoed" ? "veto" : "vote", ...ref })];
    }
    case "amendment": {
      const amendment = state.amendments.find((a) => a.id === subject.amendmentId);
      if (!amendment) return [];
      if (!adopted) {
        return [
          event(ctx, "amendment.rejected", { amendmentId: amendment.id }),
          ...mootEvents(orphanedBy(state.amendments, amendment.id), ctx),
        ];
      }
      const moot =
        amendment.parentId === null
          ? mootAfterChange(amendmentsOf(state, amendment.draftId), amendment, state.rules.amendments.adoptedReplaceMootsRivals)
          : [];
      return [event(ctx, "amendment.adopted", { amendmentId: amendment.id }), ...mootEvents(moot, ctx)];
    }
    case "part": {
      const division = state.division;
      if (!division) return [];
      const ref = draftRef(state, namedDraftId(state, division.draftId) ?? "");
      const events: SessionEvent[] = [event(ctx, adopted ? "part.adopted" : "part.rejected", { clauseId: subject.clauseId, ...ref })];
      const after = { ...division, decided: { ...division.decided, [subject.clauseId]: adopted } };
      if (!adopted && allOperativeRejected(after))
        events.push(event(ctx, "draft.rejected", { reason: "all-operative-parts-rejected", ...ref }));
      return events;
    }
  }
}
