"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * The names of the delegations in the page's language, from the server (the root layout passes
 * `memberNames(locale)`): the browser gets one language's names as data instead of both
 * languages' tables as code (lib/procedure/member-names.ts stays on the server and the home page).
 */
const MemberNames = createContext<Readonly<Record<string, string>>>({});

export function MemberNamesProvider({ names, children }: { names: Readonly<Record<string, string>>; children: ReactNode }) {
  return <MemberNames.Provider value={names}>{children}</MemberNames.Provider>;
}

/** The names map; a code it does not know reads as the code, as memberName does. */
export function useMemberNames(): Readonly<Record<string, string>> {
  return useContext(MemberNames);
}
