/**
 * Working papers on the server (docs/working-papers.md): each paper's Yjs document in memory,
 * rebuilt from its stored updates; `paper:sync` answers what a device lacks; `paper:update` is
 * tried on a copy, checked, **stored**, then applied, acknowledged and sent to the paper's other
 * devices. Who may: the paper's authors and the chair (to read: the invited delegations too); a
 * submitted paper is read-only until it is returned. The paper's record is in the session's state.
 */
import * as Y from "yjs";
import { ok } from "@/lib/protocol";
import { PaperTrial, fromBase64, missingFor, toBase64, toParsedDocument } from "@/lib/papers";
import { CHAIR_AUDIENCE } from "@/lib/session/audience";
import { isPaperPerson, paperStatus, type WorkingPaper } from "@/lib/session/papers";
import type { LiveCommand, LiveEvent, LiveSessionState } from "@/lib/session";
import type { ResolutionDocument } from "@/lib/resolution/types";
import { countryPhrase } from "@/lib/i18n/country-phrase";
import type { Database } from "../db";
import type { Clock } from "../clock";
import { memberRoom } from "../broadcaster";
import type { Actor } from "../room";
import type { RoomRegistry } from "../sessions/registry";
import { localizedFail, type Handlers, type HemicycleServer, type HemicycleSocket } from "../sockets";

/** Papers kept in memory; the oldest is forgotten past this (rebuilt from its rows on next use). */
const KEPT = 500;

interface Loaded {
  doc: Y.Doc;
  /** `doc` with a trial copy kept in step, to check each update without copying the paper. */
  trial: PaperTrial;
  /** The last stored row applied to `doc`. */
  lastId: number;
  /** One update (or submission) at a time per paper. */
  queue: Promise<unknown>;
}

type Access = { ok: true; paper: WorkingPaper; actor: Actor; author: string } | { ok: false; code: string };

export function createPaperService(deps: {
  db: Database;
  io: HemicycleServer;
  clock: Clock;
  rooms: RoomRegistry<LiveSessionState, LiveCommand, LiveEvent>;
}) {
  const loaded = new Map<string, Loaded>();

  function entry(key: string): Loaded {
    let found = loaded.get(key);
    if (!found) {
      const doc = new Y.Doc();
      found = { doc, trial: new PaperTrial(doc), lastId: 0, queue: Promise.resolve() };
      loaded.set(key, found);
      if (loaded.size > KEPT) {
        const oldest = loaded.keys().next().value!;
        loaded.get(oldest)?.trial.drop();
        loaded.delete(oldest);
      }
    }
    return found;
  }

  /** Runs `fn` alone on the paper, after applying the rows stored since (by this process or another). */
  function exclusive<T>(sessionId: string, paperId: string, fn: (paper: Loaded) => Promise<T>): Promise<T> {
    const paper = entry(`${sessionId}/${paperId}`);
    const run = paper.queue.then(async () => {
      for (const row of await deps.db.papers.since(sessionId, paperId, paper.lastId)) {
        paper.trial.apply(row.update);
        paper.lastId = row.id;
      }
      return fn(paper);
    });
    paper.queue = run.catch(() => undefined);
    return run;
  }

  async function access(socket: HemicycleSocket, sessionId: string, paperId: string, write: boolean): Promise<Access> {
    const joined = socket.data.joined;
    if (!joined || joined.sessionId !== sessionId) return { ok: false, code: "session.not_joined" };
    const actor = joined.actor;
    if (actor.role !== "chair" && actor.role !== "delegation") return { ok: false, code: "auth.forbidden" };
    const state = (await deps.rooms.get(sessionId)).current();
    const paper = Object.hasOwn(state.papers ?? {}, paperId) ? state.papers[paperId] : undefined;
    const member = actor.role === "delegation" ? actor.member : null;
    // Someone else's paper is answered as one that does not exist.
    if (!paper || (member !== null && !(write ? paper.authors.includes(member) : isPaperPerson(paper, member))))
      return { ok: false, code: "paper.unknown" };
    if (write && paperStatus(paper, state.procedure.drafts).status === "submitted") return { ok: false, code: "paper.read_only" };
    return { ok: true, paper, actor, author: member ?? CHAIR_AUDIENCE };
  }

  const handlers: Pick<Handlers, "paper:sync" | "paper:update"> = {
    async "paper:sync"(socket, payload, ack) {
      const locale = socket.data.locale;
      const allowed = await access(socket, payload.sessionId, payload.paperId, false);
      if (!allowed.ok) return ack(localizedFail(locale, allowed.code));
      const vector = fromBase64(payload.stateVector);
      const answer = await exclusive(payload.sessionId, payload.paperId, async ({ doc }) => {
        const missing = vector ? missingFor(doc, vector) : null;
        return missing ? { update: toBase64(missing), stateVector: toBase64(Y.encodeStateVector(doc)) } : null;
      });
      if (!answer) return ack(localizedFail(locale, "paper.bad_update"));
      ack(ok(answer));
    },

    async "paper:update"(socket, payload, ack) {
      const locale = socket.data.locale;
      const allowed = await access(socket, payload.sessionId, payload.paperId, true);
      if (!allowed.ok) return ack(localizedFail(locale, allowed.code));
      const update = fromBase64(payload.update);
      if (!update) return ack(localizedFail(locale, "paper.bad_update"));
      const { paper, author } = allowed;
      const result = await exclusive(payload.sessionId, payload.paperId, async (loaded) => {
        // Checked again in the queue: a submission decided while this update waited makes the paper read-only.
        const now = await access(socket, payload.sessionId, payload.paperId, true);
        if (!now.ok) return { ok: false as const, problem: now.code };
        // Tried on a copy first: a refused update changes nothing, in memory or on disk.
        const checked = loaded.trial.check(update, author);
        if (!checked.ok) return checked;
        // Nothing new (an old update replayed, an empty one): acknowledged, neither stored again nor sent.
        if (checked.unchanged) return { ok: true as const, id: loaded.lastId, unchanged: true };
        // Stored before it is acknowledged or sent to anyone.
        const id = await deps.db.papers
          .append({ sessionId: payload.sessionId, paperId: payload.paperId, author, update, at: new Date(deps.clock.now()) })
          .catch((error: unknown) => {
            loaded.trial.drop(); // the copy has the update, the paper has not
            throw error;
          });
        loaded.trial.apply(update);
        loaded.lastId = id;
        return { ok: true as const, id, unchanged: false };
      });
      if (!result.ok) return ack(localizedFail(locale, result.problem));
      ack(ok({ stored: result.id }));
      if (result.unchanged) return;
      const rooms = [...paper.authors, ...paper.invited, CHAIR_AUDIENCE].map((m) => memberRoom(payload.sessionId, m));
      socket.to(rooms).emit("paper:update", { sessionId: payload.sessionId, paperId: payload.paperId, update: payload.update, author });
    },
  };

  /** The paper as a draft's document, from its Yjs document as it stands. */
  function documentOf(
    doc: Y.Doc,
    paper: WorkingPaper,
    state: LiveSessionState,
  ): { document: ResolutionDocument; writers: Record<string, string> } {
    const sponsors = paper.authors.map((m) => countryPhrase(m, paper.language, "name"));
    const { document, writers } = toParsedDocument(doc, {
      organ: state.organ ?? "security-council",
      language: paper.language,
      title: paper.title,
      sponsors,
    });
    return { document, writers };
  }

  /**
   * The room's decision of a command: `paper.submit` gets the paper as converted now (a client
   * cannot send a document of its own: the command's schema is strict), converted and decided in
   * the paper's queue — an update acknowledged between the two was left out of the draft.
   */
  async function around<R>(sessionId: string, command: LiveCommand, submit: (command: LiveCommand) => Promise<R>): Promise<R> {
    if (command.type !== "paper.submit") return submit(command);
    const paperOf = (state: LiveSessionState) =>
      Object.hasOwn(state.papers ?? {}, command.paperId) ? state.papers[command.paperId] : undefined;
    if (!paperOf((await deps.rooms.get(sessionId)).current())) return submit(command); // the engine refuses it (paper.unknown)
    return exclusive(sessionId, command.paperId, async ({ doc }) => {
      const state = (await deps.rooms.get(sessionId)).current();
      const paper = paperOf(state);
      return submit(paper ? { ...command, ...documentOf(doc, paper, state) } : command);
    });
  }

  return { handlers, around };
}

export type PaperService = ReturnType<typeof createPaperService>;
