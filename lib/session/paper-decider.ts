/**
 * Deciding the working-paper commands: any delegation starts one; its authors invite others, who
 * join or decline themselves (a paper is pushed onto nobody's screen without their consent beyond
 * the invitation); an author submits it, converted by the server at that moment, and it is tabled
 * as a draft resolution (the chair accepts it as « 1.n » or returns it: lib/procedure's draft.accept,
 * draft.return). Bounded by PAPER_RULES.
 */
import type { DomainError } from "@/lib/procedure/errors";
import type { LiveContext, LiveDecision } from "./live-decider";
import type { LiveSessionState } from "./state";
import { decideTableDraft } from "@/lib/procedure/decide-session";
import { PAPER_RULES, isPaperPerson, paperStatus, type WorkingPaper } from "./papers";
import type { LiveEvent } from "./events";
import type { PaperCommand } from "./paper-commands";

const refuse = (code: string, params?: Record<string, string | number>): LiveDecision => ({
  ok: false,
  error: (params ? { code, params } : { code }) as DomainError,
});

function ownPaper(state: LiveSessionState, id: string): WorkingPaper | undefined {
  return Object.hasOwn(state.papers, id) ? state.papers[id] : undefined;
}

/** Deterministic on replay, and needs no counter in the shared state (as amendment drafts' ids). */
function newPaperId(state: LiveSessionState, author: string, now: number): string {
  const base = `wp-${author}-${now.toString(36)}`;
  let id = base;
  for (let n = 2; Object.hasOwn(state.papers, id); n++) id = `${base}-${n}`;
  return id;
}

export function decidePaper(state: LiveSessionState, command: PaperCommand, ctx: LiveContext): LiveDecision {
  const at = ctx.now;
  if (ctx.actor.role !== "delegation") return refuse("paper.delegations_only");
  const me = ctx.actor.member;
  if (!state.procedure.members.includes(me)) return refuse("auth.unknown_member", { member: me });

  if (command.type === "paper.start") {
    const papers = Object.values(state.papers);
    if (papers.length >= PAPER_RULES.perSession) return refuse("paper.too_many", { max: PAPER_RULES.perSession });
    const mine = papers.filter((p) => p.authors[0] === me && p.status !== "submitted").length;
    if (mine >= PAPER_RULES.writingPerMember) return refuse("paper.too_many_of_yours", { max: PAPER_RULES.writingPerMember });
    const paper: WorkingPaper = {
      id: newPaperId(state, me, at),
      title: command.title,
      language: command.language,
      authors: [me],
      invited: [],
      status: "writing",
      startedAt: at,
      submittedAt: null,
      document: null,
      draftId: null,
    };
    return { ok: true, events: [{ type: "paper.started", paper, at }] };
  }

  const paper = ownPaper(state, command.paperId);
  // Someone else's private paper is refused exactly as one that does not exist.
  if (!paper || !isPaperPerson(paper, me)) return refuse("paper.unknown", { paperId: command.paperId });
  const previous = [...paper.authors, ...paper.invited];
  const changed = (next: WorkingPaper): LiveDecision => ({
    ok: true,
    events: [{ type: "paper.authors_changed", paper: next, previous, at }],
  });

  switch (command.type) {
    case "paper.invite": {
      if (!paper.authors.includes(me)) return refuse("paper.authors_only");
      const stranger = command.members.find((m) => !state.procedure.members.includes(m));
      if (stranger) return refuse("auth.unknown_member", { member: stranger });
      const fresh = [...new Set(command.members)].filter((m) => !isPaperPerson(paper, m));
      if (fresh.length === 0) return refuse("paper.already_invited");
      const declinedAt = Math.max(...fresh.map((m) => (paper.left && Object.hasOwn(paper.left, m) ? paper.left[m]! : -Infinity)));
      const wait = declinedAt + PAPER_RULES.reinviteAfterMs - at;
      if (wait > 0) return refuse("paper.reinvite_too_soon", { minutes: Math.ceil(wait / 60_000) });
      if (previous.length + fresh.length > PAPER_RULES.people) return refuse("paper.too_many_people", { max: PAPER_RULES.people });
      return changed({ ...paper, invited: [...paper.invited, ...fresh] });
    }
    case "paper.join":
      if (!paper.invited.includes(me)) return refuse("paper.not_invited");
      return changed({ ...paper, authors: [...paper.authors, me], invited: paper.invited.filter((m) => m !== me) });
    case "paper.leave":
      if (paper.authors.length === 1 && paper.authors[0] === me) return refuse("paper.last_author");
      return changed({
        ...paper,
        authors: paper.authors.filter((m) => m !== me),
        invited: paper.invited.filter((m) => m !== me),
        left: { ...paper.left, [me]: at },
      });
    case "paper.submit": {
      if (!paper.authors.includes(me)) return refuse("paper.authors_only");
      if (paperStatus(paper, state.procedure.drafts).status === "submitted") return refuse("paper.already_submitted");
      const document = "document" in command ? command.document : undefined;
      if (!document) return refuse("paper.unavailable");
      if (document.operative.length === 0) return refuse("paper.no_operative_clause");
      // Tabled as a draft resolution by the session itself (the chair's own command needs the chair).
      const tabled = decideTableDraft(
        state.procedure,
        { title: paper.title, sponsors: paper.authors },
        { ...ctx, actor: { role: "system" } },
      );
      if (!tabled.ok) return { ok: false, error: tabled.error };
      const draft = tabled.events.find((e) => e.type === "draft.tabled");
      const draftId = draft && "draft" in draft ? draft.draft.id : null;
      const writers = "writers" in command && command.writers ? { writers: command.writers } : {};
      const submitted: WorkingPaper = { ...paper, status: "submitted", submittedAt: at, document, draftId, ...writers };
      const loaded: LiveEvent = { type: "document.loaded", documentId: `paper:${paper.id}`, document, ...(draftId ? { draftId } : {}), at };
      return { ok: true, events: [{ type: "paper.submitted", paper: submitted, at }, ...tabled.events, loaded] };
    }
  }
}
