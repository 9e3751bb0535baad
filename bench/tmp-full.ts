import { conference } from "./scenarios/conference";
const sizes = [193, 193, ...Array.from({ length: 20 }, (_, i) => 40 + Math.round((110 * i) / 19)), ...Array.from({ length: 38 }, (_, i) => (i % 2 ? 15 : 15 + (i % 16)))];
const t0 = Date.now();
const r = await conference({ sizes, screensPerSession: 30, durationMs: 60_000, voteWindowMs: 3_000, pauseMs: 1_500, seed: 8 });
console.log(JSON.stringify({ s: (Date.now() - t0) / 1000, clients: r.clients, mb: [r.memory.beforeRssBytes / 2 ** 20, r.server.peakRssBytes / 2 ** 20, r.memory.afterRssBytes / 2 ** 20].map(Math.round), heap: [r.memory.beforeHeapBytes / 2 ** 20, r.memory.afterHeapBytes / 2 ** 20].map(Math.round), lag: [r.server.lagP99Ms, r.idleLagP99Ms], cpu: r.server.cpuMs / r.server.wallMs, cmds: r.commands, lost: r.lost, votes: r.votes, errors: r.errors.slice(0, 3), gen: r.generatorCpu, refused: r.refused }));
process.exit(0);
