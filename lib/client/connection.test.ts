/**
 * The browser's transport: the WebSocket first (long-polling first costs a phone three more round
 * trips before its first command), long-polling when the WebSocket cannot open.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { afterEach, describe, expect, it } from "vitest";
import { connect, type HemicycleClientSocket } from "./connection";

const opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});

/** The transport a client of `connect` opens its connection with, as the server sees it. */
async function firstTransport(transports: ("websocket" | "polling")[]): Promise<string> {
  const http = createServer();
  const io = new Server(http, { transports });
  opened.push({ close: () => void io.close() });
  const first = new Promise<string>((resolve) =>
    io.engine.on("connection", (engineSocket: { transport: { name: string } }) => resolve(engineSocket.transport.name)),
  );
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const socket: HemicycleClientSocket = connect({ url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` });
  opened.push({ close: () => socket.disconnect() });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    setTimeout(() => reject(new Error("no connection")), 5_000);
  });
  return first;
}

describe("the connection's transport", () => {
  it("is the WebSocket from the first request", async () => {
    expect(await firstTransport(["polling", "websocket"])).toBe("websocket");
  });
  it("falls back to long-polling where the WebSocket cannot open", async () => {
    expect(await firstTransport(["polling"])).toBe("polling");
  });
});
