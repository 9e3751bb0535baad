/**
 * The fixture most integration tests share: a real server on a random port for the whole file,
 * and the clients a test opens, all closed at the end.
 */
import { afterAll, beforeAll } from "vitest";
import { boot, type Booted } from "./boot";
import { join, type LiveClient } from "./session";

export function liveServerFixture() {
  const clients: LiveClient[] = [];
  const fixture = {
    server: undefined as unknown as Booted,
    /** Joins with a link and closes the client after the file's tests. */
    join(sessionId: string, url: string, locale?: string): LiveClient {
      const client = join(fixture.server.app.url, sessionId, url, locale);
      clients.push(client);
      return client;
    },
  };
  beforeAll(async () => {
    fixture.server = await boot();
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await fixture.server.stop();
  });
  return fixture;
}
