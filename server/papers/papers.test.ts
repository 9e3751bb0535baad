/**
 * Working papers end to end without a browser: the real server and Socket.IO, real SQLite, the
 * device's own PaperClient. Co-writing, privacy, a mischievous student, persistence across a
 * restart, submission.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addClause, clauseText, insertText, sectionTree, toBase64 } from "@/lib/papers";
import { PaperClient } from "@/lib/client/paper-client";
import type { SessionLinks } from "@/lib/protocol/http";
import { boot, type Booted } from "../test-utils/boot";
import { createSession, join, joined, must, type LiveClient } from "../test-utils/session";

let server: Booted;
const open: { close(): void }[] = [];

beforeAll(async () => {
  server = await boot();
});
afterAll(async () => {
  for (const c of open) c.close();
  await server.stop();
});

function client(links: SessionLinks, member: string | "chair" | "screen", at = server): LiveClient {
  const url =
    member === "chair" ? links.chair.url : member === "screen" ? links.screen.url : links.delegations.find((d) => d.member === member)!.url;
  const c = join(at.app.url, links.id, url);
  open.push(c);
  return c;
}

function paperOf(c: LiveClient, paperId: string): PaperClient {
  const p = new PaperClient(c, c.sessionId, paperId);
  open.push(p);
  return p;
}

const until = async (check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not met");
    await new Promise((r) => setTimeout(r, 10));
  }
};

async function paperSession() {
  const links = await createSession(server.app.url, { organ: "security-council" });
  const [fra, gbr, usa, chair, screen] = [
    client(links, "FRA"),
    client(links, "GBR"),
    client(links, "USA"),
    client(links, "chair"),
    client(links, "screen"),
  ];
  await joined([fra, gbr, usa, chair, screen]);
  await must(fra, { type: "paper.start", title: "Cybersécurité", language: "fr" });
  const paperId = Object.keys(fra.state!.papers)[0]!;
  await must(fra, { type: "paper.invite", paperId, members: ["GBR"] });
  await must(gbr, { type: "paper.join", paperId });
  return { links, fra, gbr, usa, chair, screen, paperId };
}

describe("working papers over Socket.IO", () => {
  it("two authors type in the same clause at once and both keep their text, on the server too", async () => {
    const { fra, gbr, paperId, chair } = await paperSession();
    const a = paperOf(fra, paperId);
    const b = paperOf(gbr, paperId);
    await until(() => a.status === "saved" && b.status === "saved");
    const id = addClause(a.doc, { section: "operative", parent: null, after: null, phrase: "invites", text: "les États", by: "FRA" });
    await until(() => sectionTree(b.doc, "operative").length === 1);
    insertText(a.doc, id, 0, "tous ");
    insertText(b.doc, id, "les États".length, " à coopérer");
    await until(
      () => clauseText(a.doc, id).toString() === clauseText(b.doc, id).toString() && a.status === "saved" && b.status === "saved",
    );
    expect(clauseText(a.doc, id).toString()).toBe("tous les États à coopérer");
    // The chair reads it too (a third device, synced from the server's copy).
    const c = paperOf(chair, paperId);
    await until(() => c.status === "saved" && sectionTree(c.doc, "operative")[0]?.text === "tous les États à coopérer");
  });

  it("is private: another delegation and the screen get nothing, not even its existence", async () => {
    const { usa, screen, paperId, links } = await paperSession();
    expect(usa.state!.papers).toEqual({});
    expect(screen.state!.papers).toEqual({});
    const vector = toBase64(Y.encodeStateVector(new Y.Doc()));
    expect(await usa.socket.emitWithAck("paper:sync", { sessionId: links.id, paperId, stateVector: vector })).toMatchObject({
      ok: false,
      error: { code: "paper.unknown" },
    });
    expect(await screen.socket.emitWithAck("paper:sync", { sessionId: links.id, paperId, stateVector: vector })).toMatchObject({
      ok: false,
      error: { code: "auth.forbidden" },
    });
    const doc = new Y.Doc();
    addClause(doc, { section: "preamble", parent: null, after: null, text: "intrus", by: "USA" });
    const update = toBase64(Y.encodeStateAsUpdate(doc));
    expect(await usa.socket.emitWithAck("paper:update", { sessionId: links.id, paperId, update })).toMatchObject({
      ok: false,
      error: { code: "paper.unknown" },
    });
  });

  it("refuses a mischievous author's updates, huge or forged, and stores nothing of them", async () => {
    const { gbr, paperId, links } = await paperSession();
    const send = (update: string) => gbr.socket.emitWithAck("paper:update", { sessionId: links.id, paperId, update });
    const forged = new Y.Doc();
    addClause(forged, { section: "preamble", parent: null, after: null, text: "au nom de la France", by: "FRA" });
    expect(await send(toBase64(Y.encodeStateAsUpdate(forged)))).toMatchObject({ ok: false, error: { code: "paper.not_your_clause" } });
    // Past the update's limit (48 KB) it weighs more than the link's whole burst: refused unread.
    expect(await send("A".repeat(60 * 1024))).toMatchObject({ ok: false, error: { code: "rate.limited" } });
    expect(await send("A".repeat(70 * 1024))).toMatchObject({ ok: false, error: { code: "protocol.payload_too_large" } });
    expect(await send("pas du base64 !")).toMatchObject({ ok: false, error: { code: "protocol.invalid_payload" } });
    expect(await send(toBase64(new Uint8Array([9, 9, 9, 9])))).toMatchObject({ ok: false, error: { code: "paper.bad_update" } });
    expect(await server.db.papers.since(links.id, paperId, 0)).toEqual([]);
  });

  it("an update sent again is acknowledged but neither stored again nor sent to the co-authors (replaying one update grew the history without end)", async () => {
    const { gbr, fra, paperId, links } = await paperSession();
    const seen: unknown[] = [];
    fra.socket.on("paper:update", (m: unknown) => seen.push(m));
    const doc = new Y.Doc();
    addClause(doc, { section: "preamble", parent: null, after: null, text: "rappelant", by: "GBR" });
    const update = toBase64(Y.encodeStateAsUpdate(doc));
    const send = () => gbr.socket.emitWithAck("paper:update", { sessionId: links.id, paperId, update });
    const first = await send();
    expect(first).toMatchObject({ ok: true });
    for (let i = 0; i < 5; i++) expect(await send()).toEqual(first);
    expect(
      await gbr.socket.emitWithAck("paper:update", { sessionId: links.id, paperId, update: toBase64(Y.encodeStateAsUpdate(new Y.Doc())) }),
    ).toEqual(first);
    await until(() => seen.length >= 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toHaveLength(1);
    expect(await server.db.papers.since(links.id, paperId, 0)).toHaveLength(1);
    // Another session's paper of the same id reads none of these rows.
    expect(await server.db.papers.since("another-session", paperId, 0)).toEqual([]);
  });

  it("stores each update with its author before acknowledging it: a restarted server gives the text back", async () => {
    const { fra, paperId, links } = await paperSession();
    const a = paperOf(fra, paperId);
    await until(() => a.status === "saved");
    const id = addClause(a.doc, { section: "preamble", parent: null, after: null, phrase: "recalling", text: "sa résolution,", by: "FRA" });
    await until(() => a.status === "saved");
    const rows = await server.db.papers.since(links.id, paperId, 0);
    expect(rows.map((r) => r.author)).toEqual(["FRA"]);

    const file = server.file;
    await server.stop();
    server = await boot({ file });
    const again = client(links, "FRA");
    await joined([again]);
    const b = paperOf(again, paperId);
    await until(() => b.status === "saved" && clauseText(b.doc, id).toString() === "sa résolution,");
  });

  it("an update sent while the paper is being submitted is either in the draft or refused — never acknowledged and left out", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const { fra, gbr, paperId, links } = await paperSession();
      const a = paperOf(fra, paperId);
      await until(() => a.status === "saved");
      const id = addClause(a.doc, {
        section: "operative",
        parent: null,
        after: null,
        phrase: "decides",
        text: "de rester saisi.",
        by: "FRA",
      });
      await until(() => a.status === "saved");
      a.close();
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(a.doc));
      const vector = Y.encodeStateVector(doc);
      insertText(doc, id, 0, "tardif ");
      const late = toBase64(Y.encodeStateAsUpdate(doc, vector));
      const [submitted, update] = await Promise.all([
        gbr.send({ type: "paper.submit", paperId }),
        fra.socket.emitWithAck("paper:update", { sessionId: links.id, paperId, update: late }),
      ]);
      expect(submitted.ok).toBe(true);
      await until(() => fra.state!.papers[paperId]?.status === "submitted");
      const text = fra.state!.papers[paperId]!.document!.operative[0]!.text;
      if (update.ok) expect(text).toContain("tardif");
      else expect(update).toMatchObject({ error: { code: "paper.read_only" } });
    }
  });

  it("submits the paper converted by the server; read-only and public from then on", async () => {
    const { fra, gbr, usa, screen, paperId, links } = await paperSession();
    const a = paperOf(fra, paperId);
    await until(() => a.status === "saved");
    addClause(a.doc, { section: "preamble", parent: null, after: null, phrase: "deeply-concerned", text: "par les risques,", by: "FRA" });
    addClause(a.doc, {
      section: "operative",
      parent: null,
      after: null,
      phrase: "decides",
      text: "de rester saisi de la question.",
      by: "FRA",
    });
    await until(() => a.status === "saved");
    await must(gbr, { type: "paper.submit", paperId });
    await until(() => screen.state!.papers[paperId]?.status === "submitted" && usa.state!.papers[paperId] !== undefined);
    const document = screen.state!.papers[paperId]!.document!;
    expect(document.opening).toBe("Le Conseil de sécurité,");
    expect(document.preamble[0]).toMatchObject({ id: "pp1", phrase: "Profondément préoccupé", text: "par les risques," });
    expect(document.operative[0]).toMatchObject({ id: "op1", number: 1, phrase: "Décide" });
    expect(document.header.sponsors).toEqual(["France", "Royaume-Uni"]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(a.doc));
    const vector = Y.encodeStateVector(doc);
    insertText(doc, sectionTree(doc, "operative")[0]!.id, 0, "x");
    const late = toBase64(Y.encodeStateAsUpdate(doc, vector));
    expect(await fra.socket.emitWithAck("paper:update", { sessionId: links.id, paperId, update: late })).toMatchObject({
      ok: false,
      error: { code: "paper.read_only" },
    });
  });
});
