/** The app's typed HTTP client for the specs, each answer checked against its route's schema. */
import { createHttpClient } from "@/lib/client/http-client";
import type { CreateSessionRequest, SessionLinks } from "@/lib/protocol/http";
import { parseReply } from "@/lib/protocol/http-parse";

export const api = (baseURL: string) => createHttpClient({ base: baseURL, parse: parseReply });

/** A new session's links (POST /api/sessions); throws when the server refuses. */
export async function createSession(baseURL: string | undefined, body: CreateSessionRequest): Promise<SessionLinks> {
  const created = await api(baseURL ?? "")("session.create", { body });
  if (!created.ok) throw new Error(`session.create: ${created.status} ${created.error.code}`);
  return created;
}
