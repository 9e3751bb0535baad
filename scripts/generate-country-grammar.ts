// Writes lib/procedure/country-grammar.generated.ts: for the 193 UN members and the two observer
// states, the name `memberName` prints in French and English with the grammatical form ICU messages
// select on (messages/fr|en/countries.json). From the hand-checked country-grammar.source.ts: elision
// (« l'Inde », « d'Israël ») is read off the name, the locative (« au Japon », « en Iran »,
// « aux Pays-Bas », « à Cuba ») follows the rule unless the source says otherwise.
// lib/procedure/country-grammar.test.ts fails if the file is stale: `npm run db:names`.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { countryGrammarTable, renderCountryGrammar } from "../lib/procedure/country-grammar.build";

const table = countryGrammarTable();
const target = path.resolve(import.meta.dirname, "../lib/procedure/country-grammar.generated.ts");
writeFileSync(target, renderCountryGrammar(table));
console.log(`${Object.keys(table).length} countries written to ${path.relative(process.cwd(), target)}`);
