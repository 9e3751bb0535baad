/** lib/minutes — the procès-verbal, the text as voted, the votes' spreadsheets and trainee feedback, from a session's log (pure). */
export * from "./types";
export { buildMinutes, clauseRef, decisiveVotes, summarizeAmendment, type BuildOptions } from "./build";
export { votesCsv, CSV_BOM, csvSeparator } from "./csv";
export { entryBlocks, blockTexts, type Block } from "./entry-blocks";
export { minutesOutline, minutesMarkdown, type MinutesOutline } from "./outline";
export { textStatus, textStatusLabel, slug, type TextStatus } from "./text-status";
export { minutesWriter, SUBJECT_GENDER, type MinutesWriter, type Translate } from "./writer";
export { DEFAULT_TIME_ZONE, isTimeZone } from "./dates";
