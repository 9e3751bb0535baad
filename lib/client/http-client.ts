/**
 * The one HTTP client of the app: `call(route, input)` for every route of lib/protocol/http-routes.ts,
 * typed from lib/protocol/http.ts (the path's parameters, the query, the body and the answer).
 * Used by the pages, the e2e specs and the scripts (bots CLI). It never throws: a refusal, a
 * network failure or an answer of the wrong shape all come back as `{ ok: false, error }` with an
 * error code the app translates (`http.unreachable`, `http.unexpected_reply`, or the server's).
 *
 * The browser imports the shapes as types only (no zod in its bundle) and checks an answer
 * lightly (a JSON object whose `ok` is true); scripts pass `parse` (lib/protocol/http-parse.ts) to
 * check it against the route's schema.
 */
import type { RouteBody, RouteParams, RouteQuery, RouteReply } from "@/lib/protocol/http";
import { HTTP_ROUTES, routePath, type RouteName } from "@/lib/protocol/http-routes";

type Params = Record<string, string | number>;

/** Why a call did not succeed: the server's code and message (in the request's language), or the client's code. */
export interface HttpFailure {
  ok: false;
  /** The HTTP status, 0 when the server could not be reached. */
  status: number;
  error: { code: string; message?: string; params?: Params };
}

export type HttpResult<R extends RouteName> = RouteReply<R> | HttpFailure;

type Has<T, K extends string, V = T> = [T] extends [never] ? { [P in K]?: never } : { [P in K]: V };
/** A file's bytes (an upload), with the name the importer reads its format from. */
export interface Upload {
  file: Blob | Uint8Array;
  fileName?: string;
  title?: string;
}

export type CallInput<R extends RouteName> = Has<RouteParams<R>, "params"> & { query?: RouteQuery<R> } & (R extends UploadRoutes
    ? { body: RouteBody<R> } | { upload: Upload }
    : Has<RouteBody<R>, "body">) & {
    /** The caller's link (or a document's owner key), sent as `Authorization: Bearer`. */
    key?: string;
    headers?: Record<string, string>;
    signal?: AbortSignal;
  };

type UploadRoutes = "documents.import" | "documents.preview";

export interface HttpClientOptions {
  /** The server's address; "" (the default) is the page's own origin. */
  base?: string;
  /** Checks an answer against the route's schema (throws when it does not fit). */
  parse?: <R extends RouteName>(route: R, value: unknown) => RouteReply<R>;
  fetch?: typeof fetch;
  /** Sent with every call (e.g. `accept-language`). */
  headers?: Record<string, string>;
}

export type HttpClient = <R extends RouteName>(route: R, input: CallInput<R>) => Promise<HttpResult<R>>;

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const base = (options.base ?? "").replace(/\/$/, "");
  return async (route, input) => {
    const spec = HTTP_ROUTES[route];
    const { params, query, key, signal } = input as {
      params?: Record<string, string>;
      query?: Record<string, string | undefined>;
    } & CallInput<RouteName>;
    const search = new URLSearchParams(Object.entries(query ?? {}).filter((e): e is [string, string] => e[1] !== undefined)).toString();
    const headers: Record<string, string> = { ...options.headers, ...input.headers };
    if (key) headers.authorization = `Bearer ${key}`;
    let body: BodyInit | undefined;
    if ("upload" in input && input.upload) {
      const { file, fileName, title } = input.upload as Upload;
      body = file instanceof Uint8Array ? new Blob([file as BlobPart]) : file;
      // Any type but JSON means "the file's bytes" to the server, which reads the format from the name.
      headers["content-type"] = "application/octet-stream";
      if (fileName) headers["x-file-name"] = encodeURIComponent(fileName);
      if (title) headers["x-title"] = encodeURIComponent(title);
    } else if ("body" in input && input.body !== undefined) {
      body = JSON.stringify(input.body);
      headers["content-type"] = "application/json";
    }
    let res: Response;
    try {
      res = await (options.fetch ?? fetch)(`${base}${routePath(route, params)}${search ? `?${search}` : ""}`, {
        method: spec.method,
        headers,
        body,
        signal,
        cache: "no-store",
      });
    } catch {
      return failure(0, "http.unreachable");
    }
    const value: unknown = await res.json().catch(() => undefined);
    if (!isObject(value)) return failure(res.status, "http.unexpected_reply", { status: res.status });
    if (value.ok !== true || !res.ok) {
      const error = isObject(value.error) && typeof value.error.code === "string" ? value.error : null;
      if (!error) return failure(res.status, "http.unexpected_reply", { status: res.status });
      return {
        ok: false,
        status: res.status,
        error: {
          code: error.code as string,
          ...(typeof error.message === "string" ? { message: error.message } : {}),
          ...(isObject(error.params) ? { params: error.params as Params } : {}),
        },
      };
    }
    if (!options.parse) return value as RouteReply<typeof route>;
    try {
      return options.parse(route, value);
    } catch {
      return failure(res.status, "http.unexpected_reply", { status: res.status });
    }
  };
}

function failure(status: number, code: string, params?: Params): HttpFailure {
  return { ok: false, status, error: { code, ...(params ? { params } : {}) } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The page's client: same origin, the page's language in the cookie the server reads. */
export const call: HttpClient = createHttpClient();

/** A failure in words: the server's message when it sent one, else the code translated (`useErrorText`). */
export function failureText(failure: HttpFailure, translate: (code: string, params?: Params) => string): string {
  return failure.error.message ?? translate(failure.error.code, failure.error.params);
}
