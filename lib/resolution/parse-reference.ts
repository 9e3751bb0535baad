/**
 * Body of a reference document (a Secretary-General's report): section headings "I." (level 1),
 * "A." (level 2), unlabelled sub-headings (level 3), numbered paragraphs, a) b) list items, and
 * paragraphs cut by page breaks joined back together.
 */
import type { Block } from "./lexer";
import { cleanInline } from "./inline";
import { fromAlpha, fromRoman, isRoman } from "./labels";
import { joinContinuation, rawText, rawTextWithPrefix } from "./clause-builder";
import type { ReferenceBlock } from "./types";

const HEADING_LABEL = /^([IVXLC]{1,6}|[A-Z])\.\s+(\S.*)$/;

/** Short, capitalised, no final punctuation: a sub-heading ("Processus, organismes … pertinents"). */
export function looksLikeHeading(text: string): boolean {
  return /^[\p{Lu}\d]/u.test(text) && text.length <= 150 && !/[.;:!?,]$/.test(text);
}

/** "I" after "H" is a letter; "I" first, or "III", is a numeral. */
class SectionCounter {
  private roman = 0;
  private alpha = 0;

  level(label: string): 1 | 2 {
    const single = label.length === 1;
    const romanNext = isRoman(label) && fromRoman(label) === this.roman + 1;
    const alphaNext = single && fromAlpha(label) === this.alpha + 1;
    let asRoman: boolean;
    if (romanNext && !(alphaNext && this.alpha > 0)) asRoman = true;
    else if (alphaNext) asRoman = false;
    else asRoman = isRoman(label) && !single;
    if (asRoman) {
      this.roman = fromRoman(label);
      this.alpha = 0;
      return 1;
    }
    if (single) this.alpha = fromAlpha(label);
    return 2;
  }
}

export function parseReferenceBody(blocks: readonly Block[]): ReferenceBlock[] {
  const out: ReferenceBlock[] = [];
  const sections = new SectionCounter();

  const heading = (label: string, text: string) => {
    const level = sections.level(label);
    out.push({ type: "heading", level, label, text });
  };

  for (const block of blocks) {
    if (block.kind === "footnote" || block.kind === "rule") continue;
    const previous = out[out.length - 1];
    if (block.kind === "numbered") {
      out.push({ type: "paragraph", number: block.number, text: cleanInline(rawText(block)) });
      continue;
    }
    if (block.kind === "heading") {
      const text = cleanInline(rawText(block));
      // "####" is how the export prints unlabelled sub-headings: never read a label there.
      const labelled = block.headingLevel <= 3 ? HEADING_LABEL.exec(text) : null;
      if (labelled) heading(labelled[1] ?? "", labelled[2] ?? "");
      else if (text !== "") out.push({ type: "heading", level: 3, label: null, text });
      continue;
    }
    if (block.kind === "label") {
      const text = cleanInline(rawText(block));
      const upper = block.label === block.label.toUpperCase();
      if (upper && !block.bulleted && looksLikeHeading(text)) {
        heading(block.label, text);
        continue;
      }
      if (!upper) {
        out.push({ type: "item", label: block.label, text });
        continue;
      }
    }
    const raw = block.kind === "label" ? rawTextWithPrefix(block) : rawText(block);
    const text = cleanInline(raw);
    if (text === "") continue;
    const joinable = previous !== undefined && previous.type !== "heading";
    if (joinable && /^[\p{Ll},;:.)»]/u.test(text)) {
      previous.text = joinContinuation(previous.text, text);
    } else if (looksLikeHeading(text)) {
      out.push({ type: "heading", level: 3, label: null, text });
    } else if (joinable && block.gap === "page") {
      previous.text = joinContinuation(previous.text, text);
    } else {
      out.push({ type: "paragraph", number: null, text });
    }
  }
  return out;
}
