/** Checks an answer against its route's schema: for the scripts' client (e2e, bots), not the browser's. */
import { HTTP_SHAPES, type RouteReply } from "./http";
import type { RouteName } from "./http-routes";

export function parseReply<R extends RouteName>(route: R, value: unknown): RouteReply<R> {
  return HTTP_SHAPES[route].reply.parse(value) as RouteReply<R>;
}
