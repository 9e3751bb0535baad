"use client";

import { useTranslations } from "next-intl";
import type { AmendmentState } from "@/lib/procedure/state";
import type { ClauseId } from "@/lib/resolution/op";
import type { FocusSubject } from "@/lib/session/floor-focus";
import { amendmentInContext, clauseInContext, draftAsItStands } from "@/lib/session/projection-text";
import type { LiveSessionState } from "@/lib/session/state";
import { TrackedDocument } from "../document/tracked-document";
import { FitText } from "./fit-text";
import { FocusedClause } from "./focused-clause";
import { useFloorWords } from "../voting/use-floor-words";

/** The focused text: as large as fits between these sizes (px), then paged. */
export const TEXT_MAX = 60;
export const TEXT_MIN = 28;

export type TextTarget = { kind: "amendment"; amendment: AmendmentState } | { kind: "clause"; clauseId: ClauseId } | { kind: "draft" };

/** What text a vote's subject puts in front of the room (a motion has none: its title says it all). */
export function textOfSubject(subject: FocusSubject): TextTarget | null {
  switch (subject.kind) {
    case "amendment":
      return subject.amendment ? { kind: "amendment", amendment: subject.amendment } : null;
    case "part":
      return { kind: "clause", clauseId: subject.clauseId };
    case "draft":
      return { kind: "draft" };
    case "motion":
      return null;
  }
}

/** The text at stake, filling its box: an amendment's clause as tracked changes, a clause, or the whole draft. */
export function SubjectText({ live, target, className = "" }: { live: LiveSessionState; target: TextTarget; className?: string }) {
  const lang = live.document?.kind === "resolution" ? live.document.language : "fr";
  const draft = target.kind === "amendment" ? null : draftAsItStands(live);
  const context =
    target.kind === "amendment"
      ? amendmentInContext(live, target.amendment)
      : target.kind === "clause"
        ? clauseInContext(draft, target.clauseId)
        : null;
  return (
    <FitText max={TEXT_MAX} min={TEXT_MIN} className={className} testId="focus-text">
      {context ? (
        <FocusedClause context={context} lang={lang} />
      ) : draft ? (
        <div className="[&_article]:!text-[1em] [&_article]:!leading-snug">
          <TrackedDocument doc={draft} size="large" showHeader={false} />
        </div>
      ) : null}
    </FitText>
  );
}

/** "Amendement A1 (France)" above its text. */
export function AmendmentHeading({ amendment, kind = "amendment" }: { amendment: AmendmentState; kind?: "amendment" | "underDebate" }) {
  const t = useTranslations("projector");
  const { name } = useFloorWords();
  return (
    <h2 className="mb-4 font-serif text-5xl font-semibold text-un-900" data-testid="amendment-heading">
      {t(kind, { id: amendment.id, sponsor: amendment.sponsors.map(name).join(", ") })}
    </h2>
  );
}
