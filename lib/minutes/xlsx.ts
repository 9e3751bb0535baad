/**
 * votes.xlsx (server only: exceljs stays out of the pages): a « Votes » sheet with one row per vote
 * in order — n° 1, 2…, subject in words, method, local date and time, pour / contre / abstentions /
 * non votants, required majority, result, veto — and one sheet of ballots per recorded vote.
 */
import ExcelJS from "exceljs";
import type { Minutes } from "./types";
import { BALLOT_COLUMNS, SUMMARY_COLUMNS, ballotRows, columnTitles, summaryRows, type Cell } from "./vote-table";
import type { MinutesWriter } from "./writer";

function addSheet(book: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], widths: number[]) {
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = widths[i] ?? 14;
    column.alignment = { vertical: "top", wrapText: true };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

export async function votesXlsx(minutes: Minutes, w: MinutesWriter): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "Hémicycle";
  book.title = minutes.title;
  addSheet(
    book,
    w.t("sheet.summary"),
    columnTitles(SUMMARY_COLUMNS, w),
    summaryRows(minutes, w),
    [6, 22, 34, 20, 22, 8, 8, 12, 12, 34, 60, 24],
  );
  for (const vote of minutes.votes) {
    const rows = ballotRows(vote, w);
    // Sheet names: 31 characters at most, no « : » (Excel's rule).
    if (rows.length)
      addSheet(
        book,
        w
          .t("sheet.ballots", { n: vote.index + 1 })
          .replace(/[:\\/?*[\]]/g, "")
          .slice(0, 31),
        columnTitles(BALLOT_COLUMNS, w),
        rows,
        [6, 22, 30, 8, 34, 14, 12, 14, 60, 24],
      );
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
