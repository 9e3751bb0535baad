import { describe, expect, it } from "vitest";
import {
  alphabeticalOrder,
  isKnownCountryCode,
  isPermanentMember,
  isUnMember,
  OBSERVER_STATES,
  PERMANENT_MEMBERS,
  rollCallOrder,
  SECURITY_COUNCIL_2026,
  UN_MEMBERS,
  unShortName,
} from "./members";
import { memberName, memberNames } from "./member-names";

describe("members", () => {
  it("Art. 18(1): the General Assembly has 193 member states, each a valid ISO alpha-3 code", () => {
    expect(UN_MEMBERS).toHaveLength(193);
    expect(new Set(UN_MEMBERS).size).toBe(193);
    expect(UN_MEMBERS.every(isKnownCountryCode)).toBe(true);
  });

  it("memberNames: every code a session may seat, named as memberName names it, in one language", () => {
    for (const locale of ["fr", "en"] as const) {
      const names = memberNames(locale);
      expect(Object.keys(names).length).toBeGreaterThanOrEqual(249);
      expect([...UN_MEMBERS, ...OBSERVER_STATES].every((code) => names[code] === memberName(code, locale))).toBe(true);
      expect(Object.entries(names).every(([code, name]) => name === memberName(code, locale))).toBe(true);
    }
    expect(memberNames("fr").RUS).toBe("Fédération de Russie");
    expect(memberNames("en").GBR).toBe("United Kingdom");
  });

  it("observer states (Holy See, State of Palestine) are not members", () => {
    expect(OBSERVER_STATES).toEqual(["VAT", "PSE"]);
    expect(OBSERVER_STATES.some(isUnMember)).toBe(false);
    expect(memberName("PSE", "en")).toBe("State of Palestine");
    expect(memberName("VAT", "fr")).toContain("Saint-Siège");
  });

  it("Art. 23: the five permanent members and the 2026 Council composition", () => {
    expect(PERMANENT_MEMBERS).toEqual(["CHN", "FRA", "RUS", "GBR", "USA"]);
    expect(SECURITY_COUNCIL_2026).toHaveLength(15);
    expect(SECURITY_COUNCIL_2026).toEqual(expect.arrayContaining(["BHR", "COL", "COD", "LVA", "LBR", "DNK", "GRC", "PAK", "PAN", "SOM"]));
    expect(isPermanentMember("FRA")).toBe(true);
    expect(isPermanentMember("DNK")).toBe(false);
  });

  it("names come from i18n-iso-countries in French and English", () => {
    expect(memberName("FRA", "fr")).toBe("France");
    expect(memberName("DEU", "fr")).toBe("Allemagne");
    expect(memberName("DEU", "en")).toBe("Germany");
    expect(memberName("USA", "fr")).toBe("États-Unis d'Amérique");
    expect(memberName("XXX", "en")).toBe("XXX");
    expect(memberName("MEX", "fr")).toBe("Mexique");
  });

  it("in French, the UN's official short name wins where it differs from the everyday name", () => {
    expect(memberName("RUS", "fr")).toBe("Fédération de Russie");
    expect(memberName("RUS", "en")).toBe("Russian Federation");
    expect(memberName("KOR", "fr")).toBe("République de Corée");
  });

  it("alphabetical order uses the UN's English short names, not ISO names", () => {
    expect(unShortName("PRK")).toBe("Democratic People's Republic of Korea");
    const order = alphabeticalOrder(["KOR", "PRK", "CZE", "COD", "CIV"]);
    // Côte d'Ivoire, Czechia, Democratic People's Republic of Korea, Democratic Republic of the Congo, Republic of Korea
    expect(order).toEqual(["CIV", "CZE", "PRK", "COD", "KOR"]);
    expect(unShortName("TWN")).toBe("Taiwan, Province of China");
  });

  it("Rule 87: roll call in English alphabetical order starting with the member drawn by lot", () => {
    expect(rollCallOrder(["USA", "FRA", "CHN", "GBR", "RUS"], "RUS")).toEqual(["RUS", "GBR", "USA", "CHN", "FRA"]);
    expect(rollCallOrder(["FRA", "CHN"], "DEU")).toEqual(["CHN", "FRA"]);
  });
});
