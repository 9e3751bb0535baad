/**
 * The files of a session (server only: exceljs and pdfkit stay out of the pages): the text as voted
 * (.docx, .md) with its honest status, the votes (.xlsx, .csv), the procès-verbal (.pdf, .md).
 */
import { votesCsv } from "./csv";
import { minutesMarkdown, minutesOutline } from "./outline";
import { minutesPdf } from "./pdf";
import { serverMinutesWriter } from "./server-writer";
import { slug, textStatus, textStatusLabel } from "./text-status";
import type { Minutes } from "./types";
import { votesXlsx } from "./xlsx";
import { renderDocx } from "@/lib/resolution/render-docx";
import { renderMarkdown } from "@/lib/resolution/render-markdown";
import type { Locale } from "@/lib/procedure/members";

/** adopted.docx / adopted.md: the former names of text.docx / text.md, still answered. */
export const EXPORT_FILES = [
  "text.docx",
  "text.md",
  "adopted.docx",
  "adopted.md",
  "votes.csv",
  "votes.xlsx",
  "minutes.pdf",
  "minutes.md",
] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

export const EXPORT_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  pdf: "application/pdf",
} as const;

/** One download: its bytes, type and file name (null: nothing to export, e.g. no text). */
export async function exportFile(
  minutes: Minutes,
  file: ExportFile,
  locale: Locale,
  base: string,
  /** For text.docx / text.md: another draft than the one `minutes.document` is. */
  draftId: string | null = null,
): Promise<{ name: string; type: keyof typeof EXPORT_TYPES; body: Uint8Array | string } | null> {
  const w = serverMinutesWriter(locale, minutes.timeZone);
  switch (file) {
    case "votes.csv":
      return { name: `${base}-${w.t("files.votes")}.csv`, type: "csv", body: votesCsv(minutes, w) };
    case "votes.xlsx":
      return { name: `${base}-${w.t("files.votes")}.xlsx`, type: "xlsx", body: await votesXlsx(minutes, w) };
    case "minutes.md":
      return { name: `${base}-${w.t("files.minutes")}.md`, type: "md", body: minutesMarkdown(minutesOutline(minutes, w)) };
    case "minutes.pdf":
      return {
        name: `${base}-${w.t("files.minutes")}.pdf`,
        type: "pdf",
        body: await minutesPdf(minutesOutline(minutes, w), { lang: locale }),
      };
    default: {
      const other = draftId !== null && draftId !== minutes.draftId ? minutes.drafts.find((d) => d.draftId === draftId) : undefined;
      if (draftId !== null && draftId !== minutes.draftId && !other) return null;
      const document = other ? other.document : minutes.document;
      if (!document) return null;
      const status = textStatusLabel(textStatus(minutes, other ? other.draftId : minutes.draftId), w);
      const name = other ? `${base}-${slug(w.draftLabel(other.label), 40)}-${slug(status)}` : `${base}-${slug(status)}`;
      if (file.endsWith(".md")) return { name: `${name}.md`, type: "md", body: renderMarkdown(document, { status }) };
      return { name: `${name}.docx`, type: "docx", body: await renderDocx(document, { status }) };
    }
  }
}
