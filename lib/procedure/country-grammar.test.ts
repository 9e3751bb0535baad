import { describe, expect, it } from "vitest";
import { countryList, countryPhrase } from "@/lib/i18n/country-phrase";
import { countryGrammarTable, renderCountryGrammar } from "./country-grammar.build";
import { COUNTRY_GRAMMAR } from "./country-grammar.generated";
import { readFileSync } from "node:fs";
import path from "node:path";
import { COUNTRY_CASES } from "./country-grammar";
import { memberName } from "./member-names";
import { OBSERVER_STATES, UN_MEMBERS } from "./members";

/** Hand-checked against UNTERM and the Journal officiel's list of state names: [code, « de », « à » (where)]. */
const TRICKY: ReadonlyArray<readonly [string, string, string]> = [
  ["NLD", "des Pays-Bas (Royaume des)", "aux Pays-Bas (Royaume des)"],
  ["PHL", "des Philippines", "aux Philippines"],
  ["COM", "des Comores", "aux Comores"],
  ["SYC", "des Seychelles", "aux Seychelles"],
  ["MDV", "des Maldives", "aux Maldives"],
  ["ARE", "des Émirats arabes unis", "aux Émirats arabes unis"],
  ["ISR", "d'Israël", "en Israël"],
  ["CUB", "de Cuba", "à Cuba"],
  ["MDG", "de Madagascar", "à Madagascar"],
  ["HTI", "d'Haïti", "en Haïti"],
  ["BHR", "de Bahreïn", "à Bahreïn"],
  ["YEM", "du Yémen", "au Yémen"],
  ["MEX", "du Mexique", "au Mexique"],
  ["KHM", "du Cambodge", "au Cambodge"],
  ["MOZ", "du Mozambique", "au Mozambique"],
  ["BLZ", "du Belize", "au Belize"],
  ["GBR", "du Royaume-Uni", "au Royaume-Uni"],
  ["FRA", "de la France", "en France"],
  ["USA", "des États-Unis d'Amérique", "aux États-Unis d'Amérique"],
  ["IND", "de l'Inde", "en Inde"],
  ["IRN", "de l'Iran (République islamique d')", "en Iran (République islamique d')"],
  ["ECU", "de l'Équateur", "en Équateur"],
  ["UGA", "de l'Ouganda", "en Ouganda"],
  ["BRB", "de la Barbade", "à la Barbade"],
  ["OMN", "d'Oman", "à Oman"],
  ["SLV", "d'El Salvador", "à El Salvador"],
  ["CYP", "de Chypre", "à Chypre"],
  ["RUS", "de la Fédération de Russie", "en Fédération de Russie"],
  ["MHL", "des Îles Marshall", "aux Îles Marshall"],
  ["VAT", "du Saint-Siège", "au Saint-Siège"],
  ["PSE", "de l'État de Palestine", "en État de Palestine"],
  ["JPN", "du Japon", "au Japon"],
  ["HND", "du Honduras", "au Honduras"],
];

describe("country grammar (the 193 members and 2 observers)", () => {
  it("the generated table is current (npm run db:names) and has exactly the 195 states", () => {
    const file = readFileSync(path.resolve(import.meta.dirname, "country-grammar.generated.ts"), "utf8");
    expect(file).toBe(renderCountryGrammar(countryGrammarTable()));
    expect(Object.keys(COUNTRY_GRAMMAR).sort()).toEqual([...UN_MEMBERS, ...OBSERVER_STATES].sort());
    expect(Object.keys(COUNTRY_GRAMMAR)).toHaveLength(195);
  });

  it("every row carries the displayed names, and every form gives a phrase without « de le », « de les », « à le », « de » + vowel", () => {
    for (const [code, row] of Object.entries(COUNTRY_GRAMMAR)) {
      expect(row.fr.name).toBe(memberName(code, "fr"));
      expect(row.en.name).toBe(memberName(code, "en"));
      for (const use of COUNTRY_CASES) {
        const fr = countryPhrase(code, "fr", use);
        expect(fr, `${code} ${use}`).toContain(row.fr.name);
        expect(fr).not.toMatch(/\b(de le|de les|à le|à les|le [AEIOUÉÈÎ]|la [AEIOUÉÈÎ]|de [AEIOUÉÈÎ])/);
        expect(fr).not.toMatch(/[{}]/);
        expect(countryPhrase(code, "en", use)).toContain(row.en.name);
      }
    }
  });

  it.each(TRICKY)("%s: « %s », « %s »", (code, of, where) => {
    expect(countryPhrase(code, "fr", "of")).toBe(of);
    expect(countryPhrase(code, "fr", "in")).toBe(where);
  });

  it("the hand-checked list covers the issue's thirty tricky names", () => {
    expect(TRICKY.length).toBeGreaterThanOrEqual(30);
  });

  it("sentence starts, datives and lists; English keeps « the » where the UN writes it", () => {
    expect(countryPhrase("GBR", "fr", "The")).toBe("Le Royaume-Uni");
    expect(countryPhrase("PAN", "fr", "The")).toBe("Le Panama");
    expect(countryPhrase("IND", "fr", "to")).toBe("à l'Inde");
    expect(countryPhrase("ISR", "fr", "to")).toBe("à Israël");
    expect(countryPhrase("USA", "fr", "the")).toBe("les États-Unis d'Amérique");
    expect(countryList(["GBR", "FRA", "USA"], "fr", "of")).toBe("du Royaume-Uni, de la France et des États-Unis d'Amérique");
    expect(countryPhrase("GBR", "en", "the")).toBe("the United Kingdom");
    expect(countryPhrase("GBR", "en", "The")).toBe("The United Kingdom");
    expect(countryPhrase("FRA", "en", "of")).toBe("of France");
    expect(countryPhrase("NLD", "en", "in")).toBe("in the Netherlands (Kingdom of the)");
    expect(countryPhrase("CHN", "en", "the")).toBe("China");
  });

  it("a territory outside the table still gets a form by rule (no article)", () => {
    expect(countryPhrase("ABW", "fr", "of")).toBe("d'Aruba");
  });
});

describe("French collation of member lists (lib/i18n/collation.ts)", () => {
  it("sorts by the French name — Royaume-Uni after République de Corée, États-Unis among the E's — and the roll call keeps UN English order", async () => {
    const { sortedByName } = await import("@/lib/i18n/collation");
    const { alphabeticalOrder } = await import("./members");
    const members = ["GBR", "FRA", "GRC", "USA", "KOR", "EGY", "ZAF", "DEU"];
    expect(sortedByName(members, "fr").map((c) => memberName(c, "fr"))).toEqual([
      "Afrique du Sud",
      "Allemagne",
      "Égypte",
      "États-Unis d'Amérique",
      "France",
      "Grèce",
      "République de Corée",
      "Royaume-Uni",
    ]);
    expect(sortedByName(members, "en").map((c) => memberName(c, "en"))).toEqual([
      "Egypt",
      "France",
      "Germany",
      "Greece",
      "Republic of Korea",
      "South Africa",
      "United Kingdom",
      "United States of America",
    ]);
    expect(alphabeticalOrder(members)).toEqual(["EGY", "FRA", "DEU", "GRC", "KOR", "ZAF", "GBR", "USA"]);
  });
});
