/**
 * A lightweight Socket.IO client for the load generator: the Engine.IO v4 / Socket.IO v5 wire
 * protocol over a bare `ws` WebSocket, with acks and nothing else. The server's broadcasts are
 * counted, not parsed (a full client decodes every `session:events` message, which is most of a
 * load generator's CPU with thousands of sockets); only acks and the events a caller listens to
 * are decoded. Enough to drive the real server as thousands of phones would, not a client to ship.
 *
 * Packets (text frames): "0{…}" open, "2" ping → "3" pong, "40{auth}" connect, "40{sid}" connected,
 * "44{…}" connect error, "42[event, data]" an event, "42<id>[event, data]" one that wants an ack,
 * "43<id>[reply]" an ack.
 */
import WebSocket from "ws";
import { PROTOCOL_VERSION } from "@/lib/protocol";
import type { Reply } from "./measure";

export class LightSocket {
  /** Event messages received from the server (broadcasts), parsed or not. */
  received = 0;
  private readonly acks = new Map<number, (reply: Reply) => void>();
  private readonly listeners = new Map<string, (data: unknown) => void>();
  private nextId = 0;

  private constructor(private readonly ws: WebSocket) {
    ws.on("message", (data: Buffer) => this.onPacket(data.toString()));
    ws.on("close", () => {
      for (const resolve of this.acks.values()) resolve({ ok: false, error: { code: "client.disconnected" } });
      this.acks.clear();
    });
  }

  /** Opens the socket and connects to the default namespace with the app's handshake. */
  static connect(url: string, auth: Record<string, unknown> = { protocol: PROTOCOL_VERSION, locale: "en" }): Promise<LightSocket> {
    const ws = new WebSocket(`${url.replace(/^http/, "ws")}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
    const socket = new LightSocket(ws);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error("connect timeout")), 20_000);
      const fail = (error: Error) => {
        clearTimeout(timer);
        ws.terminate();
        reject(error);
      };
      ws.once("error", fail);
      const onOpenPacket = (data: Buffer) => {
        const packet = data.toString();
        if (packet.startsWith("0")) ws.send(`40${JSON.stringify(auth)}`);
        else if (packet.startsWith("40")) {
          clearTimeout(timer);
          ws.off("message", onOpenPacket);
          ws.off("error", fail);
          ws.on("error", () => {}); // a reset after the run is not the generator's failure
          resolve(socket);
        } else if (packet.startsWith("44")) fail(new Error(`connect refused: ${packet.slice(2)}`));
      };
      ws.on("message", onOpenPacket);
    });
  }

  /** Emits `event` with an ack; resolves with the server's reply, or a time-out error reply. */
  ask(event: string, payload: unknown, timeoutMs = 30_000): Promise<Reply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.acks.delete(id);
        resolve({ ok: false, error: { code: "client.timeout" } });
      }, timeoutMs);
      this.acks.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      this.ws.send(`42${id}${JSON.stringify([event, payload])}`);
    });
  }

  /** Decodes the messages of one event for `listener` (the others stay unparsed). */
  on(event: string, listener: (data: unknown) => void): void {
    this.listeners.set(event, listener);
  }

  close(): void {
    this.ws.close();
  }

  private onPacket(packet: string) {
    const type = packet.charCodeAt(0);
    if (type === 50 /* "2" ping */) return this.ws.send("3");
    if (type !== 52 /* "4" message */) return;
    const kind = packet.charCodeAt(1);
    if (kind === 51 /* "3" ack */) {
      const bracket = packet.indexOf("[");
      const id = Number(packet.slice(2, bracket));
      const resolve = this.acks.get(id);
      if (!resolve) return;
      this.acks.delete(id);
      resolve((JSON.parse(packet.slice(bracket)) as [Reply])[0]);
    } else if (kind === 50 /* "2" event */) {
      this.received++;
      if (!this.listeners.size) return;
      for (const [event, listener] of this.listeners)
        if (packet.startsWith(`42["${event}"`)) listener((JSON.parse(packet.slice(2)) as [string, unknown])[1]);
    }
  }
}

/** Connects `n` light sockets, a few at a time. */
export async function lightSockets(url: string, n: number, concurrency = 50): Promise<LightSocket[]> {
  const sockets: LightSocket[] = [];
  for (let i = 0; i < n; i += concurrency)
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(concurrency, n - i) }, () => LightSocket.connect(url)))));
  return sockets;
}
