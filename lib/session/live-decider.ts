/**
 * Deciding a command of a live session. The rules engine decides procedure — given as a function:
 * the server's `decide` validates every command, the browser's `checkCommand` leaves the validators
 * (and zod) out of its download. This layer adds what needs the document — an amendment must apply to the text as it stands (its target exists, its
 * position is valid), and its distance from the original (for the voting order, rule 90) is
 * measured here rather than trusted from the client — and the private drafting of amendments.
 */
import type { Command } from "@/lib/procedure/commands";
import type { DecideContext, Decision } from "@/lib/procedure/decide-kit";
import type { DomainError } from "@/lib/procedure/errors";
import type { SessionState } from "@/lib/procedure/state";
import { applyAmendment } from "@/lib/resolution/amend";
import { distance } from "@/lib/resolution/diff";
import type { AmendmentOp } from "@/lib/resolution/op";
import type { LiveCommand, SessionLayerCommand } from "./commands";
import { decideTableDraft } from "@/lib/procedure/decide-session";
import { draftById, firstDraftId } from "@/lib/procedure/drafts";
import { currentDocument, draftDocument } from "./document";
import type { LiveEvent } from "./events";
import type { DraftAmendment, LiveSessionState } from "./state";
import { decidePaper } from "./paper-decider";

export type LiveContext = DecideContext;

export type LiveDecision = { ok: true; events: LiveEvent[] } | { ok: false; error: DomainError };

const refuse = (code: string, params?: Record<string, string | number>): LiveDecision => ({
  ok: false,
  error: (params ? { code, params } : { code }) as DomainError,
});

export type ProcedureDecider = (state: SessionState, command: Command, ctx: DecideContext) => Decision;

export function liveDecider(decideProcedure: ProcedureDecider) {
  function decideLive(state: LiveSessionState, command: LiveCommand, ctx: LiveContext): LiveDecision {
    switch (command.type) {
      case "amendment.draft.save":
      case "amendment.draft.discard":
      case "amendment.draft.submit":
        return decideDraft(decideLive, state, command, ctx);
      case "paper.start":
      case "paper.invite":
      case "paper.join":
      case "paper.leave":
      case "paper.submit":
        return decidePaper({ ...state, papers: state.papers ?? {} }, command, ctx);
      case "simulation.configure": {
        if (ctx.actor.role !== "chair") return refuse("auth.chair_only");
        const stranger = [...command.members, ...Object.keys(command.stances)].find((m) => !state.procedure.members.includes(m));
        if (stranger) return refuse("auth.unknown_member", { member: stranger });
        const simulation = {
          members: [...new Set(command.members)],
          seed: command.seed,
          stances: command.stances,
          running: command.running,
        };
        return { ok: true, events: [{ type: "simulation.configured", simulation, at: ctx.now }] };
      }
      case "amendment.submit": {
        const checked = checkOp(state, command.op, command.parentId ?? null, command.draftId);
        if (!checked.ok) return checked;
        return procedure(state, { ...command, distance: checked.distance }, ctx);
      }
      case "draft.table": {
        const { type: _type, documentId, document, ...input } = command;
        const tabled = decideTableDraft(state.procedure, input, ctx);
        if (!tabled.ok) return tabled;
        const draftId = tabled.events.find((e) => e.type === "draft.tabled")!.draft.id;
        const loaded: LiveEvent = { type: "document.loaded", documentId, document, draftId, at: ctx.now };
        return { ok: true, events: [...tabled.events, loaded] };
      }
      default:
        return procedure(state, command, ctx);
    }
  }

  function procedure(state: LiveSessionState, command: Command, ctx: LiveContext): LiveDecision {
    const decision = decideProcedure(state.procedure, command, ctx);
    return decision.ok ? { ok: true, events: decision.events } : { ok: false, error: decision.error };
  }

  return decideLive;
}

type Checked = { ok: true; distance: number } | { ok: false; error: DomainError };

/** Does the operation apply to the text of its draft (by default the draft on the floor) as it stands? And how far does it move it? */
function checkOp(state: LiveSessionState, op: AmendmentOp, parentId: string | null, draftId: string | undefined, measure = true): Checked {
  if (draftId !== undefined && !draftById(state.procedure, draftId)) return refuse("draft.unknown", { draftId }) as Checked;
  const doc = draftId === undefined ? currentDocument(state) : draftDocument(state, draftId);
  if (!doc) return refuse("draft.none") as Checked;
  if (parentId) {
    // A second-degree amendment amends its parent: it must touch the same clause.
    const parent = state.procedure.amendments.find((a) => a.id === parentId);
    if (parent && touched(parent.op) !== touched(op)) return refuse("amendment.not_same_clause", { amendmentId: parentId }) as Checked;
  }
  const trial = applyAmendment(doc, op, "trial");
  if (!trial.ok) return { ok: false, error: { code: trial.error.code, params: trial.error.params } as DomainError };
  return { ok: true, distance: measure ? distance(doc, op) : 0 };
}

function touched(op: AmendmentOp): string {
  return op.kind === "add" ? `${op.section}:${op.parentId ?? ""}:${op.afterId ?? ""}` : op.targetId;
}

/**
 * A new draft's id, from its author and the time: deterministic on replay, and it needs no counter
 * in the shared state (a counter of private drafts would differ between what each delegation saw).
 */
function newDraftId(state: LiveSessionState, author: string, now: number): string {
  const base = `${author}-${now.toString(36)}`;
  let id = base;
  for (let n = 2; Object.hasOwn(state.drafts, id); n++) id = `${base}-${n}`;
  return id;
}

/** A draft by id, own properties only: "constructor" or "__proto__" name no draft. */
function ownDraft(state: LiveSessionState, draftId: string): DraftAmendment | undefined {
  return Object.hasOwn(state.drafts, draftId) ? state.drafts[draftId] : undefined;
}

/**
 * Private amendment drafts a delegation may keep at once: each is in the session's state (and its
 * snapshots) until it is submitted or discarded, up to 5 000 characters, so their number is
 * bounded like everything a student can make the server keep.
 */
export const MAX_DRAFT_AMENDMENTS_PER_MEMBER = 20;

function decideDraft(
  decideLive: (state: LiveSessionState, command: LiveCommand, ctx: LiveContext) => LiveDecision,
  state: LiveSessionState,
  command: Extract<SessionLayerCommand, { type: `amendment.draft.${string}` }>,
  ctx: LiveContext,
): LiveDecision {
  if (ctx.actor.role !== "delegation") return refuse("amendment.draft_delegations_only");
  const me = ctx.actor.member;
  if (!state.procedure.members.includes(me)) return refuse("auth.unknown_member", { member: me });

  if (command.type === "amendment.draft.save") {
    const existing = command.draftId ? ownDraft(state, command.draftId) : undefined;
    if (command.draftId && !existing) return refuse("amendment.draft_unknown", { draftId: command.draftId });
    if (existing && !existing.sponsors.includes(me)) return refuse("amendment.draft_unknown", { draftId: existing.id });
    if (!existing && Object.values(state.drafts).filter((d) => d.sponsors.includes(me)).length >= MAX_DRAFT_AMENDMENTS_PER_MEMBER)
      return refuse("amendment.draft_too_many", { limit: MAX_DRAFT_AMENDMENTS_PER_MEMBER });
    // Only that it applies: its distance is measured once, at submission, not on every save.
    // The draft resolution it amends is fixed at the first save.
    const onDraft = existing ? existing.onDraft : (command.onDraft ?? state.procedure.draft?.id);
    const checked = checkOp(state, command.op, command.parentId ?? null, onDraft, false);
    if (!checked.ok) return checked;
    const draft: DraftAmendment = {
      id: existing?.id ?? newDraftId(state, me, ctx.now),
      // Drafts saved before co-sponsors were dropped from draft.save keep the sponsors they had.
      sponsors: existing?.sponsors ?? [me],
      op: command.op,
      parentId: command.parentId ?? null,
      ...(onDraft !== undefined && onDraft !== firstDraftId(state.procedure) ? { onDraft } : {}),
      updatedAt: ctx.now,
    };
    return { ok: true, events: [{ type: "amendment.draft_saved", draft, at: ctx.now }] };
  }
  const draft = ownDraft(state, command.draftId);
  if (!draft || !draft.sponsors.includes(me)) return refuse("amendment.draft_unknown", { draftId: command.draftId });
  const discarded = (submittedAs: string | null): LiveEvent => ({
    type: "amendment.draft_discarded",
    draftId: draft.id,
    sponsors: draft.sponsors,
    submittedAs,
    at: ctx.now,
  });
  if (command.type === "amendment.draft.discard") return { ok: true, events: [discarded(null)] };

  const submitted = decideLive(
    state,
    {
      type: "amendment.submit",
      op: draft.op,
      ...(draft.parentId ? { parentId: draft.parentId } : {}),
      // Saved without `onDraft`: the session's first draft.
      draftId: draft.onDraft ?? firstDraftId(state.procedure) ?? undefined,
    },
    ctx,
  );
  if (!submitted.ok) return submitted;
  const amendment = submitted.events.find((e) => e.type === "amendment.submitted");
  const id = amendment && "amendment" in amendment ? amendment.amendment.id : null;
  return { ok: true, events: [...submitted.events, discarded(id)] };
}
