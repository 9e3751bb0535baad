/**
 * The downloads of a session (text.docx, text.md, votes.xlsx, votes.csv, minutes.pdf) against the
 * real server: a short Council session — roll call, an amendment adopted, the draft vetoed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECURITY_COUNCIL_2026 } from "@/lib/procedure";
import { clauseText, findClause, parseDocx } from "@/lib/resolution";
import type { ResolutionDocument } from "@/lib/resolution/types";
import { boot, type Booted } from "../test-utils/boot";
import { createSession, join, joined, must, tokenOf, type LiveClient } from "../test-utils/session";
import type { SessionLinks } from "@/lib/protocol/http";

const NEW_OP5 = "Recommande aux États membres de n'utiliser l'intelligence artificielle à des fins militaires que sous contrôle humain ;";
/** The draft vote: RUS against (a veto), GBR abstains, the rest in favour. */
const CHOICE = (m: string) => (m === "RUS" ? "no" : m === "GBR" ? "abstain" : "yes");

let server: Booted;
let links: SessionLinks;
const clients: LiveClient[] = [];

beforeAll(async () => {
  server = await boot();
  links = await createSession(server.app.url, { organ: "security-council" });
  const chair = join(server.app.url, links.id, links.chair.url);
  const delegations = new Map(links.delegations.map((d) => [d.member, join(server.app.url, links.id, d.url)]));
  clients.push(chair, ...delegations.values());
  await joined(clients);
  await must(chair, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
  await must(chair, { type: "meeting.open" });
  await must(chair, { type: "draft.introduce" });
  await must(delegations.get("FRA")!, { type: "amendment.submit", op: { kind: "replace", targetId: "op5", text: NEW_OP5 } });
  await must(chair, { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
  for (const m of SECURITY_COUNCIL_2026) await must(delegations.get(m)!, { type: "vote.cast", choice: "yes" });
  await must(chair, { type: "vote.close" });
  await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
  for (const m of SECURITY_COUNCIL_2026) await must(delegations.get(m)!, { type: "vote.cast", choice: CHOICE(m) });
  await must(chair, { type: "vote.close" });
});

afterAll(async () => {
  for (const c of clients) c.close();
  await server.stop();
});

const exportUrl = (file: string, key?: string) => `${server.app.url}/api/sessions/${links.id}/export/${file}${key ? `?key=${key}` : ""}`;

describe("GET /api/sessions/:id/export/…", () => {
  it("text.docx: a Word file that re-imports to the text with the adopted amendment, named for what it is (vetoed)", async () => {
    const res = await fetch(exportUrl("text.docx", tokenOf(links.observer.url)));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="l-i-a-un-nouvel-enjeu[a-z0-9-]*-texte-mis-aux-voix-non-adopte-veto-federation-de-russie\.docx"/,
    );
    const parsed = await parseDocx(new Uint8Array(await res.arrayBuffer()));
    expect(parsed.ok).toBe(true);
    const doc = (parsed.ok ? parsed.document : null) as ResolutionDocument;
    expect(clauseText(findClause(doc, "op5")!.clause)).toBe(NEW_OP5);
    expect(doc.operative.length).toBeGreaterThan(5);
  });

  it("text.md (and its former name adopted.md): the same text in Markdown, for any link (a delegation's)", async () => {
    expect((await fetch(exportUrl("adopted.md", tokenOf(links.delegations[0]!.url)))).status).toBe(200);
    const res = await fetch(exportUrl("text.md", tokenOf(links.delegations[0]!.url)));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain(".md");
    const text = await res.text();
    expect(text).toContain(
      "5. *Recommande* aux États membres de n'utiliser l'intelligence artificielle à des fins militaires que sous contrôle humain ;",
    );
  });

  it("votes.csv: UTF-8 with a BOM, `;` in French, one row per member of each recorded vote, with each one's choice and the veto", async () => {
    const res = await fetch(exportUrl("votes.csv", tokenOf(links.chair.url)), { headers: { "accept-language": "fr-FR" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = new TextDecoder()
      .decode(bytes.slice(3))
      .trim()
      .split("\r\n")
      .map((l) => l.split(";"));
    expect(rows[0]!.slice(0, 10)).toEqual([
      "n°",
      "date et heure",
      "objet",
      "code",
      "délégation",
      "vote",
      "avec explication",
      "vote décisif",
      "résultat",
      "veto",
    ]);
    const draftRows = rows.filter((r) => r[2] === "Projet de résolution");
    expect(draftRows).toHaveLength(15);
    const choiceOf = (code: string) => draftRows.find((r) => r[3] === code)![5];
    expect(choiceOf("RUS")).toBe("Contre");
    expect(choiceOf("GBR")).toBe("Abstention");
    expect(choiceOf("FRA")).toBe("Pour");
    expect(draftRows.find((r) => r[3] === "RUS")![4]).toBe("Fédération de Russie");
    expect(draftRows[0]![9]).toBe("Fédération de Russie");
    expect(draftRows[0]![0]).toBe("2");
    expect(rows.filter((r) => r[2] === "Amendement A1")).toHaveLength(15);
  });

  it("votes.xlsx and minutes.pdf: a spreadsheet and a PDF", async () => {
    const xlsx = await fetch(exportUrl("votes.xlsx", tokenOf(links.chair.url)));
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    const pdf = await fetch(exportUrl("minutes.pdf", tokenOf(links.chair.url)));
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toContain("-proces-verbal.pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  it("minutes.md in the time zone recorded at creation (an unknown zone is refused)", async () => {
    const bad = await fetch(`${server.app.url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ organ: "security-council", timeZone: "Mars/Olympus" }),
    });
    expect(bad.status).toBe(400);
    const tokyo = await createSession(server.app.url, { organ: "security-council", timeZone: "Asia/Tokyo" });
    const md = await (await fetch(`${server.app.url}/api/sessions/${tokyo.id}/export/minutes.md?key=${tokenOf(tokyo.chair.url)}`)).text();
    const hour = new Intl.DateTimeFormat("fr", { timeZone: "Asia/Tokyo", hour: "numeric", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(Date.now())
      .find((p) => p.type === "hour")!.value;
    expect(md).toMatch(new RegExp(`- ${hour}\u00a0h\u00a0\\d\\d — Séance \\(Conseil de sécurité\\)`));
  });

  it("in English for an English browser", async () => {
    const res = await fetch(exportUrl("votes.csv", tokenOf(links.chair.url)), { headers: { "accept-language": "en-GB" } });
    const text = await res.text();
    expect(text).toContain("Russian Federation");
    expect(res.headers.get("content-disposition")).toContain("-votes.csv");
  });

  it("403 without a key or with another session's key; 404 for an unknown file; 405 for another method", async () => {
    const none = await fetch(exportUrl("votes.csv"));
    expect(none.status).toBe(403);
    expect(await none.json()).toMatchObject({
      ok: false,
      error: { code: "auth.invalid_token", message: "Ce lien n'est pas valable pour cette séance." },
    });
    const other = await createSession(server.app.url, { organ: "security-council" });
    expect((await fetch(exportUrl("adopted.md", tokenOf(other.chair.url)))).status).toBe(403);
    expect((await fetch(exportUrl("minutes.exe", tokenOf(links.chair.url)))).status).toBe(404);
    expect((await fetch(exportUrl("votes.csv", tokenOf(links.chair.url)), { method: "POST" })).status).toBe(405);
  });
});
