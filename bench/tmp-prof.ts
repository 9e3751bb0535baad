import { assembly } from "./scenarios/assembly";
const r = await assembly({ amendments: 30, ballots: 150, screens: 10, seed: 8 });
console.log(JSON.stringify({ a: [r.amendment.real.p50, r.amendment.baseline.p50, r.amendment.real.p99, r.amendment.baseline.p99], b: [r.ballot.real.p50, r.ballot.baseline.p50, r.ballot.real.p99, r.ballot.baseline.p99] }));
process.exit(0);
