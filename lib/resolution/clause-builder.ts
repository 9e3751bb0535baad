/**
 * Shared helpers of the resolution parser: reading a block's text, splitting the opening phrase,
 * deciding whether a block continues the previous clause across a page break, unique ids.
 */
import type { Block } from "./lexer";
import { cleanInline, leadingEmphasis } from "./inline";
import { detectPhrase, type PhraseSplit } from "./phrases";

/** The raw text of a block, its lines joined (soft wrap). */
export function rawText(block: Block): string {
  return block.lines.join(" ");
}

/** The raw text of a block read as plain text (a label or number that was not one). */
export function rawTextWithPrefix(block: Block): string {
  return [block.rawFirst, ...block.lines.slice(1)].join(" ");
}

/** Opening phrase: the emphasised start if any ("*Invite* les…"), else detection. */
export function splitOpening(raw: string): PhraseSplit {
  const emphasised = leadingEmphasis(raw);
  if (emphasised) return emphasised;
  return detectPhrase(cleanInline(raw));
}

/** "Le Conseil de sécurité," / "L'Assemblée générale," / "The General Assembly,". */
export function isOpeningLine(text: string): boolean {
  return /^(?:le|la|les|l['’]|the)\s?\S[^,;:.]{1,70},$/i.test(text) && text.split(" ").length <= 8;
}

const TERMINAL = /[,;:.!?]$/;

export function endsWithTerminal(text: string): boolean {
  return TERMINAL.test(text.trim());
}

/**
 * A block continues the previous clause when it starts in lower case or with punctuation (a
 * paragraph cut by a page break), or when it follows a page break (footnotes, 3+ blank lines)
 * and the previous text stopped without punctuation.
 */
export function isContinuation(block: Block, cleaned: string, previousText: string): boolean {
  if (/^[\p{Ll},;:.)»]/u.test(cleaned)) return true;
  return block.gap === "page" && !endsWithTerminal(previousText);
}

/** Append continuation text. */
export function joinContinuation(previous: string, next: string): string {
  if (previous === "") return next;
  if (/^[,;:.)]/.test(next)) return `${previous}${next}`;
  return `${previous} ${next}`;
}

/** Ids stay unique even when the draft numbers two paragraphs alike ("op2", "op2~2"). */
export class IdRegistry {
  private readonly used = new Set<string>();

  take(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}~${n}`;
    this.used.add(id);
    return id;
  }
}
