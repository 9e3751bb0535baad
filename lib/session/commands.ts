import { z } from "zod";
import { amendmentOpSchema, commandSchema, memberCodeSchema as memberSchema, type Command } from "@/lib/procedure";
import { paperCommandSchemas, type PaperCommand } from "./paper-commands";
import { tabledDraftSchema } from "@/lib/procedure/commands";
import { resolutionDocumentSchema } from "@/lib/resolution/schema";

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Commands of the session layer: writing an amendment privately before submitting it. */
export const sessionLayerCommandSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("amendment.draft.save"),
    /** Omitted to start a new draft. */
    draftId: idSchema.optional(),
    op: amendmentOpSchema,
    parentId: idSchema.optional(),
    /** The draft resolution it amends; omitted: the draft on the floor (fixed at the first save). */
    onDraft: idSchema.optional(),
    // No co-sponsors: a draft is its author's alone until submitted (naming others pushed it onto
    // their screens without their consent); they co-sponsor the amendment by their own command.
  }),
  z.strictObject({ type: z.literal("amendment.draft.discard"), draftId: idSchema }),
  /**
   * A new draft with its text (chair: an imported or library text; the server, as system: a
   * working paper submitted). The engine picks the draft's id. Over a socket the 64 KB limit
   * applies; a larger text goes through the HTTP route.
   */
  tabledDraftSchema.extend({
    type: z.literal("draft.table"),
    documentId: z.string().min(1).max(200),
    document: resolutionDocumentSchema,
  }),
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
