/** Working papers in the session layer: who may do what, who sees what, the bounds. */
import { describe, expect, it } from "vitest";
import { LiveTestSession, NOW } from "@/lib/bots/test-utils/council";
import { seedResolution } from "@/lib/resolution/test-utils/seeds";
import type { ResolutionDocument } from "@/lib/resolution/types";
import { decideLive } from "./decide";
import { audienceOf, CHAIR_AUDIENCE } from "./events";
import { projectFor } from "./engine";
import { PAPER_RULES, paperStatus } from "./papers";
import { replayLive } from "./reduce";

const doc = seedResolution("ukDraft") as ResolutionDocument;

function started() {
  const session = new LiveTestSession();
  const [event] = session.as("FRA", { type: "paper.start", title: "Cybersécurité", language: "fr" });
  const paperId = event?.type === "paper.started" ? event.paper.id : "";
  return { session, paperId };
}

const refusal = (session: LiveTestSession, member: string | null, command: Parameters<typeof decideLive>[1]) => {
  const decision = decideLive(session.state, command, { actor: member ? { role: "delegation", member } : { role: "chair" }, now: NOW + 1 });
  return decision.ok ? "accepted" : decision.error.code;
};

describe("working papers", () => {
  it("a delegation starts one, seen by its people and the chair only", () => {
    const { session, paperId } = started();
    const event = session.log.at(-1)!;
    expect(audienceOf(event)).toEqual(["FRA", CHAIR_AUDIENCE]);
    expect(Object.keys(projectFor(session.state, { role: "delegation", member: "FRA" }).papers)).toEqual([paperId]);
    expect(Object.keys(projectFor(session.state, { role: "chair" }).papers)).toEqual([paperId]);
    expect(projectFor(session.state, { role: "delegation", member: "GBR" }).papers).toEqual({});
    expect(projectFor(session.state, { role: "screen" }).papers).toEqual({});
    expect(refusal(session, null, { type: "paper.start", title: "x", language: "fr" })).toBe("paper.delegations_only");
  });

  it("authors invite; the invited join or decline themselves; the last author cannot leave", () => {
    const { session, paperId } = started();
    expect(refusal(session, "GBR", { type: "paper.invite", paperId, members: ["GBR"] })).toBe("paper.unknown");
    session.as("FRA", { type: "paper.invite", paperId, members: ["GBR", "USA"] });
    expect(audienceOf(session.log.at(-1)!)).toEqual(["FRA", "GBR", "USA", CHAIR_AUDIENCE]);
    expect(refusal(session, "GBR", { type: "paper.invite", paperId, members: ["CHN"] })).toBe("paper.authors_only");
    expect(refusal(session, "GBR", { type: "paper.submit", paperId, document: doc })).toBe("paper.authors_only");
    session.as("GBR", { type: "paper.join", paperId });
    session.as("USA", { type: "paper.leave", paperId });
    // USA hears that it left (its screen drops the paper), and sees it no more.
    expect(audienceOf(session.log.at(-1)!)).toContain("USA");
    expect(session.state.papers[paperId]).toMatchObject({ authors: ["FRA", "GBR"], invited: [] });
    expect(projectFor(session.state, { role: "delegation", member: "USA" }).papers).toEqual({});
    expect(refusal(session, "USA", { type: "paper.join", paperId })).toBe("paper.unknown");
    session.as("GBR", { type: "paper.leave", paperId });
    expect(refusal(session, "FRA", { type: "paper.leave", paperId })).toBe("paper.last_author");
    expect(refusal(session, "FRA", { type: "paper.invite", paperId, members: ["XXX"] })).toBe("auth.unknown_member");
  });

  it("PAPER_RULES.reinviteAfterMs: a delegation that declined or left is not invited again before ten minutes, so its screen is not flooded", () => {
    const { session, paperId } = started();
    session.as("FRA", { type: "paper.invite", paperId, members: ["GBR", "USA"] });
    session.as("USA", { type: "paper.leave", paperId }); // declines
    session.as("GBR", { type: "paper.join", paperId });
    const invite = (member: string, now: number, members: string[]) =>
      decideLive(session.state, { type: "paper.invite", paperId, members }, { actor: { role: "delegation", member }, now });
    const soon = invite("GBR", NOW + 60_000, ["CHN", "USA"]);
    expect(!soon.ok && soon.error).toEqual({ code: "paper.reinvite_too_soon", params: { minutes: 9 } });
    // Others may still be invited, and the one that declined once the time has passed.
    expect(invite("FRA", NOW + 60_000, ["CHN"]).ok).toBe(true);
    expect(invite("FRA", NOW + PAPER_RULES.reinviteAfterMs, ["USA"]).ok).toBe(true);
    // An author who left counts the same.
    session.as("GBR", { type: "paper.leave", paperId });
    expect(refusal(session, "FRA", { type: "paper.invite", paperId, members: ["GBR"] })).toBe("paper.reinvite_too_soon");
    expect(session.state.papers[paperId]!.left).toEqual({ USA: NOW, GBR: NOW });
  });

  it("an author submits it with the document the server converted; it is public from then on; the chair returns the draft it became", () => {
    const { session, paperId } = started();
    // Without the server's conversion (a client cannot send the document: the schema is strict).
    expect(refusal(session, "FRA", { type: "paper.submit", paperId })).toBe("paper.unavailable");
    expect(refusal(session, "FRA", { type: "paper.submit", paperId, document: { ...doc, operative: [] } })).toBe(
      "paper.no_operative_clause",
    );
    session.as("FRA", { type: "paper.submit", paperId, document: doc });
    expect(audienceOf(session.log.at(-1)!)).toBeNull();
    expect(projectFor(session.state, { role: "screen" }).papers[paperId]).toMatchObject({ status: "submitted", document: doc });
    expect(refusal(session, "FRA", { type: "paper.submit", paperId, document: doc })).toBe("paper.already_submitted");
    // Tabled as a draft resolution with its text, sponsored by the paper's authors, for the chair to accept.
    const paper = session.state.papers[paperId]!;
    const draft = session.state.procedure.drafts.find((d) => d.id === paper.draftId)!;
    expect(draft).toMatchObject({ title: "Cybersécurité", sponsors: ["FRA"], needsAcceptance: true, status: "submitted" });
    expect(session.state.documents[draft.id]!.document).toEqual(doc);
    expect(paperStatus(paper, session.state.procedure.drafts)).toEqual({ status: "submitted", comment: null });
    // The chair returns the draft: the paper is its authors' again, with the comment, and may be submitted anew.
    session.chair({ type: "draft.return", draftId: draft.id, comment: "Ajoutez un verbe au 3." });
    expect(paperStatus(session.state.papers[paperId]!, session.state.procedure.drafts)).toEqual({
      status: "returned",
      comment: "Ajoutez un verbe au 3.",
    });
    session.as("FRA", { type: "paper.submit", paperId, document: doc });
    expect(session.state.papers[paperId]!.draftId).not.toBe(draft.id);
    expect(replayLive(session.log)).toEqual(session.state);
  });

  it("a student cannot flood the session with papers or people", () => {
    const session = new LiveTestSession();
    for (let i = 0; i < PAPER_RULES.writingPerMember; i++) session.as("FRA", { type: "paper.start", title: `P${i}`, language: "fr" });
    expect(refusal(session, "FRA", { type: "paper.start", title: "encore", language: "fr" })).toBe("paper.too_many_of_yours");
    const paperId = Object.keys(session.state.papers)[0]!;
    const members = session.state.procedure.members.filter((m) => m !== "FRA");
    expect(members.length).toBeGreaterThanOrEqual(PAPER_RULES.people);
    expect(refusal(session, "FRA", { type: "paper.invite", paperId, members: members.slice(0, PAPER_RULES.people) })).toBe(
      "paper.too_many_people",
    );
    expect(new Set(Object.keys(session.state.papers)).size).toBe(PAPER_RULES.writingPerMember);
  });

  it("a client's command cannot carry its own document", async () => {
    const { liveCommandSchema } = await import("./commands");
    expect(liveCommandSchema.safeParse({ type: "paper.submit", paperId: "wp-1", document: doc }).success).toBe(false);
    expect(liveCommandSchema.safeParse({ type: "paper.submit", paperId: "wp-1" }).success).toBe(true);
  });
});
