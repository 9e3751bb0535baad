/**
 * The minutes' recurring phrases — members declined for their place in the sentence, clauses,
 * vote subjects with their gender, outcomes that agree with them, durations, dates in the
 * session's time zone — from any translator of the `minutes` and `procedure` namespaces: next-intl's
 * in the page (components/minutes/use-minutes-text.ts), use-intl's on the server (server-writer.ts).
 */
import { countryCases, countryListCases, countryList, countryPhrase } from "@/lib/i18n/country-phrase";
import type { CountryCase } from "@/lib/procedure/country-grammar";
import type { Locale } from "@/lib/procedure/members";
import { outcomeMessage } from "@/lib/procedure/outcome-message";
import type { TallyOutcome } from "@/lib/procedure/tally";
import { sortedByName } from "@/lib/i18n/collation";
import { clauseArgs } from "./clause-words";
import { dateParts } from "./dates";
import type { AmendmentSummary, ClauseRef, DraftLabel, VoteRecord, VoteSubjectRef } from "./types";

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The grammatical gender of what was voted on: « la motion », « le projet », « l'amendement ». */
export const SUBJECT_GENDER: Record<VoteSubjectRef["kind"], "m" | "f"> = { draft: "m", amendment: "m", part: "m", motion: "f" };

export interface MinutesWriter {
  locale: Locale;
  timeZone: string;
  t: Translate;
  tp: Translate;
  member(code: string, use?: CountryCase): string;
  /** A member's name in every case, as message parameters (`member`, `member_of`…: see countryCases). */
  cases(code: string, prefix?: string): Record<string, string>;
  listCases(codes: readonly string[], prefix?: string): Record<string, string>;
  members(codes: readonly string[], use?: CountryCase): string;
  motion(kind: string | null, id: string): string;
  /** « paragraphe 5 du dispositif »; `use` declines it (« du paragraphe… », « l'alinéa… »). */
  clause(ref: ClauseRef, use?: "name" | "the" | "of"): string;
  /** Within a sentence: « l'amendement A2 », « la motion « Suspension de la séance » ». */
  subject(s: VoteSubjectRef): string;
  /** A heading: « Amendement A2 », « Projet de résolution ». */
  subjectTitle(s: VoteSubjectRef): string;
  /** With several drafts: « Projet de résolution 1.1 — titre », « Projet « titre » ». */
  draftLabel(label: DraftLabel): string;
  /** The result as a sentence agreeing with its subject: « La motion … est adoptée », « L'amendement A2 n'est pas adopté en raison… ». */
  verdict(vote: Pick<VoteRecord, "subject" | "outcome">): string;
  /** « Pour : 9 · Contre : 1 · Abstentions : 4 » (empty without a vote). */
  counts(outcome: TallyOutcome): string;
  /** « 9 voix pour requises ; 14 membres ont voté pour ou contre ». */
  majority(outcome: TallyOutcome): string;
  /** « Nouvelle rédaction du paragraphe 5 du dispositif ». */
  operation(a: AmendmentSummary): string;
  duration(ms: number): string;
  /** « 14 h 05 » in the session's time zone. */
  time(at: number): string;
  /** « 1er décembre 2026, 14 h 05 ». */
  date(at: number): string;
  /** « 1er décembre 2026 ». */
  day(at: number): string;
  /** « Le 1er décembre 2026, de 14 h 05 à 15 h 10 » (or from one date to another). */
  period(start: number, end: number): string;
  choice(c: string): string;
  /** Members in the reader's alphabetical order (French collation in French: « Royaume-Uni » after « Panama »). */
  sorted(codes: readonly string[]): string[];
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export function minutesWriter(locale: Locale, timeZone: string, t: Translate, tp: Translate): MinutesWriter {
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const motion = (kind: string | null, id: string) => (kind ? tp(`motions.${kind}`) : id);
  const clause = (ref: ClauseRef, use: "name" | "the" | "of" = "name") => {
    const args = clauseArgs(ref);
    if (!args) return t(`clauseGone.${use}`);
    const name = t("clause", args);
    return use === "name" ? name : t(`clauseCase.${use}`, { clause: name, form: args.form });
  };
  const subjectParams = (s: VoteSubjectRef): Record<string, string> => {
    switch (s.kind) {
      case "draft":
        return {};
      case "amendment":
        return { id: s.amendmentId };
      case "part":
        return { clause: clause(s.clause), form: clauseArgs(s.clause)?.form ?? "le" };
      case "motion":
        return { motion: motion(s.motionKind, s.motionId) };
    }
  };
  const named = (label: DraftLabel) => ({ symbol: label.symbol ?? "none", title: label.title });
  const subject = (s: VoteSubjectRef) =>
    s.kind === "draft" && s.label ? t("draftNamed.subject", named(s.label)) : t(`subject.${s.kind}`, subjectParams(s));
  const parts = (at: number) => dateParts(at, locale, timeZone);
  const w: MinutesWriter = {
    locale,
    timeZone,
    t,
    tp,
    member: (code, use = "name") => countryPhrase(code, locale, use),
    cases: (code, prefix = "member") => countryCases(code, locale, prefix),
    listCases: (codes, prefix = "members") => countryListCases(codes, locale, prefix),
    members: (codes, use = "name") =>
      use === "name" ? list.format(codes.map((c) => countryPhrase(c, locale, "name"))) : countryList(codes, locale, use),
    motion,
    clause,
    subject,
    subjectTitle: (s) =>
      s.kind === "part"
        ? capitalize(clause(s.clause))
        : s.kind === "draft" && s.label
          ? t("draftNamed.subjectTitle", named(s.label))
          : t(`subjectTitle.${s.kind}`, subjectParams(s)),
    draftLabel: (label) => t("draftNamed.label", named(label)),
    verdict: ({ subject: s, outcome }) => {
      const { key, params } = outcomeMessage(outcome, (code) => countryPhrase(code, locale, "name"));
      const named = { ...params, members: list.format(outcome.vetoedBy.map((c) => countryPhrase(c, locale, "name"))) };
      return t(`verdict.${key.slice("outcome.".length)}`, {
        ...named,
        subject: capitalize(subject(s)),
        inner: subject(s),
        gender: SUBJECT_GENDER[s.kind],
        yes: outcome.counts.yes,
        required: outcome.required,
      });
    },
    counts: (o) => (o.withoutVote ? "" : t("votes.counts", { yes: o.counts.yes, no: o.counts.no, abstain: o.counts.abstain })),
    majority: (o) =>
      o.withoutVote ? "" : t("votes.majority", { required: o.required, voting: o.presentAndVoting, kind: o.majority.kind }),
    operation: (a) => {
      if (a.kind === "add") {
        if (a.after) return t("op.addAfter", { section: a.after.section, clause: clause(a.after, "the") });
        if (a.clause) return t("op.addInto", { clause: clause(a.clause, "of") });
        return t("op.addFirst", { section: a.section ?? "operative" });
      }
      return a.clause
        ? t(a.kind === "delete" ? "op.delete" : "op.replace", { clause: clause(a.clause, "of") })
        : t(`op.${a.kind === "delete" ? "delete" : "replace"}`, { clause: t("clauseGone.of") });
    },
    duration: (ms) => {
      const total = Math.round(ms / 1000);
      return total < 60
        ? t("entry.durationShort", { seconds: total })
        : t("entry.duration", { minutes: Math.floor(total / 60), seconds: total % 60 });
    },
    time: (at) => t("time", parts(at)),
    date: (at) => t("dateTime", parts(at)),
    day: (at) => t("day", parts(at)),
    period: (start, end) =>
      w.day(start) === w.day(end)
        ? t("periodSameDay", { day: w.day(start), start: w.time(start), end: w.time(end) })
        : t("period", { start: w.date(start), end: w.date(end) }),
    choice: (c) => tp(`choices.${c}`),
    sorted: (codes) => sortedByName(codes, locale),
  };
  return w;
}
