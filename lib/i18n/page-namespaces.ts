/**
 * The message namespaces each page's client components use: all of the catalogue a page sends to
 * the browser (components/ui/page-messages.tsx). Without it every page carried every namespace —
 * the minutes', the console's, the setup's… about 69 KB of French in each page's HTML.
 * components/page-messages.test.ts reads each page's components and fails when a list misses one.
 */
import type { Messages } from "./messages";

type Namespace = keyof Messages;

/** What every session surface needs: the ballot form's words and the command buttons' « loading », the document, the rules engine's and the app's errors, the words of the floor. */
const SESSION: readonly Namespace[] = [
  "ballot",
  "document",
  "drafts",
  "errors",
  "papers",
  "procedure",
  "projector",
  "resolution",
  "session",
  "voting",
];

export const PAGE_NAMESPACES = {
  home: [
    "chair",
    "composition",
    "connection",
    "create",
    "document",
    "errors",
    "keyRules",
    "library",
    "mySessions",
    "papers",
    "procedure",
    "resolution",
  ],
  chair: [...SESSION, "amendment", "chair", "console", "create", "library"],
  delegate: [...SESSION, "amendment", "app", "console", "delegate", "phone"],
  observe: [...SESSION, "amendment", "observer"],
  screen: [...SESSION, "screen"],
  replay: [...SESSION, "replay", "screen"],
  join: ["errors", "join", "papers", "procedure", "resolution"],
  links: ["access", "composition", "console", "errors", "links", "papers", "procedure", "resolution", "setup"],
  minutes: ["document", "errors", "minutes", "papers", "procedure", "resolution"],
} as const satisfies Record<string, readonly Namespace[]>;

export type PageName = keyof typeof PAGE_NAMESPACES;

/** The page's share of a catalogue. */
export function pageMessages<M extends Record<string, unknown>>(messages: M, page: PageName): Partial<M> {
  return Object.fromEntries(PAGE_NAMESPACES[page].filter((ns) => ns in messages).map((ns) => [ns, messages[ns]])) as Partial<M>;
}
