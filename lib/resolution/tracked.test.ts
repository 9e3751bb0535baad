import { describe, expect, it } from "vitest";
import { trackedChanges, type PendingAmendment } from "./tracked";
import { renderMarkdown } from "./render-markdown";
import { renderPlainText } from "./render-text";
import { NESTED_DRAFT, parseDraft } from "./test-utils/drafts";
import { seedResolution } from "./test-utils/seeds";

const uk = seedResolution("ukDraft");
const pending: PendingAmendment[] = [
  { amendmentId: "A1", op: { kind: "replace", targetId: "op3", text: "*Propose* la création d'un fonds international pour l'IA," } },
  { amendmentId: "A2", op: { kind: "delete", targetId: "op5" } },
  {
    amendmentId: "A3",
    op: { kind: "add", section: "operative", parentId: null, afterId: "op6", text: "*Décide* de rester saisi de la question." },
  },
  { amendmentId: "A4", op: { kind: "add", section: "operative", parentId: null, afterId: "op6", text: "*Décide* de se réunir." } },
  { amendmentId: "A5", op: { kind: "delete", targetId: "op3" } },
  { amendmentId: "A6", op: { kind: "delete", targetId: "op99" } },
];

describe("trackedChanges", () => {
  const tracked = trackedChanges(uk, pending);
  const byId = (id: string) => tracked.operative.find((c) => c.id === id);

  it("keeps the original numbering and places additions after their anchor, in order", () => {
    expect(tracked.operative.map((c) => [c.id, c.label, c.status])).toEqual([
      ["op1", "1", "unchanged"],
      ["op2", "2", "unchanged"],
      ["op3", "3", "replaced"],
      ["op4", "4", "unchanged"],
      ["op5", "5", "deleted"],
      ["op6", "6", "unchanged"],
      ["op+A3", "6 bis", "added"],
      ["op+A4", "6 ter", "added"],
    ]);
    expect(tracked.unresolved).toEqual(["A6"]);
  });

  it("shows a replacement as a word diff and lists competing proposals", () => {
    const op3 = byId("op3");
    expect(op3?.amendmentId).toBe("A1");
    expect(op3?.segments.filter((s) => s.kind === "insert").map((s) => s.text)).toEqual(["fonds"]);
    expect(op3?.segments.some((s) => s.kind === "delete" && s.text.includes("fond"))).toBe(true);
    expect(op3?.proposals.map((p) => [p.amendmentId, p.kind])).toEqual([
      ["A1", "replace"],
      ["A5", "delete"],
    ]);
  });

  it("shows deletions and additions whole", () => {
    expect(byId("op5")?.segments).toEqual([{ kind: "delete", text: `Recommande ${uk.operative[4]?.text}` }]);
    expect(byId("op+A3")?.segments).toEqual([{ kind: "insert", text: "Décide de rester saisi de la question." }]);
    expect(byId("op+A3")?.phrase).toBe("Décide");
  });

  it("works at sub-clause level", () => {
    const nested = parseDraft(NESTED_DRAFT);
    const t = trackedChanges(nested, [
      { amendmentId: "B1", op: { kind: "add", section: "operative", parentId: "op2", afterId: "op2/a", text: "de partager ;" } },
      { amendmentId: "B2", op: { kind: "replace", targetId: "op2/b/i", text: "au niveau sous-régional ;" } },
      { amendmentId: "B3", op: { kind: "add", section: "operative", parentId: "op2/b", afterId: null, text: "au niveau local ;" } },
    ]);
    const op2 = t.operative[1];
    expect(op2?.subClauses.map((s) => [s.id, s.label, s.status])).toEqual([
      ["op2/a", "a", "unchanged"],
      ["op2/+B1", "a bis", "added"],
      ["op2/b", "b", "unchanged"],
      ["op2/c", "c", "unchanged"],
    ]);
    const b = op2?.subClauses[2];
    expect(b?.subClauses.map((s) => [s.id, s.label, s.status])).toEqual([
      ["op2/b/+B3", null, "added"],
      ["op2/b/i", "i", "replaced"],
      ["op2/b/ii", "ii", "unchanged"],
    ]);
    expect(b?.subClauses[1]?.segments).toEqual([
      // jsdiff tokenises the hyphen: only "sous-" is new.
      { kind: "equal", text: "au niveau " },
      { kind: "insert", text: "sous-" },
      { kind: "equal", text: "régional ;" },
    ]);
  });

  it("strikes the sub-clauses of a deleted clause too", () => {
    const nested = parseDraft(NESTED_DRAFT);
    const t = trackedChanges(nested, [{ amendmentId: "D1", op: { kind: "delete", targetId: "op2/b" } }]);
    const b = t.operative[1]?.subClauses[1];
    expect([b?.status, b?.subClauses.map((s) => [s.status, s.amendmentId, s.segments])]).toEqual([
      "deleted",
      [
        ["deleted", "D1", [{ kind: "delete", text: "au niveau régional ;" }]],
        ["deleted", "D1", [{ kind: "delete", text: "au niveau mondial ;" }]],
      ],
    ]);
    expect(b?.proposals).toHaveLength(1);
    expect(b?.subClauses[0]?.proposals).toEqual([]);
  });
});

describe("tracked rendering", () => {
  it("underlines insertions and strikes deletions in Markdown, with the phrase still italic", () => {
    const md = renderMarkdown(uk, { pending });
    expect(md).toContain("3. *Propose* la création d'un ~~fond~~<ins>fonds</ins> international pour l'IA");
    expect(md).toContain("5. ~~*Recommande* aux différentes armées");
    expect(md).toContain("6 bis. <ins>*Décide* de rester saisi de la question.</ins>");
  });

  it("prints [+…+] and [-…-] in plain text", () => {
    const text = renderPlainText(uk, { pending });
    expect(text).toContain("[-fond-][+fonds+]");
    expect(text).toContain("6 ter. [+Décide de se réunir.+]");
  });

  it("renders the original unchanged when nothing is pending", () => {
    expect(renderMarkdown(uk, { pending: [] })).toBe(renderMarkdown(uk));
  });
});
