/** The minutes of a session with two drafts name each draft, give each its fate, and keep each draft's amendments apart. */
import { describe, expect, it } from "vitest";
import { SECURITY_COUNCIL_2026, type Actor } from "@/lib/procedure";
import { seedResolution } from "@/lib/resolution/test-utils/seeds";
import type { LiveCommand } from "@/lib/session";
import { exportFile } from "./files";
import { buildMinutes, minutesMarkdown, minutesOutline } from "./index";
import { serverMinutesWriter } from "./server-writer";
import { session } from "./test-session";

const CHAIR: Actor = { role: "chair" };
const as = (member: string): Actor => ({ role: "delegation", member });

function twoDraftSession() {
  const s = session("security-council", { now: Date.UTC(2026, 11, 1, 13, 0), timeZone: "Europe/Paris" });
  const council = SECURITY_COUNCIL_2026;
  const recorded = (subject: Extract<LiveCommand, { type: "vote.open" }>["subject"], yes: number) => {
    s.run(CHAIR, { type: "vote.open", subject, method: "recorded" });
    council.forEach((m, i) => s.run(as(m), { type: "vote.cast", choice: i < yes ? "yes" : "abstain" }));
    s.run(CHAIR, { type: "vote.close" });
  };
  s.run(CHAIR, {
    type: "draft.table",
    title: "Sécurité numérique",
    sponsors: ["FRA", "DNK"],
    documentId: "ga",
    document: seedResolution("gaDraft"),
  });
  s.run(CHAIR, { type: "draft.table", title: "Brouillon", sponsors: ["PAN"], documentId: "ga", document: seedResolution("gaDraft") });
  s.run(CHAIR, { type: "draft.accept", draftId: "D2" });
  s.run(CHAIR, { type: "draft.return", draftId: "D3", comment: "Le dispositif n'a pas de verbe" });
  s.run(CHAIR, { type: "attendance.record", entries: Object.fromEntries(council.map((m) => [m, "present"])) });
  s.run(CHAIR, { type: "meeting.open" });
  s.run(CHAIR, { type: "draft.introduce" });
  s.run(CHAIR, { type: "draft.introduce", draftId: "D2" });
  s.run(as("CHN"), { type: "amendment.submit", op: { kind: "delete", targetId: "op1" }, draftId: "D2" });
  s.run(as("RUS"), { type: "amendment.submit", op: { kind: "delete", targetId: "op2" } });
  recorded({ kind: "amendment", amendmentId: "A2" }, 4);
  recorded({ kind: "draft" }, 12);
  recorded({ kind: "amendment", amendmentId: "A1" }, 10);
  recorded({ kind: "draft", draftId: "D2" }, 13);
  return s;
}

describe("minutes of a session with several drafts", () => {
  const s = twoDraftSession();
  const minutes = buildMinutes(s.log);
  const fr = minutesMarkdown(minutesOutline(minutes, serverMinutesWriter("fr", "Europe/Paris")));

  it("list every draft with its fate, in the order of votes", () => {
    expect(minutes.drafts.map((d) => [d.draftId, d.label.symbol, d.status])).toEqual([
      ["uk", null, "adopted"],
      ["D2", "1.1", "adopted"],
      ["D3", null, "returned"],
    ]);
    expect(fr).toContain("## Les projets de la séance");
    expect(fr).toContain("- Projet « IA » : adopté");
    expect(fr).toContain("- Projet de résolution 1.1 — Sécurité numérique : adopté");
    expect(fr).toContain("- Projet « Brouillon » : renvoyé à ses auteurs");
  });

  it("record tabling, acceptance and return, and name the draft of each decision and vote", () => {
    expect(fr).toContain("Dépôt du projet « Sécurité numérique » par la France et le Danemark");
    expect(fr).toContain("La présidence accepte le projet « Sécurité numérique » comme projet de résolution 1.1");
    expect(fr).toContain("La présidence renvoie le projet « Brouillon » à ses auteurs : « Le dispositif n'a pas de verbe »");
    expect(fr).toMatch(/Vote n°\s4 sur le projet de résolution 1\.1/);
    expect(fr).toMatch(/Vote n°\s2 sur le projet « IA »/);
    expect(fr).toContain("**Le projet de résolution 1.1 est adopté**");
    // Each draft's introduction names its own sponsors and the draft.
    expect(fr).toMatch(
      /Présentation du projet de résolution par la France et le Danemark\s+Projet de résolution 1\.1 — Sécurité numérique/,
    );
    expect(minutes.votes.map((v) => (v.subject.kind === "draft" ? v.subject.draftId : v.subject.kind))).toEqual([
      "amendment",
      "uk",
      "amendment",
      "D2",
    ]);
  });

  it("keep each draft's text with its own amendments", () => {
    const uk = minutes.drafts.find((d) => d.draftId === "uk")!.document!;
    const d2 = minutes.drafts.find((d) => d.draftId === "D2")!.document!;
    // A2 (deleting the UK draft's op2) was rejected; A1 deleted D2's op1.
    expect(uk.operative.map((c) => c.id)).toContain("op2");
    expect(d2.operative.map((c) => c.id)).not.toContain("op1");
    expect(seedResolution("gaDraft").operative.map((c) => c.id)).toContain("op1");
  });

  it("export each draft's text with its own status and name", async () => {
    // The minutes' own text is the draft decided last (1.1); the UK draft's is asked for by id.
    expect(minutes.draftId).toBe("D2");
    const uk = await exportFile(minutes, "text.md", "fr", "seance", "uk");
    expect(uk?.name).toBe("seance-projet-ia-texte-adopte.md");
    expect(String(uk?.body)).toContain("Texte adopté");
    expect(String(uk?.body)).toContain("intelligence artificielle");
    expect(await exportFile(minutes, "text.md", "fr", "seance", "D9")).toBeNull();
    expect((await exportFile(minutes, "text.md", "fr", "seance"))?.name).toBe("seance-texte-adopte.md");
  });
});

describe("minutes of a working paper tabled as a draft", () => {
  it("say who wrote how many of its clauses (issue 18: the writing is in the record)", () => {
    const s = session("security-council", { now: Date.UTC(2026, 11, 1, 13, 0), timeZone: "Europe/Paris" });
    s.run(as("FRA"), { type: "paper.start", title: "Cybersécurité", language: "fr" });
    const started = s.log.at(-1)!.event;
    const paperId = started.type === "paper.started" ? started.paper.id : "";
    s.run(as("FRA"), { type: "paper.invite", paperId, members: ["USA"] });
    s.run(as("USA"), { type: "paper.join", paperId });
    // As the server submits it: the text converted from the Yjs document, with each clause's writer.
    s.run(as("USA"), {
      type: "paper.submit",
      paperId,
      document: seedResolution("gaDraft"),
      writers: { pp1: "FRA", pp2: "USA", op1: "USA", "op1/a": "USA", op2: "@chair" },
    });
    const fr = minutesMarkdown(minutesOutline(buildMinutes(s.log), serverMinutesWriter("fr", "Europe/Paris")));
    expect(fr).toContain("Dépôt du projet « Cybersécurité » par la France et les États-Unis d'Amérique");
    expect(fr).toContain(
      "Rédaction du document de travail : la France (1 paragraphe ou alinéa) et les États-Unis d'Amérique (3 paragraphes ou alinéas)",
    );
    const en = minutesMarkdown(minutesOutline(buildMinutes(s.log), serverMinutesWriter("en", "Europe/Paris")));
    expect(en).toContain("Working paper written by France (1 clause) and the United States of America (3 clauses)");
  });
});
