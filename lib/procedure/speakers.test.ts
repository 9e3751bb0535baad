import { describe, expect, it } from "vitest";
import { elapsedMs, isExpired, remainingMs } from "./clock";
import { CHAIR, del, TestSession } from "./test-utils/session";

const CLASS = ["FRA", "DEU", "GBR", "USA", "CHN", "RUS", "BRA", "IND", "ZAF", "JPN", "MEX", "EGY"];
function mun() {
  return new TestSession({ preset: "model-un", members: CLASS, observers: ["VAT"], draft: { id: "1.1", sponsors: ["FRA", "DEU", "BRA"] } })
    .open()
    .introduce();
}
const seconded = (s: TestSession, motion: object, id: string) => {
  s.ok(del("USA"), { type: "motion.propose", motion });
  s.ok(del("CHN"), { type: "motion.second", motionId: id });
};

describe("speakers' list and timers", () => {
  it("SC rule 27 / GA rule 68: speakers are called in the order in which they asked", () => {
    const s = mun();
    s.ok(del("USA"), { type: "speakers.add" });
    s.ok(del("CHN"), { type: "speakers.add" });
    s.ok(del("VAT"), { type: "speakers.add" });
    expect(s.err(del("USA"), { type: "speakers.add" })).toBe("speakers.already_listed");
    expect(s.state.speakers.queue).toEqual(["USA", "CHN", "VAT"]);
    s.chair({ type: "speech.start" });
    expect(s.state.speakers.current?.member).toBe("USA");
    const events = s.chair({ type: "speech.start" });
    expect(s.types(events)).toEqual(["speech.ended", "speech.started"]);
    expect(s.state.speakers.current?.member).toBe("CHN");
    s.ok(del("VAT"), { type: "speakers.remove" });
    expect(s.err(del("VAT"), { type: "speakers.remove" })).toBe("speakers.not_listed");
    s.chair({ type: "speech.end" });
    expect(s.err(CHAIR, { type: "speech.start" })).toBe("speakers.empty");
    expect(s.err(CHAIR, { type: "speech.end" })).toBe("speech.none");
  });

  it("Rule 72: speaking time limits run as data — remaining time is a function of now", () => {
    const s = mun();
    s.ok(del("USA"), { type: "speakers.add" });
    s.chair({ type: "speech.start" });
    const clock = () => s.state.speakers.current!.clock;
    expect(remainingMs(clock(), s.now)).toBe(90_000);
    s.advance(30_000);
    expect(remainingMs(clock(), s.now)).toBe(60_000);
    s.chair({ type: "speech.pause" });
    expect(s.err(CHAIR, { type: "speech.pause" })).toBe("speech.not_running");
    s.advance(100_000);
    expect(remainingMs(clock(), s.now)).toBe(60_000);
    s.chair({ type: "speech.resume" });
    expect(s.err(CHAIR, { type: "speech.resume" })).toBe("speech.not_paused");
    s.advance(70_000);
    expect(remainingMs(clock(), s.now)).toBe(0);
    expect(isExpired(clock(), s.now)).toBe(true);
    expect(elapsedMs(clock(), s.now)).toBe(100_000);
    s.expectReplayMatches();
  });

  it("Rule 73: once the list is closed nobody may be added; the chair may still give the floor (right of reply)", () => {
    const s = mun();
    s.chair({ type: "speakers.close" });
    expect(s.err(del("USA"), { type: "speakers.add" })).toBe("speakers.list_closed");
    s.chair({ type: "speech.start", member: "USA" });
    expect(s.err(CHAIR, { type: "speech.start", member: "ITA" })).toBe("auth.unknown_member");
    s.chair({ type: "speakers.reopen" });
    s.ok(del("USA"), { type: "speakers.add" });
    s.chair({ type: "speakers.set_time", seconds: null });
    s.chair({ type: "speech.start" });
    expect(remainingMs(s.state.speakers.current!.clock, s.now)).toBeNull();
  });

  it("MUN: yields — to another delegation (its remaining time, once), to questions, to the chair", () => {
    const s = mun();
    s.ok(del("USA"), { type: "speakers.add" });
    s.chair({ type: "speech.start" });
    s.advance(50_000);
    expect(s.err(del("CHN"), { type: "speech.yield", to: "chair" })).toBe("speech.not_speaker");
    expect(s.err(del("USA"), { type: "speech.yield", to: "delegation" })).toBe("speech.yield_invalid");
    expect(s.err(del("USA"), { type: "speech.yield", to: "delegation", member: "USA" })).toBe("speech.yield_invalid");
    s.ok(del("USA"), { type: "speech.yield", to: "delegation", member: "CHN" });
    expect(s.state.speakers.current).toMatchObject({ member: "CHN", yieldedBy: "USA", yielded: "delegation" });
    expect(remainingMs(s.state.speakers.current!.clock, s.now)).toBe(40_000);
    expect(s.err(del("CHN"), { type: "speech.yield", to: "questions" })).toBe("speech.already_yielded");
    s.chair({ type: "speech.start", member: "RUS" });
    s.ok(del("RUS"), { type: "speech.yield", to: "chair" });
    expect(s.state.speakers.current).toBeNull();
    expect(s.err(del("RUS"), { type: "speech.yield", to: "chair" })).toBe("speech.none");
  });

  it("GA: yields to other delegations are not provided for", () => {
    const s = new TestSession({ preset: "general-assembly", members: CLASS }).open();
    s.ok(del("USA"), { type: "speakers.add" });
    s.chair({ type: "speech.start" });
    expect(s.err(del("USA"), { type: "speech.yield", to: "questions" })).toBe("speech.yield_not_allowed");
    s.chair({ type: "speech.yield", to: "chair" });
  });

  it("MUN: a moderated caucus sets its own speaking time and clock; pause, resume and end", () => {
    const s = mun();
    s.ok(del("USA"), { type: "speakers.add" });
    s.chair({ type: "speech.start" });
    seconded(s, { kind: "moderated-caucus", totalSeconds: 600, speakerSeconds: 45, topic: "Financing" }, "M1");
    const events = vote(s, "M1");
    expect(s.types(events)).toEqual(["vote.closed", "motion.adopted", "speech.ended", "caucus.started"]);
    expect(s.state.caucus).toMatchObject({ kind: "moderated", topic: "Financing", speakerSeconds: 45 });
    s.chair({ type: "speech.start", member: "IND" });
    expect(remainingMs(s.state.speakers.current!.clock, s.now)).toBe(45_000);
    s.advance(60_000);
    s.chair({ type: "caucus.pause" });
    expect(s.err(CHAIR, { type: "caucus.pause" })).toBe("caucus.not_running");
    s.advance(60_000);
    expect(remainingMs(s.state.caucus!.clock, s.now)).toBe(540_000);
    s.chair({ type: "caucus.resume" });
    expect(s.err(CHAIR, { type: "caucus.resume" })).toBe("caucus.not_paused");
    expect(s.err(del("USA"), { type: "motion.propose", motion: { kind: "unmoderated-caucus", totalSeconds: 300 } })).toBe(
      "motion.out_of_order",
    );
    s.chair({ type: "caucus.end" });
    expect(s.state.caucus).toBeNull();
    expect(s.err(CHAIR, { type: "caucus.end" })).toBe("caucus.none");
    s.expectReplayMatches();
  });

  it("a suspension stops the clocks and resuming restarts them", () => {
    const s = mun();
    seconded(s, { kind: "unmoderated-caucus", totalSeconds: 300 }, "M1");
    vote(s, "M1");
    s.advance(100_000);
    s.chair({ type: "meeting.suspend" });
    s.advance(500_000);
    expect(remainingMs(s.state.caucus!.clock, s.now)).toBe(200_000);
    s.chair({ type: "meeting.resume" });
    s.advance(50_000);
    expect(remainingMs(s.state.caucus!.clock, s.now)).toBe(150_000);
  });

  it("speakers cannot be listed after closure of debate", () => {
    const s = mun();
    seconded(s, { kind: "close-debate" }, "M1");
    vote(s, "M1");
    expect(s.err(del("USA"), { type: "speakers.add" })).toBe("debate.closed");
    expect(s.err(CHAIR, { type: "speech.start" })).toBe("debate.closed");
  });
});

function vote(s: TestSession, motionId: string) {
  s.chair({ type: "vote.open", subject: { kind: "motion", motionId }, method: "recorded" });
  for (const m of CLASS) s.ok(del(m), { type: "vote.cast", choice: "yes" });
  return s.chair({ type: "vote.close" });
}
