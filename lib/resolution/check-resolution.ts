/**
 * Checks of a parsed resolution against the draft format (RULES.md): preambular clauses open with
 * a phrase and end with ","; operative clauses open with a verb and end with ";" (French MUN usage
 * also accepts ","), the last with "."; footnote references have a footnote.
 */
import { footnoteRefs } from "./inline";
import type { AnyClause, Footnote, ParseWarning, ResolutionDocument, SubClause, TopLevelClause, WarningCode } from "./types";

/** The text the clause's punctuation is read from: its deepest last sub-clause, else itself. */
function endNode(clause: AnyClause): AnyClause {
  let node: AnyClause = clause;
  for (;;) {
    const next: SubClause | undefined = node.subClauses[node.subClauses.length - 1];
    if (!next) return node;
    node = next;
  }
}

function lastChar(text: string): string {
  return text.trim().slice(-1);
}

export function checkResolution(doc: ResolutionDocument, lines: ReadonlyMap<string, number>): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  const warn = (code: WarningCode, clauseId: string, params: Record<string, string | number> = {}) => {
    const line = lines.get(clauseId) ?? 1;
    warnings.push({ code, line, clauseId, params: { line, clause: clauseId, ...params } });
  };

  const checkSubClauses = (clause: AnyClause, end: AnyClause) => {
    for (const sub of clause.subClauses) {
      if (sub.text.trim() === "") warn("clause.empty", sub.id);
      else if (sub !== end && !/[,;:.]/.test(lastChar(sub.text))) warn("clause.subclause_punctuation", sub.id);
      checkSubClauses(sub, end);
    }
  };

  const checkTop = (clause: TopLevelClause, noPhrase: WarningCode) => {
    if (clause.phrase === "" && clause.text.trim() === "") warn("clause.empty", clause.id);
    else if (clause.phrase === "") warn(noPhrase, clause.id);
    const end = endNode(clause);
    checkSubClauses(clause, end);
    return end;
  };

  for (const clause of doc.preamble) {
    const end = checkTop(clause, "clause.no_opening_phrase");
    const text = end === clause ? `${clause.phrase} ${clause.text}` : end.text;
    if (lastChar(text) !== ",") warn("clause.preamble_punctuation", end.id, { found: lastChar(text) });
  }
  doc.operative.forEach((clause, i) => {
    const end = checkTop(clause, "clause.no_opening_verb");
    const text = end === clause ? `${clause.phrase} ${clause.text}` : end.text;
    const isLast = i === doc.operative.length - 1;
    if (isLast && lastChar(text) !== ".") warn("clause.final_period", end.id, { found: lastChar(text) });
    if (!isLast && !/[;,]/.test(lastChar(text))) warn("clause.operative_punctuation", end.id, { found: lastChar(text) });
  });

  if (doc.operative.length === 0 && doc.preamble.length > 0) {
    const lastClause = doc.preamble[doc.preamble.length - 1];
    const line = lastClause ? (lines.get(lastClause.id) ?? 1) : 1;
    warnings.push({ code: "document.no_operative_clauses", line, clauseId: null, params: { line } });
  }

  warnings.push(...undefinedFootnotes(doc, lines));
  return warnings;
}

function undefinedFootnotes(doc: ResolutionDocument, lines: ReadonlyMap<string, number>): ParseWarning[] {
  const known = new Set(doc.footnotes.map((f: Footnote) => f.marker));
  const out: ParseWarning[] = [];
  const visit = (clause: AnyClause) => {
    const text = "phrase" in clause ? `${clause.phrase} ${clause.text}` : clause.text;
    for (const marker of footnoteRefs(text)) {
      if (known.has(marker)) continue;
      const line = lines.get(clause.id) ?? 1;
      out.push({ code: "footnote.undefined", line, clauseId: clause.id, params: { line, clause: clause.id, marker } });
    }
    clause.subClauses.forEach(visit);
  };
  [...doc.preamble, ...doc.operative].forEach(visit);
  return out;
}
