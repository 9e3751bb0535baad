/**
 * The ballot form of a delegate's page (POST /api/sessions/:id/ballot, lib/protocol/http.ts): what
 * the server and the page agree on without zod, so the browser reads it too.
 */
import type { ProtocolError } from "./reply";

/**
 * The command id a form's choice is sent with, over HTTP or (once the page has hydrated) the
 * socket: the same choice sent twice is one ballot, another choice is a change of vote.
 */
export const ballotCommandId = (formId: string, choice: string) => `${formId}-${choice}`;

/** The page's address after a refused ballot: the reason travels as `?refused=<code>` and `r.<param>=<value>`. */
export function refusalQuery(code: string, params?: Record<string, string | number>): string {
  const query = new URLSearchParams({ refused: code });
  for (const [name, value] of Object.entries(params ?? {})) query.set(`r.${name}`, String(value));
  return `?${query}`;
}

const CODE = /^[a-z][a-z_]*(\.[a-z_]+)+$/;

/** The refusal named in the page's address (codes only: the page says it in its own words), or null. */
export function refusalOf(search: Record<string, string | string[] | undefined>): Omit<ProtocolError, "message"> | null {
  const code = search.refused;
  if (typeof code !== "string" || !CODE.test(code) || code.length > 64) return null;
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(search))
    if (key.startsWith("r.") && typeof value === "string" && value.length <= 64) params[key.slice(2)] = value;
  return Object.keys(params).length ? { code, params } : { code };
}
