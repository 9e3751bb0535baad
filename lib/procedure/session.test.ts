import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import { PERMANENT_MEMBERS, SECURITY_COUNCIL_2026, UN_MEMBERS } from "./members";
import { initialState, sessionCreatedEvent } from "./session";
import { EMPTY_STATE } from "./state";
import { CHAIR, del, SYSTEM, TestSession } from "./test-utils/session";

const CLASS = ["FRA", "DEU", "GBR", "USA", "CHN", "RUS", "BRA", "IND", "ZAF", "JPN", "MEX", "EGY"];

describe("session creation", () => {
  it("the Security Council defaults to its 2026 composition with the P5", () => {
    const s = new TestSession({ preset: "security-council" });
    expect(s.state.members).toEqual(SECURITY_COUNCIL_2026);
    expect(s.state.permanentMembers).toEqual(PERMANENT_MEMBERS);
    expect(s.state.observers).toEqual([]);
    expect(s.log[0]?.type).toBe("session.created");
  });

  it("Art. 18(1): the General Assembly seats the 193 members; the observer states speak but are not members", () => {
    const s = new TestSession({ preset: "general-assembly" });
    expect(s.state.members).toHaveLength(193);
    expect(s.state.observers).toEqual(["VAT", "PSE"]);
    expect(s.state.permanentMembers).toEqual([]);
  });

  it("a custom member list of 12 countries keeps the permanent members it seats", () => {
    const s = new TestSession({ preset: "security-council", members: CLASS });
    expect(s.state.members).toEqual(CLASS);
    expect(s.state.permanentMembers).toEqual(["CHN", "FRA", "RUS", "GBR", "USA"]);
  });

  it("rejects unknown codes, duplicates, stray permanent members and foreign sponsors", () => {
    const create = (config: object) => decide(EMPTY_STATE, { type: "session.create", config }, { actor: SYSTEM, now: 0 });
    expect(create({ preset: "model-un", members: ["FRA", "ZZZ"] })).toMatchObject({
      ok: false,
      error: { code: "session.unknown_member", params: { member: "ZZZ" } },
    });
    expect(create({ preset: "model-un", members: ["FRA", "FRA"] })).toMatchObject({
      ok: false,
      error: { code: "session.duplicate_member" },
    });
    expect(create({ preset: "model-un", members: ["FRA"], permanentMembers: ["USA"] })).toMatchObject({
      ok: false,
      error: { code: "session.invalid_permanent_member" },
    });
    expect(create({ preset: "model-un", members: ["FRA"], draft: { id: "d", sponsors: ["USA"] } })).toMatchObject({
      ok: false,
      error: { code: "session.unknown_member" },
    });
    expect(create({ preset: "model-un", overrides: { voting: { defaultMethod: "secret" } } })).toMatchObject({
      ok: false,
      error: { code: "settings.invalid" },
    });
    expect(create({ preset: "nope" })).toMatchObject({ ok: false, error: { code: "command.invalid" } });
  });

  it("a session is created once, by the chair or the server only", () => {
    const s = new TestSession({ preset: "model-un", members: CLASS });
    expect(s.err(SYSTEM, { type: "session.create", config: { preset: "model-un" } })).toBe("session.already_created");
    expect(decide(EMPTY_STATE, { type: "session.create", config: { preset: "model-un" } }, { actor: del("FRA"), now: 0 })).toMatchObject({
      ok: false,
      error: { code: "auth.chair_only" },
    });
    expect(decide(EMPTY_STATE, { type: "meeting.open" }, { actor: CHAIR, now: 0 })).toMatchObject({
      ok: false,
      error: { code: "session.not_created" },
    });
  });

  it("initialState builds the same state as the session.created event, and throws on a bad config", () => {
    const state = initialState({ preset: "general-assembly", members: CLASS }, 5);
    const event = sessionCreatedEvent({ preset: "general-assembly", members: CLASS }, 5);
    expect("type" in event && event.type).toBe("session.created");
    expect(state.members).toEqual(CLASS);
    expect(() => initialState({ preset: "general-assembly", members: ["QQQ"] })).toThrow(/session.unknown_member/);
  });
});

describe("authorization", () => {
  it("screens and observers may send nothing (auth.forbidden)", () => {
    const s = new TestSession({ preset: "model-un", members: CLASS });
    expect(s.err({ role: "screen" }, { type: "meeting.open" })).toBe("auth.forbidden");
    expect(s.err({ role: "observer" }, { type: "speakers.add", member: "FRA" })).toBe("auth.forbidden");
  });

  it("only the chair opens the meeting, rules on points and opens votes", () => {
    const s = new TestSession({ preset: "model-un", members: CLASS });
    expect(s.err(del("FRA"), { type: "meeting.open" })).toBe("auth.chair_only");
    s.open();
    expect(s.err(del("FRA"), { type: "vote.open", subject: { kind: "draft" } })).toBe("auth.chair_only");
  });

  it("a delegation acts only for itself; unknown delegations are refused", () => {
    const s = new TestSession({ preset: "model-un", members: CLASS });
    expect(s.err(del("FRA"), { type: "attendance.record", entries: { DEU: "present" } })).toBe("auth.not_yours");
    expect(s.err(del("FRA"), { type: "speakers.add", member: "DEU" })).toBe("auth.not_yours");
    expect(s.err(del("ITA"), { type: "speakers.add" })).toBe("auth.unknown_member");
    expect(s.err(CHAIR, { type: "speakers.add" })).toBe("command.invalid");
    s.ok(del("FRA"), { type: "attendance.record", entries: { FRA: "present-and-voting" } });
    expect(s.state.attendance.FRA).toBe("present-and-voting");
  });

  it("decide rejects malformed contexts and commands without throwing", () => {
    const s = new TestSession({ preset: "model-un", members: CLASS });
    expect(decide(s.state, { type: "meeting.open" }, null)).toMatchObject({ ok: false, error: { code: "command.invalid" } });
    expect(decide(s.state, { type: "meeting.open" }, { actor: CHAIR, now: Number.NaN })).toMatchObject({ ok: false });
    expect(decide(s.state, { type: "meeting.open", extra: 1 }, { actor: CHAIR, now: 1 })).toMatchObject({
      ok: false,
      error: { code: "command.invalid" },
    });
    expect(decide(s.state, 42, { actor: CHAIR, now: 1 })).toMatchObject({ ok: false, error: { code: "command.invalid" } });
  });
});

describe("attendance and quorum (rule 67, rule 108)", () => {
  const present = (n: number) => Object.fromEntries(UN_MEMBERS.slice(0, n).map((m) => [m, "present"]));

  it("Rule 67: the GA meeting opens with one third of the members present (65 of 193), not 64", () => {
    const s = new TestSession({ preset: "general-assembly" });
    s.chair({ type: "attendance.record", entries: present(64) });
    expect(s.run(CHAIR, { type: "meeting.open" })).toMatchObject({
      ok: false,
      error: { code: "quorum.not_met", params: { present: 64, required: 65 } },
    });
    s.chair({ type: "attendance.record", entries: present(65) });
    s.chair({ type: "meeting.open" });
    expect(s.state.meeting).toBe("open");
  });

  it("Rule 67: a decision requires a majority of the members present (97 of 193)", () => {
    const s = new TestSession({ preset: "general-assembly", draft: { id: "L.1", sponsors: ["FRA"] } });
    s.chair({ type: "attendance.record", entries: present(96) });
    s.chair({ type: "meeting.open" });
    s.introduce();
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft" } })).toBe("quorum.not_met");
    s.chair({ type: "attendance.record", entries: present(97) });
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    expect(s.state.vote?.eligible).toHaveLength(97);
  });

  it("Rule 108: a Main Committee opens with one quarter present (49 of 193)", () => {
    const s = new TestSession({ preset: "main-committee" });
    s.chair({ type: "attendance.record", entries: present(48) });
    expect(s.err(CHAIR, { type: "meeting.open" })).toBe("quorum.not_met");
    s.chair({ type: "attendance.record", entries: present(49) });
    s.chair({ type: "meeting.open" });
  });

  it("Security Council: no quorum rule, the meeting opens with anyone present", () => {
    const s = new TestSession({ preset: "security-council" });
    s.chair({ type: "meeting.open" });
    expect(s.state.meeting).toBe("open");
  });

  it("observer states never count toward the quorum; strangers cannot be recorded", () => {
    const s = new TestSession({ preset: "general-assembly", members: ["FRA", "DEU", "ITA"] });
    expect(s.state.observers).toEqual([]);
    const ga = new TestSession({ preset: "general-assembly" });
    ga.chair({ type: "attendance.record", entries: { VAT: "present", PSE: "present" } });
    expect(ga.err(CHAIR, { type: "meeting.open" })).toBe("quorum.not_met");
    expect(s.err(CHAIR, { type: "attendance.record", entries: { ESP: "present" } })).toBe("attendance.not_member");
  });

  it("Art. 27(3): the chair marks parties to a dispute, who may not vote on substantive questions", () => {
    const s = new TestSession({ preset: "security-council", draft: { id: "S/1", sponsors: ["FRA"] } }).open().introduce();
    expect(s.err(del("PAK"), { type: "parties.mark", members: ["PAK"] })).toBe("auth.chair_only");
    expect(s.err(CHAIR, { type: "parties.mark", members: ["IND"] })).toBe("attendance.not_member");
    s.chair({ type: "parties.mark", members: ["PAK", "PAK"] });
    expect(s.state.parties).toEqual(["PAK"]);
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    expect(s.state.vote?.eligible).not.toContain("PAK");
    expect(s.err(del("PAK"), { type: "vote.cast", choice: "yes" })).toBe("vote.party_to_dispute");
  });
});

describe("meeting, composition and settings", () => {
  it("suspend, resume, adjourn and reopen the meeting", () => {
    const s = new TestSession({ preset: "security-council" });
    expect(s.err(CHAIR, { type: "meeting.suspend" })).toBe("meeting.not_open");
    expect(s.err(CHAIR, { type: "meeting.adjourn" })).toBe("meeting.not_open");
    s.open();
    expect(s.err(CHAIR, { type: "meeting.open" })).toBe("meeting.already_open");
    expect(s.err(CHAIR, { type: "meeting.resume" })).toBe("meeting.not_suspended");
    s.chair({ type: "meeting.suspend", minutes: 10 });
    expect(s.state.meeting).toBe("suspended");
    expect(s.err(del("FRA"), { type: "point.raise", kind: "order" })).toBe("meeting.not_open");
    s.chair({ type: "meeting.resume" });
    s.chair({ type: "meeting.adjourn", until: "tomorrow 10:00" });
    expect(s.state.meeting).toBe("adjourned");
    s.chair({ type: "meeting.open" });
    s.expectReplayMatches();
  });

  it("Art. 23: the chair edits the Council's composition before the roll call; once it has begun, members.set is refused", () => {
    const s = new TestSession({ preset: "security-council" });
    const members = SECURITY_COUNCIL_2026.map((m) => (m === "LVA" ? "EST" : m));
    expect(s.err(del("FRA"), { type: "members.set", members })).toBe("auth.chair_only");
    expect(s.err(CHAIR, { type: "members.set", members: [...members, "EST"] })).toBe("session.duplicate_member");
    // Before the roll call: the composition changes, the permanent members stay.
    s.chair({ type: "members.set", members });
    expect(s.state.members).toContain("EST");
    expect(s.state.members).not.toContain("LVA");
    expect(s.state.permanentMembers).toEqual(PERMANENT_MEMBERS);
    // The first answer to the roll call locks it: the quorum and the majorities count these members.
    s.chair({ type: "attendance.record", entries: { FRA: "present" } });
    expect(s.err(CHAIR, { type: "members.set", members: SECURITY_COUNCIL_2026 })).toBe("members.after_roll_call");
    expect(s.state.members).toEqual(members);
    expect(s.state.attendance).toEqual({ FRA: "present" });
    s.open();
    expect(s.err(CHAIR, { type: "members.set", members })).toBe("members.after_roll_call");
    s.expectReplayMatches();
  });

  it("a change of composition that would unseat a sponsor of the draft is refused; seating the sponsor as an observer is allowed", () => {
    const s = new TestSession({ preset: "model-un", members: CLASS, draft: { id: "d", sponsors: ["GBR"] } });
    const withoutGbr = CLASS.filter((m) => m !== "GBR");
    expect(s.state.draft?.sponsors).toEqual(["GBR"]);
    expect(s.run(CHAIR, { type: "members.set", members: withoutGbr })).toMatchObject({
      ok: false,
      error: { code: "members.unseat_sponsor", params: { member: "GBR" } },
    });
    expect(s.state.members).toEqual(CLASS);
    s.chair({ type: "members.set", members: withoutGbr, observers: ["GBR"] });
    expect(s.state.observers).toEqual(["GBR"]);
  });

  it("settings overrides are deep-partial, accumulate and are validated", () => {
    const s = new TestSession({ preset: "model-un", members: CLASS, overrides: { speakers: { defaultSpeakingTimeSeconds: 60 } } });
    expect(s.state.speakers.speakingTimeSeconds).toBe(60);
    s.chair({ type: "settings.override", overrides: { rollCall: { allowPass: false } } });
    expect(s.state.rules?.rollCall).toEqual({ allowPass: false, allowWithRights: true });
    expect(s.state.rules?.speakers.defaultSpeakingTimeSeconds).toBe(60);
    expect(s.err(CHAIR, { type: "settings.override", overrides: { rollCall: { allowPas: true } } })).toBe("settings.invalid");
    expect(s.err(del("FRA"), { type: "settings.override", overrides: {} })).toBe("auth.chair_only");
    s.expectReplayMatches();
  });
});

describe("the draft's life", () => {
  it("MUN: a draft is introduced only with one fifth of the members as sponsors or signatories", () => {
    const s = new TestSession({ preset: "model-un", members: CLASS, draft: { id: "1.1", sponsors: ["FRA"] } });
    expect(s.run(CHAIR, { type: "draft.introduce" })).toMatchObject({
      ok: false,
      error: { code: "draft.signatories_insufficient", params: { have: 1, needed: 3 } },
    });
    s.ok(del("DEU"), { type: "draft.sign" });
    expect(s.err(del("DEU"), { type: "draft.sign" })).toBe("draft.already_signed");
    s.ok(del("BRA"), { type: "draft.sign" });
    s.introduce();
    expect(s.state.draft?.status).toBe("introduced");
    expect(s.err(CHAIR, { type: "draft.introduce" })).toBe("draft.already_introduced");
    expect(s.err(del("IND"), { type: "draft.sign" })).toBe("draft.already_introduced");
  });

  it("Rule 80: the mover may withdraw a draft that has not been amended", () => {
    const s = new TestSession({ preset: "general-assembly", members: CLASS, draft: { id: "L.1", sponsors: ["FRA", "DEU"] } })
      .open()
      .introduce();
    expect(s.err(del("DEU"), { type: "draft.withdraw" })).toBe("draft.not_sponsor");
    s.ok(del("FRA"), { type: "draft.withdraw" });
    expect(s.state.draft?.status).toBe("withdrawn");
    expect(s.err(del("FRA"), { type: "draft.withdraw" })).toBe("draft.not_before_body");
  });

  it("sessions without a draft refuse draft commands", () => {
    const s = new TestSession({ preset: "general-assembly", members: CLASS }).open();
    expect(s.err(CHAIR, { type: "draft.introduce" })).toBe("draft.none");
    expect(s.err(del("FRA"), { type: "draft.sign" })).toBe("draft.none");
    expect(s.err(del("FRA"), { type: "draft.withdraw" })).toBe("draft.none");
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft" } })).toBe("draft.none");
    expect(s.err(del("FRA"), { type: "amendment.submit", op: { kind: "delete", targetId: "op1" } })).toBe("draft.none");
  });
});
