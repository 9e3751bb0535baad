/** The server's decision on a live session's command: the rules engine validating every input. */
import { decide } from "@/lib/procedure/decide";
import { liveDecider } from "./live-decider";

export type { LiveContext, LiveDecision } from "./live-decider";

export const decideLive = liveDecider(decide);
