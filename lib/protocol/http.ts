/**
 * The shapes of the session routes over HTTP (server/sessions/http.ts), shared by the server, the
 * home page, the tests and scripts: the request schemas the server validates, and what it answers.
 */
import { z } from "zod";
import { memberCodeSchema } from "@/lib/procedure/commands";
import { ORGANS, VOTE_METHODS } from "@/lib/procedure/preset-kinds";
import { isTimeZone } from "@/lib/minutes/dates";

/** The key rules chosen at set-up, as preset overrides (the engine validates the result). */
export const keyRulesSchema = z
  .object({
    speakingTimeSeconds: z.number().int().min(10).max(3600).nullable().optional(),
    signatoryPercent: z.number().int().min(1).max(100).nullable().optional(),
    friendlyAmendments: z.boolean().optional(),
    strictPresentAndVoting: z.boolean().optional(),
    defaultMethod: z.enum(VOTE_METHODS).optional(),
  })
  .strict();

/** POST /api/sessions */
export const createSessionSchema = z
  .object({
    organ: z.enum(ORGANS),
    title: z.string().trim().min(1).max(200).optional(),
    members: z
      .array(memberCodeSchema)
      .min(2)
      .max(200)
      .refine((codes) => new Set(codes).size === codes.length, "members must be distinct")
      .optional(),
    documentId: z.string().min(1).max(100).optional(),
    /** The draft's sponsors, when its header does not name them (alpha-3 codes). */
    sponsors: z.array(memberCodeSchema).min(1).max(200).optional(),
    /** Council: the members holding the veto (default: the P5 among the members). */
    permanentMembers: z.array(memberCodeSchema).max(15).optional(),
    /** States seated without a vote. */
    observers: z.array(memberCodeSchema).max(20).optional(),
    /** The draft is an important question (two thirds in the Assembly). */
    important: z.boolean().optional(),
    rules: keyRulesSchema.optional(),
    locale: z.enum(["fr", "en"]).optional(),
    /** The creator's IANA time zone, for the minutes' dates (default Europe/Paris). */
    timeZone: z.string().max(64).refine(isTimeZone, "IANA time zone").optional(),
  })
  .strict();
export type CreateSessionRequest = z.infer<typeof createSessionSchema>;

/** Every link of a session: the answer to POST /api/sessions (201), and part of GET …/links. */
export interface SessionLinks {
  id: string;
  chair: { url: string };
  screen: { url: string };
  observer: { url: string };
  delegations: Array<{ member: string; url: string }>;
}

/** Where the links point, and the LAN addresses the chair may choose from. */
export interface LinkNetwork {
  source: "public-url" | "request" | "lan";
  candidates: string[];
  host: string | null;
  loopbackOnly: boolean;
}

/** GET /api/sessions/:id/links (chair): the links again, with a QR code (SVG) for each but the chair's. */
export interface LinksResponse extends SessionLinks {
  ok: true;
  network: LinkNetwork;
  qr: Record<string, string>;
}

/** Every refusal over HTTP: a stable code and a sentence in the request's language. */
export interface HttpRefusal {
  ok: false;
  error: { code: string; message: string; params?: Record<string, string | number> };
}

/** POST /api/sessions/:id/simulation (chair): which seats the server simulates, how. */
export const simulationSchema = z
  .object({
    members: z.array(memberCodeSchema).max(200),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31)
      .default(1),
    stances: z.record(memberCodeSchema, z.enum(["support", "oppose", "abstain"])).default({}),
  })
  .strict();
export type SimulationRequest = z.input<typeof simulationSchema>;

/**
 * POST /api/sessions/:id/drafts (chair): table another draft, a text of the library (bundled or
 * imported). `sponsors`: the members who submit it; omitted, those its header names among the members.
 */
export const tableDraftSchema = z
  .object({
    documentId: z.string().min(1).max(200),
    sponsors: z.array(memberCodeSchema).min(1).max(50).optional(),
  })
  .strict();
export type TableDraftRequest = z.infer<typeof tableDraftSchema>;

/** POST /api/sessions/:id/delegations/:member/reissue (chair): the delegation's new link. */
export interface ReissuedLink {
  ok: true;
  member: string;
  url: string;
}
