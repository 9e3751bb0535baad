// The part of fontkit (pdfkit's font engine) the PDF test uses: it ships no types.
declare module "fontkit" {
  export function openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean };
}
