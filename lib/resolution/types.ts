/**
 * The typed tree every imported document becomes, whatever its source (seed Markdown, pasted
 * text, .docx). Plain JSON-serializable objects only: documents are stored as JSON and sent over
 * Socket.IO, so no classes, no Maps, no undefined-valued fields.
 */
import type { ClauseId, DocumentSection } from "./op";

export type DocumentLanguage = "fr" | "en";

/** A sub-clause: a), b)… then i., ii.… then A), B)… to any depth. */
export interface SubClause {
  id: ClauseId;
  /** Its current label without punctuation: "a", "ii", "B". Renumbered after amendments. */
  label: string;
  text: string;
  subClauses: SubClause[];
}

/** A preambular paragraph: italic opening phrase ("Réaffirmant") + the rest, ending with ",". */
export interface PreambularClause {
  id: ClauseId;
  /** The opening phrase, "" when none was found (a warning says so). */
  phrase: string;
  /** The text after the phrase, final punctuation included. May start with "," (", Antonio…"). */
  text: string;
  subClauses: SubClause[];
}

/** An operative paragraph: number + italic opening verb ("Invite") + the rest. */
export interface OperativeClause {
  id: ClauseId;
  /** As written at import (gaps kept, with a warning); consecutive after any amendment. */
  number: number;
  phrase: string;
  text: string;
  subClauses: SubClause[];
}

export type TopLevelClause = PreambularClause | OperativeClause;
export type AnyClause = TopLevelClause | SubClause;

/**
 * Header fields of both layouts: MUN (FORUM / QUESTION / SOUMIS PAR / co-signataires) and UN
 * (organ, distribution, date, session, agenda item, sponsors, title…). Null when absent.
 */
export interface DocumentHeader {
  /** "Assemblée générale", "CONSEIL DE SÉCURITÉ" — the organ line as written. */
  organ: string | null;
  /** MUN FORUM field. */
  forum: string | null;
  /** MUN QUESTION field. */
  question: string | null;
  /** MUN SOUMIS PAR / SUBMITTED BY field. */
  submittedBy: string | null;
  /** MUN co-signatories. */
  coSignatories: string[];
  /** UN sponsor list ("Azerbaïdjan, …, et Zimbabwe : projet de résolution"). */
  sponsors: string[];
  /** Document symbol when printed as a line ("A/C.1/78/L.11"). */
  symbol: string | null;
  /** GA resolution number printed before the title ("79/239"). */
  resolutionNumber: string | null;
  /** "Distr. générale", "Distr. limitée". */
  distribution: string | null;
  date: string | null;
  /** Language line of the version ("Français"). */
  language: string | null;
  /** "anglais/russe" from "Original : anglais/russe". */
  originalLanguage: string | null;
  session: string | null;
  /** "Première Commission". */
  committee: string | null;
  /** "Point 94 de l'ordre du jour". */
  agendaItem: string | null;
  /** The agenda item's title printed under it. */
  agendaTitle: string | null;
  /** "Résolution adoptée par …", "projet de résolution", "Rapport du Secrétaire général". */
  documentType: string | null;
  /** "sur la base du rapport de la Première Commission (A/79/408, par. 114)" (brackets dropped). */
  basis: string | null;
  /** The document's own title. */
  title: string | null;
  /** Header lines no rule recognised, kept so nothing the user wrote is lost. */
  extra: string[];
}

export interface Footnote {
  /** "1", "2", … or "*". References in the text are Unicode superscripts ("¹²") or "*". */
  marker: string;
  text: string;
}

export interface ResolutionDocument {
  kind: "resolution";
  language: DocumentLanguage;
  header: DocumentHeader;
  /** "Le Conseil de sécurité," / "L'Assemblée générale," — null when the draft has none. */
  opening: string | null;
  preamble: PreambularClause[];
  operative: OperativeClause[];
  /** Lines after the last operative paragraph ("97e séance plénière", "1er juillet 2024"). */
  closing: string[];
  footnotes: Footnote[];
}

/** Body of a non-resolution document (a report): headings, numbered paragraphs, list items. */
export type ReferenceBlock =
  /** level 1: "I. Introduction"; level 2: "A. Intelligence artificielle…"; level 3: unlabelled. */
  | { type: "heading"; level: 1 | 2 | 3; label: string | null; text: string }
  | { type: "paragraph"; number: number | null; text: string }
  | { type: "item"; label: string; text: string };

export interface ReferenceDocument {
  kind: "reference";
  language: DocumentLanguage;
  header: DocumentHeader;
  blocks: ReferenceBlock[];
  footnotes: Footnote[];
}

export type ParsedDocument = ResolutionDocument | ReferenceDocument;

export type MessageParams = Record<string, string | number>;

/** Something imperfect in the input that the importer worked around; the teacher can fix it. */
export interface ParseWarning {
  code: WarningCode;
  /** 1-based line of the input where the clause starts. */
  line: number;
  clauseId: ClauseId | null;
  params: MessageParams;
}

export type WarningCode =
  | "clause.preamble_punctuation"
  | "clause.operative_punctuation"
  | "clause.final_period"
  | "clause.subclause_punctuation"
  | "clause.no_opening_phrase"
  | "clause.no_opening_verb"
  | "clause.numbering_gap"
  | "clause.label_gap"
  | "clause.missing_number"
  | "clause.empty"
  | "clause.orphan_subclause"
  | "document.no_operative_clauses"
  | "footnote.undefined";

export type ParseErrorCode = "document.empty" | "document.binary" | "document.too_large" | "document.no_clauses" | "docx.invalid";

export type AmendmentErrorCode =
  | "amendment.reference_document"
  | "amendment.invalid_id"
  | "amendment.duplicate_id"
  | "amendment.unknown_clause"
  | "amendment.unknown_after"
  | "amendment.wrong_section"
  | "amendment.empty_text"
  | "amendment.too_deep"
  | "amendment.too_many_clauses";

export interface DocumentError<C extends string = ParseErrorCode | AmendmentErrorCode> {
  code: C;
  /** English text, for logs; the UI translates `code` with the messages in ./messages. */
  message: string;
  params: MessageParams;
}

export type ParseResult =
  { ok: true; document: ParsedDocument; warnings: ParseWarning[] } | { ok: false; error: DocumentError<ParseErrorCode> };

export interface ParseOptions {
  /** Force the document kind; "auto" (default) decides from the text. */
  kind?: "auto" | "resolution" | "reference";
  /** Input size limit in bytes (UTF-8); default 1 MB. */
  maxBytes?: number;
}

/** A word-level diff as data; the UI underlines inserts and strikes deletes. */
export interface DiffSegment {
  kind: "equal" | "insert" | "delete";
  text: string;
}

export type { ClauseId, DocumentSection };
