/**
 * The HTML mammoth makes of a .docx → the Markdown-ish text the importer reads: paragraphs
 * separated by blank lines, headings with "#", <em> as *…*, <strong> as **…**, superscripts kept,
 * Word numbered lists given their numbers (1., a), i.), Word footnotes as "<sup>n</sup> text".
 */

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** Mammoth's footnotes: references "[1]" in <sup><a>, bodies in <li id="footnote-1">. */
function normaliseFootnotes(html: string): string {
  return html
    .replace(/<sup><a href="#footnote-(\d+)"[^>]*>\[\d+\]<\/a><\/sup>/g, "<sup>$1</sup>")
    .replace(/<li id="footnote-(\d+)">\s*<p>/g, "<li-note><p><sup>$1</sup> ")
    .replace(/\s*<a href="#footnote-ref-\d+">[^<]*<\/a>/g, "");
}

interface ListState {
  ordered: boolean;
  count: number;
}

function listPrefix(stack: readonly ListState[]): string {
  const list = stack[stack.length - 1];
  if (!list) return "";
  if (!list.ordered) return "- ";
  const depth = stack.filter((l) => l.ordered).length;
  const n = list.count;
  if (depth <= 1) return `${n}. `;
  if (depth === 2) return `${String.fromCharCode(96 + (((n - 1) % 26) + 1))}) `;
  const romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
  return `${romans[(n - 1) % romans.length] ?? "i"}. `;
}

export function htmlToText(html: string): string {
  const source = normaliseFootnotes(html);
  let out = "";
  const lists: ListState[] = [];
  /** Emphasis opened but not yet written: written just before the first non-space text. */
  let pendingOpen = "";
  const tokens = source.split(/(<[^>]+>)/);
  for (const token of tokens) {
    if (!token.startsWith("<")) {
      const text = decode(token).replace(/\s+/g, " ");
      if (text === "") continue;
      if (pendingOpen && text.trim() !== "") {
        const lead = /^\s*/.exec(text)?.[0] ?? "";
        out += lead + pendingOpen + text.slice(lead.length);
        pendingOpen = "";
      } else out += text;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z0-9-]+)/.exec(token);
    if (!m) continue;
    const closing = m[1] === "/";
    const tag = (m[2] ?? "").toLowerCase();
    switch (tag) {
      case "p":
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "tr":
      case "table":
      case "li-note":
        if (!closing) {
          out += "\n\n";
          if (tag[0] === "h" && tag.length === 2) out += `${"#".repeat(Number(tag[1]))} `;
        } else out += "\n\n";
        break;
      case "td":
      case "th":
        out += closing ? "\n\n" : "";
        break;
      case "br":
        out += "\n";
        break;
      case "ol":
      case "ul":
        if (closing) lists.pop();
        else lists.push({ ordered: tag === "ol", count: 0 });
        out += "\n\n";
        break;
      case "li": {
        const list = lists[lists.length - 1];
        if (!closing && list) {
          list.count++;
          out += `\n\n${listPrefix(lists)}`;
        }
        break;
      }
      case "em":
      case "i":
      case "strong":
      case "b": {
        const marker = tag === "em" || tag === "i" ? "*" : "**";
        if (!closing) pendingOpen += marker;
        else if (pendingOpen.endsWith(marker)) pendingOpen = pendingOpen.slice(0, -marker.length);
        else {
          const trail = /\s*$/.exec(out)?.[0] ?? "";
          out = out.slice(0, out.length - trail.length) + marker + trail;
        }
        break;
      }
      case "sup":
        out += closing ? "</sup>" : "<sup>";
        break;
      default:
        break;
    }
  }
  // Paragraph text starts at the margin; runs of blank lines collapse to one.
  return out
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
