/**
 * The opening phrases a clause is chosen from, as data: French (masculine and feminine forms where
 * the phrase agrees with the organ — « Le Conseil de sécurité, … Profondément préoccupé » but
 * « L'Assemblée générale, … Profondément préoccupée ») and English, and the punctuation each part
 * ends with. A clause stores the phrase's key, so the text follows the organ and the language.
 */
import type { PresetId } from "@/lib/procedure/presets";
import type { DocumentLanguage } from "@/lib/resolution/types";
import type { DocumentSection } from "@/lib/resolution/op";

export type Gender = "m" | "f";

export interface Phrase {
  id: string;
  section: DocumentSection;
  /** One form, or [masculine, feminine]. */
  fr: string | readonly [string, string];
  en: string;
}

const P = (id: string, fr: Phrase["fr"], en: string): Phrase => ({ id, section: "preamble", fr, en });
const O = (id: string, fr: Phrase["fr"], en: string): Phrase => ({ id, section: "operative", fr, en });

export const PHRASES: readonly Phrase[] = [
  P("recalling", "Rappelant", "Recalling"),
  P("reaffirming", "Réaffirmant", "Reaffirming"),
  P("affirming", "Affirmant", "Affirming"),
  P("noting", "Notant", "Noting"),
  P("noting-concern", "Notant avec préoccupation", "Noting with concern"),
  P("taking-note", "Prenant note", "Taking note"),
  P("bearing-in-mind", "Ayant à l'esprit", "Bearing in mind"),
  P("keeping-in-mind", "Gardant à l'esprit", "Keeping in mind"),
  P("taking-into-account", "Tenant compte", "Taking into account"),
  P("considering", "Considérant", "Considering"),
  P("recognizing", "Reconnaissant", "Recognizing"),
  P("emphasizing", "Soulignant", "Emphasizing"),
  P("stressing", "Insistant", "Stressing"),
  P("observing", "Observant", "Observing"),
  P("welcoming", "Accueillant avec satisfaction", "Welcoming"),
  P("deploring", "Déplorant", "Deploring"),
  P("expressing-concern", "Exprimant sa préoccupation", "Expressing its concern"),
  P("referring", "Se référant", "Referring"),
  P("having-considered", "Ayant examiné", "Having considered"),
  P("deeply-concerned", ["Profondément préoccupé", "Profondément préoccupée"], "Deeply concerned"),
  P("gravely-concerned", ["Gravement préoccupé", "Gravement préoccupée"], "Gravely concerned"),
  P("alarmed", ["Alarmé", "Alarmée"], "Alarmed"),
  P("fully-aware", ["Pleinement conscient", "Pleinement consciente"], "Fully aware"),
  P("convinced", ["Convaincu", "Convaincue"], "Convinced"),
  P("determined", ["Résolu", "Résolue"], "Determined"),
  P("guided-by", ["Guidé", "Guidée"], "Guided by"),

  O("decides", "Décide", "Decides"),
  O("invites", "Invite", "Invites"),
  O("calls-upon", "Demande", "Calls upon"),
  O("requests", "Prie", "Requests"),
  O("urges", "Engage", "Urges"),
  O("strongly-urges", "Exhorte", "Strongly urges"),
  O("encourages", "Encourage", "Encourages"),
  O("recommends", "Recommande", "Recommends"),
  O("condemns", "Condamne", "Condemns"),
  O("strongly-condemns", "Condamne fermement", "Strongly condemns"),
  O("deplores", "Déplore", "Deplores"),
  O("emphasizes", "Souligne", "Emphasizes"),
  O("reaffirms", "Réaffirme", "Reaffirms"),
  O("recalls", "Rappelle", "Recalls"),
  O("takes-note", "Prend note", "Takes note"),
  O("welcomes", "Se félicite", "Welcomes"),
  O("approves", "Approuve", "Approves"),
  O("affirms", "Affirme", "Affirms"),
  O("declares", "Déclare", "Declares"),
  O("authorizes", "Autorise", "Authorizes"),
  O("supports", "Soutient", "Supports"),
  O("expresses-concern", "Exprime sa préoccupation", "Expresses its concern"),
  O("expresses-determination", ["Se déclare résolu", "Se déclare résolue"], "Expresses its determination"),
  O(
    "remains-seized",
    ["Décide de rester saisi de la question", "Décide de rester saisie de la question"],
    "Decides to remain seized of the matter",
  ),
];

const BY_ID = new Map(PHRASES.map((p) => [p.id, p]));

export function phraseById(id: string): Phrase | undefined {
  return BY_ID.get(id);
}

export function isPhraseId(id: string): boolean {
  return BY_ID.has(id);
}

/** The organ a draft speaks for, and the gender its phrases agree with. */
export const ORGAN_SUBJECT: Record<PresetId, { gender: Gender; fr: string; en: string }> = {
  "security-council": { gender: "m", fr: "Le Conseil de sécurité,", en: "The Security Council," },
  // A Main Committee's draft is the Assembly's: it recommends a resolution to the plenary.
  "general-assembly": { gender: "f", fr: "L'Assemblée générale,", en: "The General Assembly," },
  "main-committee": { gender: "f", fr: "L'Assemblée générale,", en: "The General Assembly," },
  // A Model UN class debates the UK's Security Council draft by default.
  "model-un": { gender: "m", fr: "Le Conseil de sécurité,", en: "The Security Council," },
};

/** A phrase as written in a document of this language, agreeing with this organ. */
export function phraseText(phrase: Phrase, language: DocumentLanguage, organ: PresetId): string {
  if (language === "en") return phrase.en;
  if (typeof phrase.fr === "string") return phrase.fr;
  return ORGAN_SUBJECT[organ].gender === "m" ? phrase.fr[0] : phrase.fr[1];
}

/** The phrases of one part, as this organ writes them, in alphabetical order of the language. */
export function phraseChoices(section: DocumentSection, language: DocumentLanguage, organ: PresetId): { id: string; text: string }[] {
  return PHRASES.filter((p) => p.section === section)
    .map((p) => ({ id: p.id, text: phraseText(p, language, organ) }))
    .sort((a, b) => a.text.localeCompare(b.text, language));
}

/** A phrase written by hand (an imported draft) back to its key, when it is one of the list. */
export function phraseIdOf(text: string, section: DocumentSection): string | null {
  const wanted = text.trim().toLowerCase();
  for (const p of PHRASES) {
    if (p.section !== section) continue;
    const forms = [p.en, ...(typeof p.fr === "string" ? [p.fr] : p.fr)];
    if (forms.some((f) => f.toLowerCase() === wanted)) return p.id;
  }
  return null;
}

/**
 * How a clause ends (RULES.md, the draft's format): a preambular clause with a comma, an
 * operative one with a semicolon, the last operative clause with a full stop.
 */
export function expectedEnding(section: DocumentSection, isLastOperative: boolean): "," | ";" | "." {
  if (section === "preamble") return ",";
  return isLastOperative ? "." : ";";
}
