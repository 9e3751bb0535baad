/** Hémicycle's rules of procedure engine: pure, serializable, shared by server and browser. */
export { decide } from "./decide";
export { compositionLocked } from "./decide-session";
export type { DecideContext, Decision } from "./decide";
export { reduce, replay } from "./reduce";
export { initialState, sessionCreatedEvent, amendmentVotingQueue } from "./session";
export { EMPTY_STATE } from "./state";
export type * from "./state";

export {
  commandSchema,
  memberCodeSchema,
  actorSchema,
  motionSchema,
  amendmentOpSchema,
  voteSubjectSchema,
  sessionConfigInputSchema,
  COMMAND_TYPES,
} from "./commands";
export type { Command, CommandType, CommandOf, Actor, MotionRequest, SessionConfigInput } from "./commands";
export { EVENT_TYPES } from "./events";
export type { SessionEvent, EventType, EventOf } from "./events";
export { ERROR_CODES, domainError, isDomainError } from "./errors";
export type { DomainError, ErrorCode } from "./errors";

export { tally, quorumCount, requiredYes, adoptedWithoutVote, CHOICES, OUTCOME_RESULTS } from "./tally";
export type { TallyInput, TallyOutcome, Totals, Choice, OutcomeResult, OutcomeReason } from "./tally";
export { PRESETS, PRESET_IDS, isPresetId } from "./presets";
export type { PresetId } from "./presets";
export { rulesPresetSchema, MOTION_KINDS, POINT_KINDS, QUESTION_KINDS, VOTE_METHODS, ORGANS, MOTION_CONDITIONS } from "./preset-schema";
export type {
  RulesPreset,
  MotionKind,
  PointKind,
  QuestionKind,
  VoteMethod,
  MajorityRule,
  QuorumRule,
  MotionRule,
  Organ,
} from "./preset-schema";
export { resolveRules, deepMerge } from "./overrides";
export type { RulesOverrides } from "./overrides";
export { MOTION_EFFECTS, MOTION_EFFECT_KINDS } from "./motions";
export type { MotionEffect } from "./motions";

export { proposeVotingOrder, votingQueue, mootAfterChange } from "./amendment-order";
export { nextRollCall } from "./decide-votes";
export { elapsedMs, remainingMs, isExpired } from "./clock";
export type { Clock } from "./clock";

export {
  UN_MEMBERS,
  OBSERVER_STATES,
  PERMANENT_MEMBERS,
  SECURITY_COUNCIL_2026,
  SECURITY_COUNCIL_ELECTED_2026,
  LOCALES,
  unShortName,
  isPermanentMember,
  isUnMember,
  isKnownCountryCode,
  alphabeticalOrder,
  rollCallOrder,
} from "./members";
export type { Locale } from "./members";
export { memberName, memberNames } from "./member-names";
export { formatMessage, lookupMessage, MESSAGES } from "./format-message";
export { describeOutcome, describeCounts, describeError } from "./describe";
export { outcomeMessage, countsMessage, type MessageRef } from "./outcome-message";
