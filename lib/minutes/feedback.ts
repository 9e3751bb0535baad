/**
 * Feedback for the trainee, per delegation: what it said, proposed and voted, and where its vote
 * mattered — from the minutes alone (pure).
 */
import type { SessionState } from "@/lib/procedure";
import type { AmendmentFate, AmendmentSummary, DelegationFeedback, Minutes, MinutesEntry } from "./types";

type FeedbackVote = DelegationFeedback["votes"][number];

export function feedbackFor(
  minutes: Minutes,
  amendments: Array<{ summary: AmendmentSummary; fate: AmendmentFate }>,
  p: SessionState,
): DelegationFeedback[] {
  const speakers = minutes.entries.filter((e): e is Extract<MinutesEntry, { kind: "speech" }> => e.kind === "speech").map((e) => e.member);
  const observersWhoSpoke = minutes.observers.filter((m) => speakers.includes(m));
  const everyone = [...minutes.members, ...observersWhoSpoke];
  const motionFate = new Map<string, DelegationFeedback["motions"][number]["fate"]>();
  for (const e of minutes.entries) if (e.kind === "motion-fate") motionFate.set(e.motionId, e.fate);

  return everyone.map((member): DelegationFeedback => {
    const speeches = minutes.entries
      .filter((e): e is Extract<MinutesEntry, { kind: "speech" }> => e.kind === "speech" && e.member === member)
      .map((e) => ({ seq: e.seq, at: e.at, durationMs: e.durationMs }));
    const votes: FeedbackVote[] = [];
    for (const vote of minutes.votes) {
      const ballot = vote.ballots?.find((b) => b.member === member);
      if (!ballot) continue;
      const notes: FeedbackVote["notes"] = [];
      const own = vote.subject.kind === "amendment" || vote.subject.kind === "draft" ? vote.subject.sponsors.includes(member) : false;
      if (own && vote.subject.kind === "amendment") {
        if (ballot.choice === "no") notes.push("against-own-amendment");
        if (ballot.choice === "abstain") notes.push("abstained-own-amendment");
      }
      if (own && vote.subject.kind === "draft") {
        if (ballot.choice === "no") notes.push("against-own-draft");
        if (ballot.choice === "abstain") notes.push("abstained-own-draft");
      }
      votes.push({
        vote: vote.index,
        choice: ballot.choice,
        withRights: ballot.withRights,
        notes,
        decisive: vote.decisive[member] ?? null,
      });
    }
    return {
      member,
      speeches,
      speakingMs: speeches.reduce((sum, s) => sum + (s.durationMs ?? 0), 0),
      amendments: amendments
        .filter((a) => a.summary.sponsors.includes(member))
        .map((a) => ({ amendment: a.summary, role: a.summary.sponsors[0] === member ? ("main" as const) : ("co" as const), fate: a.fate })),
      motions: minutes.entries
        .filter((e): e is Extract<MinutesEntry, { kind: "motion-proposed" }> => e.kind === "motion-proposed" && e.member === member)
        .map((e) => ({ motionId: e.motionId, motionKind: e.motionKind, fate: motionFate.get(e.motionId) ?? "pending" })),
      points: minutes.entries
        .filter((e): e is Extract<MinutesEntry, { kind: "point" }> => e.kind === "point" && e.member === member)
        .map((e) => ({ pointId: e.pointId, pointKind: e.pointKind, ruling: p.points.find((x) => x.id === e.pointId)?.ruling ?? null })),
      votes,
    };
  });
}
