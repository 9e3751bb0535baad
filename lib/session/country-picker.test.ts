import { describe, expect, it } from "vitest";
import { countryOptions, presetComposition, searchCountries, sortByName } from "./country-picker";

describe("country picker", () => {
  it("193 members and the observer states, in French alphabetical order", () => {
    const fr = countryOptions("fr");
    expect(fr.filter((o) => !o.observer)).toHaveLength(193);
    expect(fr.some((o) => o.code === "VAT" && o.observer)).toBe(true);
    const names = fr.map((o) => o.name);
    // Accented initials sort with their letter, not after Z.
    expect(names.indexOf("Égypte")).toBeGreaterThan(names.indexOf("Dominique"));
    expect(names.indexOf("Égypte")).toBeLessThan(names.indexOf("Érythrée"));
    expect(names.indexOf("États-Unis d'Amérique")).toBeLessThan(names.indexOf("Éthiopie"));
    expect(names.at(-1)).toBe("Zimbabwe");
    expect(sortByName(["USA", "DEU", "EGY"], "fr")).toEqual(["DEU", "EGY", "USA"]);
  });

  it("finds countries as a teacher types: accents, case, several words, the code", () => {
    const fr = countryOptions("fr");
    expect(searchCountries(fr, "etats unis").map((o) => o.code)).toContain("USA");
    expect(searchCountries(fr, "royaume uni").map((o) => o.code)).toEqual(["GBR"]);
    expect(searchCountries(fr, "gbr").map((o) => o.code)).toEqual(["GBR"]);
    expect(searchCountries(fr, "SÉNÉGAL").map((o) => o.code)).toEqual(["SEN"]);
    expect(searchCountries(fr, "")).toHaveLength(fr.length);
  });

  it("presets: this year's Council with the P5, the 193, an empty list", () => {
    expect(presetComposition("security-council-2026").members).toHaveLength(15);
    expect(presetComposition("security-council-2026").permanentMembers).toEqual(["CHN", "FRA", "RUS", "GBR", "USA"]);
    expect(presetComposition("general-assembly-193").members).toHaveLength(193);
    expect(presetComposition("custom").members).toEqual([]);
  });
});
