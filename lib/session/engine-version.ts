/**
 * The version of the live session's reducer. Change it whenever `reduceLive` would build a
 * different state from the same events (a new field, a changed meaning): stored state snapshots of
 * another version are then ignored and sessions are rebuilt from their log. `engine-version.test.ts`
 * fails when the state's shape changes while this stays the same.
 */
export const ENGINE_VERSION = "2026-12-02.1";
