/**
 * No dead ends: every command the rules engine accepts from a role, under each preset, has a
 * control on that role's page that sends it — or is listed, with its reason, in docs/controls.md.
 * A page's controls are the command literals (`type: "motion.second"`) in the components its root
 * component reaches (esbuild's module graph), so a control in a file the page never renders does
 * not count.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PRESET_IDS } from "@/lib/procedure/presets";
import { moduleGraph, ROOT } from "./test-utils/module-graph";
import { acceptedUnder, PROBED_TYPES, type Accepted, type Role } from "./test-utils/command-walk";

const PAGES: Record<Role, string> = {
  chair: "components/chair/chair-console.tsx",
  delegation: "components/delegate/delegate-view.tsx",
};

/** The command types a page's components send. */
async function controlsOf(entry: string): Promise<Set<string>> {
  const metafile = await moduleGraph([path.join(ROOT, entry)]);
  const types = new Set<string>();
  for (const file of Object.keys(metafile.inputs).filter((f) => f.startsWith("components/") && !f.includes("test-utils"))) {
    for (const match of readFileSync(path.join(ROOT, file), "utf8").matchAll(/\btype:\s*"([a-z]+(?:\.[a-z_]+)+)"/g)) types.add(match[1]!);
  }
  return types;
}

/** The documented exceptions: rows `| role | command | why |` of docs/controls.md. */
function documented(): Map<string, string> {
  const rows = readFileSync(path.join(ROOT, "docs/controls.md"), "utf8").matchAll(/^\| (chair|delegation) \| ([a-z_.]+) \| (.+) \|$/gm);
  return new Map([...rows].map((r) => [`${r[1]}:${r[2]}`, r[3]!]));
}

describe("no dead ends: every accepted command has a control on the role's page", () => {
  const controls = {} as Record<Role, Set<string>>;
  beforeAll(async () => {
    controls.chair = await controlsOf(PAGES.chair);
    controls.delegation = await controlsOf(PAGES.delegation);
  });

  const missing = (accepted: Accepted[]) =>
    accepted
      .filter((a) => !controls[a.role].has(a.type))
      // The chair acting for a delegation: the delegation's own control is the way (docs/controls.md).
      .filter((a) => !(a.onBehalf && controls.delegation.has(a.type)))
      .filter((a) => !documented().has(`${a.role}:${a.type}`))
      .map((a) => `${a.role}: ${a.type}${a.onBehalf ? " (on behalf)" : ""}`);

  for (const preset of PRESET_IDS) {
    it(`under the ${preset} preset`, () => {
      const accepted = acceptedUnder(preset);
      // The walk reaches the session's life, not only its first steps.
      expect(accepted.map((a) => a.type)).toEqual(
        expect.arrayContaining(["vote.cast", "vote.close", "motion.propose", "amendment.submit", "speech.yield", "point.resolve"]),
      );
      expect([...new Set(missing(accepted))].sort()).toEqual([]);
    });
  }

  it("every documented exception is accepted by the engine somewhere and really has no control", () => {
    const accepted = PRESET_IDS.flatMap(acceptedUnder);
    for (const key of documented().keys()) {
      const [role, type] = key.split(":") as [Role, string];
      expect(
        accepted.some((a) => a.role === role && a.type === type),
        `${key} is never accepted`,
      ).toBe(true);
      expect(controls[role].has(type), `${key} has a control now: drop its row`).toBe(false);
    }
  });

  it("the walk tries every command type, and reads a page's controls from what it renders", () => {
    expect(PROBED_TYPES.length).toBeGreaterThan(45);
    expect(controls.delegation).toContain("vote.cast");
    expect(controls.chair).toContain("vote.close");
    // The console's controls are not the phone's.
    expect(controls.delegation).not.toContain("vote.close");
  });
});
