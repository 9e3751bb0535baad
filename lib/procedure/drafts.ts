/**
 * Several drafts in one session: which draft a command, an event or a vote names, the order in
 * which drafts are voted (rule 91) and the draft on the floor.
 *
 * Naming convention, so that logs written when a session held one draft replay unchanged: an
 * event, a vote subject or an amendment without `draftId` names the session's first draft, and
 * the engine writes `draftId` only when it names another one (`draftRef`).
 */
import type { AmendmentState, DraftState, SessionState, VoteSubject } from "./state";

type Drafts = Pick<SessionState, "drafts">;

export function firstDraftId(state: Drafts): string | null {
  return state.drafts[0]?.id ?? null;
}

/** The draft an event or a subject names: its `draftId`, or the first draft without one. */
export function namedDraftId(state: Drafts, draftId: string | undefined): string | null {
  return draftId ?? firstDraftId(state);
}

export function draftById(state: Drafts, draftId: string | null | undefined): DraftState | null {
  if (draftId === null || draftId === undefined) return null;
  return state.drafts.find((d) => d.id === draftId) ?? null;
}

/** `{ draftId }` for an event or a subject, omitted for the first draft (see the convention above). */
export function draftRef(state: Drafts, draftId: string): { draftId?: string } {
  return draftId === firstDraftId(state) ? {} : { draftId };
}

/** Which draft a vote is about (null for a motion). */
export function subjectDraftId(state: Pick<SessionState, "drafts" | "amendments">, subject: VoteSubject): string | null {
  switch (subject.kind) {
    case "motion":
      return null;
    case "amendment":
      return state.amendments.find((a) => a.id === subject.amendmentId)?.draftId ?? null;
    case "draft":
    case "part":
      return namedDraftId(state, subject.draftId);
  }
}

/** Drafts in voting order: the order decided (rule 91) for those it names, then the others as tabled. */
export function orderedDrafts(state: Pick<SessionState, "drafts" | "draftOrder">): DraftState[] {
  const named = state.draftOrder.map((id) => draftById(state, id)).filter((d): d is DraftState => d !== null);
  return [...new Set([...named, ...state.drafts])];
}

/** The next draft to be voted on: the first, in voting order, that is before the body. */
export function nextDraftToVote(state: Pick<SessionState, "drafts" | "draftOrder">): DraftState | null {
  return orderedDrafts(state).find((d) => d.status === "introduced") ?? null;
}

const PENDING: ReadonlySet<DraftState["status"]> = new Set(["submitted", "accepted"]);
/** Drafts whose vote is still to come: those the order of votes (rule 91) may name. */
export const STILL_TO_VOTE: ReadonlySet<DraftState["status"]> = new Set(["submitted", "accepted", "introduced"]);

/**
 * Drafts a session holds at most, whatever their status (a returned or withdrawn one still counts:
 * its text stays in the log). A class debates a handful; the bound keeps a careless chair or
 * hundreds of submitted working papers from growing the state, the log and every screen without end.
 */
export const MAX_DRAFTS = 50;
const DECIDED: ReadonlySet<DraftState["status"]> = new Set(["adopted", "rejected", "referred"]);

/**
 * The draft on the floor: the one being voted on; else the next before the body; else the next
 * awaiting introduction; else the last decided; else the first. With one draft, always that one.
 */
export function floorDraftId(state: Pick<SessionState, "drafts" | "draftOrder" | "amendments" | "vote" | "decisions">): string | null {
  if (state.drafts.length <= 1) return firstDraftId(state);
  const voting = state.vote ? subjectDraftId(state, state.vote.subject) : null;
  if (voting) return voting;
  const ordered = orderedDrafts(state);
  const next = ordered.find((d) => d.status === "introduced") ?? ordered.find((d) => PENDING.has(d.status));
  if (next) return next.id;
  for (let i = state.decisions.length - 1; i >= 0; i--) {
    const id = subjectDraftId(state, state.decisions[i]!.subject);
    if (id && DECIDED.has(draftById(state, id)?.status ?? "submitted")) return id;
  }
  return firstDraftId(state);
}

/** Sets the derived `draft` (the draft on the floor); keeps the state as is when it is already right. */
export function withFloorDraft(state: SessionState): SessionState {
  const draft = draftById(state, floorDraftId(state));
  return draft === state.draft ? state : { ...state, draft };
}

export function amendmentsOf(state: Pick<SessionState, "amendments">, draftId: string): AmendmentState[] {
  return state.amendments.filter((a) => a.draftId === draftId);
}

/** The next draft's id, chosen by the engine: "D" and its tabling number, skipping any id already taken. */
export function nextDraftId(state: Drafts): string {
  const taken = new Set(state.drafts.map((d) => d.id));
  let n = state.drafts.length + 1;
  while (taken.has(`D${n}`)) n++;
  return `D${n}`;
}

/** « 1.1 », « 1.2 »…: drafts are numbered in the order the chair accepts them. */
export function nextDraftSymbol(state: Drafts): string {
  return `1.${state.drafts.filter((d) => d.symbol !== null).length + 1}`;
}
