/**
 * Lines → blocks. A block starts at a line that carries structure (heading, number, label,
 * footnote, rule) or after a blank line; plain lines that follow join it (Markdown soft wrap).
 * The lexer knows nothing about resolutions: the parsers decide what a block means.
 */
import { candidateStyles } from "./labels";
import { fromSuperscript, stripEmphasis } from "./inline";

export type BlockKind = "heading" | "numbered" | "label" | "footnote" | "rule" | "text";

/** What lies between a block and the previous content block: page breaks carry footnotes. */
export type BlockGap = "none" | "blank" | "page";

export interface Block {
  kind: BlockKind;
  /** 1-based line of the block's first line. */
  line: number;
  /** Raw content lines; the first without its structural prefix ("1. ", "a) ", "## "). */
  lines: string[];
  /** The raw first line, prefix included (to re-read a label block as text). */
  rawFirst: string;
  gap: BlockGap;
  headingLevel: number;
  number: number;
  label: string;
  /** Bullet before the label ("- a) …"). */
  bulleted: boolean;
  footnoteMarker: string;
}

const FOOTNOTE_RE = /^(?:<sup>\s*(\d{1,3}|\*)\s*<\/sup>|\^\{(\d{1,3})\}|\^(\d{1,3})(?=\s)|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\[\^(\w{1,8})\]:)\s*(\S.*)$/;
const NUMBERED_RE = /^(?:\*\*)?(\d{1,3})\\?[.)](?:\*\*)?\s+(\S.*)$/;
const LABEL_RE = /^(?:([-*+•])\s+)?(?:\(([A-Za-z]{1,6})\)|([A-Za-z]{1,6})[.)])\s+(\S.*)$/;
const HEADING_RE = /^(#{1,6})\s+(.*)$/;
const RULE_RE = /^(?:-{3,}|\*{3,}|_{3,}|(?:- ){2,}-|(?:\* ){2,}\*)$/;

/** Asterisk footnotes ("* A/80/150.") only count when some text carries a lone "*" reference. */
export function hasAsteriskReference(text: string): boolean {
  return text.split(/\n\s*\n/).some((para) => /[^\s*]\*(?!\*)(?=[\s,.;:)]|$)/.test(stripEmphasis(para.replace(/^\s*\*\s+.*$/gm, ""))));
}

function emptyBlock(kind: BlockKind, line: number, raw: string, gap: BlockGap): Block {
  return {
    kind,
    line,
    lines: [],
    rawFirst: raw,
    gap,
    headingLevel: 0,
    number: 0,
    label: "",
    bulleted: false,
    footnoteMarker: "",
  };
}

/** Classify one non-blank trimmed line as the start of a block, or null for plain text. */
function startBlock(trimmed: string, line: number, gap: BlockGap, asteriskNotes: boolean): Block | null {
  if (RULE_RE.test(trimmed)) return emptyBlock("rule", line, trimmed, gap);
  const heading = HEADING_RE.exec(trimmed);
  if (heading) {
    const b = emptyBlock("heading", line, trimmed, gap);
    b.headingLevel = heading[1]?.length ?? 1;
    b.lines.push(heading[2] ?? "");
    return b;
  }
  const note = FOOTNOTE_RE.exec(trimmed);
  if (note) {
    const marker = note[1] ?? note[2] ?? note[3] ?? (note[4] ? fromSuperscript(note[4]) : note[5]) ?? "";
    const b = emptyBlock("footnote", line, trimmed, gap);
    b.footnoteMarker = marker;
    b.lines.push(note[6] ?? "");
    return b;
  }
  if (asteriskNotes) {
    const star = /^\*\s+(\S.*)$/.exec(trimmed);
    if (star && !/^\*\s+\S.*\*$/.test(trimmed)) {
      const b = emptyBlock("footnote", line, trimmed, gap);
      b.footnoteMarker = "*";
      b.lines.push(star[1] ?? "");
      return b;
    }
  }
  const numbered = NUMBERED_RE.exec(trimmed);
  if (numbered) {
    const b = emptyBlock("numbered", line, trimmed, gap);
    b.number = Number(numbered[1]);
    b.lines.push(numbered[2] ?? "");
    return b;
  }
  const label = LABEL_RE.exec(trimmed);
  const labelText = label ? (label[2] ?? label[3] ?? "") : "";
  if (label && candidateStyles(labelText).length > 0) {
    const b = emptyBlock("label", line, trimmed, gap);
    b.label = labelText;
    b.bulleted = label[1] !== undefined;
    b.lines.push(label[4] ?? "");
    return b;
  }
  return null;
}

/** Split normalised text into blocks. */
export function lex(text: string): Block[] {
  const asteriskNotes = hasAsteriskReference(text);
  const blocks: Block[] = [];
  let current: Block | null = null;
  let blankRun = 0;
  let sawPageMark = false;
  const lines = text.split("\n");
  lines.forEach((rawLine, i) => {
    const trimmed = rawLine.trim();
    const lineNo = i + 1;
    if (trimmed === "") {
      blankRun++;
      current = null;
      return;
    }
    const gap: BlockGap = sawPageMark || blankRun >= 3 ? "page" : blankRun > 0 || blocks.length === 0 ? "blank" : "none";
    const started = startBlock(trimmed, lineNo, gap, asteriskNotes);
    if (started) {
      blocks.push(started);
      current = started.kind === "rule" ? null : started;
      if (started.kind === "footnote" || started.kind === "rule") sawPageMark = true;
      else {
        sawPageMark = false;
        blankRun = 0;
      }
      // A heading never absorbs the next line.
      if (started.kind === "heading") current = null;
      return;
    }
    if (current !== null && (current as Block).kind !== "heading") {
      (current as Block).lines.push(trimmed);
      return;
    }
    const b = emptyBlock("text", lineNo, trimmed, gap);
    // A Markdown bullet before a paragraph ("- *Rappelant* …") is decoration, not content.
    // Kept when what follows would itself read as structure ("- 11. …"), so export and import agree.
    const bullet = /^(?:[-+•]|\*(?=\s))\s+(\S.*)$/.exec(trimmed);
    const rest = bullet?.[1] ?? "";
    const strip = bullet !== null && startBlock(rest, lineNo, gap, asteriskNotes) === null && !/^[-+•*]\s/.test(rest);
    b.bulleted = strip;
    b.lines.push(strip ? rest : trimmed);
    blocks.push(b);
    current = b;
    sawPageMark = false;
    blankRun = 0;
  });
  return blocks;
}
