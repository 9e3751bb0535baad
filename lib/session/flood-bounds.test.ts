/** What one student can make the session keep, or show the whole room, is bounded (not rules of procedure: flood control). */
import { describe, expect, it } from "vitest";
import { LiveTestSession, NOW } from "@/lib/bots/test-utils/council";
import type { LiveCommand } from "./commands";
import { decideLive } from "./decide";
import { MAX_DRAFT_AMENDMENTS_PER_MEMBER } from "./live-decider";

const op = (text: string) => ({ kind: "replace", targetId: "op1", text }) as const;
const refusal = (s: LiveTestSession, member: string, command: LiveCommand) => {
  const decision = decideLive(s.state, command, { actor: { role: "delegation", member }, now: NOW });
  return decision.ok ? "accepted" : decision.error.code;
};

describe("flood bounds", () => {
  it("a delegation keeps at most MAX_DRAFT_AMENDMENTS_PER_MEMBER private drafts; editing one, or another delegation's, is not held back", () => {
    const s = new LiveTestSession();
    for (let i = 0; i < MAX_DRAFT_AMENDMENTS_PER_MEMBER; i++) s.as("FRA", { type: "amendment.draft.save", op: op(`v${i}`) });
    expect(refusal(s, "FRA", { type: "amendment.draft.save", op: op("one too many") })).toBe("amendment.draft_too_many");
    const mine = Object.values(s.state.drafts).filter((d) => d.sponsors.includes("FRA"));
    expect(mine).toHaveLength(MAX_DRAFT_AMENDMENTS_PER_MEMBER);
    expect(refusal(s, "FRA", { type: "amendment.draft.save", draftId: mine[0]!.id, op: op("edited") })).toBe("accepted");
    expect(refusal(s, "GBR", { type: "amendment.draft.save", op: op("mine") })).toBe("accepted");
    s.as("FRA", { type: "amendment.draft.discard", draftId: mine[0]!.id });
    expect(refusal(s, "FRA", { type: "amendment.draft.save", op: op("fits again") })).toBe("accepted");
  });
});
