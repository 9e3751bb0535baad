/**
 * A guard for state snapshots (server/room.ts): they are reused only by the engine version that
 * wrote them, so a change to the state's shape must come with a new ENGINE_VERSION. This test
 * records the shape of the empty live state (every key path) with the version; it fails when the
 * shape changes and the version does not. (It sees the fields of the empty state, not those that
 * only appear later — those changes need the same bump, by review.)
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ENGINE_VERSION } from "./engine-version";
import { EMPTY_LIVE_STATE } from "./state";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return [`${prefix}[]`];
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.keys(value)
    .sort()
    .flatMap((key) => keyPaths((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key));
}

describe("engine version", () => {
  it("changes with the shape of the state (else old snapshots would be loaded into a new engine)", () => {
    const shape = createHash("sha256").update(keyPaths(EMPTY_LIVE_STATE).join("\n")).digest("hex").slice(0, 16);
    // If this fails: bump ENGINE_VERSION in lib/session/engine-version.ts, then record both here.
    expect({ version: ENGINE_VERSION, shape }).toEqual({ version: "2026-12-02.1", shape: "f54f4754ea1c2707" });
  });
});
