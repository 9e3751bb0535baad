/**
 * A session driven from the chair's seat by the typed client (the chair acts for any delegation it
 * names), while a browser shows the projector: the e2e tests of the screen and the screenshots
 * script share it.
 */
import type { Page } from "@playwright/test";
import type { LiveCommand } from "@/lib/session";
import { scripted, type ScriptedDelegation } from "./clients";
import type { SessionLinks } from "@/lib/protocol/http";
import { createSession } from "./api";

/** A session's links, as POST /api/sessions answers them. */
export type Links = SessionLinks;

/** The replacement of operative clause 3 of the UK draft that the projector tests follow. */
export const NEW_OP3 =
  "Propose la création d'un fonds mondial de sécurité numérique, géré par le Secrétariat, pour aider les pays en développement à se doter de capacités de contrôle de l'intelligence artificielle ;";
/** Words of NEW_OP3 that are new (one inserted phrase on the screen). */
export const NEW_WORDS = "fonds mondial de sécurité numérique";

export class ChairDriver {
  private readonly seats: ScriptedDelegation[] = [];

  private constructor(
    readonly baseURL: string,
    readonly links: Links,
    readonly client: ScriptedDelegation,
  ) {}

  static async create(baseURL: string, organ: "security-council" | "general-assembly" | "model-un"): Promise<ChairDriver> {
    const links = await createSession(baseURL, { organ });
    const [client] = await scripted(baseURL, [links.chair.url]);
    return new ChairDriver(baseURL, links, client!);
  }

  get state() {
    return this.client.state!.procedure;
  }

  /** Sends as the chair; a burst the server's rate limit holds back is sent again a moment later. */
  async send(command: LiveCommand): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const reply = await this.client.send(command);
      if (reply.ok) return;
      if (reply.error.code !== "rate.limited" || attempt >= 20)
        throw new Error(`${command.type}: ${reply.error.code} ${reply.error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  /** Everyone present and voting, the meeting opened, the draft introduced. */
  async openAndIntroduce() {
    await this.send({ type: "attendance.record", entries: Object.fromEntries(this.state.members.map((m) => [m, "present-and-voting"])) });
    await this.send({ type: "meeting.open" });
    await this.send({ type: "draft.introduce" });
  }

  /** `member` moves an amendment replacing operative clause 3; returns its id. */
  async amendOp3(member = "FRA") {
    await this.send({ type: "amendment.submit", op: { kind: "replace", targetId: "op3", text: NEW_OP3 }, member } as LiveCommand);
    return this.state.amendments.at(-1)!.id;
  }

  /** Casts each ballot for its member (the chair acting for them). */
  async cast(ballots: Record<string, "yes" | "no" | "abstain">) {
    for (const [member, choice] of Object.entries(ballots)) await this.send({ type: "vote.cast", choice, member });
  }

  /** A delegation's own seat, for what the chair may not do for it (raise a point, second a motion). */
  async delegation(member: string): Promise<ScriptedDelegation> {
    const url = this.links.delegations.find((d) => d.member === member)!.url;
    const [client] = await scripted(this.baseURL, [url]);
    this.seats.push(client!);
    return client!;
  }

  close() {
    for (const seat of this.seats) seat.close();
    this.client.close();
  }
}

/** Opens the projector at this size and waits until it shows the session. */
export async function openScreen(page: Page, links: Links) {
  await page.goto(links.screen.url);
  await page.getByTestId("phase").waitFor();
}

export interface Seen {
  /** The element at the centre of the box is the element itself (or inside it): not covered, not clipped. */
  visible: boolean;
  fontSize: number;
  box: { x: number; y: number; width: number; height: number } | null;
}

/** What a person at the back of the room sees of the first element matching `selector` containing `text`. */
export async function seen(page: Page, selector: string, text?: string): Promise<Seen> {
  return page.evaluate(
    ([sel, txt]) => {
      const el = [...document.querySelectorAll<HTMLElement>(sel)].find((e) => !txt || (e.textContent ?? "").includes(txt));
      if (!el) return { visible: false, fontSize: 0, box: null };
      // The words' own box: the first line box of the text (an inline element spans several lines).
      const range = document.createRange();
      range.selectNodeContents(el);
      const rect = range.getClientRects()[0] ?? el.getBoundingClientRect();
      const cx = rect.x + rect.width / 2;
      const cy = rect.y + rect.height / 2;
      const inViewport = cx >= 0 && cy >= 0 && cx <= innerWidth && cy <= innerHeight;
      const hit = inViewport ? document.elementFromPoint(cx, cy) : null;
      return {
        visible: !!hit && (hit === el || el.contains(hit)),
        fontSize: parseFloat(getComputedStyle(el).fontSize),
        box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      };
    },
    [selector, text ?? ""] as const,
  );
}
