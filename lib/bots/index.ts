/** Simulated delegations (« délégations simulées »): pure decisions from stance profiles. */
export * from "./profile";
export { seededRng, mulberry32, hash32, type BotRng } from "./rng";
export { defaultProfile, profileFor, SPONSOR_DRAFT_STANCE, MEMBER_DRAFT_STANCE, PERMANENT_DRAFT_STANCE, MOTION_STANCE } from "./defaults";
export { decideBotAction, planBotAction, type BotAction, type BotDecideOptions } from "./decide";
export {
  amendmentStance,
  clauseStance,
  draftStance,
  motionStance,
  subjectStance,
  sample,
  invert,
  mix,
  normalise,
  leaning,
  topicStance,
  viewOf,
  type BotView,
  type StanceChoice,
} from "./stance";
export { settleBots, type SimulatedStep, type SimulationResult } from "./simulate";
