/** A mischievous author's updates: each refused by the server's check, the paper unchanged. */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addClause, clauseText } from "./ops";
import { clausesMap, PAPER_LIMITS } from "./doc";
import { PaperTrial, tryUpdate } from "./sync";

/** The server's paper with one clause by FRA, and a client copy of it for GBR. */
function setup() {
  const server = new Y.Doc();
  const fra = new Y.Doc();
  const id = addClause(fra, { section: "operative", parent: null, after: null, text: "texte", by: "FRA" });
  expect(tryUpdate(server, Y.encodeStateAsUpdate(fra), "FRA")).toEqual({ ok: true });
  const gbr = new Y.Doc();
  Y.applyUpdate(gbr, Y.encodeStateAsUpdate(server));
  return { server, gbr, id };
}

/** What GBR's change sends, tried on the server: refused, and the server's paper as it was. */
function refused(change: (doc: Y.Doc, id: string) => void): string {
  const { server, gbr, id } = setup();
  const before = Y.encodeStateAsUpdate(server);
  const sv = Y.encodeStateVector(gbr);
  change(gbr, id);
  const result = tryUpdate(server, Y.encodeStateAsUpdate(gbr, sv), "GBR");
  expect(Y.encodeStateAsUpdate(server)).toEqual(before);
  return result.ok ? "accepted" : result.problem;
}

describe("updates the server refuses", () => {
  it("a well-formed edit is accepted", () => {
    const { server, gbr, id } = setup();
    const sv = Y.encodeStateVector(gbr);
    clauseText(gbr, id).insert(0, "mon ");
    expect(tryUpdate(server, Y.encodeStateAsUpdate(gbr, sv), "GBR")).toEqual({ ok: true });
    expect(clauseText(server, id).toString()).toBe("mon texte");
  });

  it("bytes that are not an update", () => {
    const { server } = setup();
    expect(tryUpdate(server, new Uint8Array([1, 2, 3, 250, 251]), "GBR")).toEqual({ ok: false, problem: "paper.bad_update" });
  });

  it("a root of its own, a clause removed instead of flagged, an unknown key", () => {
    expect(refused((doc) => doc.getMap("other").set("x", 1))).toBe("paper.unknown_root");
    expect(refused((doc, id) => clausesMap(doc).delete(id))).toBe("paper.clause_removed");
    expect(refused((doc, id) => clausesMap(doc).get(id)!.set("evil", true))).toBe("paper.bad_clause");
    expect(refused((doc, id) => clausesMap(doc).get(id)!.set("phrase", "not-a-phrase"))).toBe("paper.bad_clause");
    expect(refused((doc, id) => clausesMap(doc).get(id)!.set("by", "GBR"))).toBe("paper.bad_clause");
  });

  it("a clause in someone else's name, a parent changed or missing", () => {
    expect(refused((doc) => addClause(doc, { section: "preamble", parent: null, after: null, by: "FRA" }))).toBe("paper.not_your_clause");
    expect(refused((doc, id) => addClause(doc, { section: "preamble", parent: id, after: null, by: "GBR" }))).toBe("paper.bad_parent");
    expect(refused((doc) => addClause(doc, { section: "preamble", parent: "nobody", after: null, by: "GBR" }))).toBe("paper.bad_parent");
    expect(
      refused((doc, id) => {
        const other = addClause(doc, { section: "operative", parent: null, after: null, by: "GBR" });
        clausesMap(doc).get(id)!.set("parent", other);
      }),
    ).toBe("paper.bad_parent");
  });

  it("too deep, too many clauses, too long a text, too big a paper", () => {
    expect(
      refused((doc, id) => {
        let parent = id;
        for (let i = 0; i < PAPER_LIMITS.depth + 1; i++) parent = addClause(doc, { section: "operative", parent, after: null, by: "GBR" });
      }),
    ).toBe("paper.too_deep");
    expect(
      refused((doc) => {
        for (let i = 0; i < PAPER_LIMITS.clauses; i++) addClause(doc, { section: "preamble", parent: null, after: null, by: "GBR" });
      }),
    ).toBe("paper.too_many_clauses");
    expect(refused((doc, id) => clauseText(doc, id).insert(0, "x".repeat(PAPER_LIMITS.textChars)))).toBe("paper.text_too_long");
    expect(
      refused((doc) => {
        for (let i = 0; i < 60; i++) addClause(doc, { section: "preamble", parent: null, after: null, text: "é".repeat(4_900), by: "GBR" });
      }),
    ).toBe("paper.too_large");
  });

  it("an update that needs one the server never got (the client must resync)", () => {
    const { server, gbr, id } = setup();
    const sv = Y.encodeStateVector(gbr);
    clauseText(gbr, id).insert(0, "a");
    const sv2 = Y.encodeStateVector(gbr);
    clauseText(gbr, id).insert(0, "b");
    const second = Y.encodeStateAsUpdate(gbr, sv2);
    expect(tryUpdate(server, second, "GBR")).toEqual({ ok: false, problem: "paper.out_of_sync" });
    expect(tryUpdate(server, Y.encodeStateAsUpdate(gbr, sv), "GBR")).toEqual({ ok: true });
  });
});

describe("updates that change nothing", () => {
  it("an old update sent again, or an empty one, is accepted as unchanged (the server stores it no second time)", () => {
    const { server, gbr, id } = setup();
    const sv = Y.encodeStateVector(gbr);
    clauseText(gbr, id).insert(0, "mon ");
    const update = Y.encodeStateAsUpdate(gbr, sv);
    expect(tryUpdate(server, update, "GBR")).toEqual({ ok: true });
    expect(tryUpdate(server, update, "GBR")).toEqual({ ok: true, unchanged: true });
    expect(tryUpdate(server, Y.encodeStateAsUpdate(new Y.Doc()), "GBR")).toEqual({ ok: true, unchanged: true });
    // A deletion sent twice changes the paper once.
    const sv2 = Y.encodeStateVector(gbr);
    clauseText(gbr, id).delete(0, 4);
    const deletion = Y.encodeStateAsUpdate(gbr, sv2);
    expect(tryUpdate(server, deletion, "GBR")).toEqual({ ok: true });
    expect(tryUpdate(server, deletion, "GBR")).toEqual({ ok: true, unchanged: true });
    expect(clauseText(server, id).toString()).toBe("texte");
  });
});

describe("the server's trial copy, kept in step with the paper", () => {
  it("checks like a fresh copy: accepted, refused (the copy dropped), accepted again, unchanged — the paper as with tryUpdate", () => {
    const { server, gbr, id } = setup();
    const reference = new Y.Doc();
    Y.applyUpdate(reference, Y.encodeStateAsUpdate(server));
    const trial = new PaperTrial(server);
    const send = (change: (doc: Y.Doc) => void, author = "GBR") => {
      const sv = Y.encodeStateVector(gbr);
      change(gbr);
      const update = Y.encodeStateAsUpdate(gbr, sv);
      const checked = trial.check(update, author);
      if (checked.ok) trial.apply(update);
      expect(tryUpdate(reference, update, author)).toEqual(checked);
      return checked;
    };
    expect(send((d) => clauseText(d, id).insert(0, "mon "))).toEqual({ ok: true });
    expect(send((d) => clausesMap(d).get(id)!.set("by", "GBR"))).toEqual({ ok: false, problem: "paper.bad_clause" });
    // GBR's copy has the refused change: start again from the server's paper.
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(server));
    const sv = Y.encodeStateVector(fresh);
    clauseText(fresh, id).insert(0, "tout ");
    const update = Y.encodeStateAsUpdate(fresh, sv);
    expect(trial.check(update, "GBR")).toEqual({ ok: true });
    trial.apply(update);
    expect(trial.check(update, "GBR")).toEqual({ ok: true, unchanged: true });
    tryUpdate(reference, update, "GBR");
    expect(clauseText(server, id).toString()).toBe("tout mon texte");
    expect(Y.encodeStateAsUpdate(server)).toEqual(Y.encodeStateAsUpdate(reference));
  });
});
