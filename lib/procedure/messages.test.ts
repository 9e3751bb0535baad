import { describe, expect, it } from "vitest";
import { describeError } from "./describe";
import { ERROR_CODES } from "./errors";
import { formatMessage, lookupMessage, MESSAGES } from "./format-message";
import { MOTION_KINDS, POINT_KINDS, VOTE_METHODS } from "./preset-schema";
import { PRESET_IDS } from "./presets";
import { CHOICES } from "./tally";

type Tree = { [key: string]: string | Tree };
function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

describe("translations", () => {
  it("fr and en have exactly the same keys", () => {
    expect(keys(MESSAGES.fr).sort()).toEqual(keys(MESSAGES.en).sort());
  });

  it("every DomainError code has a message in fr and en", () => {
    for (const code of ERROR_CODES) {
      expect(lookupMessage("fr", `errors.${code}`), code).toBeTypeOf("string");
      expect(lookupMessage("en", `errors.${code}`), code).toBeTypeOf("string");
    }
    expect(
      keys(MESSAGES.en)
        .filter((k) => k.startsWith("errors."))
        .map((k) => k.slice(7))
        .sort(),
    ).toEqual([...ERROR_CODES].sort());
  });

  it("every motion, point, vote method, choice and preset has a name", () => {
    for (const locale of ["fr", "en"] as const) {
      for (const k of MOTION_KINDS) expect(lookupMessage(locale, `motions.${k}`)).toBeDefined();
      for (const k of POINT_KINDS) expect(lookupMessage(locale, `points.${k}`)).toBeDefined();
      for (const k of VOTE_METHODS) expect(lookupMessage(locale, `methods.${k}`)).toBeDefined();
      for (const k of CHOICES) expect(lookupMessage(locale, `choices.${k}`)).toBeDefined();
      for (const k of PRESET_IDS) expect(lookupMessage(locale, `presets.${k}`)).toBeDefined();
    }
    expect(formatMessage("fr", "points.order")).toBe("Motion d'ordre");
    expect(formatMessage("fr", "motions.moderated-caucus")).toBe("Caucus modéré");
  });

  it("formatMessage fills parameters, plurals (with #) and selects", () => {
    expect(formatMessage("en", "errors.quorum.not_met", { present: 3, required: 5 })).toBe("No quorum: 3 present, 5 required.");
    expect(formatMessage("en", "errors.motion.debate_full", { limit: 2, side: "for" })).toBe(
      "Only 2 speakers are allowed for this motion.",
    );
    expect(formatMessage("en", "errors.motion.debate_full", { limit: 0, side: "for" })).toBe("No speaker is allowed for this motion.");
    expect(formatMessage("fr", "errors.motion.debate_full", { limit: 1, side: "against" })).toBe(
      "Un seul orateur est admis contre cette motion.",
    );
    expect(formatMessage("fr", "errors.speech.yield_not_allowed", { to: "questions" })).toBe(
      "Céder la parole aux questions n'est pas permis.",
    );
    expect(formatMessage("en", "errors.auth.unknown_member")).toBe("{member} does not sit in this session.");
    expect(formatMessage("en", "no.such.key")).toBe("no.such.key");
    expect(formatMessage("en", "errors")).toBe("errors");
  });

  it("describeError names members in the reader's language", () => {
    expect(describeError({ code: "vote.not_your_turn", params: { expected: "DEU" } }, "fr")).toBe(
      "Ce n'est pas votre tour : la délégation appelée est Allemagne.",
    );
    expect(describeError({ code: "vote.not_open" }, "en")).toBe("No vote is open.");
  });
});
