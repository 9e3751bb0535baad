/**
 * The browser's question to the rules engine: would the server accept this command on the state
 * this device holds? The same decision as the server's, without the validators (see
 * lib/procedure/check.ts for the one difference), so that a disabled button can say why.
 */
import { checkCommand } from "@/lib/procedure/check";
import { liveDecider } from "./live-decider";

export const checkLive = liveDecider(checkCommand);
