/**
 * A session set up from the home page's choices (composition, important question, key rules):
 * created over HTTP on a real server, then its stored log driven by the rules engine.
 */
import { describe, expect, it } from "vitest";
import { decide } from "@/lib/procedure/decide";
import { reduce } from "@/lib/procedure/reduce";
import { EMPTY_STATE, type SessionState } from "@/lib/procedure/state";
import type { SessionEvent } from "@/lib/procedure/events";
import { UN_MEMBERS } from "@/lib/procedure/members";
import type { Actor } from "@/lib/procedure/commands";
import { liveServerFixture } from "../test-utils/live-server";
import { joined, must } from "../test-utils/session";

const live = liveServerFixture();

async function create(body: Record<string, unknown>) {
  const res = await fetch(`${live.server.app.url}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": "fr" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** The procedure's state from the session's stored log. */
async function stateOf(id: string): Promise<SessionState> {
  const events = await live.server.db.events.list(id);
  return events
    .map((e) => e.payload as SessionEvent)
    .filter((e) => !e.type.startsWith("session.titled") && !e.type.startsWith("document."))
    .reduce(reduce, EMPTY_STATE);
}

function run(state: SessionState, actor: Actor, command: Record<string, unknown>): SessionState {
  const decision = decide(state, command as never, { actor, now: 1_800_000_000_000 });
  if (!decision.ok) throw new Error(`${String(command.type)}: ${decision.error.code}`);
  return decision.events.reduce(reduce, state);
}

async function assemblyVote(important: boolean, yes: number, no: number, abstain: number) {
  const { status, body } = await create({ organ: "general-assembly", ...(important ? { important } : {}) });
  expect(status).toBe(201);
  let s = await stateOf(body.id);
  expect(s.draft?.important).toBe(important);
  const chair = { role: "chair" } as const;
  s = run(s, chair, { type: "attendance.record", entries: Object.fromEntries(UN_MEMBERS.map((m) => [m, "present"])) });
  s = run(s, chair, { type: "meeting.open" });
  s = run(s, chair, { type: "draft.introduce" });
  // The chair does not choose the question kind: the draft's, set at creation.
  s = run(s, chair, { type: "vote.open", subject: { kind: "draft" } });
  expect(s.vote?.questionKind).toBe(important ? "important" : "substantive");
  UN_MEMBERS.slice(0, yes + no + abstain).forEach((member, i) => {
    s = run(s, { role: "delegation", member }, { type: "vote.cast", choice: i < yes ? "yes" : i < yes + no ? "no" : "abstain" });
  });
  const decided = decide(s, { type: "vote.close" } as never, { actor: chair, now: 1_800_000_000_000 });
  if (!decided.ok) throw new Error(decided.error.code);
  const closed = decided.events.find((e) => e.type === "vote.closed");
  return closed?.type === "vote.closed" ? closed.outcome : null;
}

describe('General Assembly created with "important question" (Charter Art. 18(2), rule 83)', () => {
  it("93–24–58: two thirds of those present and voting, adopted", async () => {
    expect(await assemblyVote(true, 93, 24, 58)).toMatchObject({ result: "adopted", required: 78 });
  });

  it("99–50–30: short of two thirds, not adopted", async () => {
    expect(await assemblyVote(true, 99, 50, 30)).toMatchObject({ result: "not-adopted", required: 100 });
  });

  it("without it, the same 99–50–30 is adopted by a simple majority", async () => {
    expect(await assemblyVote(false, 99, 50, 30)).toMatchObject({ result: "adopted", required: 75 });
  });
});

describe("composition and key rules at set-up", () => {
  it("a 12-country class with observers and the key rules, shown back by the chair's summary", async () => {
    const members = ["GBR", "FRA", "USA", "DEU", "BRA", "IND", "JPN", "ZAF", "MEX", "EGY", "KOR", "NGA"];
    const { status, body } = await create({
      organ: "general-assembly",
      members,
      observers: ["VAT", "PSE"],
      sponsors: ["FRA"],
      rules: {
        speakingTimeSeconds: 90,
        signatoryPercent: 20,
        friendlyAmendments: true,
        strictPresentAndVoting: true,
        defaultMethod: "roll-call",
      },
    });
    expect(body).toMatchObject({ id: expect.any(String) });
    expect(status).toBe(201);
    expect(body.delegations).toHaveLength(12);
    const key = new URL(body.chair.url).searchParams.get("key");
    const summary = await (
      await fetch(`${live.server.app.url}/api/sessions/${body.id}/summary`, { headers: { authorization: `Bearer ${key}` } })
    ).json();
    expect(summary).toMatchObject({
      members: 12,
      observers: ["VAT", "PSE"],
      sponsors: ["FRA"],
      important: false,
      phase: "roll-call",
      rules: {
        speakingTimeSeconds: 90,
        signatoryPercent: 20,
        friendlyAmendments: true,
        strictPresentAndVoting: true,
        defaultMethod: "roll-call",
      },
    });
    expect(
      (await fetch(`${live.server.app.url}/api/sessions/${body.id}/summary`, { headers: { authorization: `Bearer ${"x".repeat(27)}` } }))
        .status,
    ).toBe(403);
  });

  it("permanent members chosen for a Council class; a permanent member outside the members is refused", async () => {
    const members = ["GBR", "FRA", "USA", "DEU", "BRA", "IND"];
    const ok = await create({ organ: "security-council", members, permanentMembers: ["USA", "GBR"] });
    expect(ok.status).toBe(201);
    expect((await stateOf(ok.body.id)).permanentMembers).toEqual(["USA", "GBR"]);
    const bad = await create({ organ: "security-council", members, permanentMembers: ["CHN"] });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "session.invalid_permanent_member" } } });
    const rules = await create({ organ: "security-council", rules: { speakingTimeSeconds: 5 } });
    expect(rules).toMatchObject({ status: 400, body: { error: { code: "http.invalid_body" } } });
  });
});

describe("the chair changes the composition before the roll call", () => {
  it("new members get a link, removed members' links stop; refused once the roll call started or when it unseats the sponsor", async () => {
    const { body } = await create({ organ: "security-council", members: ["GBR", "FRA", "USA", "DEU"] });
    const key = new URL(body.chair.url).searchParams.get("key")!;
    const put = (payload: unknown) =>
      fetch(`${live.server.app.url}/api/sessions/${body.id}/members`, {
        method: "PUT",
        headers: { "content-type": "application/json", "accept-language": "fr", authorization: `Bearer ${key}` },
        body: JSON.stringify(payload),
      });
    const changed = await put({ members: ["GBR", "FRA", "USA", "BRA", "IND"] });
    expect(await changed.json()).toMatchObject({ ok: true, added: ["BRA", "IND"], removed: ["DEU"] });
    const links = await (
      await fetch(`${live.server.app.url}/api/sessions/${body.id}/links`, { headers: { authorization: `Bearer ${key}` } })
    ).json();
    expect(links.delegations.map((d: { member: string }) => d.member).sort()).toEqual(["BRA", "FRA", "GBR", "IND", "USA"]);
    expect((await stateOf(body.id)).members).toEqual(["GBR", "FRA", "USA", "BRA", "IND"]);
    const old = body.delegations
      .find((d: { member: string }) => d.member === "DEU")
      .url.split("/")
      .at(-1);
    expect((await live.server.db.sessions.access(old))?.revokedAt).not.toBeNull();

    const unseat = await put({ members: ["FRA", "USA", "BRA"] });
    expect(unseat.status).toBe(409);
    expect((await unseat.json()).error.message).toBe(
      "Cette composition retirerait un auteur du projet (GBR) : gardez-le parmi les membres.",
    );

    const chair = live.join(body.id, body.chair.url);
    await joined([chair]);
    await must(chair, { type: "attendance.record", entries: { FRA: "present" } });
    const late = await put({ members: ["GBR", "FRA", "USA"] });
    expect(late.status).toBe(409);
    expect((await late.json()).error.code).toBe("members.after_roll_call");
  });
});
