import { z } from "zod";
import { amendmentOpSchema, commandSchema, memberCodeSchema as memberSchema, type Command } from "@/lib/procedure";
import { paperCommandSchemas, type PaperCommand } from "./paper-commands";

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Commands of the session layer: writing an amendment privately before submitting it. */
export const sessionLayerCommandSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("amendment.draft.save"),
    /** Omitted to start a new draft. */
    draftId: idSchema.optional(),
    op: amendmentOpSchema,
    parentId: idSchema.optional(),
    // No co-sponsors: a draft is its author's alone until submitted (naming others pushed it onto
    // their screens without their consent); they co-sponsor the amendment by their own command.
  }),
  z.strictObject({ type: z.literal("amendment.draft.discard"), draftId: idSchema }),
  z.strictObject({ type: z.literal("amendment.draft.submit"), draftId: idSchema }),
  z.strictObject({
    type: z.literal("simulation.configure"),
    members: z.array(memberSchema).max(200),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31),
    stances: z.record(memberSchema, z.enum(["support", "oppose", "abstain"])).default({}),
    running: z.boolean(),
  }),
  ...paperCommandSchemas,
]);
export type SessionLayerCommand = Exclude<z.infer<typeof sessionLayerCommandSchema>, { type: PaperCommand["type"] }> | PaperCommand;

/** Everything a client may send inside `session:command`. */
export const liveCommandSchema: z.ZodType<LiveCommand> = z.union([commandSchema, sessionLayerCommandSchema]);
export type LiveCommand = Command | SessionLayerCommand;

export const SESSION_LAYER_COMMAND_TYPES = sessionLayerCommandSchema.options.map((o) => o.shape.type.value);
