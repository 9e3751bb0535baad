/**
 * A session picks a preset and may override any setting with a deep-partial object. The merge
 * result is validated by the preset schema, so an override can never produce an invalid preset.
 */
import { PRESETS, type PresetId } from "./presets";
import { rulesPresetSchema, type RulesPreset } from "./preset-schema";
import { describeIssue } from "../util/zod-issue";

/** Plain JSON value, the shape of overrides as they travel and are stored. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type RulesOverrides = { [key: string]: JsonValue };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Objects merge key by key; arrays, scalars and null replace (so `motions: { refer: null }`
 * disables a motion, and `allowedMethods: [...]` replaces the whole list).
 */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    out[key] = key in base ? deepMerge(base[key], value) : value;
  }
  return out;
}

export type ResolveResult = { ok: true; rules: RulesPreset } | { ok: false; issue: string };

/** The effective rules of a session: preset, then overrides, then validation. */
export function resolveRules(presetId: PresetId, overrides: RulesOverrides = {}): ResolveResult {
  if ("id" in overrides || "organ" in overrides) {
    return { ok: false, issue: "id and organ cannot be overridden" };
  }
  const merged = deepMerge(PRESETS[presetId], overrides);
  const parsed = rulesPresetSchema.safeParse(merged);
  if (parsed.success) return { ok: true, rules: parsed.data };
  return { ok: false, issue: describeIssue(parsed.error, "rules") };
}
