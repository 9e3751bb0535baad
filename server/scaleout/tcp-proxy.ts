/**
 * A TCP proxy a test controls, standing for a load balancer: clients keep one URL while the test
 * re-points it to another server process (after killing the first one).
 */
import net, { type AddressInfo, type Socket } from "node:net";

export interface TcpProxy {
  port: number;
  url: string;
  /** Sends new connections to `port`, and cuts the current ones (their server is gone). */
  retarget(port: number): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let target = targetPort;
  const live = new Set<Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target, "127.0.0.1");
    live.add(client);
    live.add(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      live.delete(client);
      live.delete(upstream);
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    retarget(next) {
      target = next;
      for (const socket of live) socket.destroy();
      live.clear();
    },
    async close() {
      for (const socket of live) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
