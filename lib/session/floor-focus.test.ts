/**
 * The business on the floor, case by case, on events only: each state is built by the engine from
 * commands (TestSession), and the focus read from it at a given time.
 */
import { describe, expect, it } from "vitest";
import { ballots, del, TestSession } from "@/lib/procedure/test-utils/session";
import { CLOCK_WARNING_MS, floorFocus, projectionFocus, RULING_SHOWN_MS, type FloorFocus } from "./floor-focus";

const SC_DRAFT = { id: "S/2026/1", sponsors: ["GBR"] };

function council() {
  return new TestSession({ preset: "security-council", draft: SC_DRAFT });
}
function opened() {
  return council().open("present-and-voting").introduce();
}
const focus = (s: TestSession): FloorFocus => floorFocus(s.state, s.now);
const kind = (s: TestSession) => focus(s).kind;
/** A replacement of operative clause 3 (the e2e scenario), by France. */
function amendClause3(s: TestSession) {
  s.ok(del("FRA"), { type: "amendment.submit", op: { kind: "replace", targetId: "op3", text: "Nouveau texte." } });
  return s.state.amendments.at(-1)!.id;
}

describe("floorFocus: the business on the floor, by priority", () => {
  it("the roll call before the meeting opens, then the draft", () => {
    const s = council();
    expect(focus(s)).toMatchObject({ kind: "roll-call", attendance: { present: 0, total: 15 } });
    s.chair({ type: "attendance.record", entries: { FRA: "present" } });
    expect(focus(s)).toMatchObject({ kind: "roll-call", attendance: { present: 1 } });
    s.open("present-and-voting");
    expect(kind(s)).toBe("draft");
  });

  it("the next amendment in the voting queue comes before the draft, with its clause", () => {
    const s = opened();
    const id = amendClause3(s);
    expect(focus(s)).toMatchObject({ kind: "amendment", amendment: { id }, clauseId: "op3" });
  });

  it("a speech: speaker, clock, the next three names, the amendment under debate", () => {
    const s = opened();
    const id = amendClause3(s);
    for (const m of ["FRA", "USA", "CHN", "RUS", "GBR"]) s.ok(del(m), { type: "speakers.add" });
    s.chair({ type: "speakers.set_time", seconds: 60 });
    s.chair({ type: "speech.start" });
    s.advance(20_000);
    const f = focus(s);
    expect(f).toMatchObject({ kind: "speech", speech: { member: "FRA" }, next: ["USA", "CHN", "RUS"], underDebate: { id } });
    expect(f.kind === "speech" && f.clock).toEqual({
      elapsedMs: 20_000,
      remainingMs: 40_000,
      durationMs: 60_000,
      overtimeMs: 0,
      running: true,
      warning: false,
    });
  });

  it("a speech clock: amber in the last 10 s, overtime counted past the limit, paused when paused", () => {
    const s = opened();
    s.ok(del("FRA"), { type: "speakers.add" });
    s.chair({ type: "speakers.set_time", seconds: 60 });
    s.chair({ type: "speech.start" });
    const clock = () => {
      const f = focus(s);
      if (f.kind !== "speech") throw new Error(f.kind);
      return f.clock;
    };
    s.advance(60_000 - CLOCK_WARNING_MS);
    expect(clock()).toMatchObject({ warning: true, overtimeMs: 0 });
    s.advance(CLOCK_WARNING_MS + 12_000);
    expect(clock()).toMatchObject({ warning: false, remainingMs: 0, overtimeMs: 12_000 });
    s.chair({ type: "speech.pause" });
    s.advance(30_000);
    expect(clock()).toMatchObject({ running: false, overtimeMs: 12_000 });
  });

  it("a motion awaiting the chair, points before motions; a point awaiting outranks a speech", () => {
    const s = opened();
    s.ok(del("FRA"), { type: "speakers.add" });
    s.chair({ type: "speech.start" });
    s.chair({ type: "speech.pause" });
    s.ok(del("PAN"), { type: "motion.propose", motion: { kind: "suspend", minutes: 5 } });
    expect(focus(s)).toMatchObject({ kind: "motion", ruling: null, motion: { kind: "suspend", params: { minutes: 5 }, proposer: "PAN" } });
    s.ok(del("RUS"), { type: "point.raise", kind: "order", text: "Le temps de parole" });
    expect(focus(s)).toMatchObject({ kind: "point", ruling: null, point: { member: "RUS", kind: "order" } });
    s.chair({ type: "point.resolve", pointId: "P1", ruling: "dismissed" });
    // Its ruling is shown briefly, then the motion still awaiting is the floor again.
    expect(focus(s)).toMatchObject({ kind: "point", ruling: "dismissed" });
    s.advance(RULING_SHOWN_MS + 1);
    expect(focus(s)).toMatchObject({ kind: "motion", ruling: null });
  });

  it("a suspension: countdown from the event's minutes, until the meeting resumes", () => {
    const s = opened();
    s.ok(del("PAN"), { type: "motion.propose", motion: { kind: "suspend", minutes: 5 } });
    s.chair({ type: "vote.open", subject: { kind: "motion", motionId: "M1" }, method: "show-of-hands" });
    s.chair({ type: "vote.record_totals", yes: 12, no: 3, abstain: 0 });
    const at = s.now;
    s.chair({ type: "vote.close" });
    expect(focus(s)).toEqual({ kind: "suspension", minutes: 5, since: at, resumesAt: at + 300_000, remainingMs: 300_000 });
    s.advance(72_000);
    expect(focus(s)).toMatchObject({ kind: "suspension", remainingMs: 228_000 });
    s.advance(600_000);
    expect(focus(s)).toMatchObject({ kind: "suspension", remainingMs: 0 });
    s.chair({ type: "meeting.resume" });
    expect(kind(s)).toBe("draft");
  });

  it("a suspension without a duration has no countdown, and outranks the speech it halted", () => {
    const s = opened();
    s.ok(del("FRA"), { type: "speakers.add" });
    s.chair({ type: "speech.start" });
    s.chair({ type: "meeting.suspend" });
    expect(focus(s)).toMatchObject({ kind: "suspension", minutes: null, resumesAt: null, remainingMs: null });
    s.chair({ type: "meeting.resume" });
    expect(focus(s)).toMatchObject({ kind: "speech", speech: { member: "FRA" }, clock: { running: true } });
  });

  it("a caucus: topic and countdown; a speech within it carries the caucus clock", () => {
    const s = new TestSession({ preset: "model-un", members: ["FRA", "DEU", "USA", "CHN"], draft: { id: "1.1", sponsors: ["FRA"] } })
      .open()
      .introduce();
    s.ok(del("USA"), {
      type: "motion.propose",
      motion: { kind: "moderated-caucus", totalSeconds: 600, speakerSeconds: 45, topic: "Financement" },
    });
    s.ok(del("CHN"), { type: "motion.second", motionId: "M1" });
    s.chair({ type: "vote.open", subject: { kind: "motion", motionId: "M1" }, method: "recorded" });
    s.castAll({ FRA: "yes", DEU: "yes", USA: "yes", CHN: "no" });
    s.chair({ type: "vote.close" });
    // caucus.started is the next business: the motion's decision gives way to the caucus.
    s.advance(60_000);
    expect(focus(s)).toMatchObject({ kind: "caucus", caucus: { topic: "Financement" }, clock: { remainingMs: 540_000, running: true } });
    s.chair({ type: "speech.start", member: "DEU" });
    expect(focus(s)).toMatchObject({
      kind: "speech",
      speech: { member: "DEU" },
      caucus: { caucus: { topic: "Financement" }, clock: { remainingMs: 540_000 } },
    });
  });

  it("a vote in progress outranks everything, with its subject: the amendment and its clause", () => {
    const s = opened();
    const id = amendClause3(s);
    s.ok(del("USA"), { type: "speakers.add" });
    s.chair({ type: "speech.start" });
    s.chair({ type: "vote.open", subject: { kind: "amendment", amendmentId: id }, method: "recorded" });
    s.ok(del("FRA"), { type: "vote.cast", choice: "yes" });
    expect(focus(s)).toMatchObject({
      kind: "vote",
      subject: { kind: "amendment", amendmentId: id, clauseId: "op3", amendment: { op: { text: "Nouveau texte." } } },
      progress: { cast: 1, yes: 1, eligible: 15 },
    });
  });

  it("a vote on a motion names the motion", () => {
    const s = opened();
    s.ok(del("PAN"), { type: "motion.propose", motion: { kind: "suspend", minutes: 5 } });
    s.chair({ type: "vote.open", subject: { kind: "motion", motionId: "M1" }, method: "recorded" });
    expect(focus(s)).toMatchObject({
      kind: "vote",
      subject: { kind: "motion", motionId: "M1", motion: { kind: "suspend", proposer: "PAN" } },
    });
  });

  it("a decision is kept after the close (whatever the time), and cleared by the next business", () => {
    const s = opened();
    const id = amendClause3(s);
    s.chair({ type: "vote.open", subject: { kind: "amendment", amendmentId: id }, method: "recorded" });
    s.castAll({ ...ballots(s.state.members, 15, 0), RUS: "no" });
    s.chair({ type: "vote.close" });
    s.advance(3_600_000);
    const f = focus(s);
    expect(f).toMatchObject({
      kind: "decision",
      decisionIndex: 0,
      decision: { outcome: { result: "vetoed" } },
      subject: { kind: "amendment", amendmentId: id, clauseId: "op3" },
    });
    expect(f.kind === "decision" && Object.keys(f.decision.ballots ?? {})).toHaveLength(15);
    expect(f.kind === "decision" && f.board).toEqual({ members: s.state.members, rollCall: false });
    // Business that does not take the floor (a name added to the list) leaves it up.
    s.ok(del("USA"), { type: "speakers.add" });
    expect(kind(s)).toBe("decision");
    s.chair({ type: "speech.start" });
    expect(kind(s)).toBe("speech");
  });

  it("a decision on a motion keeps the motion, though the engine removed it", () => {
    const s = opened();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "postpone", until: "lundi" } });
    s.chair({ type: "vote.open", subject: { kind: "motion", motionId: "M1" }, method: "show-of-hands" });
    s.chair({ type: "vote.record_totals", yes: 4, no: 11, abstain: 0 });
    s.chair({ type: "vote.close" });
    expect(s.state.motions).toEqual([]);
    expect(focus(s)).toMatchObject({
      kind: "decision",
      subject: { kind: "motion", motion: { kind: "postpone", params: { until: "lundi" } } },
    });
    s.ok(del("FRA"), { type: "point.raise", kind: "order" });
    expect(kind(s)).toBe("point");
  });

  it("a motion granted or ruled out by the chair: its result briefly, then the floor", () => {
    const s = opened();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "postpone" } });
    s.chair({ type: "motion.rule_out_of_order", motionId: "M1" });
    expect(focus(s)).toMatchObject({ kind: "motion", ruling: "ruled-out-of-order", motion: { proposer: "USA" } });
    s.advance(RULING_SHOWN_MS + 1);
    expect(kind(s)).toBe("draft");
  });

  it("a cancelled vote leaves no decision behind", () => {
    const s = opened();
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    s.chair({ type: "vote.cancel" });
    expect(kind(s)).toBe("draft");
    s.expectReplayMatches();
  });
});

describe("projectionFocus: the chair's « Projeter » and « Suivre la séance »", () => {
  it("the chair projects an amendment, a clause or the draft; delegations' focus ignores it; « Suivre » returns", () => {
    const s = opened();
    const id = amendClause3(s);
    s.ok(del("USA"), { type: "speakers.add" });
    s.chair({ type: "speech.start" });
    s.chair({ type: "projection.set", target: { kind: "clause", clauseId: "op1" } });
    expect(projectionFocus(s.state, s.now)).toMatchObject({
      kind: "projected",
      target: { kind: "clause" },
      clauseId: "op1",
      floor: { kind: "speech" },
    });
    expect(kind(s)).toBe("speech");
    s.chair({ type: "projection.set", target: { kind: "amendment", amendmentId: id } });
    expect(projectionFocus(s.state, s.now)).toMatchObject({ kind: "projected", amendment: { id }, clauseId: "op3" });
    s.chair({ type: "projection.set", target: null });
    expect(projectionFocus(s.state, s.now).kind).toBe("speech");
    s.expectReplayMatches();
  });

  it("a vote that opens takes the projector back: the room sees what it votes on", () => {
    const s = opened();
    s.chair({ type: "projection.set", target: { kind: "clause", clauseId: "op1" } });
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    expect(projectionFocus(s.state, s.now).kind).toBe("vote");
    s.chair({ type: "vote.cancel" });
    expect(projectionFocus(s.state, s.now).kind).toBe("draft");
  });
});
