/**
 * reduce(state, event) → state. Pure; never throws on events decide produced, and returns the
 * state unchanged for events that do not apply (e.g. a speech event with nobody speaking). An
 * event of a type this engine does not know (a log written by a newer version) reaches
 * assertNever and throws: better to stop than to rebuild a wrong state silently.
 */
import { assertNever } from "../util/assert-never";
import { pauseClock, remainingMs, resumeClock, startClock } from "./clock";
import type { SessionEvent } from "./events";
import type { AmendmentState, Ballot, DraftState, DraftStatus, MotionState, SessionState } from "./state";
import { EMPTY_STATE } from "./state";
import { withFloor } from "./reduce-floor";
import { namedDraftId, withFloorDraft } from "./drafts";

function updateAmendment(state: SessionState, id: string, patch: (a: AmendmentState) => AmendmentState): SessionState {
  return { ...state, amendments: state.amendments.map((a) => (a.id === id ? patch(a) : a)) };
}

function updateMotion(state: SessionState, id: string, patch: (m: MotionState) => MotionState): SessionState {
  return { ...state, motions: state.motions.map((m) => (m.id === id ? patch(m) : m)) };
}

function removeMotion(state: SessionState, id: string): SessionState {
  return { ...state, motions: state.motions.filter((m) => m.id !== id) };
}

/** Changes the draft an event names (absent `draftId`: the first draft). */
function updateDraft(state: SessionState, draftId: string | undefined, patch: (d: DraftState) => DraftState): SessionState {
  const id = namedDraftId(state, draftId);
  return { ...state, drafts: state.drafts.map((d) => (d.id === id ? patch(d) : d)) };
}

function setDraftStatus(state: SessionState, draftId: string | undefined, status: DraftStatus): SessionState {
  return updateDraft(state, draftId, (d) => ({ ...d, status }));
}

/** A speech or caucus stops when the meeting stops. */
function haltClocks(state: SessionState, at: number): SessionState {
  const current = state.speakers.current;
  return {
    ...state,
    speakers: { ...state.speakers, current: current ? { ...current, clock: pauseClock(current.clock, at) } : null },
    caucus: state.caucus ? { ...state.caucus, clock: pauseClock(state.caucus.clock, at) } : null,
  };
}

export function reduce(state: SessionState, event: SessionEvent): SessionState {
  return withFloor(state, withFloorDraft(reduceEvent(state, event)), event);
}

function reduceEvent(state: SessionState, event: SessionEvent): SessionState {
  const at = event.at;
  switch (event.type) {
    case "session.created": {
      const { config, rules } = event;
      const draft = config.draft;
      return {
        ...EMPTY_STATE,
        created: true,
        config,
        rules,
        members: config.members,
        permanentMembers: config.permanentMembers,
        observers: config.observers,
        drafts: draft
          ? [
              {
                id: draft.id,
                title: "",
                symbol: null,
                needsAcceptance: false,
                returnComment: null,
                sponsors: draft.sponsors,
                signatories: draft.signatories ?? [],
                important: draft.important ?? false,
                status: "submitted",
                amended: false,
                removedParts: [],
              },
            ]
          : [],
        draftOrder: draft ? [draft.id] : [],
        speakers: { ...EMPTY_STATE.speakers, speakingTimeSeconds: rules.speakers.defaultSpeakingTimeSeconds },
      };
    }
    case "settings.changed":
      return state.config ? { ...state, config: { ...state.config, overrides: event.overrides }, rules: event.rules } : state;
    case "members.changed": {
      const all = [...event.members, ...event.observers];
      const attendance = Object.fromEntries(Object.entries(state.attendance).filter(([m]) => all.includes(m)));
      return {
        ...state,
        members: event.members,
        permanentMembers: event.permanentMembers,
        observers: event.observers,
        attendance,
        parties: state.parties.filter((m) => event.members.includes(m)),
        config: state.config
          ? { ...state.config, members: event.members, permanentMembers: event.permanentMembers, observers: event.observers }
          : null,
      };
    }
    case "attendance.recorded":
      return { ...state, attendance: { ...state.attendance, ...event.entries } };
    case "parties.marked":
      return { ...state, parties: event.members };
    case "meeting.opened":
      return { ...state, meeting: "open", caucus: null };
    case "meeting.suspended":
      return { ...haltClocks(state, at), meeting: "suspended" };
    case "meeting.resumed": {
      const current = state.speakers.current;
      return {
        ...state,
        meeting: "open",
        speakers: { ...state.speakers, current: current ? { ...current, clock: resumeClock(current.clock, at) } : null },
        caucus: state.caucus ? { ...state.caucus, clock: resumeClock(state.caucus.clock, at) } : null,
      };
    }
    case "meeting.adjourned":
      return {
        ...state,
        meeting: "adjourned",
        motions: [],
        caucus: null,
        speakers: { ...state.speakers, current: null },
      };
    case "draft.tabled": {
      const { draft } = event;
      const tabled: DraftState = {
        ...draft,
        symbol: null,
        needsAcceptance: true,
        returnComment: null,
        status: "submitted",
        amended: false,
        removedParts: [],
      };
      return { ...state, drafts: [...state.drafts, tabled], draftOrder: [...state.draftOrder, draft.id] };
    }
    case "draft.accepted":
      return updateDraft(state, event.draftId, (d) => ({ ...d, status: "accepted", symbol: event.symbol }));
    case "draft.returned":
      return updateDraft(state, event.draftId, (d) => ({ ...d, status: "returned", returnComment: event.comment }));
    case "draft.signed":
      return updateDraft(state, event.draftId, (d) => ({ ...d, signatories: [...d.signatories, event.member] }));
    case "draft.introduced":
      return setDraftStatus(state, event.draftId, "introduced");
    case "draft.withdrawn":
      return setDraftStatus(state, event.draftId, "withdrawn");
    case "draft.adopted":
      return setDraftStatus(state, event.draftId, "adopted");
    case "draft.rejected":
      return setDraftStatus(state, event.draftId, "rejected");
    case "draft.referred":
      return { ...setDraftStatus(state, event.draftId, "referred"), debate: "adjourned" };
    case "drafts.reordered":
      return { ...state, draftOrder: event.order };
    case "debate.closed":
      return { ...state, debate: "closed", speakers: { ...state.speakers, queue: [], open: false } };
    case "debate.adjourned":
      return { ...state, debate: "adjourned", speakers: { ...state.speakers, current: null } };
    case "speakers.added":
      return { ...state, speakers: { ...state.speakers, queue: [...state.speakers.queue, event.member] } };
    case "speakers.removed":
      return { ...state, speakers: { ...state.speakers, queue: state.speakers.queue.filter((m) => m !== event.member) } };
    case "speakers.list_closed":
      return { ...state, speakers: { ...state.speakers, open: false } };
    case "speakers.list_reopened":
      return { ...state, speakers: { ...state.speakers, open: true } };
    case "speakers.time_set":
      return { ...state, speakers: { ...state.speakers, speakingTimeSeconds: event.seconds } };
    case "speech.started":
      return {
        ...state,
        speakers: {
          ...state.speakers,
          queue: state.speakers.queue.filter((m) => m !== event.member),
          current: { member: event.member, clock: startClock(event.durationMs, at), yielded: null, yieldedBy: null },
        },
      };
    case "speech.yielded": {
      const current = state.speakers.current;
      if (!current) return state;
      const to = event.to;
      switch (to) {
        case "chair":
          return { ...state, speakers: { ...state.speakers, current: null } };
        case "questions":
          return { ...state, speakers: { ...state.speakers, current: { ...current, yielded: "questions" } } };
        case "delegation":
          return {
            ...state,
            speakers: {
              ...state.speakers,
              current: {
                member: event.member ?? current.member,
                clock: startClock(event.remainingMs ?? remainingMs(current.clock, at), at),
                yielded: "delegation",
                yieldedBy: current.member,
              },
            },
          };
        default:
          return assertNever(to, "yield");
      }
    }
    case "speech.paused":
    case "speech.resumed": {
      const current = state.speakers.current;
      if (!current) return state;
      const clock = event.type === "speech.paused" ? pauseClock(current.clock, at) : resumeClock(current.clock, at);
      return { ...state, speakers: { ...state.speakers, current: { ...current, clock } } };
    }
    case "speech.ended":
      return { ...state, speakers: { ...state.speakers, current: null } };
    case "caucus.started":
      return {
        ...state,
        caucus: {
          kind: event.kind,
          topic: event.topic,
          speakerSeconds: event.speakerSeconds,
          clock: startClock(event.totalSeconds * 1000, at),
        },
      };
    case "caucus.paused":
      return state.caucus ? { ...state, caucus: { ...state.caucus, clock: pauseClock(state.caucus.clock, at) } } : state;
    case "caucus.resumed":
      return state.caucus ? { ...state, caucus: { ...state.caucus, clock: resumeClock(state.caucus.clock, at) } } : state;
    case "caucus.ended":
      return { ...state, caucus: null, speakers: { ...state.speakers, current: null } };
    case "motion.proposed":
      return { ...state, motions: [...state.motions, event.motion], counters: { ...state.counters, motion: state.counters.motion + 1 } };
    case "motion.seconded":
      return updateMotion(state, event.motionId, (m) => ({ ...m, status: "pending", secondedBy: event.member }));
    case "motion.objected":
      return updateMotion(state, event.motionId, (m) => ({ ...m, objectedBy: [...m.objectedBy, event.member] }));
    case "motion.speaker_added":
      return updateMotion(state, event.motionId, (m) =>
        event.side === "for"
          ? { ...m, speakersFor: [...m.speakersFor, event.member] }
          : { ...m, speakersAgainst: [...m.speakersAgainst, event.member] },
      );
    case "motion.withdrawn":
    case "motion.ruled_out_of_order":
    case "motion.adopted":
    case "motion.rejected":
    case "motion.lapsed":
      return removeMotion(state, event.motionId);
    case "point.raised":
      return { ...state, points: [...state.points, event.point], counters: { ...state.counters, point: state.counters.point + 1 } };
    case "point.resolved":
      return { ...state, points: state.points.map((p) => (p.id === event.pointId ? { ...p, ruling: event.ruling } : p)) };
    case "ruling.overruled":
      return { ...state, points: state.points.map((p) => (p.id === event.pointId ? { ...p, overruled: true } : p)) };
    case "amendment.submitted":
      return {
        ...state,
        amendments: [...state.amendments, { ...event.amendment, draftId: namedDraftId(state, event.amendment.draftId) ?? "" }],
        counters: { ...state.counters, amendment: state.counters.amendment + 1 },
      };
    case "amendment.cosponsored":
      return updateAmendment(state, event.amendmentId, (a) => ({ ...a, sponsors: [...a.sponsors, event.member] }));
    case "amendment.accepted":
      return updateAmendment(state, event.amendmentId, (a) => ({ ...a, acceptedBy: [...a.acceptedBy, event.member] }));
    case "amendment.declined":
      return updateAmendment(state, event.amendmentId, (a) => ({ ...a, declinedBy: [...a.declinedBy, event.member] }));
    case "amendment.incorporated":
    case "amendment.adopted":
      return applyAmendment(state, event.amendmentId, event.type === "amendment.adopted" ? "adopted" : "incorporated");
    case "amendment.withdrawn":
      return updateAmendment(state, event.amendmentId, (a) => ({ ...a, status: "withdrawn" }));
    case "amendment.rejected":
      return updateAmendment(state, event.amendmentId, (a) => ({ ...a, status: "rejected" }));
    case "amendment.moot":
      return updateAmendment(state, event.amendmentId, (a) => ({ ...a, status: "moot", moot: { reason: event.reason, by: event.by } }));
    case "amendments.reordered": {
      // One draft's order at a time: the other drafts' amendments keep the order already set.
      const kept = (state.amendmentOrder ?? []).filter((id) => !event.order.includes(id));
      return { ...state, amendmentOrder: [...event.order, ...kept] };
    }
    case "division.granted": {
      const { parts, operativeClauses } = event;
      return { ...state, division: { ...(event.draftId ? { draftId: event.draftId } : {}), parts, operativeClauses, decided: {} } };
    }
    case "part.adopted":
    case "part.rejected": {
      if (!state.division) return state;
      const adopted = event.type === "part.adopted";
      const division = { ...state.division, decided: { ...state.division.decided, [event.clauseId]: adopted } };
      const next = { ...state, division };
      return adopted ? next : updateDraft(next, event.draftId, (d) => ({ ...d, removedParts: [...d.removedParts, event.clauseId] }));
    }
    case "vote.opened":
      return { ...state, vote: event.vote, nextVoteMethod: event.vote.subject.kind === "motion" ? state.nextVoteMethod : null };
    case "vote.cast":
      return state.vote
        ? {
            ...state,
            vote: {
              ...state.vote,
              ballots: { ...state.vote.ballots, [event.member]: { choice: event.choice, withRights: event.withRights } },
            },
          }
        : state;
    case "vote.totals_recorded":
      return state.vote ? { ...state, vote: { ...state.vote, totals: event.totals } } : state;
    case "vote.requested":
      return state.vote ? { ...state, vote: { ...state.vote, requestedBy: event.member } } : state;
    case "vote.closed": {
      const vote = state.vote;
      if (!vote) return state;
      const record = {
        subject: vote.subject,
        motionKind: vote.motionKind,
        method: vote.method,
        outcome: event.outcome,
        ballots: event.ballots,
        reconsidered: false,
        at,
      };
      return { ...state, vote: null, decisions: [...state.decisions, record] };
    }
    case "vote.cancelled":
      return { ...state, vote: null };
    case "vote.method_set":
      return { ...state, nextVoteMethod: event.method };
    case "decision.reconsidered":
      return reconsider(state, event.decisionIndex);
    case "projection.changed":
      return state; // the floor's memory only (reduce-floor.ts)
    default:
      return assertNever(event, "event");
  }
}

/** An adopted first-degree amendment amends the draft; a second-degree one rewrites its parent. */
function applyAmendment(state: SessionState, id: string, status: "adopted" | "incorporated"): SessionState {
  const amendment = state.amendments.find((a) => a.id === id);
  if (!amendment) return state;
  let next = updateAmendment(state, id, (a) => ({ ...a, status }));
  if (amendment.parentId === null) {
    next = updateDraft(next, amendment.draftId, (d) => ({ ...d, amended: true }));
  } else {
    next = updateAmendment(next, amendment.parentId, (p) => ({ ...p, op: amendment.op, amended: true }));
  }
  return next;
}

/** Rule 81: the question is put again; amendments it made moot come back. */
function reconsider(state: SessionState, index: number): SessionState {
  const decision = state.decisions[index];
  if (!decision) return state;
  const decisions = state.decisions.map((d, i) => (i === index ? { ...d, reconsidered: true } : d));
  const subject = decision.subject;
  if (subject.kind === "draft") return { ...setDraftStatus(state, subject.draftId, "introduced"), decisions };
  if (subject.kind !== "amendment") return { ...state, decisions };
  const id = subject.amendmentId;
  const amendments = state.amendments.map((a) =>
    a.id === id || (a.status === "moot" && a.moot?.by === id) ? { ...a, status: "pending" as const, moot: null } : a,
  );
  return { ...state, amendments, decisions };
}

/**
 * State of a session rebuilt from its log: the same as `events.reduce(reduce, from)`, faster on a
 * long log. Each ballot of a 193-member vote would copy the ballots so far (V8 copies an object of
 * that many keys slowly: ~20 µs), so a rebuild copies them once per vote and fills the copy in
 * place. Only the returned state is ever seen, and only `vote.cast` touches a vote's ballots, so
 * the copy is shared with nothing (a property test holds replay equal to the fold).
 */
export function replay(events: readonly SessionEvent[], from: SessionState = EMPTY_STATE): SessionState {
  let state = from;
  let owned: Record<string, Ballot> | null = null;
  for (const event of events) {
    if (event.type === "vote.cast" && state.vote) {
      if (state.vote.ballots !== owned) owned = { ...state.vote.ballots };
      owned[event.member] = { choice: event.choice, withRights: event.withRights };
      state = { ...state, vote: { ...state.vote, ballots: owned } };
    } else {
      state = reduce(state, event);
    }
  }
  return state;
}
