import { describe, expect, it } from "vitest";
import { forgetSession, listSessions, MY_SESSIONS_KEY, rememberSession } from "./my-sessions";

function memory() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe("my sessions (local storage)", () => {
  it("remembers newest first, refreshes a session already there, forgets one", () => {
    const store = memory();
    rememberSession(store, { id: "a", chairKey: "k1", title: "A", organ: "security-council", createdAt: 1 });
    rememberSession(store, { id: "b", chairKey: "k2", title: "B", organ: "general-assembly", createdAt: 2 });
    rememberSession(store, { id: "a", chairKey: "k1", title: "A2", organ: "security-council", createdAt: 1 });
    expect(listSessions(store).map((s) => [s.id, s.title])).toEqual([
      ["b", "B"],
      ["a", "A2"],
    ]);
    forgetSession(store, "b");
    expect(listSessions(store).map((s) => s.id)).toEqual(["a"]);
  });

  it("ignores a corrupted store", () => {
    const store = memory();
    store.setItem(MY_SESSIONS_KEY, "{not json");
    expect(listSessions(store)).toEqual([]);
    store.setItem(MY_SESSIONS_KEY, JSON.stringify([{ id: 1 }, null, { id: "x", chairKey: "k", title: "t", organ: "o", createdAt: 3 }]));
    expect(listSessions(store).map((s) => s.id)).toEqual(["x"]);
  });
});
