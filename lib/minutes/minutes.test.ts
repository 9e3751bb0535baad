import { describe, expect, it } from "vitest";
import { describeOutcome, PERMANENT_MEMBERS, SECURITY_COUNCIL_2026, type Actor } from "@/lib/procedure";
import { findClause } from "@/lib/resolution/tree";
import { clauseText } from "@/lib/resolution/tree";
import { buildMinutes, CSV_BOM, votesCsv, type MinutesEntry } from "./index";
import { session } from "./test-session";
import { serverMinutesWriter } from "./server-writer";

const CHAIR: Actor = { role: "chair" };
const as = (member: string): Actor => ({ role: "delegation", member });
const NEW_OP5 = "Recommande aux États membres de n'utiliser l'intelligence artificielle à des fins militaires que sous contrôle humain ;";

function councilSession() {
  const s = session();
  s.run(CHAIR, {
    type: "attendance.record",
    entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, m === "SOM" ? "absent" : "present"])),
  });
  s.run(CHAIR, { type: "meeting.open" });
  s.run(CHAIR, { type: "draft.introduce" });
  s.run(CHAIR, { type: "speech.start", member: "GBR" });
  s.tick(90_000);
  s.run(CHAIR, { type: "speech.start", member: "FRA" });
  s.tick(30_000);
  s.run(CHAIR, { type: "speech.end" });
  s.run(as("FRA"), { type: "amendment.submit", op: { kind: "replace", targetId: "op5", text: NEW_OP5 } });
  s.run(as("CHN"), { type: "amendment.cosponsor", amendmentId: "A1" });
  s.run(CHAIR, { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
  // Thirteen yes; France abstains on its own amendment.
  for (const m of SECURITY_COUNCIL_2026) if (m !== "SOM") s.run(as(m), { type: "vote.cast", choice: m === "FRA" ? "abstain" : "yes" });
  s.run(CHAIR, { type: "vote.close" });
  return s;
}

const kinds = (entries: MinutesEntry[]) => entries.map((e) => e.kind);

describe("buildMinutes", () => {
  it("writes the proceedings in order: roll call, opening, the draft, speeches with their time, the amendment and its fate, the vote", () => {
    const s = councilSession();
    const m = buildMinutes(s.log);
    expect(kinds(m.entries)).toEqual([
      "session-created",
      "roll-call",
      "meeting",
      "draft",
      "speech",
      "speech",
      "amendment-submitted",
      "amendment-cosponsored",
      "vote",
      "amendment-fate",
    ]);
    const roll = m.entries[1] as Extract<MinutesEntry, { kind: "roll-call" }>;
    expect(roll.present).toHaveLength(14);
    expect(roll.absent).toEqual(["SOM"]);
    const speeches = m.entries.filter((e): e is Extract<MinutesEntry, { kind: "speech" }> => e.kind === "speech");
    expect(speeches.map((e) => [e.member, e.durationMs])).toEqual([
      ["GBR", 91_000],
      ["FRA", 31_000],
    ]);
    const submitted = m.entries[6] as Extract<MinutesEntry, { kind: "amendment-submitted" }>;
    expect(submitted.amendment).toMatchObject({
      id: "A1",
      kind: "replace",
      sponsors: ["FRA"],
      text: NEW_OP5,
      clause: { id: "op5", section: "operative", path: ["5"] },
    });
    expect(m.entries.at(-1)).toMatchObject({ kind: "amendment-fate", amendmentId: "A1", fate: { status: "adopted" } });
    expect(m.title).toBe("IA");
  });

  it("records every vote with its subject, method, kind, outcome and ballots in membership order", () => {
    const m = buildMinutes(councilSession().log);
    expect(m.votes).toHaveLength(1);
    const vote = m.votes[0]!;
    expect(vote).toMatchObject({
      index: 0,
      method: "recorded",
      questionKind: "substantive",
      subject: { kind: "amendment", amendmentId: "A1", sponsors: ["FRA", "CHN"] },
    });
    expect(describeOutcome(vote.outcome, "fr")).toBe("Adopté");
    expect(vote.ballots!.map((b) => b.member)).toEqual(SECURITY_COUNCIL_2026.filter((x) => x !== "SOM"));
    expect(vote.ballots!.find((b) => b.member === "FRA")!.choice).toBe("abstain");
  });

  it("gives the document as adopted: the amendment applied", () => {
    const m = buildMinutes(councilSession().log);
    const op5 = findClause(m.document!, "op5")!;
    expect(clauseText(op5.clause)).toBe(NEW_OP5);
  });

  it("finds the decisive votes: a veto, and a margin of one", () => {
    const s = councilSession();
    s.run(CHAIR, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    // 9 yes exactly: every yes is decisive; RUS vetoes; GBR (the sponsor) abstains.
    const yes = ["FRA", "CHN", "USA", "BHR", "COL", "COD", "LVA", "LBR", "DNK"];
    for (const m of SECURITY_COUNCIL_2026)
      if (m !== "SOM") s.run(as(m), { type: "vote.cast", choice: yes.includes(m) ? "yes" : m === "RUS" ? "no" : "abstain" });
    s.run(CHAIR, { type: "vote.close" });
    const minutes = buildMinutes(s.log);
    const vote = minutes.votes[1]!;
    expect(vote.outcome.result).toBe("vetoed");
    expect(describeOutcome(vote.outcome, "fr")).toContain("Fédération de Russie");
    expect(vote.decisive.RUS).toEqual({ kind: "veto" });
    // With a veto, a yes voter switching changes nothing: the draft fails anyway.
    expect(vote.decisive.FRA).toBeUndefined();
    // A unanimous vote: nobody's vote was decisive (a permanent member's yes is no "margin").
    expect(minutes.votes[0]!.decisive).toEqual({});
    expect(minutes.entries.at(-1)).toMatchObject({ kind: "draft", action: "rejected", reason: "veto" });

    const rus = minutes.feedback.find((f) => f.member === "RUS")!;
    expect(rus.votes.find((v) => v.vote === 1)!.decisive).toEqual({ kind: "veto" });
    const gbr = minutes.feedback.find((f) => f.member === "GBR")!;
    expect(gbr.votes.find((v) => v.vote === 1)!.notes).toEqual(["abstained-own-draft"]);
    expect(gbr.speeches).toHaveLength(1);
    expect(gbr.speakingMs).toBe(91_000);
  });

  it("a margin of one: without a veto, each of nine yes votes decided the outcome", () => {
    const s = councilSession();
    s.run(CHAIR, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    const yes = ["GBR", "FRA", "CHN", "USA", "BHR", "COL", "COD", "LVA", "LBR"];
    for (const m of SECURITY_COUNCIL_2026)
      if (m !== "SOM") s.run(as(m), { type: "vote.cast", choice: yes.includes(m) ? "yes" : "abstain" });
    s.run(CHAIR, { type: "vote.close" });
    const vote = buildMinutes(s.log).votes[1]!;
    expect(vote.outcome.result).toBe("adopted");
    // Each yes; not the permanent member's abstention (its hypothetical veto is no margin).
    expect(Object.keys(vote.decisive).sort()).toEqual([...yes].sort());
    expect(vote.decisive.GBR).toEqual({ kind: "margin", instead: "no" });
    expect(vote.decisive.RUS).toBeUndefined();
    expect(vote.decisive.DNK).toBeUndefined();
  });

  it("notes a delegation that voted against its own amendment, and the fate of its amendments", () => {
    const s = session();
    s.run(CHAIR, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
    s.run(CHAIR, { type: "meeting.open" });
    s.run(CHAIR, { type: "draft.introduce" });
    s.run(as("FRA"), { type: "amendment.submit", op: { kind: "delete", targetId: "op3" } });
    s.run(CHAIR, { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
    for (const m of SECURITY_COUNCIL_2026) s.run(as(m), { type: "vote.cast", choice: m === "FRA" ? "no" : "abstain" });
    s.run(CHAIR, { type: "vote.close" });
    const m = buildMinutes(s.log);
    const fra = m.feedback.find((f) => f.member === "FRA")!;
    expect(fra.votes[0]!.notes).toEqual(["against-own-amendment"]);
    expect(fra.amendments).toMatchObject([
      { role: "main", fate: { status: "rejected" }, amendment: { kind: "delete", clause: { path: ["3"] } } },
    ]);
  });

  it("records motions and show-of-hands votes (totals only)", () => {
    const s = session();
    s.run(CHAIR, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
    s.run(CHAIR, { type: "meeting.open" });
    s.run(as("RUS"), { type: "motion.propose", motion: { kind: "suspend", minutes: 10 } });
    const motionId = s.state.procedure.motions[0]!.id;
    s.run(CHAIR, { type: "vote.open", subject: { kind: "motion", motionId }, method: "show-of-hands" });
    s.run(CHAIR, { type: "vote.record_totals", yes: 10, no: 3, abstain: 2 });
    s.run(CHAIR, { type: "vote.close" });
    const m = buildMinutes(s.log);
    expect(m.votes[0]).toMatchObject({
      method: "show-of-hands",
      ballots: null,
      subject: { kind: "motion", motionKind: "suspend", proposer: "RUS" },
      decisive: {},
    });
    expect(kinds(m.entries)).toEqual(expect.arrayContaining(["motion-proposed", "vote", "motion-fate", "meeting"]));
    expect(m.feedback.find((f) => f.member === "RUS")!.motions).toEqual([{ motionId, motionKind: "suspend", fate: "adopted" }]);

    const csv = votesCsv(m, serverMinutesWriter("fr"));
    const lines = csv.slice(CSV_BOM.length).trim().split("\r\n");
    // A show of hands: one row with its totals.
    expect(lines).toHaveLength(2);
    const cells = lines[1]!.split(";");
    expect(cells[2]).toBe("Motion « Suspension de la séance »".replace(/« | »/g, (m) => m.replace(" ", "\u202f")));
    expect(cells[8]).toBe("La motion « Suspension de la séance » est adoptée".replace(/« | »/g, (m) => m.replace(" ", "\u202f")));
    expect(cells.slice(10, 13)).toEqual(["10", "3", "2"]);
  });
});

describe("votesCsv", () => {
  it("one row per member for a recorded vote, `;` and a BOM in French, the vote's number, local time and words", () => {
    const m = buildMinutes(councilSession().log);
    const csv = votesCsv(m, serverMinutesWriter("fr", "Europe/Paris"));
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const lines = csv.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe(
      "n°;date et heure;objet;code;délégation;vote;avec explication;vote décisif;résultat;veto;pour;contre;abstentions;non votants;majorité requise",
    );
    expect(lines).toHaveLength(1 + 14);
    // Just after the epoch, in Paris (UTC+1): 1er janvier 1970, 1 h 02.
    expect(lines.find((l) => l.includes(";FRA;"))).toMatch(
      /^1;1er janvier 1970, 1\u00a0h\u00a002;Amendement A1;FRA;France;Abstention;;;L'amendement A1 est adopté;;13;0;1;/,
    );
    expect(votesCsv(m, serverMinutesWriter("en")).split("\r\n")[0]).toContain(",code,delegation,");
    expect(PERMANENT_MEMBERS).toContain("RUS");
  });

  it("quotes cells holding the separator or quotes", () => {
    const m = buildMinutes(councilSession().log);
    m.votes[0]!.outcome = { ...m.votes[0]!.outcome, result: "vetoed", vetoedBy: ["RUS", "CHN"] };
    m.votes[0]!.subject = { kind: "amendment", amendmentId: 'A"1', sponsors: ["FRA"] };
    const en = votesCsv(m, serverMinutesWriter("en"));
    expect(en).toContain('"1 January 1970, 01:02"'); // the date holds the separator: quoted
    const w = serverMinutesWriter("fr");
    const csv = votesCsv(m, w);
    const result = w.verdict(m.votes[0]!);
    expect(result).toContain("Fédération de Russie et Chine");
    expect(csv).toContain('"Amendement A""1"'); // a quote inside a cell is doubled, the cell quoted
    // Read back as a French-locale spreadsheet would (RFC 4180 with `;`): every row has the header's columns, cells intact.
    const rows = readCsv(csv.slice(1), ";");
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([15]));
    expect(rows[1]![2]).toBe('Amendement A"1');
    expect(rows[1]![8]).toBe(result);
    expect(rows[1]![9]).toBe("Fédération de Russie et Chine");
  });
});

/** RFC 4180: `separator`-separated, CRLF rows, quoted cells with quotes doubled. */
function readCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === separator) {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}
