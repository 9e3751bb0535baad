/**
 * Sub-clause labels: a), b)… (depth 1), i., ii.… (depth 2), A), B)… (depth 3), I., II.… (depth 4),
 * then the cycle again. Parsing infers the depth from the label's style; renumbering regenerates
 * labels from the depth.
 */

export type LabelStyle = "alpha" | "roman" | "ALPHA" | "ROMAN";

const DEPTH_STYLES: readonly LabelStyle[] = ["alpha", "roman", "ALPHA", "ROMAN"];

/** The style used at a depth (1-based) when labels are generated. */
export function styleForDepth(depth: number): LabelStyle {
  return DEPTH_STYLES[(Math.max(1, depth) - 1) % DEPTH_STYLES.length] ?? "alpha";
}

const ROMAN_RE = /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

export function isRoman(label: string): boolean {
  return label !== "" && ROMAN_RE.test(label.toLowerCase());
}

export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let out = "";
  let rest = Math.max(1, Math.floor(n));
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

export function fromRoman(label: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  const chars = [...label.toLowerCase()];
  let total = 0;
  chars.forEach((c, i) => {
    const v = values[c] ?? 0;
    const next = values[chars[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  });
  return total;
}

/** a, b, … z, aa, bb, … zz, aaa… (the UN doubles letters after z). */
export function toAlpha(n: number): string {
  const k = Math.max(1, Math.floor(n));
  const letter = String.fromCharCode(97 + ((k - 1) % 26));
  return letter.repeat(Math.floor((k - 1) / 26) + 1);
}

export function fromAlpha(label: string): number {
  const l = label.toLowerCase();
  const code = l.charCodeAt(0) - 96;
  return (l.length - 1) * 26 + code;
}

function isAlpha(label: string): boolean {
  return /^([a-z])\1*$/i.test(label) && label.length <= 3;
}

/** The styles a label may be written in ("i" is both a letter and a numeral). */
export function candidateStyles(label: string): LabelStyle[] {
  const lower = label === label.toLowerCase();
  const upper = label === label.toUpperCase();
  const styles: LabelStyle[] = [];
  if (isRoman(label)) {
    if (lower) styles.push("roman");
    if (upper) styles.push("ROMAN");
  }
  if (isAlpha(label)) {
    if (lower) styles.push("alpha");
    if (upper) styles.push("ALPHA");
  }
  return styles;
}

/** The 1-based position of a label in its style. */
export function labelIndex(label: string, style: LabelStyle): number {
  return style === "roman" || style === "ROMAN" ? fromRoman(label) : fromAlpha(label);
}

/** The n-th label (1-based) of a style. */
export function labelAt(n: number, style: LabelStyle): string {
  switch (style) {
    case "alpha":
      return toAlpha(n);
    case "ALPHA":
      return toAlpha(n).toUpperCase();
    case "roman":
      return toRoman(n);
    case "ROMAN":
      return toRoman(n).toUpperCase();
  }
}

/** The label for position n at a depth (renumbering). */
export function labelForDepth(n: number, depth: number): string {
  return labelAt(n, styleForDepth(depth));
}

/** How a label is printed at a depth: "a)" / "i." / "A)" / "I.". */
export function formatLabel(label: string, depth: number): string {
  const style = styleForDepth(depth);
  return style === "alpha" || style === "ALPHA" ? `${label})` : `${label}.`;
}

/** French ordinal suffixes for clauses inserted between two existing ones ("3 bis"). */
export const LATIN_ADVERBS = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"];
