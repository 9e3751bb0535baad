/**
 * The UN's official French short names, where they differ from i18n-iso-countries' everyday
 * French names ("Fédération de Russie", not "Russie"). Used for display — the result of a vetoed
 * vote names the permanent member as the UN does — and to read sponsor lists of UN documents.
 * Source: UNTERM / the UN member states list in French (which also writes « Émirats arabes unis »,
 * « Arabie saoudite » in lower case, where the library capitalises every word).
 */
export const UN_FRENCH_SHORT_NAMES: Readonly<Record<string, string>> = {
  ARE: "Émirats arabes unis",
  CAF: "République centrafricaine",
  CIV: "Côte d'Ivoire",
  DOM: "République dominicaine",
  IRQ: "Iraq",
  SAU: "Arabie saoudite",
  BLR: "Bélarus",
  BOL: "Bolivie (État plurinational de)",
  BRN: "Brunéi Darussalam",
  COG: "Congo",
  CPV: "Cabo Verde",
  CZE: "Tchéquie",
  FSM: "Micronésie (États fédérés de)",
  IRN: "Iran (République islamique d')",
  KOR: "République de Corée",
  LAO: "République démocratique populaire lao",
  MDA: "République de Moldova",
  MKD: "Macédoine du Nord",
  NLD: "Pays-Bas (Royaume des)",
  PRK: "République populaire démocratique de Corée",
  PSE: "État de Palestine",
  RUS: "Fédération de Russie",
  SWZ: "Eswatini",
  SYR: "République arabe syrienne",
  TUR: "Türkiye",
  TZA: "République-Unie de Tanzanie",
  VAT: "Saint-Siège",
  VEN: "Venezuela (République bolivarienne du)",
  VNM: "Viet Nam",
};

/** Long forms that appear in UN documents, accepted when reading sponsor lists. */
export const UN_FRENCH_LONG_NAMES: Readonly<Record<string, string>> = {
  GBR: "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
};
