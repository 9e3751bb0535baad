/**
 * A draft as a student writes it in Word: bold MUN header lines, the opening in italics, italic
 * opening phrases, and Word's automatic numbering (not typed numbers) for operative paragraphs
 * (1., 2., …) and their sub-clauses (a), b), …). Built with the `docx` library, for the tests.
 */
import { expect, type Locator } from "@playwright/test";
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from "docx";

export const WORD_DRAFT = {
  forum: "Conseil de sécurité",
  question: "La protection des océans",
  submittedBy: "Royaume-Uni",
  coSignatories: "France, États-Unis d'Amérique",
  preamble: [
    ["Rappelant", "la Convention des Nations Unies sur le droit de la mer,"],
    ["Profondément préoccupé", "par la pollution plastique des océans,"],
  ] as Array<[string, string]>,
  operative: [
    { phrase: "Demande", text: "aux États membres de réduire les rejets de plastique ;" },
    {
      phrase: "Encourage",
      text: "la coopération régionale :",
      subs: ["par l'échange de données scientifiques ;", "par des patrouilles communes ;"],
    },
    { phrase: "Décide", text: "de demeurer activement saisi de la question." },
  ] as Array<{ phrase: string; text: string; subs?: string[] }>,
};

export async function wordDraft(draft = WORD_DRAFT): Promise<Buffer> {
  const field = (label: string, value: string) => new Paragraph({ children: [new TextRun({ text: `${label}: ${value}`, bold: true })] });
  const italicLead = (phrase: string, text: string, numbering?: { reference: string; level: number }) =>
    new Paragraph({ numbering, children: [new TextRun({ text: phrase, italics: true }), new TextRun({ text: ` ${text}` })] });
  const children: Paragraph[] = [
    field("FORUM", draft.forum),
    field("QUESTION", draft.question),
    field("SOUMIS PAR", draft.submittedBy),
    field("CO-SIGNATAIRES", draft.coSignatories),
    new Paragraph({ children: [new TextRun({ text: "Le Conseil de sécurité,", italics: true })] }),
    ...draft.preamble.map(([phrase, text]) => italicLead(phrase, text)),
  ];
  for (const clause of draft.operative) {
    children.push(italicLead(clause.phrase, clause.text, { reference: "operative", level: 0 }));
    for (const sub of clause.subs ?? [])
      children.push(new Paragraph({ numbering: { reference: "operative", level: 1 }, children: [new TextRun(sub)] }));
  }
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: "operative",
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: "%2)", alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/**
 * The chair tables this Word draft from the console's drafts panel, through the home page's
 * importer (« Ajouter un projet » → « Importer un projet »), and sees it tabled.
 */
export async function tableWordDraftOnConsole(panel: Locator): Promise<void> {
  await panel.getByRole("button", { name: "Ajouter un projet" }).click();
  await panel.getByRole("button", { name: /Importer un projet/ }).click();
  await panel.getByLabel("Fichier du projet").setInputFiles({
    name: "projet-oceans.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: await wordDraft(),
  });
  await expect(panel.getByTestId("draft-preview")).toContainText("La protection des océans");
  await panel.getByRole("button", { name: "Enregistrer dans la bibliothèque et utiliser ce projet" }).click();
  await expect(panel.getByRole("status")).toHaveText("Projet déposé.");
}
