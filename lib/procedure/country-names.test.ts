import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { COUNTRY_NAMES } from "./country-names.generated";

countries.registerLocale(fr);
countries.registerLocale(en);

describe("country names", () => {
  it("the generated table is exactly i18n-iso-countries' names (node scripts/generate-country-names.mjs)", () => {
    const expected = Object.fromEntries(
      Object.keys(countries.getAlpha3Codes())
        .sort()
        .map((code) => [code, [countries.getName(code, "fr"), countries.getName(code, "en")]]),
    );
    expect(COUNTRY_NAMES).toEqual(expected);
  });
});
