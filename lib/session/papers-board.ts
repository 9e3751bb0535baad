/**
 * What the projector lists during an unmoderated caucus: the working papers submitted so far (a
 * paper being written is its authors' alone), with their sponsors and how many delegations have
 * signed the draft each became, in the order they were submitted.
 */
import type { LiveSessionState } from "./state";

export interface PaperOnBoard {
  id: string;
  title: string;
  sponsors: string[];
  signatures: number;
  /** « 1.1 » once the chair has accepted it as a draft resolution. */
  symbol: string | null;
  status: "submitted" | "returned";
}

export function workingPapersBoard(live: LiveSessionState): PaperOnBoard[] {
  return Object.values(live.papers ?? {})
    .filter((p) => p.status !== "writing")
    .sort((a, b) => (a.submittedAt ?? 0) - (b.submittedAt ?? 0))
    .map((p) => {
      const draft = p.draftId ? live.procedure.drafts.find((d) => d.id === p.draftId) : undefined;
      return {
        id: p.id,
        title: p.title,
        sponsors: draft?.sponsors ?? p.authors,
        signatures: draft?.signatories.length ?? 0,
        symbol: draft?.symbol ?? null,
        status: p.status === "returned" ? "returned" : "submitted",
      };
    });
}
