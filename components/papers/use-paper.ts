"use client";

import { useEffect, useReducer, useState } from "react";
import type { ProtocolError } from "@/lib/protocol/reply";
import { PaperClient } from "@/lib/client/paper-client";
import { useSession } from "../session/session-provider";
import { useErrorText } from "../session/use-command";

/**
 * A working paper's live document on this page: its PaperClient (created once per paper, closed
 * when the editor closes), re-rendering on every change, local or remote; the last refusal in words.
 */
export function usePaper(paperId: string) {
  const session = useSession((s) => s.paperSession);
  const errorText = useErrorText();
  const [client, setClient] = useState<PaperClient | null>(null);
  const [error, setError] = useState<ProtocolError | null>(null);
  const [, bump] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    if (!session) return;
    const paper = new PaperClient(session, session.sessionId, paperId, {
      onChange: () => bump(),
      onError: (e) => setError(e),
    });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the paper's client is an external resource, made once the connection exists
    setClient(paper);
    return () => paper.close();
  }, [session, paperId]);

  const message = error ? error.message || errorText(error.code, error.params) : null;
  return { client, doc: client?.doc ?? null, status: client?.status ?? "syncing", error: message, clearError: () => setError(null) };
}
