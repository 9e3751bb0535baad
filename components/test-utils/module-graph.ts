/** The modules the given entry points reach, as esbuild resolves them (packages not followed). */
import path from "node:path";
import { build, type Metafile } from "esbuild";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export async function moduleGraph(entryPoints: string[]): Promise<Metafile> {
  const result = await build({
    entryPoints,
    bundle: true,
    write: false,
    metafile: true,
    splitting: true,
    format: "esm",
    outdir: path.join(ROOT, ".bundle-check"),
    platform: "browser",
    jsx: "automatic",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    logLevel: "silent",
    // Packages are not followed: what matters is which of them our modules import.
    packages: "external",
    loader: { ".css": "empty" },
  });
  return result.metafile;
}
