import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { OBSERVER_STATES, UN_MEMBERS, memberName, unShortName } from "@/lib/procedure";
import { UN_FRENCH_SHORT_NAMES } from "@/lib/procedure/un-names-fr";
import { codeForCountryName, sponsorCodes } from "./country-names";

describe("sponsors named in a draft's header map back to member codes", () => {
  it("has the 193 members", () => expect(UN_MEMBERS).toHaveLength(193));

  it("every member's French and English names (the app's, i18n-iso-countries', the UN short names)", () => {
    const misses: string[] = [];
    for (const code of [...UN_MEMBERS, ...OBSERVER_STATES]) {
      const names = [
        memberName(code, "fr"),
        memberName(code, "en"),
        unShortName(code),
        UN_FRENCH_SHORT_NAMES[code],
        ...[countries.getName(code, "fr", { select: "all" }) ?? []].flat(),
        ...[countries.getName(code, "en", { select: "all" }) ?? []].flat(),
      ].filter((n): n is string => !!n);
      for (const name of names) {
        const found = codeForCountryName(name);
        // An alias that is another state's own name ("Congo", an alias of the DRC) names that state.
        const othersOwn = found !== null && found !== code && [memberName(found, "fr"), memberName(found, "en")].includes(name);
        if (found !== code && !othersOwn) misses.push(`${code}: ${name} → ${found}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it("as a student types them: case, accents, apostrophes", () => {
    expect(codeForCountryName("Royaume-Uni")).toBe("GBR");
    expect(codeForCountryName("Congo")).toBe("COG");
    expect(codeForCountryName("République démocratique du Congo")).toBe("COD");
    expect(codeForCountryName("United Kingdom")).toBe("GBR");
    expect(codeForCountryName("États-Unis d’Amérique")).toBe("USA");
    expect(codeForCountryName("etats-unis d'amerique")).toBe("USA");
    expect(sponsorCodes(["France", "Narnia"])).toEqual({ codes: ["FRA"], unknown: ["Narnia"] });
  });
});
