/**
 * The procès-verbal of a session, rebuilt from its log: every event replayed with the same
 * reducer as the server and the browsers, and what happened written down as data (entries, the
 * record of every vote, the text as adopted, feedback per delegation). Pure.
 */
import { elapsedMs } from "@/lib/procedure/clock";
import { draftById, namedDraftId, orderedDrafts, subjectDraftId } from "@/lib/procedure/drafts";
import type { AmendmentState, DraftState, SessionState, VoteState, VoteSubject } from "@/lib/procedure/state";
import { tally, type Choice, type TallyOutcome } from "@/lib/procedure/tally";
import { currentDocument, draftDocument } from "@/lib/session/document";
import { reduceLive } from "@/lib/session/reduce";
import { EMPTY_LIVE_STATE, type LiveSessionState } from "@/lib/session/state";
import type { ResolutionDocument } from "@/lib/resolution/types";
import { DEFAULT_TIME_ZONE, isTimeZone } from "./dates";
import { feedbackFor } from "./feedback";
import type {
  AmendmentFate,
  AmendmentSummary,
  BallotRow,
  ClauseRef,
  Decisiveness,
  DraftLabel,
  LogEntry,
  Minutes,
  MinutesEntry,
  VoteRecord,
  VoteSubjectRef,
} from "./types";

/** Where a clause stands in `doc` (section and numbering path), or a ref without path if it is gone. */
export function clauseRef(doc: ResolutionDocument | null, id: string, fallbackSection: "preamble" | "operative" = "operative"): ClauseRef {
  if (doc) {
    for (const [section, list] of [
      ["preamble", doc.preamble],
      ["operative", doc.operative],
    ] as const) {
      for (let i = 0; i < list.length; i++) {
        const top = list[i]!;
        const label = section === "operative" && "number" in top ? String(top.number) : String(i + 1);
        const found = findPath(top, id, [label]);
        if (found) return { id, section, path: found };
      }
    }
  }
  return { id, section: id.startsWith("pp") ? "preamble" : id.startsWith("op") ? "operative" : fallbackSection, path: null };
}

function findPath(
  clause: { id: string; subClauses: Array<{ id: string; label: string; subClauses: unknown[] }> },
  id: string,
  path: string[],
): string[] | null {
  if (clause.id === id) return path;
  for (const sub of clause.subClauses) {
    const found = findPath(sub as never, id, [...path, sub.label]);
    if (found) return found;
  }
  return null;
}

export function summarizeAmendment(amendment: AmendmentState, doc: ResolutionDocument | null): AmendmentSummary {
  const op = amendment.op;
  const base = { id: amendment.id, kind: op.kind, sponsors: [...amendment.sponsors], parentId: amendment.parentId };
  if (op.kind === "add") {
    return {
      ...base,
      clause: op.parentId ? clauseRef(doc, op.parentId, op.section) : null,
      after: op.afterId ? clauseRef(doc, op.afterId, op.section) : null,
      section: op.section,
      text: op.text,
    };
  }
  return { ...base, clause: clauseRef(doc, op.targetId), after: null, section: null, text: op.kind === "replace" ? op.text : null };
}

function fateOf(amendment: AmendmentState): AmendmentFate {
  if (amendment.status === "moot") return { status: "moot", reason: amendment.moot?.reason ?? "parent-gone", by: amendment.moot?.by ?? "" };
  return { status: amendment.status };
}

function present(p: SessionState): number {
  return p.members.filter((m) => p.attendance[m] === "present" || p.attendance[m] === "present-and-voting").length;
}

const adopted = (o: TallyOutcome) => o.result === "adopted";

/**
 * Members whose vote decided the question: a permanent member's no that vetoed it, or any vote
 * that, cast otherwise, would have reversed the outcome (the tally re-run with that one ballot
 * changed) — the member's own hypothetical veto aside.
 */
export function decisiveVotes(p: SessionState, vote: VoteState, outcome: TallyOutcome): Record<string, Decisiveness> {
  const out: Record<string, Decisiveness> = {};
  if (!p.rules || vote.totals || outcome.withoutVote || outcome.result === "no-quorum") return out;
  const ballots: Record<string, Choice> = Object.fromEntries(Object.entries(vote.ballots).map(([m, b]) => [m, b.choice]));
  const run = (choices: Record<string, Choice>) =>
    tally({
      preset: p.rules!,
      questionKind: vote.questionKind,
      majority: vote.majority,
      ballots: choices,
      members: p.members,
      permanentMembers: p.permanentMembers,
      present: present(p),
    });
  // Only analyse what we can reproduce: the tally must give the outcome that was announced.
  const again = run(ballots);
  if (again.result !== outcome.result || again.counts.yes !== outcome.counts.yes || again.counts.no !== outcome.counts.no) return out;
  for (const [member, choice] of Object.entries(ballots)) {
    if (outcome.result === "vetoed" && choice === "no" && outcome.vetoedBy.includes(member)) {
      out[member] = { kind: "veto" };
      continue;
    }
    const alternatives: Choice[] =
      choice === "yes" ? ["no", "abstain"] : choice === "no" ? ["yes", "abstain"] : choice === "abstain" ? ["yes", "no"] : [];
    for (const instead of alternatives) {
      const other = run({ ...ballots, [member]: instead });
      // A margin is about counting votes: a permanent member's hypothetical veto is not one
      // (it would make every permanent member's yes "decisive" on every adopted draft).
      if (other.result === "vetoed" && other.vetoedBy.includes(member)) continue;
      if (adopted(other) !== adopted(outcome)) {
        out[member] = { kind: "margin", instead };
        break;
      }
    }
  }
  return out;
}

/** With several drafts, which one an entry or a vote is about; null in a one-draft session (its minutes read as before). */
function draftLabel(p: SessionState, draft: DraftState | null, sessionTitle: string, always = false): DraftLabel | null {
  if (!draft || (p.drafts.length < 2 && !always)) return null;
  return { symbol: draft.symbol, title: draft.title || sessionTitle };
}

function subjectRef(
  p: SessionState,
  subject: VoteSubject,
  motionKind: VoteState["motionKind"],
  doc: ResolutionDocument | null,
  motions: Map<string, string>,
  title = "",
): VoteSubjectRef {
  switch (subject.kind) {
    case "draft": {
      const draft = draftById(p, subjectDraftId(p, subject));
      const label = draftLabel(p, draft, title);
      return { kind: "draft", draftId: draft?.id ?? null, sponsors: [...(draft?.sponsors ?? [])], ...(label ? { label } : {}) };
    }
    case "amendment":
      return {
        kind: "amendment",
        amendmentId: subject.amendmentId,
        sponsors: [...(p.amendments.find((a) => a.id === subject.amendmentId)?.sponsors ?? [])],
      };
    case "part":
      return { kind: "part", clause: clauseRef(doc, subject.clauseId) };
    case "motion":
      return { kind: "motion", motionId: subject.motionId, motionKind, proposer: motions.get(subject.motionId) ?? null };
  }
}

function ballotRows(p: SessionState, vote: VoteState, published: Record<string, { choice: Choice; withRights: boolean }>): BallotRow[] {
  const order = [...p.members, ...Object.keys(published).filter((m) => !p.members.includes(m))];
  return order.filter((m) => published[m]).map((m) => ({ member: m, choice: published[m]!.choice, withRights: published[m]!.withRights }));
}

export interface BuildOptions {
  /** Title when the log has none (the session record's). */
  title?: string;
}

/** The writing of the working paper a tabled draft comes from: each writer and the clauses it wrote. */
function paperWriters(state: LiveSessionState, draftId: string): { writers?: Array<{ member: string; clauses: number }> } {
  const paper = Object.values(state.papers ?? {}).find((p) => p.draftId === draftId);
  if (!paper?.writers) return {};
  const counts = new Map<string, number>();
  for (const member of Object.values(paper.writers)) if (member !== "@chair") counts.set(member, (counts.get(member) ?? 0) + 1);
  return counts.size ? { writers: [...counts].map(([member, clauses]) => ({ member, clauses })) } : {};
}

export function buildMinutes(log: readonly LogEntry[], options: BuildOptions = {}): Minutes {
  let state: LiveSessionState = EMPTY_LIVE_STATE;
  const entries: MinutesEntry[] = [];
  const votes: VoteRecord[] = [];
  const motionProposer = new Map<string, string>();
  const motionKinds = new Map<string, MotionKindOf>();
  let openSpeech: Extract<MinutesEntry, { kind: "speech" }> | null = null;
  let rollCall: Extract<MinutesEntry, { kind: "roll-call" }> | null = null;
  let startedAt: number | null = null;
  let timeZone = DEFAULT_TIME_ZONE;
  let endedAt: number | null = null;

  const sorted = [...log].sort((a, b) => a.seq - b.seq);
  for (const { seq, at, event } of sorted) {
    const before = state;
    try {
      state = reduceLive(state, event);
    } catch {
      continue; // an event of a newer engine: skip it rather than lose the minutes
    }
    const p = state.procedure;
    const bp = before.procedure;
    const doc = () => currentDocument(before);
    const push = (entry: MinutesEntry) => entries.push(entry);
    if (event.type !== "attendance.recorded") rollCall = null;

    switch (event.type) {
      case "session.titled":
        if (event.timeZone && isTimeZone(event.timeZone)) timeZone = event.timeZone;
        break;
      case "session.created":
        push({
          kind: "session-created",
          seq,
          at,
          preset: event.config.preset,
          members: [...p.members],
          permanentMembers: [...p.permanentMembers],
          observers: [...p.observers],
        });
        break;
      case "attendance.recorded": {
        const attendance = p.members.map((m) => [m, p.attendance[m] ?? "absent"] as const);
        const summary = {
          present: attendance.filter(([, s]) => s === "present").map(([m]) => m),
          presentAndVoting: attendance.filter(([, s]) => s === "present-and-voting").map(([m]) => m),
          absent: attendance.filter(([, s]) => s === "absent").map(([m]) => m),
        };
        // Consecutive answers to the roll call make one entry.
        if (rollCall) Object.assign(rollCall, summary, { at });
        else {
          rollCall = { kind: "roll-call", seq, at, ...summary };
          push(rollCall);
        }
        break;
      }
      case "meeting.opened":
        startedAt ??= at;
        push({ kind: "meeting", seq, at, action: "opened", minutes: null, until: null });
        break;
      case "meeting.resumed":
        push({ kind: "meeting", seq, at, action: "resumed", minutes: null, until: null });
        break;
      case "meeting.suspended":
        push({ kind: "meeting", seq, at, action: "suspended", minutes: event.minutes, until: null });
        break;
      case "meeting.adjourned":
        endedAt = at;
        push({ kind: "meeting", seq, at, action: "adjourned", minutes: null, until: event.until });
        break;
      case "draft.tabled":
      case "draft.accepted":
      case "draft.returned":
      case "draft.introduced":
      case "draft.adopted":
      case "draft.rejected":
      case "draft.withdrawn":
      case "draft.referred":
      case "draft.signed": {
        const draft = draftById(p, event.type === "draft.tabled" ? event.draft.id : namedDraftId(p, event.draftId));
        const label = draftLabel(p, draft, state.title, ["draft.tabled", "draft.accepted", "draft.returned"].includes(event.type));
        push({
          kind: "draft",
          seq,
          at,
          action: event.type.slice("draft.".length) as "introduced",
          draftId: draft?.id ?? null,
          ...(label ? { label } : {}),
          ...(label && draft && (event.type === "draft.tabled" || event.type === "draft.introduced")
            ? { sponsors: [...draft.sponsors] }
            : {}),
          ...(event.type === "draft.returned" ? { comment: event.comment } : {}),
          ...(event.type === "draft.tabled" ? paperWriters(state, event.draft.id) : {}),
          member: "member" in event ? event.member : null,
          reason: event.type === "draft.rejected" ? event.reason : null,
          to: event.type === "draft.referred" ? event.to : null,
          withoutVote: event.type === "draft.adopted" ? event.withoutVote : false,
        });
        break;
      }
      case "amendment.submitted":
        push({
          kind: "amendment-submitted",
          seq,
          at,
          amendment: summarizeAmendment(
            { ...event.amendment, draftId: namedDraftId(p, event.amendment.draftId) ?? "" },
            event.amendment.draftId ? draftDocument(before, event.amendment.draftId) : doc(),
          ),
        });
        break;
      case "amendment.cosponsored":
        push({ kind: "amendment-cosponsored", seq, at, amendmentId: event.amendmentId, member: event.member });
        break;
      case "amendment.accepted":
      case "amendment.declined":
        push({
          kind: "amendment-answered",
          seq,
          at,
          amendmentId: event.amendmentId,
          member: event.member,
          accepted: event.type === "amendment.accepted",
        });
        break;
      case "amendment.adopted":
      case "amendment.rejected":
      case "amendment.incorporated":
      case "amendment.withdrawn":
        push({
          kind: "amendment-fate",
          seq,
          at,
          amendmentId: event.amendmentId,
          fate: { status: event.type.slice("amendment.".length) as "adopted" },
        });
        break;
      case "amendment.moot":
        push({
          kind: "amendment-fate",
          seq,
          at,
          amendmentId: event.amendmentId,
          fate: { status: "moot", reason: event.reason, by: event.by },
        });
        break;
      case "motion.proposed":
        motionProposer.set(event.motion.id, event.motion.proposer);
        motionKinds.set(event.motion.id, event.motion.kind);
        push({
          kind: "motion-proposed",
          seq,
          at,
          motionId: event.motion.id,
          motionKind: event.motion.kind,
          params: event.motion.params,
          member: event.motion.proposer,
        });
        break;
      case "motion.adopted":
      case "motion.rejected":
      case "motion.withdrawn":
      case "motion.ruled_out_of_order":
      case "motion.lapsed":
        push({
          kind: "motion-fate",
          seq,
          at,
          motionId: event.motionId,
          motionKind: motionKinds.get(event.motionId) ?? null,
          member: motionProposer.get(event.motionId) ?? null,
          fate: event.type === "motion.ruled_out_of_order" ? "ruled-out-of-order" : (event.type.slice("motion.".length) as "adopted"),
          withoutVote: event.type === "motion.adopted" ? event.withoutVote : false,
        });
        break;
      case "point.raised":
        push({
          kind: "point",
          seq,
          at,
          pointId: event.point.id,
          pointKind: event.point.kind,
          member: event.point.member,
          text: event.point.text,
        });
        break;
      case "point.resolved": {
        const point = p.points.find((x) => x.id === event.pointId);
        push({
          kind: "point-ruled",
          seq,
          at,
          pointId: event.pointId,
          pointKind: point?.kind ?? null,
          member: point?.member ?? null,
          ruling: event.ruling,
        });
        break;
      }
      case "ruling.overruled":
        push({ kind: "ruling-overruled", seq, at, pointId: event.pointId });
        break;
      case "speech.yielded":
        if (bp.speakers.current)
          push({ kind: "speech-yielded", seq, at, member: bp.speakers.current.member, to: event.to, toMember: event.member });
        break;
      case "caucus.started":
        push({ kind: "caucus", seq, at, caucusKind: event.kind, topic: event.topic, totalSeconds: event.totalSeconds });
        break;
      case "debate.closed":
      case "debate.adjourned":
        push({ kind: "debate", seq, at, action: event.type === "debate.closed" ? "closed" : "adjourned" });
        break;
      case "speakers.list_closed":
      case "speakers.list_reopened":
        push({ kind: "speakers", seq, at, action: event.type === "speakers.list_closed" ? "closed" : "reopened", seconds: null });
        break;
      case "speakers.time_set":
        push({ kind: "speakers", seq, at, action: "time-set", seconds: event.seconds });
        break;
      case "division.granted":
        push({ kind: "division", seq, at, parts: event.parts.map((part) => clauseRef(doc(), part.clauseId, part.section)) });
        break;
      case "vote.closed": {
        const vote = bp.vote;
        if (!vote) break;
        const record: VoteRecord = {
          index: votes.length,
          seq,
          at,
          openedAt: vote.openedAt,
          subject: subjectRef(bp, vote.subject, vote.motionKind, doc(), motionProposer, before.title),
          method: vote.method,
          questionKind: vote.questionKind,
          majority: vote.majority,
          outcome: event.outcome,
          ballots: event.ballots ? ballotRows(bp, vote, event.ballots) : null,
          eligible: [...vote.eligible],
          decisive: event.ballots ? decisiveVotes(bp, vote, event.outcome) : {},
          reconsidered: false,
        };
        votes.push(record);
        push({ kind: "vote", seq, at, vote: record.index });
        break;
      }
      case "vote.cancelled": {
        const vote = bp.vote;
        push({
          kind: "vote-cancelled",
          seq,
          at,
          subject: vote ? subjectRef(bp, vote.subject, vote.motionKind, doc(), motionProposer, before.title) : null,
          reason: event.reason,
          requestedBy: vote?.requestedBy ?? null,
        });
        break;
      }
      case "decision.reconsidered": {
        // Decisions and closed votes are appended together, so the indexes match.
        const record = votes[event.decisionIndex];
        if (record) record.reconsidered = true;
        push({ kind: "reconsidered", seq, at, vote: record ? record.index : null });
        break;
      }
      default:
        break;
    }

    // Speeches: whoever holds the floor, from the moment they get it to the moment they lose it.
    const prev = bp.speakers.current;
    const cur = p.speakers.current;
    if (openSpeech && prev && (event.type === "speech.started" || !cur || cur.member !== prev.member)) {
      openSpeech.durationMs = elapsedMs(prev.clock, at);
      openSpeech = null;
    }
    if (cur && !openSpeech) {
      openSpeech = { kind: "speech", seq, at, member: cur.member, durationMs: null, yieldedBy: cur.yieldedBy };
      // Before the entry of the same event (a yield), after it otherwise.
      entries.push(openSpeech);
    }
  }
  // A speech still running at the end of the log: its time so far.
  const last = sorted.at(-1);
  if (openSpeech && state.procedure.speakers.current && last)
    openSpeech.durationMs = elapsedMs(state.procedure.speakers.current.clock, last.at);

  const p = state.procedure;
  const document = currentDocument(state);
  const minutes: Minutes = {
    title: state.title || options.title || "",
    timeZone,
    organ: state.organ,
    members: [...p.members],
    permanentMembers: [...p.permanentMembers],
    observers: [...p.observers],
    sponsors: [...(p.draft?.sponsors ?? [])],
    attendance: { ...p.attendance },
    startedAt,
    endedAt: endedAt ?? last?.at ?? null,
    entries,
    votes,
    document,
    draftStatus: p.draft?.status ?? null,
    draftId: p.draft?.id ?? null,
    drafts: orderedDrafts(p).map((d) => ({
      draftId: d.id,
      label: { symbol: d.symbol, title: d.title || state.title || options.title || d.id },
      status: d.status,
      sponsors: [...d.sponsors],
      document: draftDocument(state, d.id),
    })),
    feedback: [],
  };
  const amendments = p.amendments.map((a) => ({
    summary: summaryFromEntries(entries, a) ?? summarizeAmendment(a, document),
    fate: fateOf(a),
  }));
  minutes.feedback = feedbackFor(minutes, amendments, p);
  return minutes;
}

type MotionKindOf = Extract<MinutesEntry, { kind: "motion-proposed" }>["motionKind"];

/** The amendment as described when it was submitted (clause numbers of the time), with its final sponsors. */
function summaryFromEntries(entries: readonly MinutesEntry[], amendment: AmendmentState): AmendmentSummary | null {
  const submitted = entries.find(
    (e): e is Extract<MinutesEntry, { kind: "amendment-submitted" }> => e.kind === "amendment-submitted" && e.amendment.id === amendment.id,
  );
  return submitted ? { ...submitted.amendment, sponsors: [...amendment.sponsors] } : null;
}
