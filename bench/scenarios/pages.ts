/**
 * First-load JavaScript of the delegate's and the screen's pages, gzipped, from the build output:
 * the root main files plus the chunks the route's layouts and page load (Turbopack: the route's
 * client-reference manifest; webpack: app-build-manifest.json). "n/a" when the route is not built.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  route: string;
  gzipBytes: number | null;
  files: number;
  note?: string;
}

const ROOT = path.resolve(import.meta.dirname, "../..");

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

/** The chunks a route's page needs, from whichever manifest this build wrote. */
function routeChunks(next: string, route: string): string[] | null {
  // The app path may carry route groups: "/(site)/s/[id]/d/[token]/page" serves "/s/[id]/d/[token]".
  const routes = readJson<Record<string, string>>(path.join(next, "app-path-routes-manifest.json")) ?? {};
  const appPath = Object.keys(routes).find((key) => routes[key] === route && key.endsWith("/page")) ?? `${route}/page`;
  const webpack = readJson<{ pages: Record<string, string[]> }>(path.join(next, "app-build-manifest.json"));
  const fromWebpack = webpack?.pages[appPath];
  if (fromWebpack) return fromWebpack;
  const manifest = path.join(next, "server/app", appPath.replace(/\/page$/, ""), "page_client-reference-manifest.js");
  if (!existsSync(manifest)) return null;
  const source = readFileSync(manifest, "utf8");
  const match = source.match(/"entryJSFiles":(\{[^}]*\})/);
  if (!match) return null;
  const entries = JSON.parse(match[1]!) as Record<string, string[]>;
  // The route's layouts and page (not the global error boundary, loaded only on a crash).
  return Object.entries(entries)
    .filter(([key]) => /\/(layout|page)$/.test(key))
    .flatMap(([, files]) => files);
}

export function pageWeights(routes: string[], nextDir = path.join(ROOT, ".next")): PageWeight[] {
  const build = readJson<{ rootMainFiles?: string[] }>(path.join(nextDir, "build-manifest.json"));
  return routes.map((route) => {
    if (!build) return { route, gzipBytes: null, files: 0, note: "n/a (no build: run npm run build)" };
    const chunks = routeChunks(nextDir, route);
    if (!chunks) return { route, gzipBytes: null, files: 0, note: "n/a (route not built)" };
    const files = [...new Set([...(build.rootMainFiles ?? []), ...chunks].map((f) => f.replace(/^\/?_next\//, "")))].filter((f) =>
      f.endsWith(".js"),
    );
    let gzipBytes = 0;
    for (const file of files) {
      const full = path.join(nextDir, file);
      if (existsSync(full)) gzipBytes += gzipSync(readFileSync(full)).length;
    }
    return { route, gzipBytes, files: files.length };
  });
}
