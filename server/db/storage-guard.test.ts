import { describe, expect, it } from "vitest";
import { SequenceConflictError } from "./events";
import { guardRepository, StorageError, writeTracker } from "./storage-guard";

describe("storage guard", () => {
  it("turns a refused call into a StorageError, keeps sequence conflicts, and remembers whether the last write went through", async () => {
    const writes = writeTracker(() => 42);
    let fail: Error | null = new Error("SQLITE_BUSY: database is locked");
    const repo = guardRepository(
      "events",
      {
        append: async () => {
          if (fail) throw fail;
          return [1];
        },
        list: async () => {
          throw new Error("SQLITE_IOERR");
        },
      },
      writes,
    );
    await expect(repo.append()).rejects.toBeInstanceOf(StorageError);
    expect(writes.health()).toEqual({
      ok: false,
      lastFailure: { at: 42, operation: "events.append", error: "SQLITE_BUSY: database is locked" },
    });
    await expect(repo.list()).rejects.toBeInstanceOf(StorageError);
    fail = new SequenceConflictError("s", 3);
    await expect(repo.append()).rejects.toBeInstanceOf(SequenceConflictError);
    fail = null;
    expect(await repo.append()).toEqual([1]);
    expect(writes.health()).toEqual({ ok: true });
  });
});
