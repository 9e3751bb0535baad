/**
 * Every repository call the database refuses (locked past the busy timeout, disk full, connection
 * lost) surfaces as a StorageError, so that each edge answers `server.storage_unavailable` rather
 * than a generic failure, and the outcome of writes is remembered for /api/health: a server whose
 * reads work while its writes fail is not healthy.
 */
import { SequenceConflictError } from "./events";

export class StorageError extends Error {
  constructor(
    readonly operation: string,
    cause: unknown,
  ) {
    super(`${operation}: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = "StorageError";
  }
}

export interface WriteHealth {
  ok: boolean;
  /** The last refused write, if it came after the last accepted one. */
  lastFailure?: { at: number; operation: string; error: string };
}

/** Methods that write (the others only read). */
const WRITES = /^(append|create|createWithAccess|claim|markUsed|rotate|reissue|save|store|put|upsert|delete|remove|update)/;

export function writeTracker(now: () => number = Date.now) {
  let failure: WriteHealth["lastFailure"];
  return {
    succeeded() {
      failure = undefined;
    },
    failed(operation: string, error: unknown) {
      failure = { at: now(), operation, error: (error as Error)?.message ?? String(error) };
    },
    health(): WriteHealth {
      return failure ? { ok: false, lastFailure: failure } : { ok: true };
    },
  };
}

export type WriteTracker = ReturnType<typeof writeTracker>;

/** The repository with each method's failure turned into a StorageError (a sequence conflict stays what it is). */
export function guardRepository<R extends object>(name: string, repository: R, writes: WriteTracker): R {
  const guarded = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(repository)) {
    if (typeof value !== "function") {
      guarded[key] = value;
      continue;
    }
    const operation = `${name}.${key}`;
    const isWrite = WRITES.test(key);
    guarded[key] = async (...args: unknown[]) => {
      try {
        const result = await (value as (...a: unknown[]) => unknown).apply(repository, args);
        if (isWrite) writes.succeeded();
        return result;
      } catch (error) {
        if (error instanceof SequenceConflictError || error instanceof StorageError) throw error;
        if (isWrite) writes.failed(operation, error);
        throw new StorageError(operation, error);
      }
    };
  }
  return guarded as R;
}
