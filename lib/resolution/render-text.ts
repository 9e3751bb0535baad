/**
 * Plain text in the UN layout (for the clipboard, e-mail, the minutes). Sub-clauses are indented;
 * tracked changes print as [+inserted+] and [-deleted-].
 */
import { assertNever } from "../util/assert-never";
import { renderBlocks, type RenderBlock, type RenderOptions, type Run } from "./render-model";
import type { ParsedDocument } from "./types";

function runText(r: Run): string {
  switch (r.change) {
    case "insert":
      return `[+${r.text}+]`;
    case "delete":
      return `[-${r.text}-]`;
    case null:
      return r.text;
    default:
      return assertNever(r.change);
  }
}

function runsText(runs: readonly Run[]): string {
  const merged: Run[] = [];
  for (const r of runs) {
    const previous = merged[merged.length - 1];
    if (previous && previous.change === r.change) previous.text += r.text;
    else merged.push({ ...r });
  }
  return merged.map(runText).join("");
}

function blockText(block: RenderBlock): string {
  switch (block.kind) {
    case "heading":
      return runsText(block.runs);
    case "paragraph":
      return `${"    ".repeat(block.indent)}${block.prefix}${runsText(block.runs)}`;
    case "lines":
      return block.lines.map(runsText).join("\n");
    case "rule":
      return "____________________";
    default:
      return assertNever(block);
  }
}

export function renderPlainText(doc: ParsedDocument, opts: RenderOptions = {}): string {
  return `${renderBlocks(doc, opts).map(blockText).join("\n\n")}\n`;
}
