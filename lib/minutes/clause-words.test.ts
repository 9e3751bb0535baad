import { describe, expect, it } from "vitest";
import { serverMinutesWriter } from "./server-writer";
import type { ClauseRef } from "./types";

const fr = serverMinutesWriter("fr");
const en = serverMinutesWriter("en");
const ref = (section: ClauseRef["section"], path: string[] | null, id = "x"): ClauseRef => ({ id, section, path });

describe("clauses named for people, never by id", () => {
  it("« paragraphe 5 du dispositif », « 1er / 3e alinéa du préambule », « alinéa a) du paragraphe 1 », declined", () => {
    expect(fr.clause(ref("operative", ["5"]))).toBe("paragraphe 5 du dispositif");
    expect(fr.clause(ref("preamble", ["1"]))).toBe("1er alinéa du préambule");
    expect(fr.clause(ref("preamble", ["3"]), "of")).toBe("du 3e alinéa du préambule");
    expect(fr.clause(ref("operative", ["1", "a"]))).toBe("alinéa a) du paragraphe 1 du dispositif");
    expect(fr.clause(ref("operative", ["1", "a"]), "of")).toBe("de l'alinéa a) du paragraphe 1 du dispositif");
    expect(fr.clause(ref("operative", ["2", "b", "ii"]), "the")).toBe("le sous-alinéa ii) de l'alinéa b) du paragraphe 2 du dispositif");
    expect(fr.subject({ kind: "part", clause: ref("operative", ["1", "a"]) })).toBe("l'alinéa a) du paragraphe 1 du dispositif");
    expect(fr.subjectTitle({ kind: "part", clause: ref("preamble", ["3"]) })).toBe("3e alinéa du préambule");
    expect(en.clause(ref("operative", ["1", "a"]))).toBe("subparagraph (a) of operative paragraph 1");
  });

  it("a clause gone from the text keeps the number its id gives, or is named without its id", () => {
    expect(fr.clause(ref("operative", null, "op5"))).toBe("paragraphe 5 du dispositif");
    expect(fr.clause(ref("operative", null, "op5/A3-1"))).toBe("paragraphe supprimé");
    expect(fr.clause(ref("operative", null, "op5/A3-1"))).not.toMatch(/op\d/);
  });
});
