import { describe, expect, it } from "vitest";
import { deepMerge, resolveRules } from "./overrides";
import { rulesPresetSchema } from "./preset-schema";
import { isPresetId, PRESET_IDS, PRESETS } from "./presets";

describe("rules presets", () => {
  it("every preset is valid data under the preset schema", () => {
    for (const id of PRESET_IDS) expect(rulesPresetSchema.safeParse(PRESETS[id]).success, id).toBe(true);
    expect(isPresetId("model-un")).toBe(true);
    expect(isPresetId("senate")).toBe(false);
  });

  it("Art. 27 in data: nine affirmative votes, veto on non-procedural questions only", () => {
    const sc = PRESETS["security-council"];
    expect(sc.voting.majorities.substantive).toEqual({ kind: "affirmative-votes", count: 9 });
    expect(sc.voting.vetoOn).toEqual(["substantive", "important"]);
    expect(sc.quorum).toEqual({ open: null, decide: null });
  });

  it("SC rule 34: no Council motion needs a second; MUN motions (but appeals) do", () => {
    expect(Object.values(PRESETS["security-council"].motions).every((m) => m === null || !m.needsSecond)).toBe(true);
    const mun = PRESETS["model-un"].motions;
    expect(mun.suspend?.needsSecond).toBe(true);
    expect(mun.appeal?.needsSecond).toBe(false);
  });

  it("overrides merge deeply, null disables a motion, arrays replace, and the result is validated", () => {
    const result = resolveRules("model-un", {
      motions: { "reorder-drafts": null },
      voting: { allowedMethods: ["recorded"] },
      drafts: { signatoryShare: { num: 1, den: 4 } },
    });
    expect(result.ok && result.rules.motions["reorder-drafts"]).toBeNull();
    expect(result.ok && result.rules.voting.allowedMethods).toEqual(["recorded"]);
    expect(result.ok && result.rules.voting.defaultMethod).toBe("show-of-hands");
    expect(resolveRules("model-un", { drafts: { signatoryShare: { num: 3, den: 2 } } }).ok).toBe(false);
    expect(resolveRules("model-un", { id: "other" })).toEqual({ ok: false, issue: "id and organ cannot be overridden" });
    expect(resolveRules("model-un", { quorum: { open: { num: 1, den: 3, comparison: "about" } } }).ok).toBe(false);
    expect(deepMerge({ a: { b: 1, c: 2 } }, { a: { b: undefined, d: 3 } })).toEqual({ a: { b: 1, c: 2, d: 3 } });
  });
});
