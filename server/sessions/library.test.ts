/** The document library over HTTP on a real server and database: import, preview, save, rename, delete. */
import { describe, expect, it } from "vitest";
import { wordDraft } from "@/e2e/support/word-draft";
import { liveServerFixture } from "../test-utils/live-server";
import { boot } from "../test-utils/boot";
import { UNLIMITED_CREATION } from "./create-limit";

const live = liveServerFixture();
const url = (path: string) => `${live.server.app.url}${path}`;

const GAP_DRAFT = `**FORUM: Assemblée générale**

**SOUMIS PAR: United Kingdom**

*L'Assemblée générale,*

*Rappelant* ses résolutions antérieures,

1. *Décide* de créer un groupe de travail ;

3. *Prie* le Secrétaire général de faire rapport.
`;

async function upload(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  const res = await fetch(url(path), {
    method: "POST",
    body,
    headers: { "content-type": "application/octet-stream", "accept-language": "fr", ...headers },
  });
  return { status: res.status, body: await res.json() };
}

const importedCount = async () =>
  ((await (await fetch(url("/api/documents?scope=all"))).json()) as { documents: Array<{ bundled: boolean }> }).documents.filter(
    (d) => !d.bundled,
  ).length;

describe("importing a draft", () => {
  it("a Word draft with automatic numbering previews with 0 warnings, its sponsors matched, and nothing saved", async () => {
    const { status, body } = await upload("/api/documents/preview", new Uint8Array(await wordDraft()), { "x-file-name": "projet.docx" });
    expect(status).toBe(200);
    expect(body.warnings).toEqual([]);
    expect(body.document.header).toMatchObject({
      forum: "Conseil de sécurité",
      question: "La protection des océans",
      submittedBy: "Royaume-Uni",
    });
    expect(body.document.operative.map((c: { number: number; phrase: string }) => `${c.number}. ${c.phrase}`)).toEqual([
      "1. Demande",
      "2. Encourage",
      "3. Décide",
    ]);
    expect(body.document.operative[1].subClauses.map((s: { label: string }) => s.label)).toEqual(["a", "b"]);
    expect(body.sponsors).toEqual([
      { name: "Royaume-Uni", code: "GBR" },
      { name: "France", code: "FRA" },
      { name: "États-Unis d'Amérique", code: "USA" },
    ]);
    expect(await importedCount()).toBe(0);
  });

  it("pasted Markdown with a numbering gap: the warning carries its line, translated", async () => {
    const res = await fetch(url("/api/documents/preview"), {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "fr" },
      body: JSON.stringify({ text: GAP_DRAFT }),
    });
    const body = await res.json();
    expect(res.status).toBe(200);
    const gap = body.warnings.find((w: { code: string }) => w.code === "clause.numbering_gap");
    expect(gap).toMatchObject({
      line: 11,
      message: "Ligne 11 : numérotation interrompue, le paragraphe 3 arrive là où l'on attendait le 2.",
    });
    expect(body.sponsors).toEqual([{ name: "United Kingdom", code: "GBR" }]);
  });

  it("refuses a 5 MB file, a PNG renamed .docx, binary, empty and non-resolution text, with clear messages, saving nothing", async () => {
    const big = await upload("/api/documents", new Uint8Array(5 * 1024 * 1024).fill(65), { "x-file-name": "gros.txt" });
    expect(big).toMatchObject({ status: 413, body: { ok: false, error: { code: "document.too_large" } } });
    expect(big.body.error.message).toMatch(/^Le document est trop volumineux/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(7)]);
    expect(await upload("/api/documents", png, { "x-file-name": "projet.docx" })).toMatchObject({
      status: 422,
      body: { error: { code: "docx.invalid", message: "Ce fichier .docx est illisible ou endommagé." } },
    });
    expect(await upload("/api/documents", png, { "x-file-name": "image.txt" })).toMatchObject({
      status: 422,
      body: { error: { code: "document.binary" } },
    });
    expect(await upload("/api/documents", new Uint8Array(0))).toMatchObject({ status: 422, body: { error: { code: "document.empty" } } });
    const prose = await upload(
      "/api/documents",
      new TextEncoder().encode("Compte rendu de la sortie scolaire.\n\nNous avons visité le musée."),
    );
    expect(prose).toMatchObject({ status: 422, body: { error: { code: "library.not_a_resolution" } } });
    expect(await importedCount()).toBe(0);
  });

  it("saves an import, creates a session on it, and only the importing browser may rename it; a used document cannot be deleted, an unused one can", async () => {
    const saved = await upload("/api/documents", new Uint8Array(await wordDraft()), {
      "x-file-name": "projet.docx",
      "x-title": encodeURIComponent("Océans — 4e B"),
    });
    expect(saved.status).toBe(201);
    const { id, ownerKey } = saved.body as { id: string; ownerKey: string };
    expect(saved.body.title).toBe("Océans — 4e B");
    const opened = await (await fetch(url(`/api/documents/${id}`))).json();
    expect(opened.document.operative).toHaveLength(3);
    // Delegates' library: the bundled documents only.
    const bundled = (await (await fetch(url("/api/documents"))).json()).documents as Array<{ id: string }>;
    expect(bundled.some((d) => d.id === id)).toBe(false);

    const rename = (key: string) =>
      fetch(url(`/api/documents/${id}`), {
        method: "PATCH",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ title: "Océans" }),
      });
    expect((await rename("x".repeat(27))).status).toBe(403);
    expect((await rename(ownerKey)).status).toBe(200);
    expect(
      (await fetch(url("/api/documents/sc-uk-ai-security"), { method: "DELETE", headers: { authorization: `Bearer ${ownerKey}` } })).status,
    ).toBe(403);

    const members = ["GBR", "FRA", "USA", "DEU", "BRA", "IND", "JPN", "ZAF", "MEX", "EGY", "KOR", "NGA"];
    const created = await fetch(url("/api/sessions"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ organ: "security-council", documentId: id, members }),
    });
    expect(created.status).toBe(201);
    const del = () =>
      fetch(url(`/api/documents/${id}`), { method: "DELETE", headers: { authorization: `Bearer ${ownerKey}`, "accept-language": "fr" } });
    const refused = await del();
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.message).toBe("Ce document ne peut pas être supprimé : une séance l'utilise.");

    const unused = await upload("/api/documents", new TextEncoder().encode(GAP_DRAFT), { "x-file-name": "gap.md" });
    const gone = await fetch(url(`/api/documents/${unused.body.id}`), {
      method: "DELETE",
      headers: { authorization: `Bearer ${unused.body.ownerKey}` },
    });
    expect(gone.status).toBe(200);
    expect((await fetch(url(`/api/documents/${unused.body.id}`))).status).toBe(404);
  });
});

describe("a public deployment with CREATE_PASSWORD", () => {
  it("previews without it, but saves an import only with the password", async () => {
    const server = await boot({ createLimits: { ...UNLIMITED_CREATION, password: "classe-4b" } });
    try {
      const post = (path: string, headers: Record<string, string> = {}) =>
        fetch(`${server.app.url}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", "accept-language": "fr", ...headers },
          body: JSON.stringify({ text: GAP_DRAFT }),
        });
      expect((await post("/api/documents/preview")).status).toBe(200);
      const refused = await post("/api/documents");
      expect(refused.status).toBe(401);
      expect((await refused.json()).error.code).toBe("session.create_password");
      expect((await post("/api/documents", { "x-create-password": "classe-4b" })).status).toBe(201);
    } finally {
      await server.stop();
    }
  });
});
