import { describe, expect, it } from "vitest";
import { LiveTestSession } from "@/lib/bots/test-utils/council";
import { seedResolution } from "@/lib/resolution/test-utils/seeds";
import type { ResolutionDocument } from "@/lib/resolution/types";
import { projectFor } from "./engine";
import { workingPapersBoard } from "./papers-board";

const doc = seedResolution("ukDraft") as ResolutionDocument;

describe("the projector's working papers (unmoderated caucus)", () => {
  it("lists the submitted papers with their sponsors and signatures, never one still being written", () => {
    const session = new LiveTestSession();
    session.as("FRA", { type: "paper.start", title: "Écrit en secret", language: "fr" });
    session.as("GBR", { type: "paper.start", title: "Cybersécurité", language: "fr" });
    const [secret, paperId] = Object.keys(session.state.papers);
    session.as("GBR", { type: "paper.invite", paperId: paperId!, members: ["USA"] });
    session.as("USA", { type: "paper.join", paperId: paperId! });
    session.as("GBR", { type: "paper.submit", paperId: paperId!, document: doc });
    const draftId = session.state.papers[paperId!]!.draftId!;
    session.chair({ type: "draft.accept", draftId });
    session.as("CHN", { type: "draft.sign", draftId });
    const screen = projectFor(session.state, { role: "screen" });
    expect(workingPapersBoard(screen)).toEqual([
      { id: paperId, title: "Cybersécurité", sponsors: ["GBR", "USA"], signatures: 1, symbol: "1.1", status: "submitted" },
    ]);
    expect(workingPapersBoard(session.state).map((p) => p.id)).not.toContain(secret);
  });
});
