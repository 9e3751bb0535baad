/**
 * The shapes of every HTTP route (lib/protocol/http-routes.ts names them): for each, the schemas of
 * its path parameters, query and body, which the server validates (server/sessions/http.ts), and of
 * its answer, which types the server's reply and is parsed by the scripts' client (e2e, bots). The
 * browser imports this file as types only: zod stays out of its bundle.
 */
import { z } from "zod";
import { memberCodeSchema } from "@/lib/procedure/commands";
import { ORGANS, VOTE_METHODS } from "@/lib/procedure/preset-kinds";
import { isTimeZone } from "@/lib/minutes/dates";
import type { ParsedDocument, ParseWarning } from "@/lib/resolution/types";
import type { LiveEvent } from "@/lib/session/events";
import type { KeyRules } from "@/lib/session/key-rules";
import type { Phase } from "@/lib/session/selectors";
import { MAX_IMPORT_BYTES, type RouteName } from "./http-routes";

export { MAX_IMPORT_BYTES };

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

const url = z.string();

/** Every link of a session: the answer to POST /api/sessions (201), and part of GET …/links. */
export const sessionLinksSchema = z.object({
  ok: z.literal(true),
  id: z.string(),
  chair: z.object({ url }),
  screen: z.object({ url }),
  observer: z.object({ url }),
  delegations: z.array(z.object({ member: z.string(), url })),
});
export type SessionLinks = z.infer<typeof sessionLinksSchema>;

/** Where the links point, and the LAN addresses the chair may choose from. */
export const linkNetworkSchema = z.object({
  source: z.enum(["public-url", "request", "lan"]),
  candidates: z.array(z.string()),
  host: z.string().nullable(),
  loopbackOnly: z.boolean(),
});
export type LinkNetwork = z.infer<typeof linkNetworkSchema>;

/** GET /api/sessions/:id/links (chair): the links again, with a QR code (SVG) for each but the chair's. */
export const linksResponseSchema = sessionLinksSchema.extend({ network: linkNetworkSchema, qr: z.record(z.string(), z.string()) });
export type LinksResponse = z.infer<typeof linksResponseSchema>;

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

/** What the server's simulated delegations are doing. */
export const simulationStatusSchema = z.object({
  ok: z.literal(true),
  running: z.boolean(),
  members: z.array(z.string()),
  sent: z.number(),
  refusals: z.number(),
  errors: z.array(z.string()),
});

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
export const reissuedLinkSchema = z.object({ ok: z.literal(true), member: z.string(), url });
export type ReissuedLink = z.infer<typeof reissuedLinkSchema>;

/** A session's id in a path. */
export const sessionIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const session = z.object({ id: sessionIdSchema });
const ok = z.literal(true);
/** A value the server builds from the domain's own types (not re-checked field by field). */
const domain = <T>() => z.custom<T>((value) => value !== undefined);

/** PUT /api/sessions/:id/members (chair): the new composition, decided by the engine (`members.set`). */
export const membersSchema = z.strictObject({
  members: z.array(memberCodeSchema).min(2).max(200),
  permanentMembers: z.array(memberCodeSchema).max(15).optional(),
  observers: z.array(memberCodeSchema).max(20).optional(),
});

/** GET /api/sessions/:id/summary (chair): what the chair set up, and whether the composition may still change. */
export const summarySchema = z.object({
  ok,
  id: z.string(),
  title: z.string(),
  organ: z.string().nullable(),
  createdAt: z.union([z.string(), z.date()]).nullable(),
  phase: z.custom<Phase>((value) => typeof value === "string"),
  members: z.number(),
  permanentMembers: z.array(z.string()),
  observers: z.array(z.string()),
  important: z.boolean(),
  sponsors: z.array(z.string()),
  documentTitle: z.string().nullable(),
  rules: domain<KeyRules>().nullable(),
  /** The engine's reason the composition can no longer change (the roll call has begun), or null. */
  compositionLocked: z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }).nullable(),
});
export type SessionSummary = z.infer<typeof summarySchema>;

/** GET /api/sessions/:id/events (any link): the log as this link may see it, for the minutes and the replay. */
export const eventLogSchema = z.object({
  ok,
  session: z.object({ id: z.string(), organ: z.string(), title: z.string(), createdAt: z.union([z.string(), z.date()]) }).nullable(),
  role: z.enum(["chair", "delegation", "screen", "observer"]),
  member: z.string().nullable(),
  events: z.array(z.object({ seq: z.number(), at: z.number(), event: domain<LiveEvent>() })),
});
export type EventLog = z.infer<typeof eventLogSchema>;

/**
 * POST /api/sessions/:id/ballot: a delegation's ballot from the form of its page, posted by a
 * browser that has not run the page's scripts (form-encoded). `commandId` names the page's form;
 * the command it sends is `<commandId>-<choice>` (ballotCommandId), so the same choice posted
 * twice is one ballot and another choice is a change of vote. Nothing names the member: the link does.
 */
export const ballotFormSchema = z.strictObject({
  token: z
    .string()
    .min(16)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/),
  choice: z.enum(["yes", "no", "abstain", "pass"]),
  commandId: z
    .string()
    .min(8)
    .max(48)
    .regex(/^[A-Za-z0-9_-]+$/),
  /** The roll call's "with right of explanation" checkbox: present when ticked. */
  withRights: z.literal("on").optional(),
});
export type BallotForm = z.infer<typeof ballotFormSchema>;

/** A seat and who holds it (the chair's view of the join code). */
const seatSchema = z.object({ member: z.string(), taken: z.boolean(), via: z.string().nullable(), at: z.number().nullable() });
export type Seat = z.infer<typeof seatSchema>;

/** POST /api/sessions/:id/join: a student takes a free seat with the join code. */
export const claimSchema = z.strictObject({ code: z.string().min(16).max(128), member: memberCodeSchema });
const codeLink = z.object({ ok, enabled: z.boolean(), url: url.nullable() });

/** POST /api/documents (JSON): pasted text, as the import reads it. Files go as their bytes. */
export const pasteSchema = z.strictObject({
  text: z.string().max(MAX_IMPORT_BYTES),
  title: z.string().trim().min(1).max(200).optional(),
});
export const renameSchema = z.strictObject({ title: z.string().trim().min(1).max(200) });

const documentEntry = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  organ: z.string().nullable(),
  locale: z.string(),
  bundled: z.boolean(),
  createdAt: z.union([z.string(), z.date()]),
});
export type DocumentEntry = z.infer<typeof documentEntry>;
/** What the teacher checks before saving: the tree, each warning with its line and words, the sponsors matched. */
const importPreview = z.object({
  ok,
  document: domain<ParsedDocument>(),
  warnings: z.array(domain<ParseWarning & { message: string }>()),
  sponsors: z.array(z.object({ name: z.string(), code: z.string().nullable() })),
});
export type ImportPreview = z.infer<typeof importPreview>;

/** A file (an export, a flag): no JSON answer. */
export const fileReply = z.instanceof(Uint8Array);

/**
 * Every route's shapes. `params` are the path's parameters, `query` the search parameters, `body`
 * the JSON body (`upload`: the file's bytes or `pasteSchema`), `reply` the answer when it succeeds.
 */
export const HTTP_SHAPES = {
  health: {
    reply: z.object({
      ok: z.boolean(),
      version: z.string(),
      protocol: z.number(),
      db: z.object({ ok: z.boolean(), kind: z.string(), migrations: z.number() }),
    }),
  },
  flag: { params: z.object({ code: memberCodeSchema }), reply: fileReply },

  "session.create": { body: createSessionSchema, reply: sessionLinksSchema },
  "session.links": { params: session, query: z.object({ host: z.string().max(253).optional() }), reply: linksResponseSchema },
  "session.events": { params: session, reply: eventLogSchema },
  "session.summary": { params: session, reply: summarySchema },
  "session.members": {
    params: session,
    body: membersSchema,
    reply: z.object({ ok, added: z.array(z.string()), removed: z.array(z.string()) }),
  },
  "session.presence": { params: session, reply: z.object({ ok, connected: z.array(z.string()) }) },
  "session.export": { params: session.extend({ file: z.string().max(64) }), reply: fileReply },

  "simulation.status": { params: session, reply: simulationStatusSchema },
  "simulation.start": { params: session, body: simulationSchema, reply: simulationStatusSchema },
  "simulation.stop": { params: session, reply: simulationStatusSchema },

  "drafts.table": {
    params: session,
    body: tableDraftSchema,
    reply: z.object({ ok, draftId: z.string().nullable(), sponsors: z.array(z.string()) }),
  },
  /** Answers 303 to the delegate's page (its ballot shown as cast, or `?refused=<code>` and the reason): no JSON on success. */
  "ballot.cast": { params: session, body: ballotFormSchema, form: true, reply: z.never() },
  "delegation.reissue": { params: session.extend({ member: memberCodeSchema }), reply: reissuedLinkSchema },
  "access.rotate": {
    params: session.extend({ role: z.enum(["chair", "screen", "observer"]) }),
    reply: z.object({ ok, role: z.enum(["chair", "screen", "observer"]), url }),
  },
  "invite.get": { params: session, reply: z.object({ ok, url, qr: z.string() }) },
  "join.seats": {
    params: session,
    query: z.object({ code: z.string().max(128).optional() }),
    reply: z.object({ ok, title: z.string(), organ: z.string(), seats: z.array(z.object({ member: z.string(), taken: z.boolean() })) }),
  },
  "join.claim": { params: session, body: claimSchema, reply: z.object({ ok, member: z.string(), url }) },
  "joinCode.status": { params: session, reply: codeLink.extend({ seats: z.array(seatSchema) }) },
  "joinCode.renew": { params: session, reply: codeLink },
  "joinCode.close": { params: session, reply: codeLink },

  "documents.list": { query: z.object({ scope: z.enum(["all"]).optional() }), reply: z.object({ ok, documents: z.array(documentEntry) }) },
  "documents.import": {
    body: pasteSchema,
    upload: true,
    reply: importPreview.extend({ id: z.string(), title: z.string(), ownerKey: z.string() }),
  },
  "documents.preview": { body: pasteSchema, upload: true, reply: importPreview },
  "documents.get": {
    params: z.object({ id: z.string().max(100) }),
    reply: z.object({ ok, id: z.string(), title: z.string(), bundled: z.boolean(), document: domain<ParsedDocument>() }),
  },
  "documents.rename": {
    params: z.object({ id: z.string().max(100) }),
    body: renameSchema,
    reply: z.object({ ok, id: z.string(), title: z.string() }),
  },
  "documents.delete": { params: z.object({ id: z.string().max(100) }), reply: z.object({ ok, id: z.string() }) },
} as const satisfies Record<RouteName, RouteShape>;

interface RouteShape {
  params?: z.ZodType<Record<string, string>>;
  query?: z.ZodType<Record<string, string | undefined>>;
  body?: z.ZodType;
  upload?: true;
  /** The body is a form (`application/x-www-form-urlencoded`), not JSON. */
  form?: true;
  reply: z.ZodType;
}

type Shapes = typeof HTTP_SHAPES;
type Field<R extends RouteName, K extends string> = Shapes[R] extends Record<K, z.ZodType> ? z.input<Shapes[R][K]> : never;
/** A route's path parameters, query and JSON body, as the caller writes them. */
export type RouteParams<R extends RouteName> = Field<R, "params">;
export type RouteQuery<R extends RouteName> = Field<R, "query">;
export type RouteBody<R extends RouteName> = Field<R, "body">;
/** A route's successful answer. */
export type RouteReply<R extends RouteName> = z.infer<Shapes[R]["reply"]>;
