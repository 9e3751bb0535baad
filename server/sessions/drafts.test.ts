/**
 * A second draft in a live session, end to end without a browser: the chair tables a library text
 * over HTTP, accepts it, delegations sign and amend it over real sockets, the votes follow rule 91,
 * and a restart on the same database rebuilds both drafts and their documents from the log.
 */
import { afterAll, describe, expect, it } from "vitest";
import { SECURITY_COUNCIL_2026 } from "@/lib/procedure";
import { draftDocument } from "@/lib/session/document";
import { boot, type Booted } from "../test-utils/boot";
import { createSession, join, joined, must, tokenOf, type LiveClient } from "../test-utils/session";

const clients: LiveClient[] = [];
let server: Booted | null = null;
afterAll(async () => {
  for (const c of clients) c.close();
  await server?.stop();
});

async function post(url: string, token: string, body: unknown) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; draftId?: string; error?: { code: string; message: string } } };
}

describe("a second draft in a live session", () => {
  it("tabled from the library by the chair, accepted as 1.1, signed, amended and voted after the first; rebuilt after a restart", async () => {
    server = await boot();
    const { file, app } = server;
    const links = await createSession(app.url, { organ: "security-council" });
    const chair = join(app.url, links.id, links.chair.url);
    const delegations = new Map(links.delegations.map((d) => [d.member, join(app.url, links.id, d.url)]));
    clients.push(chair, ...delegations.values());
    await joined([chair, ...delegations.values()]);
    const fra = delegations.get("FRA")!;
    const endpoint = `${app.url}/api/sessions/${links.id}/drafts`;

    // Only the chair's key tables a draft; the text must be a resolution of the library; someone must sponsor it.
    const asDelegation = await post(endpoint, tokenOf(links.delegations[0]!.url), { documentId: "ga-first-committee-a-c1-78" });
    expect(asDelegation.status).toBe(403);
    expect((await post(endpoint, tokenOf(links.chair.url), { documentId: "nope" })).status).toBe(404);
    expect((await post(endpoint, tokenOf(links.chair.url), { documentId: "sg-report-a-80" })).body.error?.code).toBe(
      "library.not_a_resolution",
    );
    const tabled = await post(endpoint, tokenOf(links.chair.url), { documentId: "ga-first-committee-a-c1-78", sponsors: ["CHN", "RUS"] });
    expect(tabled, JSON.stringify(tabled.body)).toMatchObject({ status: 200, body: { ok: true, draftId: "D2" } });
    await fra.waitFor(() => fra.state!.procedure.drafts.length === 2);
    expect(fra.state!.procedure.drafts[1]).toMatchObject({ id: "D2", status: "submitted", sponsors: ["CHN", "RUS"] });
    expect(fra.state!.documents.D2?.documentId).toBe("ga-first-committee-a-c1-78");
    // Over the socket, a delegation cannot table a draft.
    const sneaky = await fra.send({
      type: "draft.table",
      title: "X",
      sponsors: ["FRA"],
      documentId: "x",
      document: draftDocument(fra.state!, "D2")!,
    });
    expect(sneaky, JSON.stringify(sneaky)).toMatchObject({ ok: false, error: { code: "auth.chair_only" } });

    await must(chair, { type: "draft.accept", draftId: "D2" });
    await must(delegations.get("PAK")!, { type: "draft.sign", draftId: "D2" });
    await must(chair, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
    await must(chair, { type: "meeting.open" });
    await must(chair, { type: "draft.introduce" });
    await must(chair, { type: "draft.introduce", draftId: "D2" });
    const d2op1 = draftDocument(chair.state!, "D2")!.operative[0]!.id;
    await must(fra, { type: "amendment.submit", op: { kind: "delete", targetId: d2op1 }, draftId: "D2" });
    // The amendment's clause is checked against D2's text, not the floor's.
    const wrong = await fra.send({ type: "amendment.submit", op: { kind: "delete", targetId: "op99" }, draftId: "D2" });
    expect(wrong.ok).toBe(false);

    // Rule 91: the UK draft first; D2's amendment waits.
    const early = await chair.send({ type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" } });
    expect(early).toMatchObject({ ok: false, error: { code: "draft.not_next" } });

    await server.stop();
    server = await boot({ file, port: app.port });
    await Promise.all([chair, ...delegations.values()].map((c) => c.waitFor(() => c.status === "resynced", 15_000)));
    const rebuilt = chair.state!;
    expect(rebuilt.procedure.drafts.map((d) => [d.id, d.status, d.symbol])).toEqual([
      ["sc-uk-ai-security", "introduced", null],
      ["D2", "introduced", "1.1"],
    ]);
    expect(rebuilt.procedure.amendments.map((a) => [a.id, a.draftId])).toEqual([["A1", "D2"]]);

    await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "show-of-hands" });
    await must(chair, { type: "vote.record_totals", yes: 12, no: 0, abstain: 3 });
    await must(chair, { type: "vote.close" });
    await chair.waitFor(() => chair.state!.procedure.draft?.id === "D2");
    await must(chair, { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "show-of-hands" });
    await must(chair, { type: "vote.record_totals", yes: 3, no: 10, abstain: 2 });
    await must(chair, { type: "vote.close" });
    await must(chair, { type: "vote.open", subject: { kind: "draft", draftId: "D2" }, method: "show-of-hands" });
    await must(chair, { type: "vote.record_totals", yes: 4, no: 9, abstain: 2 });
    await must(chair, { type: "vote.close" });
    await chair.waitFor(() => chair.state!.procedure.drafts[1]!.status === "rejected");
    expect(chair.state!.procedure.decisions.map((d) => d.subject)).toEqual([
      { kind: "draft" },
      { kind: "amendment", amendmentId: "A1" },
      { kind: "draft", draftId: "D2" },
    ]);
  });
});

describe("a careless chair's double click", () => {
  it("two drafts tabled at once are each answered with their own id", async () => {
    const booted = await boot();
    try {
      const links = await createSession(booted.app.url, { organ: "security-council" });
      const endpoint = `${booted.app.url}/api/sessions/${links.id}/drafts`;
      const chair = tokenOf(links.chair.url);
      const replies = await Promise.all(
        [["CHN"], ["RUS"], ["USA"]].map((sponsors) => post(endpoint, chair, { documentId: "ga-first-committee-a-c1-78", sponsors })),
      );
      expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(new Set(replies.map((r) => r.body.draftId))).toEqual(new Set(["D2", "D3", "D4"]));
    } finally {
      await booted.stop();
    }
  });
});
