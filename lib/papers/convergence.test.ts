/**
 * Two authors and the server, operations interleaved deterministically and at random (fast-check):
 * every replica ends with the same paper, each author's text is in it, after a reconnection too.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type * as Y from "yjs";
import { addClause, clauseText, deleteClause, insertText, removeText, setPhrase, shiftClause } from "./ops";
import { allClauses, sectionTree } from "./doc";
import { toParsedDocument } from "./convert";
import { TestNet, type Peer } from "./test-net";

const META = { organ: "security-council", language: "fr", title: "T", sponsors: [] } as const;
/** Runs of the random properties (the closing note quotes these figures). */
export const CONVERGENCE_RUNS = 400;
export const MAX_ACTIONS = 80;

function snapshot(doc: Y.Doc) {
  const clauses = allClauses(doc).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { clauses, document: toParsedDocument(doc, META).document };
}

function expectConverged(net: TestNet) {
  expect(net.refused).toEqual([]);
  const server = snapshot(net.server);
  for (const peer of net.peers) expect(snapshot(peer.doc)).toEqual(server);
}

/** A net where A has written one clause everyone has: the clause both will type in. */
function withSharedClause(): { net: TestNet; a: Peer; b: Peer; shared: string } {
  const net = new TestNet(["FRA", "GBR"]);
  const a = net.peer("FRA");
  const b = net.peer("GBR");
  const shared = addClause(a.doc, {
    section: "operative",
    parent: null,
    after: null,
    phrase: "invites",
    text: "",
    by: "FRA",
    id: "cshared",
  });
  net.settle();
  return { net, a, b, shared };
}

describe("two authors typing in the same clause", () => {
  it("keep both texts, at the same place and in the middle (deterministic interleaving)", () => {
    const { net, a, b, shared } = withSharedClause();
    insertText(a.doc, shared, 0, "les États membres");
    net.settle();
    // Both type at once, before either hears of the other.
    insertText(a.doc, shared, 0, "instamment ");
    insertText(b.doc, shared, "les États membres".length, " à coopérer");
    insertText(b.doc, shared, 0, "[B]");
    net.deliverUp(b);
    net.deliverUp(a);
    net.deliverUp(a);
    net.settle();
    expectConverged(net);
    const text = clauseText(net.server, shared).toString();
    expect(text).toContain("instamment ");
    expect(text).toContain(" à coopérer");
    expect(text).toContain("[B]");
    expect(text).toContain("les États membres");
  });

  it("keep an edit made while the other author moves or deletes the clause", () => {
    const { net, a, b, shared } = withSharedClause();
    const second = addClause(a.doc, { section: "operative", parent: null, after: shared, text: "deux", by: "FRA" });
    net.settle();
    shiftClause(b.doc, shared, 1);
    insertText(a.doc, shared, 0, "écrit pendant le déplacement");
    net.settle();
    expectConverged(net);
    const tree = sectionTree(net.server, "operative");
    expect(tree.map((c) => c.id)).toEqual([second, shared]);
    expect(tree[1]!.text).toBe("écrit pendant le déplacement");

    deleteClause(b.doc, second);
    insertText(a.doc, second, 4, " et plus");
    net.settle();
    expectConverged(net);
    // Deletion is a flag: the text typed meanwhile is still in the document.
    expect(allClauses(net.server).find((c) => c.id === second)).toMatchObject({ deleted: true, text: "deux et plus" });
  });

  it("converge after one of them typed offline and reconnected (state-vector sync)", () => {
    const { net, a, b, shared } = withSharedClause();
    net.disconnect(b);
    insertText(b.doc, shared, 0, "hors ligne ");
    addClause(b.doc, { section: "preamble", parent: null, after: null, phrase: "recalling", text: "sa résolution,", by: "GBR" });
    insertText(a.doc, shared, 0, "en ligne ");
    net.deliverUp(a);
    net.reconnect(b);
    net.settle();
    expectConverged(net);
    const text = clauseText(net.server, shared).toString();
    expect(text).toContain("hors ligne ");
    expect(text).toContain("en ligne ");
    expect(sectionTree(a.doc, "preamble")).toHaveLength(1);
  });
});

type Action =
  | { kind: "type"; who: 0 | 1; at: number; clause: number }
  | { kind: "erase"; who: 0 | 1; at: number; length: number; clause: number }
  | { kind: "add"; who: 0 | 1; sub: boolean; clause: number; section: "preamble" | "operative" }
  | { kind: "shift"; who: 0 | 1; clause: number; down: boolean }
  | { kind: "delete"; who: 0 | 1; clause: number }
  | { kind: "phrase"; who: 0 | 1; clause: number; phrase: "recalling" | "decides" | null }
  | { kind: "up" | "down"; who: 0 | 1 }
  | { kind: "drop" | "back"; who: 0 | 1 };

const who = fc.constantFrom<0 | 1>(0, 1);
const pick = fc.nat(1_000);
const action = (erase: boolean): fc.Arbitrary<Action> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant("type" as const), who, at: pick, clause: pick }) },
    ...(erase
      ? [
          {
            weight: 2,
            arbitrary: fc.record({
              kind: fc.constant("erase" as const),
              who,
              at: pick,
              length: fc.integer({ min: 1, max: 6 }),
              clause: pick,
            }),
          },
        ]
      : []),
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("add" as const),
        who,
        sub: fc.boolean(),
        clause: pick,
        section: fc.constantFrom("preamble" as const, "operative" as const),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("shift" as const), who, clause: pick, down: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), who, clause: pick }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("phrase" as const),
        who,
        clause: pick,
        phrase: fc.constantFrom("recalling" as const, "decides" as const, null),
      }),
    },
    { weight: 6, arbitrary: fc.record({ kind: fc.constantFrom("up" as const, "down" as const), who }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom("drop" as const, "back" as const), who }) },
  );

/**
 * Runs the actions; returns the tokens typed, each "[<author><n>]". Typing happens only between
 * tokens of the author's own copy, so no token is cut by another and each must survive whole.
 */
function run(net: TestNet, actions: Action[]): { tokens: Map<string, string>; erased: boolean } {
  const tokens = new Map<string, string>();
  let counter = 0;
  let erased = false;
  for (const act of actions) {
    const peer = net.peers[act.who]!;
    const doc = peer.doc;
    const ids = allClauses(doc)
      .map((c) => c.id)
      .sort();
    const target = "clause" in act ? ids[act.clause % ids.length] : undefined;
    switch (act.kind) {
      case "type": {
        if (!target) break;
        const text = clauseText(doc, target).toString();
        const gaps = [0, ...[...text].flatMap((ch, i) => (ch === "]" ? [i + 1] : []))];
        const token = `[${peer.name}${counter++}]`;
        insertText(doc, target, gaps[act.at % gaps.length]!, token);
        tokens.set(token, target);
        break;
      }
      case "erase": {
        if (!target) break;
        const length = clauseText(doc, target).length;
        if (length === 0) break;
        const at = act.at % length;
        removeText(doc, target, at, Math.min(act.length, length - at));
        erased = true;
        break;
      }
      case "add": {
        const parent = act.sub && target ? allClauses(doc).find((c) => c.id === target)! : null;
        addClause(doc, {
          section: parent?.section ?? act.section,
          parent: parent && !parent.parent ? parent.id : null,
          after: null,
          text: "",
          by: peer.name,
        });
        break;
      }
      case "shift":
        if (target) shiftClause(doc, target, act.down ? 1 : -1);
        break;
      case "delete":
        if (target) deleteClause(doc, target);
        break;
      case "phrase":
        if (target) setPhrase(doc, target, act.phrase);
        break;
      case "up":
        net.deliverUp(peer);
        break;
      case "down":
        net.deliverDown(peer);
        break;
      case "drop":
        if (peer.online) net.disconnect(peer);
        break;
      case "back":
        if (!peer.online) net.reconnect(peer);
        break;
    }
  }
  net.settle();
  return { tokens, erased };
}

describe("random interleavings of two authors and the server (fast-check)", () => {
  it(`converge with every token each author typed kept whole (${CONVERGENCE_RUNS} runs × ≤ ${MAX_ACTIONS} operations)`, () => {
    fc.assert(
      fc.property(fc.array(action(false), { maxLength: MAX_ACTIONS }), (actions) => {
        const { net, shared } = withSharedClause();
        // Both start in the same clause at once.
        insertText(net.peers[0]!.doc, shared, 0, "[FRA-start]");
        insertText(net.peers[1]!.doc, shared, 0, "[GBR-start]");
        const { tokens } = run(net, actions);
        expectConverged(net);
        tokens.set("[FRA-start]", shared).set("[GBR-start]", shared);
        for (const [token, clause] of tokens) expect(clauseText(net.server, clause).toString()).toContain(token);
      }),
      { numRuns: CONVERGENCE_RUNS },
    );
  });

  it(`converge with erasing too (${CONVERGENCE_RUNS} runs × ≤ ${MAX_ACTIONS} operations)`, () => {
    fc.assert(
      fc.property(fc.array(action(true), { maxLength: MAX_ACTIONS }), (actions) => {
        const { net } = withSharedClause();
        run(net, actions);
        expectConverged(net);
      }),
      { numRuns: CONVERGENCE_RUNS },
    );
  });
});
