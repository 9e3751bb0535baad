"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { draftById, subjectDraftId } from "@/lib/procedure/drafts";
import { draftTitle } from "@/lib/session/drafts";
import { useSession } from "../session/session-provider";
import type { SessionState, VoteSubject } from "@/lib/procedure/state";

/** "le projet de résolution", "l'amendement A2", "le paragraphe 3 du dispositif", "la motion : Clôture du débat". */
export function useSubjectLabel(p: SessionState) {
  const t = useTranslations("voting.subject");
  const td = useTranslations("drafts");
  // The session's first draft has no title of its own: the session's is its title.
  const sessionTitle = useSession((s) => s.live?.title ?? "");
  const tp = useTranslations("procedure");
  return useCallback(
    (subject: VoteSubject, motionKind?: string | null): string => {
      switch (subject.kind) {
        case "draft": {
          // With several drafts, name which one.
          const draft = p.drafts.length > 1 ? draftById(p, subjectDraftId(p, subject)) : null;
          if (!draft) return t("draft");
          return draft.symbol
            ? td("subjectNumbered", { symbol: draft.symbol })
            : td("subjectTitled", { title: draftTitle({ procedure: p, title: sessionTitle }, draft) });
        }
        case "amendment":
          return t("amendment", { id: subject.amendmentId });
        case "part":
          return t("part", { clause: subject.clauseId.replace(/^op/, "").replace(/^pp/, "") });
        case "motion": {
          const kind = motionKind ?? p.motions.find((m) => m.id === subject.motionId)?.kind;
          return t("motion", { motion: kind ? tp(`motions.${kind}` as never) : subject.motionId });
        }
      }
    },
    [p, sessionTitle, t, td, tp],
  );
}
