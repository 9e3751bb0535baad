/** docs/protocol.md (with docs/procedure.md) stays in sync with the code: nothing undocumented. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMMAND_TYPES, ERROR_CODES, EVENT_TYPES } from "@/lib/procedure";
import { SESSION_LAYER_COMMAND_TYPES, SESSION_LAYER_EVENT_TYPES } from "@/lib/session";
import { OUTBOUND_EVENTS, PROTOCOL_ERRORS, inboundSchemas } from "./index";
import { HTTP_ROUTES } from "./http-routes";

const root = path.resolve(import.meta.dirname, "../..");
const protocolDoc = readFileSync(path.join(root, "docs/protocol.md"), "utf8");
const procedureDoc = readFileSync(path.join(root, "docs/procedure.md"), "utf8");
const documented = (name: string, doc = protocolDoc) => doc.includes(`\`${name}\``);

describe("docs/protocol.md", () => {
  it("documents every socket event in both directions", () => {
    // Both lists come from the typed event maps (a new event cannot be added without them).
    const undocumented = [...Object.keys(inboundSchemas), ...Object.keys(OUTBOUND_EVENTS)].filter((e) => !documented(e));
    expect(undocumented).toEqual([]);
  });

  it("documents every HTTP route of the table, by its name", () => {
    expect(Object.keys(HTTP_ROUTES).filter((name) => !documented(name))).toEqual([]);
  });

  it("documents every transport error code", () => {
    expect(PROTOCOL_ERRORS.filter((code) => !documented(code))).toEqual([]);
  });

  it("documents every session-layer command and event", () => {
    expect([...SESSION_LAYER_COMMAND_TYPES, ...SESSION_LAYER_EVENT_TYPES].filter((name) => !documented(name))).toEqual([]);
  });

  it("every procedural command, event and error code is documented in docs/procedure.md", () => {
    const missing = [...COMMAND_TYPES, ...EVENT_TYPES, ...ERROR_CODES].filter((name) => !documented(name, procedureDoc));
    expect(missing).toEqual([]);
  });
});
