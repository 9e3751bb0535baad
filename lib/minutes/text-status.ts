/**
 * What the text of a session is, said honestly on every export of it: « Texte adopté » only if the
 * draft was adopted; « Texte mis aux voix — non adopté (veto : Fédération de Russie) » after a veto;
 * « Texte en cours » before any decision. In the title, the first line and the file name.
 */
import type { Minutes } from "./types";
import type { MinutesWriter } from "./writer";

export type TextStatus =
  { kind: "adopted" } | { kind: "vetoed"; by: string[] } | { kind: "notAdopted" } | { kind: "withdrawn" } | { kind: "current" };

/** The status of a draft's text (by default the one `minutes.document` is). */
export function textStatus(minutes: Minutes, draftId: string | null = minutes.draftId): TextStatus {
  const status = draftId === minutes.draftId ? minutes.draftStatus : (minutes.drafts.find((d) => d.draftId === draftId)?.status ?? null);
  switch (status) {
    case "adopted":
      return { kind: "adopted" };
    case "rejected": {
      const last = minutes.votes.filter((v) => v.subject.kind === "draft" && (draftId === null || v.subject.draftId === draftId)).at(-1);
      return last?.outcome.result === "vetoed" ? { kind: "vetoed", by: [...last.outcome.vetoedBy] } : { kind: "notAdopted" };
    }
    case "withdrawn":
      return { kind: "withdrawn" };
    default:
      return { kind: "current" };
  }
}

/** « Texte mis aux voix — non adopté (veto : Fédération de Russie) ». */
export function textStatusLabel(status: TextStatus, w: MinutesWriter): string {
  return status.kind === "vetoed" ? w.t("textStatus.vetoed", { members: w.members(status.by) }) : w.t(`textStatus.${status.kind}`);
}

/** ASCII for every browser and file system: « texte-mis-aux-voix-non-adopte-veto-federation-de-russie ». */
export function slug(text: string, max = 80): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
}
