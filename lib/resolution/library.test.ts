import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOCUMENT_LIBRARY, defaultDraftFor, libraryEntry } from "./library";
import { parseText } from "./parse";
import { DOCUMENTS_DIR } from "./test-utils/seeds";

/** SHA-256 of the user's files as supplied: the bundled copies must stay byte-identical. */
const SHA256: Record<string, string> = {
  "sc-uk-ai-security.fr.md": "c5352f40f7e65e7ce42fde1dd9529e82d6ff02c86c9a4ce3c5b51e1fcab641f0",
  "ga-first-committee-a-c1-78.fr.md": "765c918d7a21f5cc98efea513146aa538cf9372ca975c85ea8723c5a16dc52b5",
  "ga-res-79-239.fr.md": "b305d26912917fb99f0512b98823d70a64cad270d02b03bc8e7454f73f152b74",
  "ga-res-78-311.fr.md": "cfb108de31f9e69c4f97594ecda5c3b126cd2b174c00511c87617028b7144f3d",
  "sg-report-a-80.fr.md": "f132eb54620b8ee543acc3adc0cacd2951ade09ac5ddc3015f6f95c7c80a3751",
};

describe("the bundled library", () => {
  it("matches prisma/documents/index.json", () => {
    const index = JSON.parse(readFileSync(path.join(DOCUMENTS_DIR, "index.json"), "utf8")) as { documents: unknown };
    expect(index.documents).toEqual(DOCUMENT_LIBRARY);
  });

  it("has one default draft per organ: the UK draft for the Security Council, A/C.1/78 for the General Assembly", () => {
    expect(defaultDraftFor("security-council").id).toBe("sc-uk-ai-security");
    expect(defaultDraftFor("general-assembly").id).toBe("ga-first-committee-a-c1-78");
    expect(DOCUMENT_LIBRARY.filter((e) => e.kind === "reference").map((e) => e.id)).toEqual([
      "ga-res-79-239",
      "ga-res-78-311",
      "sg-report-a-80",
    ]);
    expect(libraryEntry("nope")).toBeNull();
  });

  for (const entry of DOCUMENT_LIBRARY) {
    it(`${entry.file} is the user's text, byte for byte, and parses`, () => {
      const file = path.join(DOCUMENTS_DIR, entry.file);
      expect(existsSync(file)).toBe(true);
      const bytes = readFileSync(file);
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(SHA256[entry.file]);
      const result = parseText(bytes.toString("utf8"));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.document.kind).toBe(entry.id === "sg-report-a-80" ? "reference" : "resolution");
      const title = result.document.header.title ?? result.document.header.question ?? "";
      expect(entry.title).toContain(title);
    });
  }
});
