/**
 * A working paper ⇄ the document tree every draft is (lib/resolution): the paper's clauses in
 * order, deleted ones left out, phrases written in the organ's gender and the paper's language,
 * ids by position as the importer gives them ("pp1", "op2", "op2/a"), so a submitted paper is
 * amended like any other draft.
 */
import type * as Y from "yjs";
import type { PresetId } from "@/lib/procedure/presets";
import { emptyHeader } from "@/lib/resolution/header";
import { labelForDepth } from "@/lib/resolution/labels";
import type { DocumentLanguage, OperativeClause, PreambularClause, ResolutionDocument, SubClause } from "@/lib/resolution/types";
import { sectionTree, type PaperNode } from "./doc";
import { addClause } from "./ops";
import { ORGAN_SUBJECT, phraseById, phraseIdOf, phraseText } from "./phrases";

export interface PaperMeta {
  organ: PresetId;
  language: DocumentLanguage;
  title: string;
  /** The authors' names as the header prints them. */
  sponsors: readonly string[];
}

export interface Converted {
  document: ResolutionDocument;
  /** The document's clause id → the paper's clause id (to show a warning on its clause). */
  paperIds: Map<string, string>;
  /** The document's clause id → the member (or `@chair`) who wrote that clause: the minutes' record of the writing. */
  writers: Record<string, string>;
}

export function toParsedDocument(doc: Y.Doc, meta: PaperMeta): Converted {
  const paperIds = new Map<string, string>();
  const writers: Record<string, string> = {};
  const note = (id: string, node: PaperNode) => {
    paperIds.set(id, node.id);
    if (node.by) writers[id] = node.by;
  };
  const phrase = (node: PaperNode) => {
    const known = node.phrase ? phraseById(node.phrase) : undefined;
    return known ? phraseText(known, meta.language, meta.organ) : "";
  };
  const subClauses = (nodes: PaperNode[], parentId: string, depth: number): SubClause[] =>
    nodes.map((node, i) => {
      const label = labelForDepth(i + 1, depth);
      const id = `${parentId}/${label}`;
      note(id, node);
      return { id, label, text: node.text.trim(), subClauses: subClauses(node.children, id, depth + 1) };
    });
  const preamble: PreambularClause[] = sectionTree(doc, "preamble").map((node, i) => {
    const id = `pp${i + 1}`;
    note(id, node);
    return { id, phrase: phrase(node), text: node.text.trim(), subClauses: subClauses(node.children, id, 1) };
  });
  const operative: OperativeClause[] = sectionTree(doc, "operative").map((node, i) => {
    const id = `op${i + 1}`;
    note(id, node);
    return { id, number: i + 1, phrase: phrase(node), text: node.text.trim(), subClauses: subClauses(node.children, id, 1) };
  });
  const header = { ...emptyHeader(), title: meta.title || null, sponsors: [...meta.sponsors] };
  const subject = ORGAN_SUBJECT[meta.organ];
  const document: ResolutionDocument = {
    kind: "resolution",
    language: meta.language,
    header,
    opening: meta.language === "en" ? subject.en : subject.fr,
    preamble,
    operative,
    closing: [],
    footnotes: [],
  };
  return { document, paperIds, writers };
}

/**
 * Fills an empty paper from an imported or library draft: each clause and sub-clause becomes a
 * paper clause; an opening phrase of the list becomes its key, any other stays in the text.
 */
export function fromParsedDocument(doc: Y.Doc, source: ResolutionDocument, by: string): void {
  doc.transact(() => {
    for (const section of ["preamble", "operative"] as const) {
      let after: string | null = null;
      for (const clause of section === "preamble" ? source.preamble : source.operative) {
        const phrase = phraseIdOf(clause.phrase, section);
        const text = phrase || !clause.phrase ? clause.text : `${clause.phrase} ${clause.text}`;
        const id: string = addClause(doc, { section, parent: null, after, phrase, text: text.trim(), by });
        addSubClauses(doc, section, id, clause.subClauses, by);
        after = id;
      }
    }
  });
}

function addSubClauses(doc: Y.Doc, section: "preamble" | "operative", parent: string, subs: SubClause[], by: string): void {
  let after: string | null = null;
  for (const sub of subs) {
    const id: string = addClause(doc, { section, parent, after, text: sub.text.trim(), by });
    addSubClauses(doc, section, id, sub.subClauses, by);
    after = id;
  }
}
