/**
 * Opening phrases when the draft does not italicise them ("Réaffirmant également sa résolution…"
 * → "Réaffirmant également"). Known multi-word phrases first, then a first-word rule; whatever is
 * found is italicised on export, so a re-import reads it from the emphasis.
 */

const MULTIWORD = [
  // French, preamble
  "prenant note",
  "prenant acte",
  "ayant à l'esprit",
  "gardant à l'esprit",
  "tenant compte",
  "notant avec préoccupation",
  "notant avec satisfaction",
  "notant avec inquiétude",
  "notant avec regret",
  "notant avec appréciation",
  "notant avec intérêt",
  "accueillant avec satisfaction",
  "se déclarant préoccupée",
  "se déclarant préoccupé",
  "se déclarant profondément préoccupée",
  "se déclarant gravement préoccupée",
  "profondément préoccupée",
  "profondément préoccupé",
  "vivement préoccupée",
  "gravement préoccupée",
  "profondément convaincue",
  "fermement convaincue",
  "pleinement consciente",
  "ayant examiné",
  "ayant étudié",
  "ayant entendu",
  "ayant adopté",
  "ayant présent à l'esprit",
  // French, operative
  "prend note",
  "prend acte",
  "se déclare résolue",
  "se déclare résolu",
  "se déclare préoccupée",
  "se déclare préoccupé",
  "se déclare profondément préoccupée",
  "est favorable",
  "attend avec intérêt",
  "lance un appel",
  "fait sien",
  "fait siens",
  "fait sienne",
  "fait siennes",
  "demeure saisi",
  "reste saisi",
  "décide de rester saisi",
  "accueille avec satisfaction",
  "note avec satisfaction",
  "note avec préoccupation",
  "note avec inquiétude",
  "exprime sa préoccupation",
  "exprime sa gratitude",
  "exprime sa reconnaissance",
  "exprime l'espoir",
  "exprime sa profonde préoccupation",
  "condamne fermement",
  "condamne énergiquement",
  // English
  "taking note",
  "bearing in mind",
  "noting with concern",
  "noting with satisfaction",
  "noting with appreciation",
  "noting with deep concern",
  "deeply concerned",
  "gravely concerned",
  "deeply convinced",
  "fully aware",
  "taking into account",
  "taking into consideration",
  "guided by",
  "expressing concern",
  "having considered",
  "having examined",
  "having adopted",
  "takes note",
  "calls upon",
  "calls on",
  "looks forward",
  "remains seized",
  "decides to remain seized",
  "expresses its concern",
  "expresses its appreciation",
  "notes with concern",
  "notes with appreciation",
  "strongly condemns",
  "strongly urges",
].map((p) => p.split(" "));

const ADVERBS = [
  "également",
  "en outre",
  "de plus",
  "aussi",
  "par ailleurs",
  "de nouveau",
  "à nouveau",
  "encore",
  "vivement",
  "instamment",
  "fermement",
  "résolument",
  "profondément",
  "énergiquement",
  "avec satisfaction",
  "avec préoccupation",
  "avec inquiétude",
  "avec intérêt",
  "avec force",
  "again",
  "also",
  "further",
  "once again",
  "strongly",
  "urgently",
  "with concern",
  "with appreciation",
  "with satisfaction",
].map((p) => p.split(" "));

/** Words that start a sentence without being an opening verb or phrase. */
const NOT_A_PHRASE = new Set([
  "le",
  "la",
  "les",
  "un",
  "une",
  "des",
  "du",
  "de",
  "ce",
  "cet",
  "cette",
  "ces",
  "il",
  "elle",
  "ils",
  "elles",
  "on",
  "nous",
  "vous",
  "je",
  "tout",
  "tous",
  "toute",
  "toutes",
  "au",
  "aux",
  "à",
  "en",
  "dans",
  "par",
  "pour",
  "sur",
  "avec",
  "sans",
  "si",
  "et",
  "ou",
  "mais",
  "qui",
  "que",
  "quand",
  "lorsque",
  "selon",
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
  "notre",
  "nos",
  "votre",
  "vos",
  "chaque",
  "certains",
  "certaines",
  "plusieurs",
  "depuis",
  "entre",
  "bien",
  "comme",
  "outre",
  "grâce",
  "aucun",
  "aucune",
  "cela",
  "ceci",
  "dès",
  "après",
  "avant",
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "it",
  "its",
  "in",
  "on",
  "at",
  "by",
  "for",
  "with",
  "of",
  "to",
  "and",
  "or",
  "but",
  "if",
  "as",
  "we",
  "they",
  "he",
  "she",
  "each",
  "all",
  "some",
  "many",
  "since",
  "although",
  "while",
  "there",
  "our",
  "their",
  "his",
  "her",
]);

/** First words that need the next one to make sense ("Se félicite", "Est favorable"). */
const TAKES_NEXT = new Set([
  "se",
  "est",
  "sont",
  "reste",
  "demeure",
  "ayant",
  "étant",
  "having",
  "being",
  "is",
  "remains",
  "further",
  "also",
  "again",
  "strongly",
  "deeply",
  "gravely",
  "fully",
  "firmly",
  "profondément",
  "vivement",
  "gravement",
  "fermement",
  "pleinement",
  "sincèrement",
  "très",
]);
const REFLEXIVE_WITH_ADJECTIVE = new Set(["déclare", "déclarant", "dit", "disant", "montre", "montrant"]);

function norm(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

function matches(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((p, i) => norm(words[at + i] ?? "") === p);
}

function longestMatch(words: readonly string[], at: number, table: readonly (readonly string[])[]): number {
  let best = 0;
  for (const p of table) if (p.length > best && matches(words, at, p)) best = p.length;
  return best;
}

function isPhraseWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*$/u.test(word) && !NOT_A_PHRASE.has(norm(word)) && !/^\p{L}['’]/u.test(word);
}

export interface PhraseSplit {
  phrase: string;
  rest: string;
}

/** Split a cleaned clause text into opening phrase and rest; phrase "" when none is found. */
export function detectPhrase(text: string): PhraseSplit {
  const words = text.split(" ");
  const first = words[0] ?? "";
  // "Décide, en outre, de…": the phrase stops at punctuation glued to a word.
  const bare = first.replace(/[,;:.]+$/, "");
  let count = longestMatch(words, 0, MULTIWORD);
  if (count === 0) {
    if (!isPhraseWord(bare)) return { phrase: "", rest: text };
    if (bare !== first) return { phrase: bare, rest: text.slice(bare.length) };
    count = 1;
    if (TAKES_NEXT.has(norm(first)) && /^\p{L}/u.test(words[1] ?? "")) {
      count = 2;
      if (norm(first) === "se" && REFLEXIVE_WITH_ADJECTIVE.has(norm(words[1] ?? "")) && words[2]) count = 3;
    }
  }
  for (let round = 0; round < 2; round++) {
    const adverb = longestMatch(words, count, ADVERBS);
    if (adverb === 0) break;
    count += adverb;
  }
  if (count >= words.length) return { phrase: text, rest: "" };
  return { phrase: words.slice(0, count).join(" "), rest: words.slice(count).join(" ") };
}

/** The full text of a clause: phrase, then the rest (no space before its leading punctuation). */
export function joinPhrase(phrase: string, rest: string): string {
  if (phrase === "") return rest;
  if (rest === "") return phrase;
  return /^[,;:.)]/.test(rest) ? `${phrase}${rest}` : `${phrase} ${rest}`;
}
