import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { COUNTRY_NAMES_EN } from "./country-names-en.generated";
import { COUNTRY_NAMES_FR } from "./country-names-fr.generated";

countries.registerLocale(fr);
countries.registerLocale(en);

describe("country names", () => {
  it("the generated tables are exactly i18n-iso-countries' names (node scripts/generate-country-names.mjs)", () => {
    const expected = (locale: string) =>
      Object.fromEntries(
        Object.keys(countries.getAlpha3Codes())
          .sort()
          .map((code) => [code, countries.getName(code, locale)]),
      );
    expect(COUNTRY_NAMES_FR).toEqual(expected("fr"));
    expect(COUNTRY_NAMES_EN).toEqual(expected("en"));
  });
});
