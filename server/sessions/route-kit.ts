/**
 * What a route's handler is given and may answer. The table (./http.ts) has already matched the
 * path and the method, checked the link the route's access asks for, and parsed the path, the
 * query and the JSON body with the route's schemas (lib/protocol/http.ts): a handler sees only
 * valid input. Its answer is typed by the route's reply schema.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import type { Locale } from "@/lib/i18n/config";
import type { HTTP_SHAPES, RouteReply } from "@/lib/protocol/http";
import type { RouteName } from "@/lib/protocol/http-routes";
import type { AccessRecord } from "../db/sessions";
import type { SessionsHttpDeps } from "./http";

type Shapes = typeof HTTP_SHAPES;
type Parsed<R extends RouteName, K extends string> = Shapes[R] extends Record<K, z.ZodType> ? z.output<Shapes[R][K]> : undefined;

export interface RouteContext<R extends RouteName> {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  deps: SessionsHttpDeps;
  locale: Locale;
  params: Parsed<R, "params">;
  query: Parsed<R, "query">;
  /** The JSON body, parsed (undefined for a route without one, or an upload the handler reads). */
  body: Parsed<R, "body">;
  /** The caller's link, for a "chair" or "any-link" route (null otherwise). */
  access: AccessRecord | null;
}

type Params = Record<string, string | number>;

/** A handler's answer: the reply (200 unless said), a refusal, or "sent" when it wrote the response itself (a file). */
export type Answer<R extends RouteName> = { status?: number; reply: RouteReply<R> } | Refusal | "sent";

export interface Refusal {
  status: number;
  refuse: string;
  params?: Params;
  headers?: Record<string, string>;
  /** The language of the answer when the request names one (the session's). */
  locale?: Locale;
}

export type Handler<R extends RouteName> = (ctx: RouteContext<R>) => Promise<Answer<R>>;

/** The route's answer; its type is checked against the route's reply schema where the handler returns it. */
export const reply = <T>(body: T, status = 200) => ({ status, reply: body });

export const refuse = (status: number, code: string, params?: Params, headers?: Record<string, string>): Refusal => ({
  status,
  refuse: code,
  ...(params ? { params } : {}),
  ...(headers ? { headers } : {}),
});
