/**
 * One layout for every export: the document becomes a list of blocks of styled runs (UN layout:
 * header, italic opening, italic preambular phrases, numbered operative paragraphs with italic
 * verbs, indented sub-clauses, closing, footnotes). Markdown, plain text and .docx only differ in
 * how they print a run — so tracked changes look the same everywhere.
 */
import { assertNever } from "../util/assert-never";
import { formatLabel } from "./labels";
import { toSuperscript } from "./inline";
import { trackedChanges, type PendingAmendment, type TrackedClause, type TrackedDocument } from "./tracked";
import type { DocumentHeader, DocumentLanguage, Footnote, ParsedDocument, ReferenceDocument } from "./types";

export interface Run {
  text: string;
  italic: boolean;
  bold: boolean;
  change: "insert" | "delete" | null;
}

export type RenderBlock =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; runs: Run[] }
  /** A paragraph; `prefix` is its number or label ("3. ", "a) "), `indent` its depth. */
  | { kind: "paragraph"; role: "header" | "opening" | "clause" | "text" | "footnote"; prefix: string; indent: number; runs: Run[] }
  /** Lines kept together with line breaks (the closing "97e séance plénière / date"). */
  | { kind: "lines"; lines: Run[][] }
  | { kind: "rule" };

export interface RenderOptions {
  /** Show these pending amendments as tracked changes. */
  pending?: readonly PendingAmendment[];
  /** A first line saying what the text is (« Texte adopté », « Texte mis aux voix — non adopté… »). */
  status?: string;
}

export function run(text: string, style: Partial<Omit<Run, "text">> = {}): Run {
  return { text, italic: style.italic ?? false, bold: style.bold ?? false, change: style.change ?? null };
}

const MUN_LABELS: Record<
  DocumentLanguage,
  { forum: string; question: string; submittedBy: string; coSignatories: string; draft: string; and: string }
> = {
  fr: {
    forum: "FORUM",
    question: "QUESTION",
    submittedBy: "SOUMIS PAR",
    coSignatories: "CO-SIGNATAIRES",
    draft: "projet de résolution",
    and: "et",
  },
  en: {
    forum: "FORUM",
    question: "QUESTION",
    submittedBy: "SUBMITTED BY",
    coSignatories: "CO-SIGNATORIES",
    draft: "draft resolution",
    and: "and",
  },
};

function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1] ?? ""}`;
}

/** Header lines in an order the importer reads back to the same fields. */
export function headerBlocks(h: DocumentHeader, language: DocumentLanguage): RenderBlock[] {
  const labels = MUN_LABELS[language];
  // French typography: a narrow no-break space before the colon (the importer reads both).
  const colon = language === "fr" ? "\u202f: " : ": ";
  const out: RenderBlock[] = [];
  const line = (text: string | null, style: Partial<Omit<Run, "text">> = {}) => {
    if (text !== null && text !== "") out.push({ kind: "paragraph", role: "header", prefix: "", indent: 0, runs: [run(text, style)] });
  };
  if (h.organ !== null) out.push({ kind: "heading", level: 1, runs: [run(h.organ)] });
  if (h.forum !== null) line(`${labels.forum}${colon}${h.forum}`, { bold: true });
  if (h.question !== null) line(`${labels.question}${colon}${h.question}`, { bold: true });
  if (h.submittedBy !== null) line(`${labels.submittedBy}${colon}${h.submittedBy}`, { bold: true });
  if (h.coSignatories.length > 0) line(`${labels.coSignatories}${colon}${h.coSignatories.join(", ")}`, { bold: true });
  line(h.distribution);
  line(h.date);
  line(h.language);
  if (h.originalLanguage !== null) line(`Original${colon}${h.originalLanguage}`);
  line(h.symbol);
  line(h.session, { bold: true });
  line(h.committee);
  line(h.agendaItem);
  line(h.agendaTitle, { bold: true });
  // A plain title right under the agenda item would read as the agenda item's title.
  const titleEarly = h.resolutionNumber === null && (h.agendaItem === null || h.agendaTitle !== null);
  if (titleEarly) line(h.title, { bold: true });
  if (h.sponsors.length > 0)
    line(`${joinNames(h.sponsors, labels.and)}${language === "fr" ? "\u202f: " : ": "}${h.documentType ?? labels.draft}`, { bold: true });
  else line(h.documentType);
  if (h.basis !== null) line(`[${h.basis}]`);
  if (h.resolutionNumber !== null) line(`${h.resolutionNumber}. ${h.title ?? ""}`, { bold: true });
  else if (!titleEarly) line(h.title, { bold: true });
  for (const extra of h.extra) line(extra);
  return out;
}

/** Runs of a clause's full text, italic over the opening phrase, with tracked changes. */
function clauseRuns(node: TrackedClause): Run[] {
  const runs: Run[] = [];
  let oldPos = 0;
  let newPos = 0;
  const push = (text: string, italic: boolean, change: Run["change"]) => {
    if (text === "") return;
    // Spaces stay outside emphasis so Markdown reads it back.
    const lead = /^\s*/.exec(text)?.[0] ?? "";
    const trail = /\s*$/.exec(text.slice(lead.length))?.[0] ?? "";
    const core = text.slice(lead.length, text.length - trail.length);
    if (lead) runs.push(run(lead, { change }));
    if (core) runs.push(run(core, { italic, change }));
    if (trail) runs.push(run(trail, { change }));
  };
  for (const segment of node.segments) {
    const useOld = segment.kind !== "insert";
    const pos = useOld ? oldPos : newPos;
    const phraseLength = useOld ? node.phrase.length : node.newPhrase.length;
    const change = segment.kind === "equal" ? null : segment.kind;
    const cut = Math.max(0, Math.min(segment.text.length, phraseLength - pos));
    push(segment.text.slice(0, cut), true, change);
    push(segment.text.slice(cut), false, change);
    if (segment.kind !== "insert") oldPos += segment.text.length;
    if (segment.kind !== "delete") newPos += segment.text.length;
  }
  return runs;
}

function clauseBlocks(node: TrackedClause): RenderBlock[] {
  // A clause added before the first has no number yet: "+" marks it.
  let prefix = "";
  if (node.label === null) prefix = node.depth > 0 || node.section === "operative" ? "+ " : "";
  else if (node.depth > 0) prefix = `${formatLabel(node.label, node.depth)} `;
  else if (node.section === "operative") prefix = `${node.label}. `;
  const runs = clauseRuns(node);
  return [{ kind: "paragraph", role: "clause", prefix, indent: node.depth, runs }, ...node.subClauses.flatMap(clauseBlocks)];
}

function footnoteBlocks(notes: readonly Footnote[]): RenderBlock[] {
  if (notes.length === 0) return [];
  const marker = (m: string) => (/^\d+$/.test(m) ? toSuperscript(m) : m === "*" ? "*" : `[^${m}]:`);
  return [
    { kind: "rule" },
    ...notes.map((n): RenderBlock => ({
      kind: "paragraph",
      role: "footnote",
      prefix: `${marker(n.marker)} `,
      indent: 0,
      runs: [run(n.text)],
    })),
  ];
}

function trackedBlocks(doc: TrackedDocument): RenderBlock[] {
  const out: RenderBlock[] = headerBlocks(doc.header, doc.language);
  if (doc.opening !== null)
    out.push({ kind: "paragraph", role: "opening", prefix: "", indent: 0, runs: [run(doc.opening, { italic: true })] });
  for (const node of [...doc.preamble, ...doc.operative]) out.push(...clauseBlocks(node));
  if (doc.closing.length > 0) out.push({ kind: "lines", lines: doc.closing.map((l) => [run(l, { italic: true })]) });
  out.push(...footnoteBlocks(doc.footnotes));
  return out;
}

function referenceBlocks(doc: ReferenceDocument): RenderBlock[] {
  const out = headerBlocks(doc.header, doc.language);
  for (const block of doc.blocks) {
    switch (block.type) {
      case "heading": {
        const text = block.label === null ? block.text : `${block.label}. ${block.text}`;
        out.push({ kind: "heading", level: (block.level + 1) as 2 | 3 | 4, runs: [run(text)] });
        break;
      }
      case "paragraph":
        out.push({
          kind: "paragraph",
          role: "text",
          prefix: block.number === null ? "" : `${block.number}. `,
          indent: 0,
          runs: [run(block.text)],
        });
        break;
      case "item":
        out.push({ kind: "paragraph", role: "text", prefix: `- ${block.label}) `, indent: 1, runs: [run(block.text)] });
        break;
      default:
        assertNever(block);
    }
  }
  out.push(...footnoteBlocks(doc.footnotes));
  return out;
}

/** The blocks of any document, with pending amendments shown when asked. */
export function renderBlocks(doc: ParsedDocument, opts: RenderOptions = {}): RenderBlock[] {
  const status: RenderBlock[] = opts.status
    ? [{ kind: "paragraph", role: "header", prefix: "", indent: 0, runs: [run(opts.status, { bold: true })] }]
    : [];
  if (doc.kind === "reference") return [...status, ...referenceBlocks(doc)];
  return [...status, ...trackedBlocks(trackedChanges(doc, opts.pending ?? []))];
}
