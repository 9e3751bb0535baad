import { describe, expect, it } from "vitest";
import { diffAmended, diffOriginal, wordDiff } from "@/lib/resolution/diff";
import { groupPhrases } from "./phrase-changes";

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

describe("groupPhrases: tracked changes by phrase", () => {
  it("a rewritten phrase reads as one deletion and one insertion, not word by word", () => {
    const before = "Demande aux États de mettre en place des mécanismes de contrôle de l'intelligence artificielle ;";
    const after = "Demande aux États de créer sans délai une autorité de surveillance de l'intelligence artificielle ;";
    const raw = wordDiff(before, after);
    expect(raw.filter((s) => s.kind !== "equal").length).toBeGreaterThan(2);
    const grouped = groupPhrases(raw);
    expect(grouped.filter((s) => s.kind === "delete")).toEqual([{ kind: "delete", text: "mettre en place des mécanismes de contrôle" }]);
    expect(grouped.filter((s) => s.kind === "insert")).toEqual([{ kind: "insert", text: "créer sans délai une autorité de surveillance" }]);
  });

  it("keeps both texts whole, and separate changes far apart stay separate", () => {
    const before =
      "Invite les États membres à coopérer étroitement avec les organisations régionales et à partager les données utiles dès que possible.";
    const after =
      "Exhorte les États membres à coopérer étroitement avec les organisations régionales et à partager les informations utiles dès que possible.";
    const grouped = groupPhrases(wordDiff(before, after));
    expect(norm(diffOriginal(grouped))).toBe(norm(before));
    expect(norm(diffAmended(grouped))).toBe(norm(after));
    expect(grouped.filter((s) => s.kind === "insert").map((s) => s.text)).toEqual(["Exhorte", "informations"]);
  });

  it("an unchanged text is left as it is", () => {
    expect(groupPhrases([{ kind: "equal", text: "Décide de rester saisi de la question." }])).toEqual([
      { kind: "equal", text: "Décide de rester saisi de la question." },
    ]);
  });
});

describe("groupPhrases: spacing", () => {
  it("keeps the space between a change and the unchanged word after it", () => {
    const grouped = groupPhrases(wordDiff("un fond pour aider", "un fonds géré par le Secrétariat, pour aider"));
    expect(norm(diffAmended(grouped))).toBe("un fonds géré par le Secrétariat, pour aider");
    expect(grouped.at(-2)).toEqual({ kind: "equal", text: " " });
  });
});
