/**
 * The PDF's embedded font must have a glyph for every character the minutes print: pdfkit draws an
 * empty box otherwise. Noto Serif's Latin subset lacks the narrow no-break space of French
 * typography; `printable` puts the no-break space in its place.
 */
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { FONTS, printable } from "./pdf";

const FRENCH =
  "Organe\u202f: Conseil de sécurité · Pour\u202f: 10 · «\u202fSuspension de la séance\u202f» — 14\u00a0h\u00a005 ; L’amendement A2 n’est pas adopté (veto\u202f: Chine) ! Œuvre, Côte d’Ivoire, Türkiye…";

describe("minutes.pdf characters", () => {
  it.each(Object.entries(FONTS))("the %s font draws every character of French minutes once made printable", (_, file) => {
    const font = fontkit.openSync(file);
    const missing = (text: string) => [...new Set(text)].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing(FRENCH)).toEqual(["\u202f"]); // the font as shipped: this is why `printable` exists
    expect(missing(printable(FRENCH))).toEqual([]);
  });

  it("printable changes strings anywhere in the outline, and nothing else", () => {
    expect(printable({ a: ["x\u202f:", { b: "«\u202fy\u202f»" }], n: 3, d: null })).toEqual({
      a: ["x\u00a0:", { b: "«\u00a0y\u00a0»" }],
      n: 3,
      d: null,
    });
  });
});
