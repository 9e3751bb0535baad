import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMMAND_TYPES } from "./commands";
import { ERROR_CODES } from "./errors";
import { EVENT_TYPES } from "./events";
import { MOTION_KINDS } from "./preset-schema";

const doc = readFileSync(path.resolve(import.meta.dirname, "../../docs/procedure.md"), "utf8");
/** A name counts as documented when it appears as a code span of its own. */
const mentioned = (name: string) => doc.includes("`" + name + "`");

describe("docs/procedure.md", () => {
  it("documents every command type", () => {
    expect(COMMAND_TYPES.filter((t) => !mentioned(t))).toEqual([]);
  });
  it("documents every event type", () => {
    expect(EVENT_TYPES.filter((t) => !mentioned(t))).toEqual([]);
  });
  it("documents every error code and motion", () => {
    expect(ERROR_CODES.filter((c) => !mentioned(c))).toEqual([]);
    expect(MOTION_KINDS.filter((k) => !mentioned(k))).toEqual([]);
  });
});
