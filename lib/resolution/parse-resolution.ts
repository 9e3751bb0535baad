/**
 * Body blocks of a resolution → opening line, preambular clauses, numbered operative clauses
 * with nested sub-clauses, closing lines. Imperfections become warnings (see check-resolution).
 */
import type { Block } from "./lexer";
import { cleanInline } from "./inline";
import { candidateStyles, labelIndex, type LabelStyle } from "./labels";
import { IdRegistry, isContinuation, isOpeningLine, joinContinuation, rawText, rawTextWithPrefix, splitOpening } from "./clause-builder";
import type { OperativeClause, ParseWarning, PreambularClause, SubClause, TopLevelClause, WarningCode } from "./types";

export interface ResolutionBody {
  opening: string | null;
  preamble: PreambularClause[];
  operative: OperativeClause[];
  closing: string[];
  warnings: ParseWarning[];
  /** Line where each clause starts, for the checks that run afterwards. */
  lines: Map<string, number>;
}

interface Level {
  style: LabelStyle;
  index: number;
  node: SubClause;
}

type Zone = "preamble" | "operative" | "closing";

/** Which level of the sub-clause stack a label belongs to: existing (pop to it) or a new one. */
function placeLabel(stack: readonly Level[], label: string): { depth: number; style: LabelStyle; gap: boolean } | null {
  const styles = candidateStyles(label);
  // The successor of some open level, innermost first ("b" after "a", "iii" after "ii").
  for (let d = stack.length - 1; d >= 0; d--) {
    const level = stack[d];
    if (level && styles.includes(level.style) && labelIndex(label, level.style) === level.index + 1) {
      return { depth: d + 1, style: level.style, gap: false };
    }
  }
  const fresh = styles.filter((s) => !stack.some((l) => l.style === s));
  const starting = fresh.find((s) => labelIndex(label, s) === 1);
  if (starting) return { depth: stack.length + 1, style: starting, gap: false };
  for (let d = stack.length - 1; d >= 0; d--) {
    const level = stack[d];
    if (level && styles.includes(level.style)) return { depth: d + 1, style: level.style, gap: true };
  }
  const style = fresh[0];
  return style ? { depth: stack.length + 1, style, gap: true } : null;
}

export function parseResolutionBody(blocks: readonly Block[]): ResolutionBody {
  const body: ResolutionBody = { opening: null, preamble: [], operative: [], closing: [], warnings: [], lines: new Map() };
  const ids = new IdRegistry();
  let zone = "preamble" as Zone;
  let top: TopLevelClause | null = null;
  let stack: Level[] = [];
  /** The clause or sub-clause the next continuation text belongs to. */
  let last: { text: string } | null = null;

  const warn = (code: WarningCode, line: number, clauseId: string | null, params: Record<string, string | number> = {}) =>
    body.warnings.push({ code, line, clauseId, params: { line, ...(clauseId ? { clause: clauseId } : {}), ...params } });

  const startPreambular = (raw: string, line: number) => {
    const { phrase, rest } = splitOpening(raw);
    const clause: PreambularClause = { id: ids.take(`pp${body.preamble.length + 1}`), phrase, text: rest, subClauses: [] };
    body.preamble.push(clause);
    body.lines.set(clause.id, line);
    top = clause;
    stack = [];
    last = clause;
  };

  const startOperative = (raw: string, line: number, written: number | null) => {
    const previous = body.operative[body.operative.length - 1];
    const expected = previous ? previous.number + 1 : 1;
    const number = written ?? expected;
    const { phrase, rest } = splitOpening(raw);
    const clause: OperativeClause = { id: ids.take(`op${number}`), number, phrase, text: rest, subClauses: [] };
    body.operative.push(clause);
    body.lines.set(clause.id, line);
    if (written === null) warn("clause.missing_number", line, clause.id, { number });
    else if (written !== expected) warn("clause.numbering_gap", line, clause.id, { expected, found: written });
    zone = "operative";
    top = clause;
    stack = [];
    last = clause;
  };

  const startSubClause = (block: Block): boolean => {
    const owner = top as TopLevelClause | null;
    if (owner === null) return false;
    const uppercase = block.label !== block.label.toLowerCase();
    if (uppercase && stack.length < 2) return false;
    const place = placeLabel(stack, block.label);
    if (!place) return false;
    const parent = place.depth === 1 ? owner : stack[place.depth - 2]?.node;
    if (!parent) return false;
    const node: SubClause = {
      id: ids.take(`${parent.id}/${block.label}`),
      label: block.label,
      text: cleanInline(rawText(block)),
      subClauses: [],
    };
    parent.subClauses.push(node);
    const previousIndex = stack[place.depth - 1]?.style === place.style ? (stack[place.depth - 1]?.index ?? 0) : 0;
    stack = [...stack.slice(0, place.depth - 1), { style: place.style, index: labelIndex(block.label, place.style), node }];
    body.lines.set(node.id, block.line);
    if (place.gap) {
      warn("clause.label_gap", block.line, node.id, { expected: String(previousIndex + 1), found: block.label });
    }
    last = node;
    return true;
  };

  for (const block of blocks) {
    if (block.kind === "footnote" || block.kind === "rule") continue;
    if (block.kind === "numbered") {
      startOperative(rawText(block), block.line, block.number);
      continue;
    }
    if (block.kind === "label" && zone !== "closing") {
      if (startSubClause(block)) continue;
      if (top === null) {
        // Read as a preambular clause without its label (the label has nothing to belong to).
        warn("clause.orphan_subclause", block.line, null, { label: block.label });
        startPreambular(rawText(block), block.line);
        continue;
      }
    }
    const raw = block.kind === "label" ? rawTextWithPrefix(block) : rawText(block);
    const cleaned = cleanInline(raw);
    if (cleaned === "") continue;
    const current = last as { text: string } | null;
    if (zone !== "closing" && current !== null && isContinuation(block, cleaned, current.text)) {
      current.text = joinContinuation(current.text, cleaned);
      continue;
    }
    if (zone === "preamble") {
      if (body.opening === null && body.preamble.length === 0 && isOpeningLine(cleaned)) body.opening = cleaned;
      else startPreambular(raw, block.line);
      continue;
    }
    if (zone === "operative" && current !== null && !/\.$/.test(current.text.trim())) {
      startOperative(raw, block.line, null);
      continue;
    }
    zone = "closing";
    // Closing lines keep their line structure ("97e séance plénière" / "1er juillet 2024").
    const joinedLines = block.lines.join("\n");
    for (const line of cleanLines(joinedLines)) body.closing.push(line);
  }
  return body;
}

/** Clean a multi-line block line by line, after stripping emphasis that spans the lines. */
function cleanLines(raw: string): string[] {
  const whole = cleanInline(raw.replace(/\n/g, " \u0000 "));
  return whole
    .split("\u0000")
    .map((l) => l.trim())
    .filter((l) => l !== "");
}
