/**
 * The first events of a new session: the procedure's `session.created` (organ, composition,
 * draft and its sponsors), the title, and the document under debate — so that a session's log is
 * self-contained: replaying it needs nothing from the library, even if the library changes.
 */
import {
  PERMANENT_MEMBERS,
  SECURITY_COUNCIL_2026,
  UN_MEMBERS,
  isDomainError,
  isKnownCountryCode,
  sessionCreatedEvent,
  type PresetId,
} from "@/lib/procedure";
import type { DocumentHeader, ParsedDocument } from "@/lib/resolution/types";
import { sponsorCodes } from "./country-names";
import type { LiveEvent } from "./events";

export interface NewSessionInput {
  organ: PresetId;
  title?: string;
  members?: string[];
  /** The draft's sponsors; by default those its header names, among the members. */
  sponsors?: string[];
  /** Council only: which members hold the veto (default: the P5 among the members). */
  permanentMembers?: string[];
  /** States that sit without a vote (Holy See, State of Palestine…). */
  observers?: string[];
  /** The draft is an "important question" (Charter Art. 18(2): two thirds in the Assembly). */
  important?: boolean;
  /** Preset overrides (the key rules chosen at set-up); the engine validates them. */
  overrides?: Record<string, unknown>;
  document: { id: string; parsed: ParsedDocument; title: string } | null;
  /** The creator's IANA time zone ("Europe/Paris"), written down for the minutes' dates; validated by the caller. */
  timeZone?: string;
  now: number;
}

export type NewSession =
  | { ok: true; title: string; members: string[]; events: LiveEvent[]; unknownSponsors: string[] }
  | { ok: false; code: string; params?: Record<string, string | number> };

/** The composition an organ starts with (the chair can change it). */
export function defaultMembers(organ: PresetId): string[] {
  return organ === "security-council" || organ === "model-un" ? [...SECURITY_COUNCIL_2026] : [...UN_MEMBERS];
}

export function newSessionEvents(input: NewSessionInput): NewSession {
  const members = input.members ?? defaultMembers(input.organ);
  const unknown = [...members, ...(input.observers ?? [])].find((code) => !isKnownCountryCode(code));
  if (unknown) return { ok: false, code: "session.unknown_country", params: { code: unknown } };

  const permanentMembers =
    input.organ === "security-council" ? (input.permanentMembers ?? PERMANENT_MEMBERS.filter((m) => members.includes(m))) : [];
  const doc = input.document?.parsed ?? null;
  const header = doc?.header;
  const named = header ? sponsorNames(header) : [];
  const { codes, unknown: unknownSponsors } = sponsorCodes(named);
  const sponsors = (input.sponsors ?? codes).filter((code) => members.includes(code));
  const isDraft = input.document !== null && doc?.kind === "resolution";
  // Friendly amendments need the sponsors' consent: a draft nobody in the room sponsors cannot
  // be debated by these rules, so say so rather than pick a sponsor at random.
  if (isDraft && sponsors.length === 0) return { ok: false, code: "session.draft_without_sponsor" };
  const draft = isDraft ? { id: input.document!.id, sponsors, ...(input.important ? { important: true } : {}) } : null;

  const created = sessionCreatedEvent(
    {
      preset: input.organ,
      members,
      permanentMembers,
      ...(input.observers ? { observers: input.observers } : {}),
      ...(input.overrides ? { overrides: input.overrides as Record<string, never> } : {}),
      draft,
    },
    input.now,
  );
  if (isDomainError(created)) return { ok: false, code: created.code, params: created.params };

  const title = input.title ?? input.document?.title ?? "";
  const events: LiveEvent[] = [
    created,
    { type: "session.titled", title, organ: input.organ, at: input.now, ...(input.timeZone ? { timeZone: input.timeZone } : {}) },
  ];
  if (input.document)
    events.push({ type: "document.loaded", documentId: input.document.id, document: input.document.parsed, at: input.now });
  return { ok: true, title, members, events, unknownSponsors };
}

/** The states a draft's header names: submitted by, sponsors, co-signatories. */
export function sponsorNames(header: DocumentHeader): string[] {
  return [...(header.submittedBy ? splitNames(header.submittedBy) : []), ...header.sponsors, ...header.coSignatories];
}

/** "Royaume-Uni" or "France, Allemagne et Italie". */
function splitNames(text: string): string[] {
  return text
    .split(/,|\bet\b|\band\b/)
    .map((s) => s.trim())
    .filter(Boolean);
}
