/**
 * zod schemas of the document tree and of AmendmentOp, for data coming from outside (a stored
 * JSON document, a Socket.IO payload): types are not validation.
 */
import { z } from "zod";
import type { AmendmentOp } from "./op";
import type { ParsedDocument, SubClause } from "./types";

const clauseId = z.string().min(1).max(400);
const text = z.string().max(100_000);

export const subClauseSchema: z.ZodType<SubClause> = z.lazy(() =>
  z.object({ id: clauseId, label: z.string().max(20), text, subClauses: z.array(subClauseSchema) }),
);

const preambularSchema = z.object({ id: clauseId, phrase: text, text, subClauses: z.array(subClauseSchema) });
const operativeSchema = preambularSchema.extend({ number: z.number().int().min(0) });

const nullableText = text.nullable();
export const headerSchema = z.object({
  organ: nullableText,
  forum: nullableText,
  question: nullableText,
  submittedBy: nullableText,
  coSignatories: z.array(text),
  sponsors: z.array(text),
  symbol: nullableText,
  resolutionNumber: nullableText,
  distribution: nullableText,
  date: nullableText,
  language: nullableText,
  originalLanguage: nullableText,
  session: nullableText,
  committee: nullableText,
  agendaItem: nullableText,
  agendaTitle: nullableText,
  documentType: nullableText,
  basis: nullableText,
  title: nullableText,
  extra: z.array(text),
});

const footnoteSchema = z.object({ marker: z.string().max(10), text });
const language = z.enum(["fr", "en"]);

export const resolutionDocumentSchema = z.object({
  kind: z.literal("resolution"),
  language,
  header: headerSchema,
  opening: nullableText,
  preamble: z.array(preambularSchema),
  operative: z.array(operativeSchema),
  closing: z.array(text),
  footnotes: z.array(footnoteSchema),
});

const referenceBlockSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("heading"), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), label: z.string().nullable(), text }),
  z.object({ type: z.literal("paragraph"), number: z.number().int().nullable(), text }),
  z.object({ type: z.literal("item"), label: z.string(), text }),
]);

export const referenceDocumentSchema = z.object({
  kind: z.literal("reference"),
  language,
  header: headerSchema,
  blocks: z.array(referenceBlockSchema),
  footnotes: z.array(footnoteSchema),
});

export const parsedDocumentSchema: z.ZodType<ParsedDocument> = z.discriminatedUnion("kind", [
  resolutionDocumentSchema,
  referenceDocumentSchema,
]);

const section = z.enum(["preamble", "operative"]);
export const amendmentOpSchema: z.ZodType<AmendmentOp> = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("add"), section, parentId: clauseId.nullable(), afterId: clauseId.nullable(), text: text.min(1) }),
  z.object({ kind: z.literal("delete"), targetId: clauseId }),
  z.object({ kind: z.literal("replace"), targetId: clauseId, text: text.min(1) }),
]);
