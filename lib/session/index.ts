/** A live session: the rules engine and the document, composed (pure, shared by server and browser). */
export * from "./state";
export * from "./events";
export * from "./commands";
export { decideLive, type LiveContext, type LiveDecision } from "./decide";
export { reduceLive, replayLive } from "./reduce";
export { currentDocument, appliedAmendments } from "./document";
export { newSessionEvents, defaultMembers, type NewSessionInput, type NewSession } from "./create";
export { liveSessionEngine, projectFor } from "./engine";
export { codeForCountryName, sponsorCodes } from "./country-names";
export { Replay, timelineMarks, type TimelineMark } from "./replay";
