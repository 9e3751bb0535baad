/**
 * Markdown in the seed format: the importer reads it back to the same tree (round trip).
 * Tracked changes print as <ins>inserted</ins> and ~~deleted~~ (GFM), rendered underlined / struck;
 * the text's own "<", ">" and "&" are escaped (./xml-safe.ts).
 */
import { assertNever } from "../util/assert-never";
import { renderBlocks, type RenderBlock, type RenderOptions, type Run } from "./render-model";
import type { ParsedDocument } from "./types";
import { escapeHtml } from "./xml-safe";

function emphasis(r: Run): string {
  // The text's own HTML is escaped: only the export's <ins> is markup.
  const escaped = escapeHtml(r.text);
  // Text holding a stray "*" cannot be wrapped in "*" safely: it stays plain (only style is lost).
  if (r.text.trim() === "" || r.text.includes("*")) return escaped;
  let text = escaped;
  if (r.italic) text = `*${text}*`;
  if (r.bold) text = `**${text}**`;
  return text;
}

/** Wrap a tracked change; edge spaces stay outside (GFM needs "~~" against non-space). */
function wrapChange(text: string, change: Run["change"]): string {
  if (change === null || text.trim() === "") return text;
  const lead = /^\s*/.exec(text)?.[0] ?? "";
  const trail = /\s*$/.exec(text.slice(lead.length))?.[0] ?? "";
  const core = text.slice(lead.length, text.length - trail.length);
  switch (change) {
    case "insert":
      return `${lead}<ins>${core}</ins>${trail}`;
    case "delete":
      return `${lead}~~${core}~~${trail}`;
    default:
      return assertNever(change);
  }
}

/** Consecutive runs of one change share one <ins>/~~ span; emphasis goes inside it. */
function runsMarkdown(runs: readonly Run[]): string {
  let out = "";
  let group = "";
  let change: Run["change"] = null;
  for (const r of runs) {
    if (r.change !== change) {
      out += wrapChange(group, change);
      group = "";
      change = r.change;
    }
    group += emphasis(r);
  }
  return out + wrapChange(group, change);
}

function blockMarkdown(block: RenderBlock): string {
  switch (block.kind) {
    case "heading":
      return `${"#".repeat(block.level)} ${runsMarkdown(block.runs)}`;
    case "paragraph":
      return `${block.prefix}${runsMarkdown(block.runs)}`;
    case "lines":
      return block.lines.map(runsMarkdown).join("  \n");
    case "rule":
      return "---";
    default:
      return assertNever(block);
  }
}

export function renderMarkdown(doc: ParsedDocument, opts: RenderOptions = {}): string {
  return `${renderBlocks(doc, opts).map(blockMarkdown).join("\n\n")}\n`;
}
