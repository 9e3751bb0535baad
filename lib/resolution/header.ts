/**
 * Header fields from the lines before the first clause. Two layouts: MUN ("FORUM: …",
 * "QUESTION: …", "SOUMIS PAR: …", co-signatories) and UN (organ, "Distr. générale", date,
 * session, agenda item and its title, sponsors ": projet de résolution", title).
 */
import type { Block } from "./lexer";
import { cleanInline } from "./inline";
import type { DocumentHeader } from "./types";

export function emptyHeader(): DocumentHeader {
  return {
    organ: null,
    forum: null,
    question: null,
    submittedBy: null,
    coSignatories: [],
    sponsors: [],
    symbol: null,
    resolutionNumber: null,
    distribution: null,
    date: null,
    language: null,
    originalLanguage: null,
    session: null,
    committee: null,
    agendaItem: null,
    agendaTitle: null,
    documentType: null,
    basis: null,
    title: null,
    extra: [],
  };
}

export interface HeaderLine {
  text: string;
  heading: boolean;
}

/**
 * Header blocks → cleaned logical lines. Lines of a block stay separate ("Distr. générale" /
 * "5 juillet 2024") unless the next starts in lower case or an emphasis span is still open
 * (a title wrapped over four lines).
 */
export function headerLines(blocks: readonly Block[]): HeaderLine[] {
  const out: HeaderLine[] = [];
  for (const block of blocks) {
    if (block.kind === "footnote" || block.kind === "rule") continue;
    const raw = block.kind === "label" || block.kind === "numbered" ? [block.rawFirst, ...block.lines.slice(1)] : block.lines;
    const joined: string[] = [];
    for (const line of raw) {
      const prev = joined[joined.length - 1];
      const openEmphasis = prev !== undefined && (prev.match(/\*\*/g)?.length ?? 0) % 2 === 1;
      if (prev !== undefined && (openEmphasis || /^\p{Ll}/u.test(line))) joined[joined.length - 1] = `${prev} ${line}`;
      else joined.push(line);
    }
    for (const line of joined) {
      const text = cleanInline(line);
      if (text !== "") out.push({ text, heading: block.kind === "heading" });
    }
  }
  return out;
}

const MUN_KEYS: Record<string, "forum" | "question" | "submittedBy" | "coSignatories"> = {
  FORUM: "forum",
  COMITE: "forum",
  COMMITTEE: "forum",
  ORGANE: "forum",
  ORGAN: "forum",
  QUESTION: "question",
  TOPIC: "question",
  SUJET: "question",
  THEME: "question",
  ISSUE: "question",
  SOUMISPAR: "submittedBy",
  SUBMITTEDBY: "submittedBy",
  PRESENTEPAR: "submittedBy",
  AUTEUR: "submittedBy",
  AUTEURS: "submittedBy",
  SPONSOR: "submittedBy",
  MAINSUBMITTER: "submittedBy",
  COSIGNATAIRES: "coSignatories",
  COSIGNATAIRE: "coSignatories",
  SIGNATAIRES: "coSignatories",
  COSIGNATORIES: "coSignatories",
  SIGNATORIES: "coSignatories",
  COSUBMITTERS: "coSignatories",
  COSPONSORS: "coSignatories",
};

/** "SOU MIS PAR" (a PDF conversion split it) → "SOUMISPAR". */
function normaliseKey(key: string): string {
  return key
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z]/g, "")
    .toUpperCase();
}

/** A MUN "KEY: value" line, or null. */
export function munField(text: string): { field: "forum" | "question" | "submittedBy" | "coSignatories"; value: string } | null {
  const m = /^([\p{L} .'’-]{3,40}?)\s*:\s*(.*)$/u.exec(text);
  if (!m) return null;
  const field = MUN_KEYS[normaliseKey(m[1] ?? "")];
  return field ? { field, value: (m[2] ?? "").trim() } : null;
}

/** "A, B (C, D), E et F" → ["A", "B (C, D)", "E", "F"]: commas outside parentheses, last " et ". */
export function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const c of text) {
    if (c === "(") depth++;
    if (c === ")") depth = Math.max(0, depth - 1);
    if ((c === "," || c === ";") && depth === 0) {
      parts.push(current);
      current = "";
    } else current += c;
  }
  parts.push(current);
  const items = parts.map((p) => p.trim()).filter((p) => p !== "");
  const last = items.pop();
  if (last !== undefined) items.push(...splitLastItem(last));
  return items.map((i) => i.replace(/^(?:et|and)\s+/, "").trim()).filter((i) => i !== "");
}

/**
 * "Venezuela (…) et Zimbabwe" → two names, at the first " et " / " and " followed by a capital
 * outside parentheses: "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord" stays whole.
 */
function splitLastItem(item: string): string[] {
  for (const m of item.matchAll(/\s(?:et|and)\s/g)) {
    const left = item.slice(0, m.index).trim();
    const right = item.slice((m.index ?? 0) + m[0].length).trim();
    const open = (left.match(/\(/g)?.length ?? 0) - (left.match(/\)/g)?.length ?? 0);
    if (left !== "" && open === 0 && /^\p{Lu}/u.test(right)) return [left, right];
  }
  return [item];
}

const MONTHS =
  "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|" +
  "january|february|march|april|may|june|july|august|september|october|november|december";
const DATE_RE = new RegExp(`^(?:\\d{1,2}(?:er)? (?:${MONTHS}) \\d{4}|(?:${MONTHS}) \\d{1,2}, \\d{4})$`, "i");
const ORGANS =
  /^(?:assemblée générale|conseil de sécurité|conseil économique et social|general assembly|security council|economic and social council|conseil des droits de l'homme|human rights council)$/i;
const LANGUAGES = /^(?:français|anglais|espagnol|arabe|chinois|russe|english|french|spanish|arabic|chinese|russian)$/i;
const COMMITTEE =
  /^(?:(?:première|deuxième|troisième|quatrième|cinquième|sixième) commission|(?:first|second|third|fourth|fifth|sixth) committee|commission plénière|committee of the whole)$/i;
const SPONSORS = /^(.+?)\s*:\s*((?:projet de résolution|draft resolution)(?: révisé| revised)?)$/i;
const DOC_TYPE =
  /^(?:résolution adoptée|resolution adopted|rapport d|report of|report by|note d|note by|lettre d|letter d|projet de résolution|draft resolution|décision adoptée|decision adopted)/i;

type FieldRule = (h: DocumentHeader, text: string) => boolean;

/** Content rules, tried in order; each returns true when it took the line. */
const RULES: FieldRule[] = [
  (h, t) => {
    const f = munField(t);
    if (!f) return false;
    if (f.field === "coSignatories") h.coSignatories = splitList(f.value);
    else h[f.field] = f.value;
    return true;
  },
  (h, t) => (h.distribution === null && /^distr\./i.test(t) ? ((h.distribution = t), true) : false),
  (h, t) => (h.date === null && DATE_RE.test(t) ? ((h.date = t), true) : false),
  (h, t) => (h.language === null && LANGUAGES.test(t) ? ((h.language = t), true) : false),
  (h, t) => {
    const m = /^original\s*:\s*(.+)$/i.exec(t);
    return h.originalLanguage === null && m ? ((h.originalLanguage = m[1] ?? ""), true) : false;
  },
  (h, t) => (h.session === null && /\bsession$/i.test(t) && t.length < 60 ? ((h.session = t), true) : false),
  (h, t) => (h.committee === null && COMMITTEE.test(t) ? ((h.committee = t), true) : false),
  (h, t) =>
    h.agendaItem === null && /^(?:points? \d+.*ordre du jour|(?:agenda )?items? \d+)/i.test(t) && t.length < 80
      ? ((h.agendaItem = t), true)
      : false,
  (h, t) => {
    const m = /^\[(.+)\]$/.exec(t);
    return h.basis === null && m ? ((h.basis = m[1] ?? ""), true) : false;
  },
  (h, t) => {
    const m = SPONSORS.exec(t);
    if (!m || h.sponsors.length > 0) return false;
    h.sponsors = splitList(m[1] ?? "");
    h.documentType = m[2] ?? null;
    return true;
  },
  (h, t) => (h.documentType === null && DOC_TYPE.test(t) ? ((h.documentType = t), true) : false),
  (h, t) => {
    const m = /^(\d{1,3}\/\d{1,4})\.\s+(\S.*)$/.exec(t);
    if (!m || h.title !== null) return false;
    h.resolutionNumber = m[1] ?? null;
    h.title = m[2] ?? null;
    return true;
  },
  (h, t) => (h.symbol === null && /^[A-Z]{1,3}(?:\/[A-Za-z0-9.]+){2,}(?: \(\d{4}\))?$/.test(t) ? ((h.symbol = t), true) : false),
  (h, t) => (h.organ === null && ORGANS.test(t) ? ((h.organ = t), true) : false),
];

/** Header lines → fields. Position decides only for untagged lines: agenda title, then title. */
export function parseHeader(lines: readonly HeaderLine[]): DocumentHeader {
  const h = emptyHeader();
  let previous: "agendaItem" | "other" = "other";
  for (const { text, heading } of lines) {
    if (RULES.some((rule) => rule(h, text))) {
      previous = h.agendaItem === text ? "agendaItem" : "other";
      continue;
    }
    if (heading && h.organ === null && h.forum === null) h.organ = text;
    else if (previous === "agendaItem" && h.agendaTitle === null) h.agendaTitle = text;
    else if (h.title === null) h.title = text;
    else h.extra.push(text);
    previous = "other";
  }
  return h;
}
