/**
 * The bundled document library (prisma/documents/): the drafts a new session starts from and the
 * reference documents delegates read. Pure data — nothing is read at import; the seed script or
 * server reads `LIBRARY_DIR/file` and parses it. Mirrored by prisma/documents/index.json.
 */

export type SessionOrgan = "security-council" | "general-assembly";

export interface LibraryEntry {
  id: string;
  /** File name in LIBRARY_DIR; the user's text, byte-identical to what they supplied. */
  file: string;
  kind: "draft" | "reference";
  organ: SessionOrgan;
  language: "fr" | "en";
  /** The draft a new session of this organ loads by default. */
  defaultFor: SessionOrgan | null;
  title: string;
}

/** Relative to the repository root. */
export const LIBRARY_DIR = "prisma/documents";

export const DOCUMENT_LIBRARY: readonly LibraryEntry[] = [
  {
    id: "sc-uk-ai-security",
    file: "sc-uk-ai-security.fr.md",
    kind: "draft",
    organ: "security-council",
    language: "fr",
    defaultFor: "security-council",
    title: "L'I.A. : un nouvel enjeu dans les stratégies de sécurité mondiale ?",
  },
  {
    id: "ga-first-committee-a-c1-78",
    file: "ga-first-committee-a-c1-78.fr.md",
    kind: "draft",
    organ: "general-assembly",
    language: "fr",
    defaultFor: "general-assembly",
    title: "Progrès de l'informatique et des télécommunications et sécurité internationale",
  },
  {
    id: "ga-res-79-239",
    file: "ga-res-79-239.fr.md",
    kind: "reference",
    organ: "general-assembly",
    language: "fr",
    defaultFor: null,
    title: "79/239. L'intelligence artificielle dans le domaine militaire et ses conséquences pour la paix et la sécurité internationales",
  },
  {
    id: "ga-res-78-311",
    file: "ga-res-78-311.fr.md",
    kind: "reference",
    organ: "general-assembly",
    language: "fr",
    defaultFor: null,
    title:
      "78/311. Intensifier la coopération internationale en matière de renforcement des capacités dans le domaine de l'intelligence artificielle",
  },
  {
    id: "sg-report-a-80",
    file: "sg-report-a-80.fr.md",
    kind: "reference",
    organ: "general-assembly",
    language: "fr",
    defaultFor: null,
    title:
      "Dernières évolutions scientifiques et techniques et leurs incidences éventuelles sur l'action menée en matière de sécurité internationale et de désarmement (rapport du Secrétaire général)",
  },
];

/** The draft a new session of an organ starts from. */
export function defaultDraftFor(organ: SessionOrgan): LibraryEntry {
  const entry = DOCUMENT_LIBRARY.find((e) => e.defaultFor === organ);
  if (!entry) throw new Error(`No default draft for ${organ}`);
  return entry;
}

export function libraryEntry(id: string): LibraryEntry | null {
  return DOCUMENT_LIBRARY.find((e) => e.id === id) ?? null;
}
