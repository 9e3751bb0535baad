/**
 * Inline clean-up of Markdown-ish text into the plain text stored in the tree. Every function
 * here is idempotent (clean(clean(x)) === clean(x)): the round trip parse → render → parse
 * relies on it.
 */

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** "12" → "¹²": footnote references are stored as Unicode superscript digits. */
export function toSuperscript(digits: string): string {
  return [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d).join("");
}

/** "¹²" → "12". */
export function fromSuperscript(text: string): string {
  return [...text]
    .map((c) => {
      const i = SUPERSCRIPT_DIGITS.indexOf(c);
      return i >= 0 ? String(i) : c;
    })
    .join("");
}

export const SUPERSCRIPT_CLASS = "[⁰¹²³⁴⁵⁶⁷⁸⁹]";

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&apos;": "'",
  "&nbsp;": " ",
};

/** Superscripts: digits are footnote references (¹), letters are ordinals (1er, 55e). */
function convertSuperscripts(s: string): string {
  return s
    .replace(/<sup>\s*([^<]{0,12}?)\s*<\/sup>/gi, (_m, inner: string) => superscriptContent(inner))
    .replace(/\^\{([^}]{0,12})\}/g, (_m, inner: string) => superscriptContent(inner))
    .replace(/\^(\d{1,3}|[A-Za-zÀ-ÿ]{1,4})(?![\w{])/g, (_m, inner: string) => superscriptContent(inner));
}

function superscriptContent(inner: string): string {
  const t = inner.trim();
  return /^\d+$/.test(t) ? toSuperscript(t) : t;
}

/** Strip paired Markdown emphasis (*x*, **x**, ***x***, _x_ at word edges); lone "*" stays. */
export function stripEmphasis(s: string): string {
  let out = s;
  for (let i = 0; i < 4; i++) {
    const next = out
      .replace(/(\*{1,3})(?=[^\s*])([^*]*?[^\s*])\1(?!\*)/g, "$2")
      .replace(/(?<![\w])(_{1,2})(?=[^\s_])([^_]*?[^\s_])\1(?![\w])/g, "$2");
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Links become their text; autolinks their address. */
function stripLinks(s: string): string {
  return s.replace(/\[([^\]\n]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)/g, "$1").replace(/<((?:https?|mailto):[^>\s]+)>/gi, "$1");
}

/** Leftover inline HTML the converters do not know (e.g. <span>, <u>) is dropped. */
function stripTags(s: string): string {
  return s.replace(/<\/?(?:span|u|ins|del|s|strike|small|font|a)(?:\s[^>]*)?>/gi, "");
}

function decodeEntities(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|apos|nbsp|#39);/g, (m) => ENTITIES[m] ?? m);
}

/** Backslash escapes of Markdown punctuation. */
function unescapeMarkdown(s: string): string {
  return s.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1");
}

/** Spaces of every kind collapse to one; the text is trimmed. */
export function collapseSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u202f\u2007\u2009]+/g, " ").trim();
}

/** One line (or several joined) of Markdown-ish input → the plain text stored in the tree. */
export function cleanInline(raw: string): string {
  let s = raw;
  for (let i = 0; i < 3; i++) {
    const next = collapseSpaces(stripEmphasis(stripTags(convertSuperscripts(stripLinks(unescapeMarkdown(decodeEntities(s)))))));
    if (next === s) break;
    s = next;
  }
  return s;
}

/** The footnote references ("¹⁵" → "15", "*") a cleaned text contains. */
export function footnoteRefs(text: string): string[] {
  const refs: string[] = [];
  for (const m of text.matchAll(new RegExp(`${SUPERSCRIPT_CLASS}+`, "g"))) refs.push(fromSuperscript(m[0]));
  return refs;
}

/**
 * Opening emphasis of a raw line: "*Réaffirmant* sa…" → { phrase: "Réaffirmant", rest: "sa…" }.
 * Null when the line does not start with an emphasised span followed by more text.
 */
export function leadingEmphasis(raw: string): { phrase: string; rest: string } | null {
  const m = /^(\*{1,3}|_{1,2})(?=\S)([\s\S]+?)(?<=\S)\1(?![*_])([\s\S]*)$/.exec(raw.trim());
  if (!m) return null;
  const phrase = cleanInline(m[2] ?? "");
  const rest = cleanInline(m[3] ?? "");
  // A stray star inside ("*Notant**Considérant*") is not an opening phrase the export can italicise.
  if (phrase === "" || rest === "" || phrase.includes("*")) return null;
  return { phrase, rest };
}
