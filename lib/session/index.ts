/** A live session: the rules engine and the document, composed (pure, shared by server and browser). */
export * from "./state";
export * from "./events";
export * from "./commands";
export { decideLive, type LiveContext, type LiveDecision } from "./decide";
export { reduceLive, replayLive } from "./reduce";
export { currentDocument, appliedAmendments } from "./document";
export { liveSessionEngine, projectFor } from "./engine";
export { Replay, timelineMarks, type TimelineMark } from "./replay";
export * from "./floor-focus";
// Server-only helpers (they read every country name of i18n-iso-countries) are imported from
// their own files, ./create and ./country-names, so that pages do not bundle them.
