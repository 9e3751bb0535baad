/** The working papers' commands as clients send them (zod: server side only; the browser imports the types). */
import { z } from "zod";
import { memberCodeSchema } from "@/lib/procedure/commands";
import type { ResolutionDocument } from "@/lib/resolution/types";
import { PAPER_RULES } from "./papers";

const paperId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const paperCommandSchemas = [
  z.strictObject({
    type: z.literal("paper.start"),
    title: z.string().trim().min(1).max(PAPER_RULES.titleChars),
    language: z.enum(["fr", "en"]).default("fr"),
  }),
  z.strictObject({ type: z.literal("paper.invite"), paperId, members: z.array(memberCodeSchema).min(1).max(PAPER_RULES.people) }),
  z.strictObject({ type: z.literal("paper.join"), paperId }),
  z.strictObject({ type: z.literal("paper.leave"), paperId }),
  /** The server adds the converted document (a client's would be refused: the object is strict). */
  z.strictObject({ type: z.literal("paper.submit"), paperId }),
] as const;

export type PaperCommand =
  | z.infer<(typeof paperCommandSchemas)[number]>
  /** As the server decides it: with the paper converted at that moment. */
  | { type: "paper.submit"; paperId: string; document?: ResolutionDocument; writers?: Record<string, string> };
