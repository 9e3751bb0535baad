/**
 * Hand-checked grammar of the French and English names of the 193 UN members and the two observer
 * states, as `memberName` prints them (UN short names in French). The source of
 * country-grammar.generated.ts (scripts/generate-country-grammar.ts), which derives elision and the
 * locative from it. Usage follows the UN's French terminology (UNTERM) and the Journal officiel's
 * list of state names: « le Panama », « Bahreïn » and « Israël » without article, « en Israël »,
 * « en Haïti », « à la Barbade ».
 *
 * French: "m" / "f" — with le / la (l' before a vowel, derived); "pl" — les; "0" — no article
 * (« de Cuba », « d'Israël », « à Cuba »). Suffixes: "h" — the name's h is mute, so it elides
 * (« d'Haïti »); "@en" / "@ala" — the locative when the rule (au / en / aux / à) does not give it.
 */
export const FRENCH_ARTICLES: Readonly<Record<string, string>> = {
  AFG: "m", ALB: "f", DZA: "f", AND: "f", AGO: "m", ATG: "0", ARG: "f", ARM: "f", AUS: "f", AUT: "f",
  AZE: "m", BHS: "pl", BHR: "0", BGD: "m", BRB: "f@ala", BLR: "m", BEL: "f", BLZ: "m", BEN: "m", BTN: "m",
  BOL: "f", BIH: "f", BWA: "m", BRA: "m", BRN: "m", BGR: "f", BFA: "m", BDI: "m", CPV: "m", KHM: "m",
  CMR: "m", CAN: "m", CAF: "f", TCD: "m", CHL: "m", CHN: "f", COL: "f", COM: "pl", COG: "m", CRI: "m",
  CIV: "f", HRV: "f", CUB: "0", CYP: "0", CZE: "f", PRK: "f", COD: "f", DNK: "m", DJI: "0", DMA: "f@ala",
  DOM: "f", ECU: "m", EGY: "f", SLV: "0", GNQ: "f", ERI: "f", EST: "f", SWZ: "m", ETH: "f", FJI: "0",
  FIN: "f", FRA: "f", GAB: "m", GMB: "f", GEO: "f", DEU: "f", GHA: "m", GRC: "f", GRD: "f@ala", GTM: "m",
  GIN: "f", GNB: "f", GUY: "m", HTI: "0h@en", HND: "m", HUN: "f", ISL: "f", IND: "f", IDN: "f", IRN: "m",
  IRQ: "m", IRL: "f", ISR: "0@en", ITA: "f", JAM: "f", JPN: "m", JOR: "f", KAZ: "m", KEN: "m", KIR: "0",
  KWT: "m", KGZ: "m", LAO: "f", LVA: "f", LBN: "m", LSO: "m", LBR: "m", LBY: "f", LIE: "m", LTU: "f",
  LUX: "m", MDG: "0", MWI: "m", MYS: "f", MDV: "pl", MLI: "m", MLT: "0", MHL: "pl", MRT: "f", MUS: "0",
  MEX: "m", FSM: "f", MCO: "0", MNG: "f", MNE: "m", MAR: "m", MOZ: "m", MMR: "m", NAM: "f", NRU: "0",
  NPL: "m", NLD: "pl", NZL: "f", NIC: "m", NER: "m", NGA: "m", MKD: "f", NOR: "f", OMN: "0", PAK: "m",
  PLW: "0", PAN: "m", PNG: "f", PRY: "m", PER: "m", PHL: "pl", POL: "f", PRT: "m", QAT: "m", KOR: "f",
  MDA: "f", ROU: "f", RUS: "f", RWA: "m", KNA: "0", LCA: "0", VCT: "0", WSM: "0", SMR: "0", STP: "0",
  SAU: "f", SEN: "m", SRB: "f", SYC: "pl", SLE: "f", SGP: "0", SVK: "f", SVN: "f", SLB: "pl", SOM: "f",
  ZAF: "f", SSD: "m", ESP: "f", LKA: "m", SDN: "m", SUR: "m", SWE: "f", CHE: "f", SYR: "f", TJK: "m",
  THA: "f", TLS: "m", TGO: "m", TON: "0", TTO: "f@ala", TUN: "f", TUR: "f", TKM: "m", TUV: "0", UGA: "m",
  UKR: "f", ARE: "pl", GBR: "m", TZA: "f", USA: "pl", URY: "m", UZB: "m", VUT: "0", VEN: "m", VNM: "m",
  YEM: "m", ZMB: "f", ZWE: "m", VAT: "m", PSE: "m",
};

/** Names that take "the" in English, as the UN writes them ("the United Kingdom", "the Sudan"). */
export const ENGLISH_WITH_THE: readonly string[] = [
  "BHS", "CAF", "COM", "COD", "COG", "DOM", "GMB", "MHL", "MDV", "NLD", "NER", "PHL", "SYC", "SLB", "SDN",
  "ARE", "GBR", "USA", "TZA", "RUS", "LAO", "SYR", "KOR", "PRK", "MDA", "VAT", "PSE",
];
