/**
 * What a simulated delegation thinks of a question, as a Stance (weights of support, oppose,
 * abstain), from its profile and the session's state. Each function applies an ordered list of
 * documented rules, first match wins (docs/simulated-delegations.md).
 */
import type { AmendmentState, MotionKind, VoteSubject } from "@/lib/procedure";
import { currentDocument, type LiveSessionState } from "@/lib/session";
import { CLAUSE_ID_SEPARATOR, type AmendmentOp, type ClauseId } from "@/lib/resolution/op";
import { clauseText, findClause } from "@/lib/resolution/tree";
import type { ResolutionDocument } from "@/lib/resolution/types";
import { STANCES, type BotProfile, type Stance } from "./profile";

export type StanceChoice = "support" | "oppose" | "abstain";

/** What one bot sees: the state, who it is, its profile, and the text as it stands. */
export interface BotView {
  state: LiveSessionState;
  member: string;
  profile: BotProfile;
  /** The draft as amended so far (null without a resolution document). */
  text: ResolutionDocument | null;
}

/** The amended text is computed only if a rule needs it (most decisions don't: not my turn…). */
export function viewOf(state: LiveSessionState, member: string, profile: BotProfile): BotView {
  let text: ResolutionDocument | null | undefined;
  return {
    state,
    member,
    profile,
    get text() {
      if (text === undefined) text = currentDocument(state);
      return text;
    },
  };
}

/** Picks support, oppose or abstain with probabilities proportional to the weights; `u` in [0, 1). */
export function sample(stance: Stance, u: number): StanceChoice {
  const total = stance.support + stance.oppose + stance.abstain;
  const x = u * total;
  if (x < stance.support) return "support";
  if (x < stance.support + stance.oppose) return "oppose";
  return "abstain";
}

/** For and against swapped: the stance on deleting what one holds this stance on. */
export function invert(stance: Stance): Stance {
  return { support: stance.oppose, oppose: stance.support, abstain: stance.abstain };
}

/** The weighted average of two stances (each normalised first). */
export function mix(a: Stance, b: Stance, weightOfA = 0.5): Stance {
  const na = normalise(a);
  const nb = normalise(b);
  const w = weightOfA;
  return {
    support: w * na.support + (1 - w) * nb.support,
    oppose: w * na.oppose + (1 - w) * nb.oppose,
    abstain: w * na.abstain + (1 - w) * nb.abstain,
  };
}

export function normalise(stance: Stance): Stance {
  const total = stance.support + stance.oppose + stance.abstain || 1;
  return { support: stance.support / total, oppose: stance.oppose / total, abstain: stance.abstain / total };
}

/** The likelier of yes and no (ties: yes) — for when abstaining is not allowed. */
export function leaning(stance: Stance): "support" | "oppose" {
  return stance.oppose > stance.support ? "oppose" : "support";
}

export function sponsorsDraft(state: LiveSessionState, member: string): boolean {
  return state.procedure.draft?.sponsors.includes(member) ?? false;
}

/** Lower case, accents stripped: « Sécurité » matches "securite". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The stance of the first topic whose keyword appears in `text`, or null. */
export function topicStance(profile: BotProfile, text: string): Stance | null {
  const folded = fold(text);
  for (const topic of profile.topics) if (topic.keywords.some((k) => folded.includes(fold(k)))) return topic.stance;
  return null;
}

/** "op2/b/ii" → ["op2/b/ii", "op2/b", "op2"]: the clause, then its ancestors. */
function selfAndAncestors(id: ClauseId): ClauseId[] {
  const parts = id.split(CLAUSE_ID_SEPARATOR);
  return parts.map((_, i) => parts.slice(0, parts.length - i).join(CLAUSE_ID_SEPARATOR));
}

function textOfClause(view: BotView, id: ClauseId): string | null {
  const doc = view.text ?? (view.state.document?.kind === "resolution" ? view.state.document : null);
  const found = doc ? findClause(doc, id) : null;
  return found ? clauseText(found.clause) : null;
}

/**
 * On keeping a clause: 1. the profile's stance on it (or on the nearest enclosing clause);
 * 2. a red line: oppose; 3. the first topic its text matches; 4. the stance on the draft.
 */
export function clauseStance(view: BotView, id: ClauseId): Stance {
  const { profile } = view;
  for (const candidate of selfAndAncestors(id)) {
    const explicit = profile.clauses[candidate];
    if (explicit) return explicit;
    if (profile.redLines.includes(candidate)) return STANCES.oppose;
  }
  const text = textOfClause(view, id);
  const topical = text === null ? null : topicStance(profile, text);
  return topical ?? profile.draft;
}

/** The red-line clauses still in the text as it stands. */
export function redLinesInText(view: BotView): ClauseId[] {
  if (!view.text) return [];
  const text = view.text;
  return view.profile.redLines.filter((id) => findClause(text, id) !== null);
}

/** On the draft: 1. a red line still in the text: oppose; 2. the profile's stance on the draft. */
export function draftStance(view: BotView): Stance {
  return redLinesInText(view).length > 0 ? STANCES.oppose : view.profile.draft;
}

/** The draft's sponsors wrote or welcomed it: "friendly" in the ordinary sense. */
function friendlyToDraft(view: BotView, amendment: AmendmentState): boolean {
  const sponsors = view.state.procedure.draft?.sponsors ?? [];
  return amendment.sponsors.some((s) => sponsors.includes(s)) || amendment.acceptedBy.length > 0;
}

function newText(op: AmendmentOp): string | null {
  return op.kind === "delete" ? null : op.text;
}

/** Protecting one's own text: a draft sponsor facing another delegation's amendment. */
const PROTECTIVE: Stance = { support: 0.1, oppose: 0.5, abstain: 0.4 };
/** Against an amendment rewriting one's own amendment. */
const DEFENSIVE: Stance = { support: 0, oppose: 0.7, abstain: 0.3 };
/** For a friend's amendment. */
const FRIENDLY: Stance = { support: 0.8, oppose: 0, abstain: 0.2 };

/**
 * On an amendment (first match wins):
 *  1. the profile's explicit stance on this amendment id;
 *  2. it sponsors the amendment: support;
 *  3. it sponsors the draft and the amendment comes from (or was accepted by) the draft's sponsors: support;
 *  4. a second-degree amendment rewriting an amendment it sponsors: lean against;
 *  5. the new text (add, replace) matches a topic: that topic's stance;
 *  6. the amendment's main sponsor is a friend: lean for;
 *  7. a deletion: the inverse of its stance on the clause (against deleting what it supports);
 *  8. friendly to the draft, and it does not sponsor the draft: its stance on the draft;
 *  9. a draft sponsor facing another delegation's addition or replacement: protective (lean against);
 * 10. a replacement: halfway between the inverse of its stance on the clause and "uncertain";
 * 11. otherwise (an addition): uncertain — mostly abstain.
 */
export function amendmentStance(view: BotView, amendment: AmendmentState): Stance {
  const { profile, member, state } = view;
  const explicit = profile.amendments[amendment.id];
  if (explicit) return explicit;
  if (amendment.sponsors.includes(member)) return STANCES.support;
  const sponsor = sponsorsDraft(state, member);
  const friendly = friendlyToDraft(view, amendment);
  if (sponsor && friendly) return STANCES.support;
  if (amendment.parentId !== null) {
    const parent = state.procedure.amendments.find((a) => a.id === amendment.parentId);
    if (parent?.sponsors.includes(member)) return DEFENSIVE;
  }
  const text = newText(amendment.op);
  const topical = text === null ? null : topicStance(profile, text);
  if (topical) return topical;
  const main = amendment.sponsors[0];
  if (main && profile.friends.includes(main)) return FRIENDLY;
  if (amendment.op.kind === "delete") return invert(clauseStance(view, amendment.op.targetId));
  if (friendly) return draftStance(view);
  if (sponsor) return PROTECTIVE;
  if (amendment.op.kind === "replace") return mix(invert(clauseStance(view, amendment.op.targetId)), STANCES.uncertain);
  return STANCES.uncertain;
}

/** On a procedural motion: 1. it moved it: support; 2. the profile's stance on that kind; 3. its default. */
export function motionStance(view: BotView, kind: MotionKind | null, proposer: string | null): Stance {
  if (proposer === view.member) return STANCES.support;
  return (kind ? view.profile.motions.kinds[kind] : undefined) ?? view.profile.motions.default;
}

/** On whatever a vote is about. */
export function subjectStance(view: BotView, subject: VoteSubject, motionKind: MotionKind | null): Stance {
  switch (subject.kind) {
    case "draft":
      return draftStance(view);
    case "part":
      return clauseStance(view, subject.clauseId);
    case "amendment": {
      const amendment = view.state.procedure.amendments.find((a) => a.id === subject.amendmentId);
      return amendment ? amendmentStance(view, amendment) : STANCES.uncertain;
    }
    case "motion": {
      const motion = view.state.procedure.motions.find((m) => m.id === subject.motionId);
      return motionStance(view, motion?.kind ?? motionKind, motion?.proposer ?? null);
    }
  }
}

/** A stable key for a question, so a bot's draw on it does not depend on when it is asked. */
export function subjectKey(subject: VoteSubject): string {
  switch (subject.kind) {
    case "draft":
      return "draft";
    case "part":
      return `part:${subject.clauseId}`;
    case "amendment":
      return `amendment:${subject.amendmentId}`;
    case "motion":
      return `motion:${subject.motionId}`;
  }
}
