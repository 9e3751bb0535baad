/**
 * The 193 member states of the United Nations and the two non-member observer states, by ISO
 * 3166-1 alpha-3 code, with the UN's English short name.
 *
 * Display names (fr/en) come from i18n-iso-countries (see members.ts); the UN short names are kept
 * here because the roll call follows *UN* English alphabetical order, and the ISO names sort
 * differently for about a dozen states ("North Korea" vs "Democratic People's Republic of Korea",
 * "South Korea" vs "Republic of Korea", "Moldova, Republic of" vs "Republic of Moldova", "Czech
 * Republic" vs "Czechia", "Cape Verde" vs "Cabo Verde", "Vietnam" vs "Viet Nam", ...).
 * Source: UN Member States list (un.org/en/about-us/member-states), 2025.
 */
export const UN_MEMBER_STATES: ReadonlyArray<readonly [code: string, unShortName: string]> = [
  ["AFG", "Afghanistan"], ["ALB", "Albania"], ["DZA", "Algeria"], ["AND", "Andorra"],
  ["AGO", "Angola"], ["ATG", "Antigua and Barbuda"], ["ARG", "Argentina"], ["ARM", "Armenia"],
  ["AUS", "Australia"], ["AUT", "Austria"], ["AZE", "Azerbaijan"], ["BHS", "Bahamas"],
  ["BHR", "Bahrain"], ["BGD", "Bangladesh"], ["BRB", "Barbados"], ["BLR", "Belarus"],
  ["BEL", "Belgium"], ["BLZ", "Belize"], ["BEN", "Benin"], ["BTN", "Bhutan"],
  ["BOL", "Bolivia (Plurinational State of)"], ["BIH", "Bosnia and Herzegovina"],
  ["BWA", "Botswana"], ["BRA", "Brazil"], ["BRN", "Brunei Darussalam"], ["BGR", "Bulgaria"],
  ["BFA", "Burkina Faso"], ["BDI", "Burundi"], ["CPV", "Cabo Verde"], ["KHM", "Cambodia"],
  ["CMR", "Cameroon"], ["CAN", "Canada"], ["CAF", "Central African Republic"], ["TCD", "Chad"],
  ["CHL", "Chile"], ["CHN", "China"], ["COL", "Colombia"], ["COM", "Comoros"], ["COG", "Congo"],
  ["CRI", "Costa Rica"], ["CIV", "Côte d'Ivoire"], ["HRV", "Croatia"], ["CUB", "Cuba"],
  ["CYP", "Cyprus"], ["CZE", "Czechia"], ["PRK", "Democratic People's Republic of Korea"],
  ["COD", "Democratic Republic of the Congo"], ["DNK", "Denmark"], ["DJI", "Djibouti"],
  ["DMA", "Dominica"], ["DOM", "Dominican Republic"], ["ECU", "Ecuador"], ["EGY", "Egypt"],
  ["SLV", "El Salvador"], ["GNQ", "Equatorial Guinea"], ["ERI", "Eritrea"], ["EST", "Estonia"],
  ["SWZ", "Eswatini"], ["ETH", "Ethiopia"], ["FJI", "Fiji"], ["FIN", "Finland"],
  ["FRA", "France"], ["GAB", "Gabon"], ["GMB", "Gambia"], ["GEO", "Georgia"],
  ["DEU", "Germany"], ["GHA", "Ghana"], ["GRC", "Greece"], ["GRD", "Grenada"],
  ["GTM", "Guatemala"], ["GIN", "Guinea"], ["GNB", "Guinea-Bissau"], ["GUY", "Guyana"],
  ["HTI", "Haiti"], ["HND", "Honduras"], ["HUN", "Hungary"], ["ISL", "Iceland"],
  ["IND", "India"], ["IDN", "Indonesia"], ["IRN", "Iran (Islamic Republic of)"], ["IRQ", "Iraq"],
  ["IRL", "Ireland"], ["ISR", "Israel"], ["ITA", "Italy"], ["JAM", "Jamaica"], ["JPN", "Japan"],
  ["JOR", "Jordan"], ["KAZ", "Kazakhstan"], ["KEN", "Kenya"], ["KIR", "Kiribati"],
  ["KWT", "Kuwait"], ["KGZ", "Kyrgyzstan"], ["LAO", "Lao People's Democratic Republic"],
  ["LVA", "Latvia"], ["LBN", "Lebanon"], ["LSO", "Lesotho"], ["LBR", "Liberia"],
  ["LBY", "Libya"], ["LIE", "Liechtenstein"], ["LTU", "Lithuania"], ["LUX", "Luxembourg"],
  ["MDG", "Madagascar"], ["MWI", "Malawi"], ["MYS", "Malaysia"], ["MDV", "Maldives"],
  ["MLI", "Mali"], ["MLT", "Malta"], ["MHL", "Marshall Islands"], ["MRT", "Mauritania"],
  ["MUS", "Mauritius"], ["MEX", "Mexico"], ["FSM", "Micronesia (Federated States of)"],
  ["MCO", "Monaco"], ["MNG", "Mongolia"], ["MNE", "Montenegro"], ["MAR", "Morocco"],
  ["MOZ", "Mozambique"], ["MMR", "Myanmar"], ["NAM", "Namibia"], ["NRU", "Nauru"],
  ["NPL", "Nepal"], ["NLD", "Netherlands (Kingdom of the)"], ["NZL", "New Zealand"],
  ["NIC", "Nicaragua"], ["NER", "Niger"], ["NGA", "Nigeria"], ["MKD", "North Macedonia"],
  ["NOR", "Norway"], ["OMN", "Oman"], ["PAK", "Pakistan"], ["PLW", "Palau"], ["PAN", "Panama"],
  ["PNG", "Papua New Guinea"], ["PRY", "Paraguay"], ["PER", "Peru"], ["PHL", "Philippines"],
  ["POL", "Poland"], ["PRT", "Portugal"], ["QAT", "Qatar"], ["KOR", "Republic of Korea"],
  ["MDA", "Republic of Moldova"], ["ROU", "Romania"], ["RUS", "Russian Federation"],
  ["RWA", "Rwanda"], ["KNA", "Saint Kitts and Nevis"], ["LCA", "Saint Lucia"],
  ["VCT", "Saint Vincent and the Grenadines"], ["WSM", "Samoa"], ["SMR", "San Marino"],
  ["STP", "Sao Tome and Principe"], ["SAU", "Saudi Arabia"], ["SEN", "Senegal"],
  ["SRB", "Serbia"], ["SYC", "Seychelles"], ["SLE", "Sierra Leone"], ["SGP", "Singapore"],
  ["SVK", "Slovakia"], ["SVN", "Slovenia"], ["SLB", "Solomon Islands"], ["SOM", "Somalia"],
  ["ZAF", "South Africa"], ["SSD", "South Sudan"], ["ESP", "Spain"], ["LKA", "Sri Lanka"],
  ["SDN", "Sudan"], ["SUR", "Suriname"], ["SWE", "Sweden"], ["CHE", "Switzerland"],
  ["SYR", "Syrian Arab Republic"], ["TJK", "Tajikistan"], ["THA", "Thailand"],
  ["TLS", "Timor-Leste"], ["TGO", "Togo"], ["TON", "Tonga"], ["TTO", "Trinidad and Tobago"],
  ["TUN", "Tunisia"], ["TUR", "Türkiye"], ["TKM", "Turkmenistan"], ["TUV", "Tuvalu"],
  ["UGA", "Uganda"], ["UKR", "Ukraine"], ["ARE", "United Arab Emirates"],
  ["GBR", "United Kingdom of Great Britain and Northern Ireland"],
  ["TZA", "United Republic of Tanzania"], ["USA", "United States of America"],
  ["URY", "Uruguay"], ["UZB", "Uzbekistan"], ["VUT", "Vanuatu"],
  ["VEN", "Venezuela (Bolivarian Republic of)"], ["VNM", "Viet Nam"], ["YEM", "Yemen"],
  ["ZMB", "Zambia"], ["ZWE", "Zimbabwe"],
];

/** Non-member observer states: they speak but do not vote (GA practice). */
export const UN_OBSERVER_STATES: ReadonlyArray<readonly [code: string, unShortName: string]> = [
  ["VAT", "Holy See"],
  ["PSE", "State of Palestine"],
];
