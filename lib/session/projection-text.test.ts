import { describe, expect, it } from "vitest";
import { LiveTestSession } from "@/lib/bots/test-utils/council";
import { groupPhrases } from "./phrase-changes";
import { amendmentInContext, clauseInContext, draftAsItStands } from "./projection-text";

const NEW_TEXT =
  "Propose la création d'un fonds mondial de sécurité numérique, géré par le Secrétariat, pour aider les pays en développement ;";

function council() {
  const s = new LiveTestSession();
  s.chair({ type: "attendance.record", entries: Object.fromEntries(s.state.procedure.members.map((m) => [m, "present"])) });
  s.chair({ type: "meeting.open" });
  s.chair({ type: "draft.introduce" });
  s.as("FRA", { type: "amendment.submit", op: { kind: "replace", targetId: "op3", text: NEW_TEXT } });
  return s;
}

describe("the text a screen puts in front of the room", () => {
  it("an amendment replacing operative clause 3: the clause in context, as tracked changes, before and after its adoption", () => {
    const s = council();
    const amendment = s.state.procedure.amendments[0]!;
    const pending = amendmentInContext(s.state, amendment)!;
    expect(pending).toMatchObject({ focusId: "op3", amendmentId: amendment.id, clause: { label: "3", status: "replaced" } });
    // Word by word, the diff interleaves "fond|fonds international|mondial…"; read by phrase, the new words stand together.
    expect(pending.clause.segments.some((seg) => seg.kind === "insert" && seg.text.includes("fonds mondial"))).toBe(false);
    expect(groupPhrases(pending.clause.segments).filter((seg) => seg.kind === "insert")[0]?.text).toMatch(
      /^fonds mondial de sécurité numérique/,
    );
    s.chair({ type: "vote.open", subject: { kind: "amendment", amendmentId: amendment.id }, method: "recorded" });
    for (const m of s.state.procedure.members) s.as(m, { type: "vote.cast", choice: "yes" });
    s.chair({ type: "vote.close" });
    const adopted = s.state.procedure.amendments[0]!;
    expect(adopted.status).toBe("adopted");
    expect(amendmentInContext(s.state, adopted)).toEqual(pending);
    // The draft as it stands now reads the new text, untracked.
    expect(clauseInContext(draftAsItStands(s.state), "op3")?.clause.segments).toEqual([{ kind: "equal", text: NEW_TEXT }]);
  });

  it("an unknown clause has no context (the screen falls back to the draft)", () => {
    const s = council();
    expect(clauseInContext(draftAsItStands(s.state), "op99")).toBeNull();
  });
});
