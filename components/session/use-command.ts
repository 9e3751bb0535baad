"use client";

import { useCallback } from "react";
import type { Actor } from "@/lib/procedure/commands";
import { checkLive } from "@/lib/session/check";
import type { LiveCommand } from "@/lib/session/commands";
import { useSession } from "./session-provider";
import { useErrorText } from "./use-error-text";

// In its own module so that pages without commands (home, links) do not load the engine with it.
export { useErrorText };

export type Check = { ok: true } | { ok: false; code: string; reason: string };

/**
 * Commands for this page's role. `check` asks the rules engine, on this device's copy of the
 * state, whether the server would accept a command — so a disabled button can say why, in the
 * engine's own words. `run` sends it and resolves with the server's error in words, if any.
 */
export function useCommand() {
  const live = useSession((s) => s.live);
  const role = useSession((s) => s.role);
  const member = useSession((s) => s.member);
  const offset = useSession((s) => s.clockOffset);
  const send = useSession((s) => s.send);
  const errorText = useErrorText();

  const actor: Actor | null =
    role === "chair" ? { role: "chair" } : role === "delegation" && member ? { role: "delegation", member } : null;

  const check = useCallback(
    (command: LiveCommand): Check => {
      if (!live || !actor) return { ok: false, code: "auth.forbidden", reason: errorText("auth.forbidden") };
      const decision = checkLive(live, command, { actor, now: Date.now() + offset });
      return decision.ok
        ? { ok: true }
        : { ok: false, code: decision.error.code, reason: errorText(decision.error.code, decision.error.params) };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- actor is derived from role and member
    [live, role, member, offset, errorText],
  );

  const run = useCallback(
    async (command: LiveCommand, commandId?: string): Promise<{ ok: true } | { ok: false; message: string }> => {
      const reply = await send(command, commandId ? { commandId } : {});
      return reply.ok ? { ok: true } : { ok: false, message: reply.error.message || errorText(reply.error.code, reply.error.params) };
    },
    [send, errorText],
  );

  return { check, run, actor };
}
