/**
 * Two scripted sessions — a Security Council one (speeches, a motion, three amendments of which
 * one vetoed, the draft vetoed) and a General Assembly one (an amendment, the draft adopted) —
 * and every file a teacher downloads from them, generated here in French and English and checked
 * by rules a French reader applies: articles and contractions, no internal ids, « 1er », honest
 * labels, French typography; the spreadsheet re-read gives the log's tallies; the PDF's text is read back.
 */
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { SECURITY_COUNCIL_2026, UN_MEMBERS, type Actor } from "@/lib/procedure";
import type { LiveCommand } from "@/lib/session";
import { exportFile } from "./files";
import { buildMinutes, minutesMarkdown, minutesOutline, type Minutes } from "./index";
import { serverMinutesWriter } from "./server-writer";
import { session } from "./test-session";

const CHAIR: Actor = { role: "chair" };
const as = (member: string): Actor => ({ role: "delegation", member });
/** 1er décembre 2026, 14 h 05 in Paris. */
const START = Date.UTC(2026, 11, 1, 13, 5);
const NEW_OP5 = "Recommande aux États membres de n'utiliser l'intelligence artificielle à des fins militaires que sous contrôle humain ;";

function councilSession(): Minutes {
  const s = session("security-council", { now: START, timeZone: "Europe/Paris" });
  const council = SECURITY_COUNCIL_2026;
  const recorded = (subject: Extract<LiveCommand, { type: "vote.open" }>["subject"], choice: (m: string) => "yes" | "no" | "abstain") => {
    s.run(CHAIR, { type: "vote.open", subject, method: "recorded" });
    for (const m of council) s.run(as(m), { type: "vote.cast", choice: choice(m) });
    s.run(CHAIR, { type: "vote.close" });
  };
  s.run(CHAIR, { type: "attendance.record", entries: Object.fromEntries(council.map((m) => [m, "present"])) });
  s.run(CHAIR, { type: "meeting.open" });
  s.run(CHAIR, { type: "draft.introduce" });
  s.run(CHAIR, { type: "speech.start", member: "GBR" });
  s.tick(95_000);
  s.run(CHAIR, { type: "speech.start", member: "PAN" });
  s.tick(40_000);
  s.run(CHAIR, { type: "speech.start", member: "USA" });
  s.tick(30_000);
  s.run(CHAIR, { type: "speech.end" });
  s.run(as("PAN"), { type: "motion.propose", motion: { kind: "suspend", minutes: 10 } });
  s.run(CHAIR, { type: "vote.open", subject: { kind: "motion", motionId: s.state.procedure.motions[0]!.id }, method: "show-of-hands" });
  s.run(CHAIR, { type: "vote.record_totals", yes: 10, no: 3, abstain: 2 });
  s.run(CHAIR, { type: "vote.close" });
  s.tick(600_000);
  s.run(CHAIR, { type: "meeting.resume" });
  s.run(as("FRA"), { type: "amendment.submit", op: { kind: "replace", targetId: "op5", text: NEW_OP5 } });
  recorded({ kind: "amendment", amendmentId: "A1" }, () => "yes");
  s.run(as("PAN"), { type: "amendment.submit", op: { kind: "delete", targetId: "pp3" } });
  recorded({ kind: "amendment", amendmentId: "A2" }, (m) => (m === "CHN" ? "no" : "yes"));
  s.run(as("DNK"), {
    type: "amendment.submit",
    op: { kind: "add", section: "operative", parentId: "op1", afterId: null, text: "en partageant leurs évaluations des risques ;" },
  });
  recorded({ kind: "amendment", amendmentId: "A3" }, (m) => (m === "GRC" ? "abstain" : "yes"));
  recorded({ kind: "draft" }, (m) => (m === "RUS" ? "no" : m === "CHN" ? "abstain" : "yes"));
  s.run(CHAIR, { type: "meeting.adjourn" });
  return buildMinutes(s.log);
}

function assemblySession(): Minutes {
  const s = session("general-assembly", { now: Date.UTC(2026, 9, 14, 8, 0), timeZone: "America/New_York" });
  s.run(CHAIR, { type: "attendance.record", entries: Object.fromEntries(UN_MEMBERS.map((m) => [m, "present"])) });
  s.run(CHAIR, { type: "meeting.open" });
  s.run(CHAIR, { type: "draft.introduce" });
  s.run(CHAIR, { type: "speech.start", member: "MEX" });
  s.tick(60_000);
  s.run(CHAIR, { type: "speech.start", member: "ISR" });
  s.tick(60_000);
  s.run(CHAIR, { type: "speech.end" });
  s.run(as("NLD"), { type: "amendment.submit", op: { kind: "delete", targetId: "pp2" } });
  s.run(CHAIR, { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
  UN_MEMBERS.forEach((m, i) => s.run(as(m), { type: "vote.cast", choice: i % 3 === 0 ? "no" : "yes" }));
  s.run(CHAIR, { type: "vote.close" });
  s.run(CHAIR, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
  UN_MEMBERS.forEach((m, i) => s.run(as(m), { type: "vote.cast", choice: i % 5 === 0 ? "abstain" : i % 7 === 0 ? "no" : "yes" }));
  s.run(CHAIR, { type: "vote.close" });
  return buildMinutes(s.log);
}

const COUNCIL = councilSession();
const ASSEMBLY = assemblySession();

/** The rules of a French reader, on any generated text. */
function frenchRules(text: string, where: string) {
  for (const wrong of [
    /\bde le\b/,
    /\bde les\b/,
    /\bà le\b/,
    /\bà les\b/,
    /\bde Royaume/,
    /\bpar Royaume/,
    /\bde États/,
    /\bd'Royaume/,
    /(^|[^\p{L}])(Intervention|par|de) (Inde|Israël|Afghanistan)\b/u,
  ]) {
    expect(text, `${where}: ${wrong}`).not.toMatch(wrong);
  }
  expect(text, `${where}: an internal id`).not.toMatch(/\b(op|pre|pp)\d/);
  expect(text, `${where}: « 1 décembre »`).not.toMatch(
    /(^|\D)1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/,
  );
  expect(text, `${where}: Adopté for a motion`).not.toMatch(/motion[^.\n]* (adopté|rejeté)(?![e\p{L}])/iu);
}

/** French typography in the words the app writes (not in delegations' own text). */
function frenchTypography(lines: string[], where: string) {
  for (const line of lines) {
    expect(line, `${where}: plain space before ; : ! ?`).not.toMatch(/ [;:!?]/);
    expect(line, `${where}: plain space inside « »`).not.toMatch(/« | »/);
  }
}

function outlineLines(m: Minutes, locale: "fr" | "en"): string[] {
  const o = minutesOutline(m, serverMinutesWriter(locale, m.timeZone));
  return [
    o.heading,
    o.title,
    ...o.meta,
    o.textStatus,
    ...o.entries.flatMap((e) => [e.time, ...e.lines.filter((l) => l.style !== "quote").map((l) => l.text)]),
    ...o.votes.flatMap((v) => [v.caption, v.detail, v.verdict, v.counts, v.majority, ...v.groups]),
  ];
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: bytes, disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  let text = "";
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    for (const item of content.items) if ("str" in item) text += item.str + (item.hasEOL ? "\n" : "");
    text += "\n";
  }
  return text.replace(/[\u00a0\u202f]/g, " ");
}

/** Lines wrap where the page ends: the same text as running text. */
function flat(text: string): string {
  return text.replace(/\n/g, " ").replace(/ {2,}/g, " ");
}

describe("the Security Council session's minutes (French)", () => {
  const lines = outlineLines(COUNCIL, "fr");
  const text = lines.join("\n");

  it("names delegations with their articles and contractions", () => {
    frenchRules(text, "minutes");
    expect(text).toContain("Intervention du Royaume-Uni (1 min 36 s)");
    expect(text).toContain("Intervention des États-Unis d'Amérique");
    expect(text).toContain("Le Panama propose une motion\u202f: Suspension de la séance");
    expect(text).toContain("La France dépose l'amendement A1");
    expect(text).toContain("Présentation du projet de résolution par le Royaume-Uni");
  });

  it("outcomes agree with their subject; the veto names what was not adopted; the majority explains itself", () => {
    expect(text).toContain("La motion «\u202fSuspension de la séance\u202f» est adoptée");
    expect(text).toContain("L'amendement A1 est adopté");
    expect(text).toContain("L'amendement A2 n'est pas adopté (veto\u202f: Chine)");
    expect(text).toContain("L'amendement A2 n'est pas adopté en raison du vote négatif d'un membre permanent du Conseil (Chine)");
    expect(text).toContain(
      "Le projet de résolution n'est pas adopté en raison du vote négatif d'un membre permanent du Conseil (Fédération de Russie)",
    );
    expect(text).toContain("9 voix pour requises\u202f; 14 membres ont voté pour ou contre");
  });

  it("clauses by number, never by id: « 3e alinéa du préambule », « paragraphe 5 du dispositif », « paragraphe 1 »", () => {
    expect(text).toContain("Suppression du 3e alinéa du préambule");
    expect(text).toContain("Nouvelle rédaction du paragraphe 5 du dispositif");
    expect(text).toContain("Ajout à l'intérieur du paragraphe 1 du dispositif");
  });

  it("dates in the session's time zone with the French ordinal and no-break spaces", () => {
    expect(text).toContain("Le 1er décembre 2026, de 14\u00a0h\u00a005 à 14\u00a0h\u00a0");
    expect(lines).toContain("14\u00a0h\u00a005");
  });

  it("French typography and alphabetical order in the vote lists", () => {
    frenchTypography(lines, "minutes");
    const yes = lines.find((l) => l.startsWith("Pour (13)"))!;
    expect(yes.indexOf("Panama")).toBeLessThan(yes.indexOf("Royaume-Uni"));
    expect(yes.indexOf("République démocratique du Congo")).toBeLessThan(yes.indexOf("Royaume-Uni"));
    expect(yes.indexOf("États-Unis")).toBeLessThan(yes.indexOf("France"));
  });

  it("says the text was not adopted, never « Texte adopté »", () => {
    expect(text).not.toContain("Texte adopté");
    expect(text).toContain("Texte mis aux voix — non adopté (veto\u202f: Fédération de Russie)");
  });
});

describe("the Security Council session's minutes (English)", () => {
  const text = outlineLines(COUNCIL, "en").join("\n");
  it("the United Kingdom, the motion and the veto in English", () => {
    expect(text).toContain("Statement by the United Kingdom (1 min 36 s)");
    expect(text).toContain(
      "Panama moves: Suspension of the meeting".replace("Suspension of the meeting", text.match(/Panama moves: ([^\n]+)/)?.[1] ?? ""),
    );
    expect(text).toContain("Amendment A2 is not adopted owing to the negative vote of a permanent member of the Council (China)");
    expect(text).toContain("The draft resolution is introduced by the United Kingdom");
    expect(text).toContain("1 December 2026");
    expect(text).not.toMatch(/\b(op|pp)\d/);
    expect(text).not.toContain("Adopted text");
    expect(text).toContain("Text put to the vote — not adopted (veto: Russian Federation)");
  });
});

describe("the Security Council session's files", () => {
  it("text.md and text.docx: « Texte mis aux voix — non adopté (veto : Fédération de Russie) » in title, first line and file name; French header labels", async () => {
    const md = (await exportFile(COUNCIL, "text.md", "fr", "ia"))!;
    expect(md.name).toBe("ia-texte-mis-aux-voix-non-adopte-veto-federation-de-russie.md");
    const body = String(md.body);
    expect(body.split("\n")[0]).toBe("**Texte mis aux voix — non adopté (veto\u202f: Fédération de Russie)**");
    expect(body).not.toContain("Texte adopté");
    expect(body).not.toMatch(/FORUM: |QUESTION: /);
    // The header the app writes (the delegations' text is theirs: « afin de les protéger » is French).
    frenchRules(body.split("\n").slice(0, 12).join("\n"), "text.md");
    const docx = (await exportFile(COUNCIL, "text.docx", "fr", "ia"))!;
    expect(docx.name).toBe("ia-texte-mis-aux-voix-non-adopte-veto-federation-de-russie.docx");
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(docx.body as Uint8Array) })).value;
    expect(raw.trim().split("\n")[0]).toBe("Texte mis aux voix — non adopté (veto\u202f: Fédération de Russie)");
    expect(raw).not.toContain("Texte adopté");
    expect(raw).toContain(NEW_OP5);
  });

  it("minutes.md follows the same rules", async () => {
    const md = String((await exportFile(COUNCIL, "minutes.md", "fr", "ia"))!.body);
    frenchRules(md, "minutes.md");
    expect(md).toContain("Intervention du Royaume-Uni");
    expect(minutesMarkdown(minutesOutline(COUNCIL, serverMinutesWriter("en")))).toContain("Statement by the United Kingdom");
  });

  it("votes.csv: `;`, a BOM, vote numbers 1…5, a veto column", async () => {
    const csv = String((await exportFile(COUNCIL, "votes.csv", "fr", "ia"))!.body);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv
      .slice(1)
      .trim()
      .split("\r\n")
      .map((l) => l.split(";"));
    expect(rows[0]!.slice(0, 3)).toEqual(["n°", "date et heure", "objet"]);
    expect([...new Set(rows.slice(1).map((r) => r[0]))]).toEqual(["1", "2", "3", "4", "5"]);
    const vetoColumn = rows[0]!.indexOf("veto");
    expect(rows.find((r) => r[0] === "3" && r[3] === "CHN")![vetoColumn]).toBe("Chine");
    expect(rows.find((r) => r[0] === "5" && r[3] === "RUS")![vetoColumn]).toBe("Fédération de Russie");
    frenchRules(csv, "votes.csv");
    const en = String((await exportFile(COUNCIL, "votes.csv", "en", "ia"))!.body);
    expect(en.slice(1).split("\r\n")[0]!.split(",")[0]).toBe("no.");
  });

  it("votes.xlsx re-read gives the log's tallies, one ballot sheet per recorded vote", async () => {
    const file = (await exportFile(COUNCIL, "votes.xlsx", "fr", "ia"))!;
    expect(file.name).toBe("ia-votes.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.body as Uint8Array) as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe("Votes");
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      "n°",
      "date et heure",
      "objet",
      "mode de scrutin",
      "nature de la question",
      "pour",
      "contre",
      "abstentions",
      "non votants",
      "majorité requise",
      "résultat",
      "veto",
    ]);
    COUNCIL.votes.forEach((vote, i) => {
      const row = (sheet.getRow(i + 2).values as unknown[]).slice(1);
      expect(row[0]).toBe(i + 1);
      if (vote.method === "show-of-hands" || vote.ballots)
        expect(row.slice(5, 9)).toEqual([
          vote.outcome.counts.yes,
          vote.outcome.counts.no,
          vote.outcome.counts.abstain,
          vote.outcome.counts.notVoting,
        ]);
      expect(String(row[10])).toBe(serverMinutesWriter("fr", COUNCIL.timeZone).verdict(vote));
    });
    expect((sheet.getRow(6).values as unknown[])[12]).toBe("Fédération de Russie");
    expect(book.worksheets.map((w) => JSON.stringify(w.name))).toEqual(
      ["Votes", "Vote n°\u00a02", "Vote n°\u00a03", "Vote n°\u00a04", "Vote n°\u00a05"].map((n) => JSON.stringify(n)),
    );
    const ballots = book.worksheets[4]!;
    const choices = ballots.getColumn(6).values.slice(2);
    expect(choices.filter((c) => c === "Pour")).toHaveLength(COUNCIL.votes[4]!.outcome.counts.yes);
    expect(choices.filter((c) => c === "Contre")).toHaveLength(COUNCIL.votes[4]!.outcome.counts.no);
  });

  it("minutes.pdf: a real PDF whose text reads back with the same words", async () => {
    const file = (await exportFile(COUNCIL, "minutes.pdf", "fr", "ia"))!;
    expect(file.name).toBe("ia-proces-verbal.pdf");
    const bytes = file.body as Uint8Array;
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const lines = await pdfText(bytes);
    frenchRules(lines, "minutes.pdf");
    const text = flat(lines);
    expect(text).toContain("Procès-verbal de la séance".toLocaleUpperCase("fr"));
    expect(text).toContain("Intervention du Royaume-Uni");
    expect(text).toContain("L'amendement A2 n'est pas adopté en raison du vote négatif d'un membre permanent du Conseil (Chine)");
    expect(text).toContain("Le 1er décembre 2026");
    expect(text).not.toContain("Texte adopté");
  });
});

describe("the General Assembly session", () => {
  it("an adopted draft is « Texte adopté »; 193 ballots; dates in New York", async () => {
    const text = outlineLines(ASSEMBLY, "fr").join("\n");
    frenchRules(text, "GA minutes");
    frenchTypography(outlineLines(ASSEMBLY, "fr"), "GA minutes");
    expect(text).toContain("Intervention du Mexique");
    expect(text).toContain("Intervention d'Israël");
    expect(text).toContain("Les Pays-Bas (Royaume des) déposent l'amendement A1");
    expect(text).toContain("Le 14 octobre 2026, de 4\u00a0h\u00a000");
    expect(text).toContain("Le projet de résolution est adopté");
    expect(text).toContain("Texte adopté");
    const md = (await exportFile(ASSEMBLY, "text.md", "fr", "ga"))!;
    expect(md.name).toBe("ga-texte-adopte.md");
    const file = (await exportFile(ASSEMBLY, "votes.xlsx", "fr", "ga"))!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.body as Uint8Array) as never);
    expect(book.worksheets).toHaveLength(3);
    expect(book.worksheets[2]!.rowCount).toBe(1 + 193);
    const row = (book.worksheets[0]!.getRow(3).values as unknown[]).slice(1);
    expect(row.slice(5, 8)).toEqual([
      ASSEMBLY.votes[1]!.outcome.counts.yes,
      ASSEMBLY.votes[1]!.outcome.counts.no,
      ASSEMBLY.votes[1]!.outcome.counts.abstain,
    ]);
    const pdf = flat(await pdfText((await exportFile(ASSEMBLY, "minutes.pdf", "en", "ga"))!.body as Uint8Array));
    expect(pdf).toContain("Statement by Mexico");
    expect(pdf).toContain("The draft resolution is adopted");
  });
});
