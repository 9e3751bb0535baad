/**
 * Commands: present-tense requests, validated at the socket edge with these zod schemas (and
 * again inside decide, so decide never trusts its input). Who may send each is decided in decide.
 */
import { z } from "zod";
import { POINT_KINDS, QUESTION_KINDS, VOTE_METHODS, type MotionKind } from "./preset-schema";
import { MEMBER_CODE } from "./members";
import { PRESET_IDS } from "./presets";
import { AMENDMENT_LIMITS } from "@/lib/resolution/op";

export const memberCodeSchema = z.string().regex(MEMBER_CODE, "ISO 3166-1 alpha-3 code");
const idSchema = z.string().min(1).max(100);
const clauseIdSchema = z.string().min(1).max(200);
const labelSchema = z.string().max(500);
const seconds = z
  .number()
  .int()
  .min(1)
  .max(24 * 3600);
const memberList = z.array(memberCodeSchema).max(300);

export const actorSchema = z.discriminatedUnion("role", [
  z.strictObject({ role: z.literal("chair") }),
  z.strictObject({ role: z.literal("delegation"), member: memberCodeSchema }),
  z.strictObject({ role: z.literal("screen") }),
  z.strictObject({ role: z.literal("observer") }),
  z.strictObject({ role: z.literal("system") }),
]);
export type Actor = z.infer<typeof actorSchema>;

export const amendmentOpSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("add"),
    section: z.enum(["preamble", "operative"]),
    parentId: clauseIdSchema.nullable(),
    afterId: clauseIdSchema.nullable(),
    text: z.string().max(AMENDMENT_LIMITS.textChars),
  }),
  z.strictObject({ kind: z.literal("delete"), targetId: clauseIdSchema }),
  z.strictObject({ kind: z.literal("replace"), targetId: clauseIdSchema, text: z.string().max(AMENDMENT_LIMITS.textChars) }),
]);

const partSchema = z.strictObject({ clauseId: clauseIdSchema, section: z.enum(["preamble", "operative"]) });

const bare = <K extends string>(kind: K) => z.strictObject({ kind: z.literal(kind) });
export const motionSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("suspend"),
    minutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .optional(),
  }),
  bare("adjourn"),
  z.strictObject({ kind: z.literal("adjourn-to"), until: labelSchema.min(1) }),
  z.strictObject({ kind: z.literal("refer"), to: labelSchema.min(1) }),
  z.strictObject({ kind: z.literal("postpone"), until: labelSchema.optional() }),
  bare("adjourn-debate"),
  bare("close-debate"),
  bare("close-speakers-list"),
  bare("reopen-speakers-list"),
  z.strictObject({ kind: z.literal("set-speaking-time"), seconds }),
  z.strictObject({ kind: z.literal("moderated-caucus"), totalSeconds: seconds, speakerSeconds: seconds, topic: labelSchema }),
  z.strictObject({ kind: z.literal("unmoderated-caucus"), totalSeconds: seconds, topic: labelSchema.optional() }),
  z.strictObject({
    kind: z.literal("divide-question"),
    parts: z.array(partSchema).min(1).max(200),
    /** The draft's current top-level operative clauses, to apply "all operative parts rejected". */
    operativeClauses: z.array(clauseIdSchema).max(500),
  }),
  bare("roll-call-vote"),
  z.strictObject({ kind: z.literal("reorder-drafts"), order: z.array(idSchema).min(1).max(100) }),
  z.strictObject({ kind: z.literal("reconsider"), decisionIndex: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal("appeal"), pointId: idSchema }),
]);
export type MotionRequest = z.infer<typeof motionSchema>;
// Compile-time check: the schema accepts every motion kind a preset can configure, and no other.
type MotionKindsMatch = [Exclude<MotionKind, MotionRequest["kind"]>, Exclude<MotionRequest["kind"], MotionKind>] extends [never, never]
  ? true
  : false;
const _motionSchemaMatchesPresets: MotionKindsMatch = true;

export const voteSubjectSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("draft"), draftId: idSchema.optional() }),
  z.strictObject({ kind: z.literal("amendment"), amendmentId: idSchema }),
  z.strictObject({ kind: z.literal("part"), clauseId: clauseIdSchema, draftId: idSchema.optional() }),
  z.strictObject({ kind: z.literal("motion"), motionId: idSchema }),
]);

/** A draft tabled during the session (the document travels in the session layer, lib/session). */
export const tabledDraftSchema = z.strictObject({
  title: labelSchema.min(1),
  sponsors: memberList.min(1),
  signatories: memberList.optional(),
  important: z.boolean().optional(),
});
export type TabledDraftInput = z.infer<typeof tabledDraftSchema>;

export const draftConfigSchema = z.strictObject({
  id: idSchema,
  sponsors: memberList.min(1),
  signatories: memberList.optional(),
  important: z.boolean().optional(),
});

export const sessionConfigInputSchema = z.strictObject({
  preset: z.enum(PRESET_IDS),
  overrides: z.record(z.string(), z.json()).optional(),
  /** Omitted: the preset's default composition (SC 2026, or the 193 UN members). */
  members: memberList.min(1).optional(),
  permanentMembers: memberList.optional(),
  observers: memberList.optional(),
  draft: draftConfigSchema.nullable().optional(),
});
export type SessionConfigInput = z.infer<typeof sessionConfigInputSchema>;

const cmd = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.strictObject({ type: z.literal(type), ...shape });
const on = { member: memberCodeSchema.optional() };
/** The draft a command is about; omitted: the draft on the floor. */
const onDraft = { draftId: idSchema.optional() };

export const commandSchema = z.discriminatedUnion("type", [
  cmd("session.create", { config: sessionConfigInputSchema }),
  cmd("settings.override", { overrides: z.record(z.string(), z.json()) }),
  cmd("members.set", { members: memberList.min(1), permanentMembers: memberList.optional(), observers: memberList.optional() }),
  cmd("attendance.record", { entries: z.record(memberCodeSchema, z.enum(["present", "present-and-voting", "absent"])) }),
  cmd("parties.mark", { members: memberList }),
  cmd("meeting.open", {}),
  cmd("meeting.suspend", { minutes: z.number().int().min(1).optional() }),
  cmd("meeting.resume", {}),
  cmd("meeting.adjourn", { until: labelSchema.optional() }),
  cmd("draft.sign", { ...on, ...onDraft }),
  cmd("draft.introduce", onDraft),
  cmd("draft.withdraw", onDraft),
  cmd("draft.accept", { draftId: idSchema }),
  cmd("draft.return", { draftId: idSchema, comment: z.string().trim().min(1).max(2000) }),
  cmd("speakers.add", on),
  cmd("speakers.remove", on),
  cmd("speakers.close", {}),
  cmd("speakers.reopen", {}),
  cmd("speakers.set_time", { seconds: seconds.nullable() }),
  cmd("speech.start", on),
  cmd("speech.yield", { to: z.enum(["chair", "delegation", "questions"]), member: memberCodeSchema.optional() }),
  cmd("speech.pause", {}),
  cmd("speech.resume", {}),
  cmd("speech.end", {}),
  cmd("caucus.pause", {}),
  cmd("caucus.resume", {}),
  cmd("caucus.end", {}),
  cmd("motion.propose", { motion: motionSchema, ...on }),
  cmd("motion.second", { motionId: idSchema }),
  cmd("motion.object", { motionId: idSchema }),
  cmd("motion.speak", { motionId: idSchema, side: z.enum(["for", "against"]), ...on }),
  cmd("motion.withdraw", { motionId: idSchema }),
  cmd("motion.grant", { motionId: idSchema }),
  cmd("motion.rule_out_of_order", { motionId: idSchema }),
  cmd("point.raise", { kind: z.enum(POINT_KINDS), text: labelSchema.optional(), aboutVote: z.boolean().optional() }),
  cmd("point.resolve", { pointId: idSchema, ruling: z.enum(["upheld", "dismissed"]) }),
  // No id (the engine numbers amendments: a chosen id could squat the next one) and no co-sponsors
  // (each delegation co-sponsors by its own amendment.cosponsor, never by someone else's command).
  cmd("amendment.submit", {
    op: amendmentOpSchema,
    parentId: idSchema.optional(),
    distance: z.number().min(0).max(1).optional(),
    ...on,
    ...onDraft,
  }),
  cmd("amendment.cosponsor", { amendmentId: idSchema, ...on }),
  cmd("amendment.accept", { amendmentId: idSchema, ...on }),
  cmd("amendment.decline", { amendmentId: idSchema, ...on }),
  cmd("amendment.withdraw", { amendmentId: idSchema }),
  cmd("amendments.reorder", { order: z.array(idSchema).max(500), ...onDraft }),
  cmd("vote.open", {
    subject: voteSubjectSchema,
    method: z.enum(VOTE_METHODS).optional(),
    questionKind: z.enum(QUESTION_KINDS).optional(),
    /** Roll call: the member drawn by lot to be called first (rule 87). */
    firstMember: memberCodeSchema.optional(),
  }),
  cmd("vote.cast", { choice: z.enum(["yes", "no", "abstain", "pass"]), withRights: z.boolean().optional(), ...on }),
  cmd("vote.record_totals", {
    yes: z.number().int().min(0),
    no: z.number().int().min(0),
    abstain: z.number().int().min(0),
    noFromPermanent: memberList.optional(),
  }),
  cmd("vote.request", {}),
  cmd("vote.close", {}),
  cmd("vote.cancel", {}),
  cmd("projection.set", {
    /** null: "Suivre la séance", the projector follows the business on the floor again. */
    target: z
      .discriminatedUnion("kind", [
        z.strictObject({ kind: z.literal("draft"), ...onDraft }),
        z.strictObject({ kind: z.literal("clause"), clauseId: clauseIdSchema }),
        z.strictObject({ kind: z.literal("amendment"), amendmentId: idSchema }),
      ])
      .nullable(),
  }),
]);

export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command["type"];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

export const COMMAND_TYPES = commandSchema.options.map((o) => o.shape.type.value) as readonly CommandType[];
