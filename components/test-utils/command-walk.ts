/**
 * What the rules engine accepts, found by walking a session: a scripted session under a preset
 * passes through every phase (roll call, signatures, debate, speech, motions, votes, decision,
 * caucus, points, amendments, suspension), and at each step every command type is tried, with
 * the payloads the state makes sensible, from the chair and from the delegations concerned.
 * The result is the set of (command type, role) pairs the engine accepts somewhere in a session.
 */
import type { MotionRequest } from "@/lib/procedure/commands";
import { SECURITY_COUNCIL_2026 } from "@/lib/procedure/members";
import { POINT_KINDS } from "@/lib/procedure/preset-kinds";
import type { PresetId } from "@/lib/procedure/presets";
import { seedResolution } from "@/lib/resolution/test-utils/seeds";
import { decideLive } from "@/lib/session/decide";
import { newSessionEvents } from "@/lib/session/create";
import { currentDocument } from "@/lib/session/document";
import { reduceLive, replayLive } from "@/lib/session/reduce";
import type { LiveCommand } from "@/lib/session/commands";
import type { LiveSessionState } from "@/lib/session/state";
import { amendmentQueue } from "@/lib/session/selectors";

type Type = LiveCommand["type"];
type Probe = (s: LiveSessionState, member: string | undefined) => LiveCommand[];
export type Role = "chair" | "delegation";
/** A pair the engine accepted; `onBehalf`: sent by the chair naming a delegation (`member`). */
export interface Accepted {
  type: Type;
  role: Role;
  onBehalf: boolean;
}

const MOTIONS: MotionRequest[] = [
  { kind: "suspend", minutes: 10 },
  { kind: "adjourn" },
  { kind: "adjourn-to", until: "demain" },
  { kind: "refer", to: "Commission" },
  { kind: "postpone" },
  { kind: "adjourn-debate" },
  { kind: "close-debate" },
  { kind: "close-speakers-list" },
  { kind: "reopen-speakers-list" },
  { kind: "set-speaking-time", seconds: 60 },
  { kind: "moderated-caucus", totalSeconds: 600, speakerSeconds: 60, topic: "IA" },
  { kind: "unmoderated-caucus", totalSeconds: 600 },
  { kind: "roll-call-vote" },
];

const op = (s: LiveSessionState) => {
  const clause = currentDocument(s)?.operative[0];
  return clause ? [{ kind: "replace" as const, targetId: clause.id, text: "Décide de rester saisi de la question." }] : [];
};
const motionIds = (s: LiveSessionState) => s.procedure.motions.map((m) => m.id);
const amendmentIds = (s: LiveSessionState) => s.procedure.amendments.map((a) => a.id);
const on = (member: string | undefined) => (member ? { member } : {});

/** Every command type, with the payloads worth trying in a state (the Record makes a new type fail to compile until listed). */
const PROBES: Record<Type, Probe> = {
  "session.create": () => [],
  "settings.override": () => [{ type: "settings.override", overrides: { amendments: { friendlyAllowed: true } } }],
  "members.set": (s) => [{ type: "members.set", members: s.procedure.members }],
  "attendance.record": (s, m) => [{ type: "attendance.record", entries: { [m ?? s.procedure.members[0]!]: "present" } }],
  "parties.mark": (s) => [{ type: "parties.mark", members: s.procedure.members.slice(0, 1) }],
  "meeting.open": () => [{ type: "meeting.open" }],
  "meeting.suspend": () => [{ type: "meeting.suspend", minutes: 5 }],
  "meeting.resume": () => [{ type: "meeting.resume" }],
  "meeting.adjourn": () => [{ type: "meeting.adjourn" }],
  "draft.sign": (_s, m) => [{ type: "draft.sign", ...on(m) }],
  "draft.introduce": () => [{ type: "draft.introduce" }],
  "draft.withdraw": () => [{ type: "draft.withdraw" }],
  // Tabling needs a document: the chair does it from the drafts panel (import or library).
  "draft.table": () => [],
  "draft.accept": (s) => s.procedure.drafts.map((d) => ({ type: "draft.accept", draftId: d.id })),
  "draft.return": (s) => s.procedure.drafts.map((d) => ({ type: "draft.return", draftId: d.id, comment: "À revoir" })),
  "speakers.add": (_s, m) => [{ type: "speakers.add", ...on(m) }],
  "speakers.remove": (_s, m) => [{ type: "speakers.remove", ...on(m) }],
  "speakers.close": () => [{ type: "speakers.close" }],
  "speakers.reopen": () => [{ type: "speakers.reopen" }],
  "speakers.set_time": () => [{ type: "speakers.set_time", seconds: 60 }],
  "speech.start": (_s, m) => [{ type: "speech.start", ...on(m) }],
  "speech.yield": (s) => [
    { type: "speech.yield", to: "chair" },
    { type: "speech.yield", to: "questions" },
    { type: "speech.yield", to: "delegation", member: s.procedure.members.find((x) => x !== s.procedure.speakers.current?.member)! },
  ],
  "speech.pause": () => [{ type: "speech.pause" }],
  "speech.resume": () => [{ type: "speech.resume" }],
  "speech.end": () => [{ type: "speech.end" }],
  "caucus.pause": () => [{ type: "caucus.pause" }],
  "caucus.resume": () => [{ type: "caucus.resume" }],
  "caucus.end": () => [{ type: "caucus.end" }],
  "motion.propose": (s, m) => [
    ...MOTIONS.map((motion): LiveCommand => ({ type: "motion.propose", motion, ...on(m) })),
    { type: "motion.propose", motion: { kind: "reconsider", decisionIndex: Math.max(0, s.procedure.decisions.length - 1) }, ...on(m) },
    ...s.procedure.points.map((p): LiveCommand => ({ type: "motion.propose", motion: { kind: "appeal", pointId: p.id }, ...on(m) })),
    ...op(s).map((o): LiveCommand => ({
      type: "motion.propose",
      motion: {
        kind: "divide-question",
        parts: [{ clauseId: o.targetId, section: "operative" }],
        operativeClauses: currentDocument(s)!.operative.map((c) => c.id),
      },
      ...on(m),
    })),
  ],
  "motion.second": (s) => motionIds(s).map((motionId) => ({ type: "motion.second", motionId })),
  "motion.object": (s) => motionIds(s).map((motionId) => ({ type: "motion.object", motionId })),
  "motion.speak": (s, m) =>
    motionIds(s).flatMap((motionId) =>
      (["for", "against"] as const).map((side): LiveCommand => ({ type: "motion.speak", motionId, side, ...on(m) })),
    ),
  "motion.withdraw": (s) => motionIds(s).map((motionId) => ({ type: "motion.withdraw", motionId })),
  "motion.grant": (s) => motionIds(s).map((motionId) => ({ type: "motion.grant", motionId })),
  "motion.rule_out_of_order": (s) => motionIds(s).map((motionId) => ({ type: "motion.rule_out_of_order", motionId })),
  "point.raise": () => POINT_KINDS.map((kind): LiveCommand => ({ type: "point.raise", kind, aboutVote: true })),
  "point.resolve": (s) => s.procedure.points.map((p): LiveCommand => ({ type: "point.resolve", pointId: p.id, ruling: "upheld" })),
  "amendment.submit": (s, m) => op(s).map((o): LiveCommand => ({ type: "amendment.submit", op: o, ...on(m) })),
  "amendment.cosponsor": (s, m) =>
    amendmentIds(s).map((amendmentId): LiveCommand => ({ type: "amendment.cosponsor", amendmentId, ...on(m) })),
  "amendment.accept": (s, m) => amendmentIds(s).map((amendmentId): LiveCommand => ({ type: "amendment.accept", amendmentId, ...on(m) })),
  "amendment.decline": (s, m) => amendmentIds(s).map((amendmentId): LiveCommand => ({ type: "amendment.decline", amendmentId, ...on(m) })),
  "amendment.withdraw": (s) => amendmentIds(s).map((amendmentId): LiveCommand => ({ type: "amendment.withdraw", amendmentId })),
  "amendments.reorder": (s) => [{ type: "amendments.reorder", order: amendmentQueue(s.procedure).map((a) => a.id) }],
  "vote.open": (s) => [
    { type: "vote.open", subject: { kind: "draft" } },
    ...amendmentIds(s).map((amendmentId): LiveCommand => ({ type: "vote.open", subject: { kind: "amendment", amendmentId } })),
    ...motionIds(s).map((motionId): LiveCommand => ({ type: "vote.open", subject: { kind: "motion", motionId } })),
    ...(s.procedure.division?.parts ?? []).map((p): LiveCommand => ({
      type: "vote.open",
      subject: { kind: "part", clauseId: p.clauseId },
    })),
  ],
  "vote.cast": (_s, m) =>
    (["yes", "no", "abstain", "pass"] as const).map((choice): LiveCommand => ({ type: "vote.cast", choice, ...on(m) })),
  "vote.record_totals": () => [{ type: "vote.record_totals", yes: 1, no: 0, abstain: 0 }],
  "vote.request": () => [{ type: "vote.request" }],
  "vote.close": () => [{ type: "vote.close" }],
  "vote.cancel": () => [{ type: "vote.cancel" }],
  "projection.set": () => [
    { type: "projection.set", target: { kind: "draft" } },
    { type: "projection.set", target: null },
  ],
  "amendment.draft.save": (s) => op(s).map((o): LiveCommand => ({ type: "amendment.draft.save", op: o })),
  "amendment.draft.discard": (s) => Object.keys(s.drafts).map((draftId): LiveCommand => ({ type: "amendment.draft.discard", draftId })),
  "amendment.draft.submit": (s) => Object.keys(s.drafts).map((draftId): LiveCommand => ({ type: "amendment.draft.submit", draftId })),
  "simulation.configure": () => [{ type: "simulation.configure", members: [], seed: 1, stances: {}, running: false }],
  "paper.start": () => [{ type: "paper.start", title: "Document de travail", language: "fr" }],
  "paper.invite": (s) =>
    Object.keys(s.papers).map((paperId): LiveCommand => ({ type: "paper.invite", paperId, members: s.procedure.members.slice(0, 3) })),
  "paper.join": (s) => Object.keys(s.papers).map((paperId): LiveCommand => ({ type: "paper.join", paperId })),
  "paper.leave": (s) => Object.keys(s.papers).map((paperId): LiveCommand => ({ type: "paper.leave", paperId })),
  "paper.submit": (s) => Object.keys(s.papers).map((paperId): LiveCommand => ({ type: "paper.submit", paperId })),
};

export const PROBED_TYPES = Object.keys(PROBES) as Type[];

const NOW = 1_700_000_000_000;
const CHAIR = { role: "chair" as const };
const as = (member: string) => ({ role: "delegation" as const, member });

/** The delegations worth asking in a state: those a command may single out, and two others. */
function concerned(s: LiveSessionState): string[] {
  const p = s.procedure;
  return [
    ...new Set([
      ...(p.draft?.sponsors ?? []),
      ...p.members.slice(0, 2),
      ...(p.speakers.current ? [p.speakers.current.member] : []),
      ...p.motions.map((m) => m.proposer),
      ...p.amendments.flatMap((a) => a.sponsors.slice(0, 1)),
      ...Object.values(s.drafts).flatMap((d) => d.sponsors.slice(0, 1)),
      ...(p.vote?.order.slice(0, 1) ?? []),
    ]),
  ];
}

function probe(s: LiveSessionState, found: Map<string, Accepted>) {
  const record = (a: Accepted) => found.set(`${a.role}:${a.type}:${a.onBehalf}`, a);
  for (const type of PROBED_TYPES) {
    for (const member of concerned(s)) {
      for (const command of PROBES[type](s, undefined)) {
        if (decideLive(s, command, { actor: as(member), now: NOW }).ok) record({ type, role: "delegation", onBehalf: false });
      }
      for (const command of PROBES[type](s, member)) {
        if ("member" in command && decideLive(s, command, { actor: CHAIR, now: NOW }).ok) record({ type, role: "chair", onBehalf: true });
      }
    }
    for (const command of PROBES[type](s, undefined)) {
      if (decideLive(s, command, { actor: CHAIR, now: NOW }).ok) record({ type, role: "chair", onBehalf: false });
    }
  }
}

type Step = [actor: "chair" | string, command: LiveCommand | ((s: LiveSessionState) => LiveCommand | null)];

/** A session through its phases; a step the preset refuses is skipped (the walk goes on). */
function script(s0: LiveSessionState): Step[] {
  const members = s0.procedure.members;
  const [a, b, c, d] = members.filter((m) => !s0.procedure.draft?.sponsors.includes(m));
  const sponsor = s0.procedure.draft!.sponsors[0]!;
  const lastMotion = (s: LiveSessionState) => s.procedure.motions.at(-1)?.id ?? "none";
  const all = (status: "present" | "present-and-voting"): LiveCommand => ({
    type: "attendance.record",
    entries: Object.fromEntries(members.map((m) => [m, status])),
  });
  const everyoneVotes = members.map((m): Step => [m, { type: "vote.cast", choice: "yes" }]);
  return [
    ["chair", all("present")],
    [a!, { type: "draft.sign" }],
    ["chair", { type: "meeting.open" }],
    [b!, { type: "draft.sign" }],
    [c!, { type: "draft.sign" }],
    ["chair", { type: "draft.introduce" }],
    [a!, { type: "speakers.add" }],
    ["chair", { type: "speech.start" }],
    [a!, { type: "speech.yield", to: "questions" }],
    ["chair", { type: "speech.end" }],
    [a!, { type: "motion.propose", motion: { kind: "moderated-caucus", totalSeconds: 600, speakerSeconds: 60, topic: "IA" } }],
    [b!, (s) => ({ type: "motion.second", motionId: lastMotion(s) })],
    ["chair", (s) => ({ type: "vote.open", subject: { kind: "motion", motionId: lastMotion(s) }, method: "recorded" })],
    ...everyoneVotes,
    ["chair", { type: "vote.close" }],
    ["chair", { type: "caucus.end" }],
    // A debatable motion (speakers for and against), then withdrawn by its mover.
    [a!, { type: "motion.propose", motion: { kind: "close-debate" } }],
    [b!, (s) => ({ type: "motion.second", motionId: lastMotion(s) })],
    [a!, (s) => ({ type: "motion.withdraw", motionId: lastMotion(s) })],
    [c!, { type: "point.raise", kind: "order", text: "?" }],
    ["chair", (s) => ({ type: "point.resolve", pointId: s.procedure.points.at(-1)?.id ?? "none", ruling: "dismissed" })],
    [d!, (s) => ({ type: "amendment.draft.save", op: op(s)[0]! })],
    [d!, (s) => ({ type: "amendment.submit", op: op(s)[0]! })],
    ["chair", { type: "settings.override", overrides: { amendments: { friendlyAllowed: true } } }],
    [sponsor, { type: "amendment.decline", amendmentId: "A1" }],
    ["chair", { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "without-vote" }],
    [a!, { type: "vote.request" }],
    ["chair", { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "show-of-hands" }],
    ["chair", { type: "vote.cancel" }],
    ["chair", { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "roll-call", firstMember: members[0]! }],
    ["chair", { type: "vote.cancel" }],
    ["chair", all("present-and-voting")],
    ["chair", { type: "meeting.suspend" }],
    ["chair", { type: "meeting.resume" }],
  ];
}

/** Every (command type, role) the engine accepts somewhere in a session under this preset. */
export function acceptedUnder(preset: PresetId): Accepted[] {
  const created = newSessionEvents({
    organ: preset,
    // The Council's fifteen under every preset: the rules differ, the walk stays quick.
    members: [...SECURITY_COUNCIL_2026],
    document: { id: "sc-uk-ai-security", parsed: seedResolution("ukDraft"), title: "UK draft" },
    now: NOW,
  });
  if (!created.ok) throw new Error(created.code);
  let state = replayLive(created.events);
  const found = new Map<string, Accepted>();
  probe(state, found);
  for (const [who, step] of script(state)) {
    const command = typeof step === "function" ? step(state) : step;
    if (!command) continue;
    const decision = decideLive(state, command, { actor: who === "chair" ? CHAIR : as(who), now: NOW });
    if (!decision.ok) continue;
    for (const event of decision.events) state = reduceLive(state, event);
    probe(state, found);
  }
  return [...found.values()];
}
