import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { COUNTRY_NAMES_EN } from "./country-names-en.generated";
import { COUNTRY_NAMES_FR } from "./country-names-fr.generated";
import { UN_MEMBER_STATES, UN_OBSERVER_STATES } from "./un-members";

countries.registerLocale(fr);
countries.registerLocale(en);

describe("country names", () => {
  const iso = Object.keys(countries.getAlpha3Codes()).sort();
  const un = [...UN_MEMBER_STATES, ...UN_OBSERVER_STATES].map(([code]) => code);
  const names = (codes: string[], locale: string) => Object.fromEntries(codes.map((code) => [code, countries.getName(code, locale)]));

  it("the generated tables are exactly i18n-iso-countries' names (npm run db:names)", () => {
    expect(COUNTRY_NAMES_FR).toEqual(names(iso, "fr"));
    // In English, the codes the UN's own names (un-members.ts) do not cover.
    expect(COUNTRY_NAMES_EN).toEqual(
      names(
        iso.filter((code) => !un.includes(code)),
        "en",
      ),
    );
  });

  it("every UN member and observer state is an ISO 3166-1 alpha-3 code", () => {
    expect(un.filter((code) => !iso.includes(code))).toEqual([]);
  });
});
