/** Several drafts, as a mischievous student or a careless chair would use them (rules 80, 91). */
import { describe, expect, it } from "vitest";
import { decideTableDraft } from "./decide-session";
import { MAX_DRAFTS } from "./drafts";
import { reduce } from "./reduce";
import { CHAIR, TestSession, ballots, del } from "./test-utils/session";

const GA = ["FRA", "DEU", "ITA", "ESP", "MEX", "BRA", "IND"];

function session() {
  return new TestSession({ preset: "general-assembly", members: GA, draft: { id: "L.1", sponsors: ["FRA"] } });
}

function table(s: TestSession, title: string, sponsors = ["MEX"]) {
  const decision = decideTableDraft(s.state, { title, sponsors }, { actor: CHAIR, now: s.now });
  if (decision.ok) for (const e of decision.events) s.state = reduce(s.state, e);
  if (decision.ok) s.log.push(...decision.events);
  return decision;
}

describe("several drafts, hostile", () => {
  it("Rule 91: reorder-drafts must name, once each, drafts still before the body — not unknown, repeated or decided ones", () => {
    const s = session();
    table(s, "Projet du Mexique");
    s.chair({ type: "draft.accept", draftId: "D2" });
    s.open();
    s.introduce();
    s.chair({ type: "draft.introduce", draftId: "D2" });
    const reorder = (order: string[]) => ({ type: "motion.propose", motion: { kind: "reorder-drafts", order } });
    // A draft not yet tabled: the next one the chair tables (D3) would jump the queue.
    expect(s.err(del("MEX"), reorder(["D3", "D2", "L.1"]))).toBe("draft.order_invalid");
    expect(s.err(del("MEX"), reorder(["D2", "D2"]))).toBe("draft.order_invalid");
    expect(s.err(del("MEX"), reorder(["__proto__"]))).toBe("draft.order_invalid");
    s.ok(del("MEX"), reorder(["D2", "L.1"]));
    s.chair({ type: "vote.open", subject: { kind: "motion", motionId: "M1" }, method: "recorded" });
    s.castAll(ballots(GA, 6, 1));
    s.chair({ type: "vote.close" });
    expect(s.state.draftOrder).toEqual(["D2", "L.1"]);
    s.chair({ type: "vote.open", subject: { kind: "draft", draftId: "D2" }, method: "recorded" });
    s.castAll(ballots(GA, 6, 1));
    s.chair({ type: "vote.close" });
    // D2 is decided: it cannot be put back in the queue.
    expect(s.err(del("ITA"), reorder(["D2", "L.1"]))).toBe("draft.order_invalid");
    s.expectReplayMatches();
  });

  it(`a session holds at most ${MAX_DRAFTS} drafts: a careless chair (or hundreds of submitted working papers) cannot grow it without end`, () => {
    const s = session();
    for (let i = 2; i <= MAX_DRAFTS; i++) expect(table(s, `Projet ${i}`).ok).toBe(true);
    expect(s.state.drafts).toHaveLength(MAX_DRAFTS);
    expect(table(s, "Un de trop")).toMatchObject({ ok: false, error: { code: "draft.too_many", params: { limit: MAX_DRAFTS } } });
  });
});
