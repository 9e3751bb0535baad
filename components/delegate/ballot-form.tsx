"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { newCommandId } from "@/lib/client/session-client";
import { ballotCommandId } from "@/lib/protocol/ballot";
import { routePath } from "@/lib/protocol/http-routes";
import { useSession, useSessionStore } from "../session/session-provider";
import { useErrorText } from "../session/use-error-text";

/** What a vote button of the form needs: its `name=value` and command id (CommandButton's `submit`). */
export type BallotSubmit = (choice: string) => { name: string; value: string; commandId: string; onSent(): void };

/**
 * The ballot as a real form (POST /api/sessions/:id/ballot): a phone that has not run the page's
 * scripts yet (or at all) votes from the server's HTML; the server answers with the page again,
 * the ballot shown as cast, or the reason it was refused (BallotRefused). Once the page has
 * hydrated, its buttons send over the socket with the id the form would have posted, and a new
 * one after each answer.
 */
export function BallotForm({ children }: { children: (submit: BallotSubmit) => ReactNode }) {
  const store = useSessionStore();
  const link = useSession((s) => s.link);
  // In the store, not the form: the form goes with each vote, and its id must not come back with the next one.
  const formId = useSession((s) => s.ballot.formId);
  const submit: BallotSubmit = (choice) => ({
    name: "choice",
    value: choice,
    commandId: ballotCommandId(formId, choice),
    onSent() {
      // Answered: the form's refusal is history, and the next ballot is a new command.
      store.setState({ ballot: { formId: newCommandId(), refused: null } });
    },
  });
  if (!link) return <>{children(submit)}</>;
  return (
    <form method="post" action={routePath("ballot.cast", { id: link.sessionId })} data-testid="ballot-form">
      <input type="hidden" name="token" value={link.token} />
      <input type="hidden" name="commandId" value={formId} />
      {children(submit)}
    </form>
  );
}

/** The reason the form's last ballot was refused, at the top of the page (the vote may have closed meanwhile). */
export function BallotRefused() {
  const t = useTranslations("ballot");
  const errorText = useErrorText();
  const refused = useSession((s) => s.ballot.refused);
  if (!refused) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800" data-testid="ballot-refused">
      {t("refused", { reason: errorText(refused.code, refused.params) })}
    </p>
  );
}
