/**
 * Working papers in the session's log (docs/working-papers.md): who started one, its title, its
 * authors and invited delegations, whether it was submitted (with the document as converted) or
 * returned. The text itself is a Yjs document stored beside the log (server/papers). Until it is
 * submitted a paper is seen only by its authors, the delegations invited to write it, and the chair.
 */
import type { ResolutionDocument } from "@/lib/resolution/types";
import { CHAIR_AUDIENCE } from "./audience";

export type PaperStatus = "writing" | "submitted" | "returned";

export interface WorkingPaper {
  id: string;
  title: string;
  language: "fr" | "en";
  /** The first is the delegation that started it. */
  authors: string[];
  /** Asked to write it; they join (or decline) themselves. */
  invited: string[];
  status: PaperStatus;
  startedAt: number;
  submittedAt: number | null;
  /** The text as submitted (null before). */
  document: ResolutionDocument | null;
  /** The draft resolution its last submission tabled (its signatures, acceptance, return: lib/procedure). */
  draftId: string | null;
  /** Who wrote each clause of the text as submitted: its clause id → the member (absent in older logs). */
  writers?: Record<string, string>;
  /**
   * Who declined the invitation or left, and when (absent in older logs): they are not invited
   * again before `PAPER_RULES.reinviteAfterMs`, or authors could push the paper back onto a
   * delegation's screen as fast as it declines.
   */
  left?: Record<string, number>;
}

/** Bounds on working papers, so that no student can flood the session or the others' screens. */
export const PAPER_RULES = { perSession: 40, writingPerMember: 3, people: 12, titleChars: 200, reinviteAfterMs: 10 * 60_000 } as const;

export type PaperEvent =
  | { type: "paper.started"; paper: WorkingPaper; at: number }
  /** `previous`: who saw it before (authors and invited), so that those who left hear of it. */
  | { type: "paper.authors_changed"; paper: WorkingPaper; previous: string[]; at: number }
  | { type: "paper.submitted"; paper: WorkingPaper; at: number };

export const PAPER_EVENT_TYPES = ["paper.started", "paper.authors_changed", "paper.submitted"] as const;

/** Who sees a paper event: everyone once submitted; before, its people and the chair. */
export function paperAudience(event: PaperEvent): string[] | null {
  if (event.type === "paper.submitted") return null;
  const people = [...event.paper.authors, ...event.paper.invited];
  const previous = event.type === "paper.authors_changed" ? event.previous : [];
  return [...new Set([...previous, ...people]), CHAIR_AUDIENCE];
}

export function reducePaper(papers: Record<string, WorkingPaper>, event: PaperEvent): Record<string, WorkingPaper> {
  return { ...papers, [event.paper.id]: event.paper };
}

/** Whether a member writes (or is asked to write) a paper. */
export function isPaperPerson(paper: WorkingPaper, member: string): boolean {
  return paper.authors.includes(member) || paper.invited.includes(member);
}

/** What a member may see of the papers: submitted ones, and its own; the chair, all. */
export function visiblePapers(papers: Record<string, WorkingPaper>, member: string | null, chair: boolean): Record<string, WorkingPaper> {
  return Object.fromEntries(
    Object.entries(papers).filter(([, p]) => chair || p.status !== "writing" || (member !== null && isPaperPerson(p, member))),
  );
}

/**
 * A paper's status as its authors see it: submitted until the chair returns the draft it became
 * (`draft.return`, lib/procedure), then returned — editable, with the chair's comment — until
 * submitted again. Derived from the draft, so the replay of a log gives the same.
 */
export function paperStatus(paper: WorkingPaper, drafts: readonly DraftLike[]): { status: PaperStatus; comment: string | null } {
  if (paper.status !== "submitted") return { status: paper.status, comment: null };
  const draft = paper.draftId ? drafts.find((d) => d.id === paper.draftId) : undefined;
  return draft?.status === "returned" ? { status: "returned", comment: draft.returnComment } : { status: "submitted", comment: null };
}

interface DraftLike {
  id: string;
  status: string;
  returnComment: string | null;
}
