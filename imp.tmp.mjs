import { build } from "esbuild";
const entries = process.argv.slice(2);
const r = await build({ entryPoints: entries, bundle: true, write: false, metafile: true, format: "esm", platform: "browser", splitting: true, outdir: "/tmp/esb",
  jsx: "automatic", tsconfig: "tsconfig.json", external: ["react", "react-dom", "next", "next/*", "next-intl", "next-intl/*", "socket.io-client", "zustand", "zustand/*", "zod", "diff"], minify: true, logLevel: "error",
  define: { "process.env.NODE_ENV": '"production"' } });
const imports = r.metafile.inputs;
const parents = {};
for (const [k, v] of Object.entries(imports)) for (const i of v.imports) (parents[i.path] ??= []).push(k);
console.log("zod importers:", parents["zod"]);
const chain = (start) => { let cur = start; const seen = new Set(); const c = [cur]; while (parents[cur] && !seen.has(cur)) { seen.add(cur); cur = parents[cur].find(p => !seen.has(p)) ?? parents[cur][0]; c.push(cur); } return c.join(" <- "); };
for (const z of parents["zod"] ?? []) console.log(chain(z));
let total = 0; for (const o of Object.values(r.metafile.outputs)) total += o.bytes; console.log("out bytes", total);
const big = Object.entries(imports).filter(([k]) => k.includes("json")).map(([k, v]) => k + " " + v.bytes); console.log(big);
