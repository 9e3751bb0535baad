/**
 * The importer's own checks (lib/resolution check-resolution) run on the paper as it stands, so
 * the editor warns as the import preview would: a clause without its opening phrase, a missing
 * final comma, semicolon or full stop, an empty clause.
 */
import { checkResolution } from "@/lib/resolution/check-resolution";
import type { MessageParams, WarningCode } from "@/lib/resolution/types";
import type { Converted } from "./convert";

export interface PaperWarning {
  code: WarningCode;
  /** The paper's clause the warning is about (null: the whole paper). */
  clauseId: string | null;
  params: MessageParams;
}

export function liveWarnings({ document, paperIds }: Converted): PaperWarning[] {
  return checkResolution(document, new Map()).map((w) => ({
    code: w.code,
    clauseId: w.clauseId === null ? null : (paperIds.get(w.clauseId) ?? null),
    params: Object.fromEntries(Object.entries(w.params).filter(([key]) => key !== "line")),
  }));
}
