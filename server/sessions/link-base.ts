/**
 * The address printed in links and QR codes. A teacher who opened the app as
 * `http://localhost:3000` would otherwise print links no phone can open: when the request's host
 * is loopback, links use the machine's LAN address instead (IPv4 of a network interface; with
 * several, the chair picks one). `PUBLIC_URL` (behind a reverse proxy) always wins.
 */
import type { IncomingMessage } from "node:http";
import { networkInterfaces, type NetworkInterfaceInfo } from "node:os";
import { linkHostFrom } from "@/lib/protocol/link-host";

export interface LinkBase {
  /** "http://192.168.1.20:3000", no trailing slash. */
  base: string;
  /** Where it comes from: PUBLIC_URL, the request's own host, or a LAN address replacing loopback. */
  source: "public-url" | "request" | "lan";
  /** The LAN addresses the chair may choose from (when the request came on loopback). */
  candidates: string[];
  /** The host the links use when source is "lan". */
  host: string | null;
  /** Loopback request and no LAN address: the links will not open on another device. */
  loopbackOnly: boolean;
}

export interface LinkBaseInput {
  /** The Host header ("localhost:3000"). */
  host: string | undefined;
  proto: string;
  publicUrl?: string;
  /** The chair's choice among several LAN addresses (ignored unless it is one of them). */
  preferred?: string | null;
  interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>;
  /** The address the server listens on (HOST): on loopback only, no other device can reach it. */
  listenHost?: string;
}

/** "localhost", "127.x.x.x", "[::1]", with or without a port. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h) || h === "0.0.0.0";
}

/** Non-internal IPv4 addresses of the machine, private ranges first (the classroom network). */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string[] {
  const found: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const info of list ?? []) {
      // Node 18.0–18.3 reported family as a number.
      const v4 = info.family === "IPv4" || (info.family as unknown) === 4;
      if (v4 && !info.internal && !info.address.startsWith("169.254.") && !found.includes(info.address)) found.push(info.address);
    }
  }
  const isPrivate = (a: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a);
  return [...found.filter(isPrivate), ...found.filter((a) => !isPrivate(a))];
}

function splitHost(host: string): { hostname: string; port: string } {
  const m = host.match(/^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/);
  return { hostname: m?.[1] ?? host, port: m?.[2] ?? "" };
}

export function linkBase(input: LinkBaseInput): LinkBase {
  if (input.publicUrl)
    return { base: input.publicUrl.replace(/\/+$/, ""), source: "public-url", candidates: [], host: null, loopbackOnly: false };
  const host = input.host ?? "localhost";
  const { hostname, port } = splitHost(host);
  if (!isLoopbackHost(hostname))
    return { base: `${input.proto}://${host}`, source: "request", candidates: [], host: null, loopbackOnly: false };
  // Listening on loopback only (HOST=127.0.0.1): a LAN address would not answer either.
  const listensOnLoopback =
    input.listenHost !== undefined && input.listenHost !== "" && isLoopbackHost(input.listenHost) && input.listenHost !== "0.0.0.0";
  const candidates = listensOnLoopback ? [] : lanAddresses(input.interfaces);
  if (candidates.length === 0) return { base: `${input.proto}://${host}`, source: "request", candidates, host: null, loopbackOnly: true };
  const chosen = input.preferred && candidates.includes(input.preferred) ? input.preferred : candidates[0]!;
  return { base: `${input.proto}://${chosen}${port ? `:${port}` : ""}`, source: "lan", candidates, host: chosen, loopbackOnly: false };
}

/**
 * The link base for a request. The chair's pick among LAN addresses comes from `?host=` (the
 * setup page's choice as it is made) or else the cookie that remembers it (every other page on
 * that computer: the projector's join code); either is honoured only if it is one of them.
 */
export function requestLinkBase(
  req: Pick<IncomingMessage, "headers">,
  url: URL | undefined,
  listenHost: string | undefined,
  interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>,
): LinkBase {
  const proto = (req.headers["x-forwarded-proto"] as string | undefined)?.split(",")[0]?.trim() || "http";
  return linkBase({
    host: req.headers.host,
    proto,
    publicUrl: process.env.PUBLIC_URL || undefined,
    preferred: url?.searchParams.get("host") ?? linkHostFrom(req.headers.cookie),
    listenHost,
    interfaces,
  });
}
