/**
 * The drafts of a session as the surfaces list them: in the order they will be voted (rule 91),
 * with their number, status, sponsors, signatures and pending amendments. Pure, for the console,
 * the phones and the minutes alike.
 */
import { draftSignatures } from "@/lib/procedure/decide-session";
import type { LiveState } from "@/lib/procedure/decide-kit";
import { STILL_TO_VOTE, amendmentsOf, nextDraftSymbol, orderedDrafts } from "@/lib/procedure/drafts";
import type { DraftState, SessionState } from "@/lib/procedure/state";
import type { LiveSessionState } from "./state";

export interface DraftRow {
  draft: DraftState;
  /** The title to show: the draft's own, or the session's for the session's first draft. */
  title: string;
  /** Its place among the drafts still to be voted on (1 = next), or null once decided, withdrawn or returned. */
  voteRank: number | null;
  /** The draft on the floor (debated, voted on now). */
  onFloor: boolean;
  signatures: { have: number; needed: number | null };
  pendingAmendments: number;
}

/** The session's drafts in voting order. */
export function draftRows(live: Pick<LiveSessionState, "procedure" | "title">): DraftRow[] {
  const p = live.procedure;
  let rank = 0;
  return orderedDrafts(p).map((draft) => ({
    draft,
    title: draftTitle(live, draft),
    voteRank: STILL_TO_VOTE.has(draft.status) ? ++rank : null,
    onFloor: p.draft?.id === draft.id,
    signatures: p.rules ? draftSignatures(p as LiveState, draft) : { have: draft.sponsors.length + draft.signatories.length, needed: null },
    pendingAmendments: amendmentsOf(p, draft.id).filter((a) => a.status === "pending").length,
  }));
}

export function draftTitle(live: Pick<LiveSessionState, "procedure" | "title">, draft: DraftState): string {
  return draft.title || (live.procedure.drafts[0]?.id === draft.id ? live.title : draft.id);
}

/** The number the next accepted draft gets (« 1.2 »), for the chair's « Accepter » button. */
export function nextSymbol(p: SessionState): string {
  return nextDraftSymbol(p);
}

/** Drafts that a delegation may still sign (tabled, not yet introduced), with whether it may. */
export function signableDrafts(p: SessionState, member: string): DraftState[] {
  return p.drafts.filter(
    (d) => (d.status === "submitted" || d.status === "accepted") && !d.sponsors.includes(member) && !d.signatories.includes(member),
  );
}

/** The order of votes a motion under rule 91 would set to vote on `draftId` first: it, then the others still to be voted on, as they stand. */
export function voteFirstOrder(p: SessionState, draftId: string): string[] {
  const rest = orderedDrafts(p)
    .filter((d) => STILL_TO_VOTE.has(d.status) && d.id !== draftId)
    .map((d) => d.id);
  return [draftId, ...rest];
}
