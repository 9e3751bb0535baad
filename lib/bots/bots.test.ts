import { describe, expect, it } from "vitest";
import { SECURITY_COUNCIL_2026, nextRollCall } from "@/lib/procedure";
import { decideLive } from "@/lib/session";
import {
  botProfileSchema,
  botProfilesSchema,
  decideBotAction,
  defaultProfile,
  planBotAction,
  profileFor,
  sample,
  seededRng,
  settleBots,
  type BotProfile,
} from "./index";
import { LiveTestSession, NOW } from "./test-utils/council";

const P5 = ["CHN", "FRA", "GBR", "RUS", "USA"];

function council(): LiveTestSession {
  return new LiveTestSession();
}

function profiles(
  s: LiveTestSession,
  members: readonly string[],
  edits: Record<string, Parameters<typeof profileFor>[2]> = {},
): BotProfile[] {
  return members.map((m) => profileFor(s.state, m, edits[m] ?? {}));
}

function settle(s: LiveTestSession, bots: BotProfile[], seed: number | string = 7) {
  const result = settleBots(s.state, bots, seededRng(seed), { now: NOW });
  s.absorb(
    result.state,
    result.steps.flatMap((step) => step.events),
  );
  return result.steps;
}

/** Every bot answers the roll call, the meeting opens and the UK draft is introduced. */
function inSession(s: LiveTestSession, bots: BotProfile[], seed: number | string = 7) {
  settle(s, bots, seed);
  s.chair({ type: "meeting.open" });
  s.chair({ type: "draft.introduce" });
  settle(s, bots, seed);
}

describe("seeded randomness", () => {
  it("draws the same number for the same seed and key, uniformly in [0, 1)", () => {
    const a = seededRng(42);
    const b = seededRng(42);
    const keys = Array.from({ length: 10_000 }, (_, i) => `k${i}`);
    const draws = keys.map((k) => a.draw(k));
    expect(keys.map((k) => b.draw(k))).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = draws.reduce((x, y) => x + y, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    expect(seededRng(43).draw("k0")).not.toBe(draws[0]);
    // Asking twice changes nothing: draws are keyed, not streamed.
    expect(a.draw("k0")).toBe(draws[0]);
  });

  it("samples support, oppose and abstain in proportion to the weights", () => {
    const stance = { support: 2, oppose: 1, abstain: 1 };
    expect(sample(stance, 0)).toBe("support");
    expect(sample(stance, 0.49)).toBe("support");
    expect(sample(stance, 0.5)).toBe("oppose");
    expect(sample(stance, 0.74)).toBe("oppose");
    expect(sample(stance, 0.75)).toBe("abstain");
  });
});

describe("profiles", () => {
  it("are JSON data, validated with zod; stances need a positive weight", () => {
    const s = council();
    const all = Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, defaultProfile(s.state, m)]));
    expect(botProfilesSchema.parse(JSON.parse(JSON.stringify(all)))).toEqual(all);
    expect(() => profileFor(s.state, "FRA", { draft: { support: 0, oppose: 0 } })).toThrow(/profile of FRA: draft/);
    expect(botProfileSchema.safeParse({ member: "fr", draft: { support: 1 } }).success).toBe(false);
    expect(botProfileSchema.parse({ member: "FRA", draft: { oppose: 1 } })).toMatchObject({
      attendance: "present",
      clauses: {},
      preparedAmendment: null,
    });
    expect(() => profileFor(s.state, "FRA", { redLines: [""] })).toThrow(/profile of FRA: redLines/);
  });

  it("defaults: the draft's sponsor supports it; a P5 never opposes by default; elected members lean for", () => {
    const s = council();
    expect(defaultProfile(s.state, "GBR").draft).toEqual({ support: 1, oppose: 0, abstain: 0 });
    for (const p5 of ["CHN", "FRA", "RUS", "USA"]) expect(defaultProfile(s.state, p5).draft.oppose).toBe(0);
    expect(defaultProfile(s.state, "PAK").draft).toEqual({ support: 0.6, oppose: 0.1, abstain: 0.3 });
    expect(profileFor(s.state, "PAK", { draft: { oppose: 1 }, member: "XXX" })).toMatchObject({
      member: "PAK",
      draft: { support: 0, oppose: 1, abstain: 0 },
    });
  });
});

describe("decideBotAction", () => {
  it("answers the roll call once, then waits", () => {
    const s = council();
    const rng = seededRng(1);
    const fra = defaultProfile(s.state, "FRA");
    expect(decideBotAction(s.state, "FRA", fra, rng)).toEqual({ type: "attendance.record", entries: { FRA: "present" } });
    s.as("FRA", { type: "attendance.record", entries: { FRA: "present" } });
    expect(decideBotAction(s.state, "FRA", fra, rng)).toBeNull();
    expect(decideBotAction(s.state, "FRA", { ...fra, attendance: null }, rng)).toBeNull();
    // A member the chair recorded absent stays absent; a stranger does nothing.
    s.chair({ type: "attendance.record", entries: { PAK: "absent" } });
    expect(decideBotAction(s.state, "PAK", defaultProfile(s.state, "PAK"), rng)).toBeNull();
    expect(decideBotAction(s.state, "DEU", defaultProfile(s.state, "DEU"), rng)).toBeNull();
  });

  it("(d) the UK, sponsor of the UK draft, votes yes; a P5 profiled against it votes no: a veto naming it", () => {
    const s = council();
    const elected = SECURITY_COUNCIL_2026.filter((m) => !P5.includes(m));
    const bots = profiles(s, SECURITY_COUNCIL_2026, {
      RUS: { draft: { oppose: 1 } },
      ...Object.fromEntries([...elected, "CHN", "FRA", "USA"].map((m) => [m, { draft: { support: 1 } }])),
    });
    inSession(s, bots);
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    settle(s, bots);
    expect(s.state.procedure.vote!.ballots.GBR?.choice).toBe("yes");
    expect(s.state.procedure.vote!.ballots.RUS?.choice).toBe("no");
    s.chair({ type: "vote.close" });
    const outcome = s.state.procedure.decisions[0]!.outcome;
    expect(outcome).toMatchObject({ result: "vetoed", vetoedBy: ["RUS"], counts: { yes: 14, no: 1 } });
    expect(s.state.procedure.draft?.status).toBe("rejected");
  });

  it("with default profiles the UK votes yes whatever the seed, and no P5 vetoes", () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const s = council();
      const bots = profiles(s, SECURITY_COUNCIL_2026);
      inSession(s, bots, seed);
      s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
      settle(s, bots, seed);
      const ballots = s.state.procedure.vote!.ballots;
      expect(Object.keys(ballots)).toHaveLength(15);
      expect(ballots.GBR?.choice).toBe("yes");
      for (const p5 of P5) expect(ballots[p5]?.choice).not.toBe("no");
    }
  });

  it("a red line still in the text makes a P5 vote no; once deleted, it no longer does", () => {
    const s = council();
    const bots = profiles(s, ["CHN"], { CHN: { redLines: ["op5"], draft: { support: 1 } } });
    s.chair({ type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
    inSession(s, bots);
    s.as("PAN", { type: "amendment.submit", op: { kind: "delete", targetId: "op5" } });
    s.chair({ type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
    expect(decideBotAction(s.state, "CHN", bots[0]!, seededRng(1))).toEqual({ type: "vote.cast", choice: "yes" });
    s.chair({ type: "vote.cancel" });
    s.chair({ type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
    for (const m of ["PAN", "COL", "LVA", "LBR", "DNK", "GRC", "PAK", "SOM", "BHR"]) s.as(m, { type: "vote.cast", choice: "yes" });
    s.as("CHN", { type: "vote.cast", choice: "yes" });
    s.chair({ type: "vote.close" });
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    expect(decideBotAction(s.state, "CHN", bots[0]!, seededRng(1))).toEqual({ type: "vote.cast", choice: "yes" });
    const before = council();
    const chn = profileFor(before.state, "CHN", { redLines: ["op5"], draft: { support: 1 } });
    inSession(before, [chn]);
    before.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    expect(decideBotAction(before.state, "CHN", chn, seededRng(1))).toEqual({ type: "vote.cast", choice: "no" });
  });

  it("amendments: for its own, against deleting a clause it supports, for deleting one it opposes; sponsors reject unfriendly deletions", () => {
    const s = council();
    const bots = profiles(s, ["GBR", "FRA", "PAK", "SOM"], {
      FRA: { clauses: { op3: { support: 1 } } },
      PAK: { clauses: { op3: { oppose: 1 } } },
      SOM: { preparedAmendment: { op: { kind: "delete", targetId: "op3" } } },
    });
    inSession(s, bots);
    expect(s.state.procedure.amendments).toHaveLength(1);
    expect(s.state.procedure.amendments[0]).toMatchObject({ id: "A1", sponsors: ["SOM"], op: { kind: "delete", targetId: "op3" } });
    s.chair({ type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
    settle(s, bots);
    const ballots = s.state.procedure.vote!.ballots;
    expect(ballots).toMatchObject({ SOM: { choice: "yes" }, PAK: { choice: "yes" }, FRA: { choice: "no" }, GBR: { choice: "no" } });
    s.chair({ type: "vote.close" });
    settle(s, bots);
    // Submitted once: not again after its vote.
    expect(s.state.procedure.amendments).toHaveLength(1);
  });

  it("topics: a clause or an amendment text about a topic gets the topic's stance", () => {
    const s = council();
    const usa = profileFor(s.state, "USA", { topics: [{ keywords: ["fond international"], stance: { oppose: 1 } }] });
    const replace = { kind: "replace" as const, targetId: "op1", text: "Décide de créer un fond international pour l'IA ;" };
    inSession(s, [usa]);
    s.as("PAN", { type: "amendment.submit", op: replace });
    s.chair({ type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
    expect(decideBotAction(s.state, "USA", usa, seededRng(3))).toEqual({ type: "vote.cast", choice: "no" });
    s.chair({ type: "vote.cancel" });
    // op3 proposes « un fond international » (sic): the clause's own text matches, deleting it is welcome.
    s.as("COL", { type: "amendment.submit", op: { kind: "delete", targetId: "op3" } });
    s.chair({ type: "vote.open", subject: { kind: "amendment", amendmentId: "A2" }, method: "recorded" });
    expect(decideBotAction(s.state, "USA", usa, seededRng(3))).toEqual({ type: "vote.cast", choice: "yes" });
  });

  it("roll call: each bot answers only when called, in the roll-call order, and stops at a human's turn", () => {
    const s = council();
    const humans = ["COL", "DNK"];
    const bots = profiles(
      s,
      SECURITY_COUNCIL_2026.filter((m) => !humans.includes(m)),
    );
    for (const h of humans) s.as(h, { type: "attendance.record", entries: { [h]: "present" } });
    inSession(s, bots);
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "roll-call", firstMember: "GBR" });
    const order = s.state.procedure.vote!.order;
    const answered: string[] = [];
    for (;;) {
      const steps = settle(s, bots);
      answered.push(...steps.map((step) => step.member));
      const next = nextRollCall(s.state.procedure.vote!);
      if (!next) break;
      expect(humans).toContain(next.member);
      // Not its turn: no bot acts.
      for (const bot of bots) expect(decideBotAction(s.state, bot.member, bot, seededRng(7))).toBeNull();
      s.as(next.member, { type: "vote.cast", choice: "yes" });
      answered.push(next.member);
    }
    expect(answered).toEqual(order);
    s.chair({ type: "vote.close" });
    expect(s.state.procedure.decisions).toHaveLength(1);
  });

  it("motions: the mover votes for its motion; others follow their motion stance", () => {
    const s = council();
    const bots = profiles(s, ["FRA", "PAK"], { PAK: { motions: { default: { support: 1 }, kinds: { postpone: { oppose: 1 } } } } });
    inSession(s, bots);
    s.as("FRA", { type: "motion.propose", motion: { kind: "postpone" } });
    s.chair({ type: "vote.open", subject: { kind: "motion", motionId: "M1" }, method: "recorded" });
    settle(s, bots);
    expect(s.state.procedure.vote!.ballots).toMatchObject({ FRA: { choice: "yes" }, PAK: { choice: "no" } });
  });

  it("adoption without a vote: a bot that would vote against requests a vote", () => {
    const s = council();
    const bots = profiles(s, ["RUS", "FRA"], { RUS: { draft: { oppose: 1 } }, FRA: { draft: { support: 1 } } });
    inSession(s, bots);
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "without-vote" });
    const steps = settle(s, bots);
    expect(steps.map((x) => [x.member, x.command.type])).toEqual([["RUS", "vote.request"]]);
    expect(s.state.procedure.vote).toBeNull();
  });

  it("Model UN: a draft sponsor answers friendly amendments from its profile; present-and-voting never abstains", () => {
    const s = new LiveTestSession({ organ: "model-un", sponsors: ["GBR"] });
    const gbr = profileFor(s.state, "GBR", { amendments: { A1: { support: 1 }, A2: { oppose: 1 } }, attendance: "present-and-voting" });
    const pak = profileFor(s.state, "PAK", { attendance: "present-and-voting", draft: { support: 0.2, abstain: 0.8 } });
    // A fifth of the members must sponsor or sign before the draft is introduced.
    for (const m of ["FRA", "USA"]) s.as(m, { type: "draft.sign" });
    for (const m of SECURITY_COUNCIL_2026)
      if (m !== "GBR" && m !== "PAK") s.as(m, { type: "attendance.record", entries: { [m]: "present" } });
    inSession(s, [gbr, pak]);
    s.as("FRA", { type: "amendment.submit", op: { kind: "replace", targetId: "op5", text: "Recommande la prudence ;" } });
    s.as("USA", { type: "amendment.submit", op: { kind: "delete", targetId: "op4" } });
    const steps = settle(s, [gbr, pak]);
    expect(steps.map((x) => x.command)).toEqual([
      { type: "amendment.accept", amendmentId: "A1" },
      { type: "amendment.decline", amendmentId: "A2" },
    ]);
    expect(s.state.procedure.amendments.map((a) => a.status)).toEqual(["incorporated", "pending"]);
    // PAK would abstain (80 %) but may not: it votes its leaning instead (yes, 20 % vs 0 %)… or "no"
    // for the deletion, whatever the draw: never "abstain", and it does vote. Several draws, so that
    // some of them are "abstain" and the fallback is what is checked.
    let drewAbstain = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      s.chair({ type: "vote.open", subject: { kind: "amendment", amendmentId: "A2" }, method: "recorded" });
      const votes = settle(s, [gbr, pak], seed);
      drewAbstain += votes.filter((v) => v.member === "PAK" && v.reason.includes("(abstain,")).length;
      expect(["yes", "no"]).toContain(s.state.procedure.vote!.ballots.PAK?.choice);
      expect(s.state.procedure.vote!.ballots.GBR?.choice).toBe("no");
      s.chair({ type: "vote.cancel" });
    }
    expect(drewAbstain).toBeGreaterThan(0);
  });

  it("never returns a command the engine refuses, over many seeds and random profiles", () => {
    for (let seed = 0; seed < 25; seed++) {
      const s = council();
      const rng = seededRng(`profiles-${seed}`);
      const w = (key: string) => Math.round(rng.draw(key) * 10) / 10;
      const stance = (key: string) => ({ support: w(`${key}s`), oppose: w(`${key}o`), abstain: w(`${key}a`) + 0.1 });
      const bots = SECURITY_COUNCIL_2026.map((m) =>
        profileFor(s.state, m, {
          draft: stance(`${m}d`),
          clauses: { op3: stance(`${m}c3`), op5: stance(`${m}c5`) },
          friends: rng.draw(`${m}f`) < 0.3 ? ["GBR"] : [],
          preparedAmendment:
            rng.draw(`${m}p`) < 0.2 ? { op: { kind: "delete", targetId: `op${1 + Math.floor(rng.draw(`${m}t`) * 6)}` } } : null,
        }),
      );
      // settleBots throws if a bot's command were refused.
      inSession(s, bots, seed);
      for (let guard = 0; guard < 20; guard++) {
        const pending = s.state.procedure.amendments.filter((a) => a.status === "pending");
        const subject = pending.length ? ({ kind: "amendment", amendmentId: votingQueueHead(s) } as const) : ({ kind: "draft" } as const);
        const method = guard % 2 ? "roll-call" : "recorded";
        s.chair({
          type: "vote.open",
          subject,
          method,
          ...(method === "roll-call" ? { firstMember: SECURITY_COUNCIL_2026[seed % 15] } : {}),
        });
        settle(s, bots, seed);
        s.chair({ type: "vote.close" });
        if (subject.kind === "draft") break;
      }
      expect(["adopted", "rejected"]).toContain(s.state.procedure.draft?.status);
    }
  });
});

function votingQueueHead(s: LiveTestSession): string {
  for (const a of s.state.procedure.amendments.filter((x) => x.status === "pending")) {
    const ok = decideLive(
      s.state,
      { type: "vote.open", subject: { kind: "amendment", amendmentId: a.id }, method: "recorded" },
      { actor: { role: "chair" }, now: NOW },
    );
    if (ok.ok) return a.id;
  }
  throw new Error("no amendment may be put to the vote");
}

describe("determinism", () => {
  function run(seed: number) {
    const s = council();
    const bots = profiles(s, SECURITY_COUNCIL_2026, { PAK: { preparedAmendment: { op: { kind: "delete", targetId: "op2" } } } });
    inSession(s, bots, seed);
    s.chair({ type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
    settle(s, bots, seed);
    s.chair({ type: "vote.close" });
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    settle(s, bots, seed);
    s.chair({ type: "vote.close" });
    return s.log;
  }

  it("the same seed gives the same event log; another seed, other ballots", () => {
    expect(run(42)).toEqual(run(42));
    const logs = [1, 2, 3, 4].map((seed) => JSON.stringify(run(seed)));
    expect(new Set(logs).size).toBeGreaterThan(1);
  });

  it("planBotAction says why", () => {
    const s = council();
    const gbr = defaultProfile(s.state, "GBR");
    expect(planBotAction(s.state, "GBR", gbr, seededRng(1))).toEqual({
      command: { type: "attendance.record", entries: { GBR: "present" } },
      reason: "roll call",
    });
  });
});
