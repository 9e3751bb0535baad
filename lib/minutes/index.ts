/** lib/minutes — the procès-verbal, the text as adopted, votes.csv and trainee feedback, from a session's log (pure). */
export * from "./types";
export { buildMinutes, clauseRef, decisiveVotes, summarizeAmendment, type BuildOptions } from "./build";
export { votesCsv, CSV_BOM } from "./csv";
export { clauseParams, formatPath } from "./format";
export { subjectTitle, minutesTranslator } from "./wording";
