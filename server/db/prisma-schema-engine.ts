/**
 * Prisma's own schema engine (compiled to WebAssembly, so it runs offline), used by the tests to
 * check that `prisma migrate deploy` and our migrator agree on what is applied.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type * as SchemaEngineBg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

type Bg = typeof SchemaEngineBg;

let loaded: Promise<Bg> | null = null;
function loadEngine(): Promise<Bg> {
  loaded ??= (async () => {
    const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Bg;
    const require = createRequire(import.meta.url);
    const wasmFile = require.resolve("@prisma/schema-engine-wasm").replace(/schema_engine\.js$/, "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmFile), { "./schema_engine_bg.js": bg as never });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    return bg;
  })();
  return loaded;
}

/** What `prisma migrate deploy` does: applies the migrations of `migrationsDir` not yet recorded. */
export async function prismaMigrateDeploy(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  schemaFile: string,
  migrationsDir: string,
  migrations: Array<{ name: string; sql: string }>,
): Promise<string[]> {
  const bg = await loadEngine();
  const schema = readFileSync(schemaFile, "utf8");
  // Remember the connections the engine opens, to close them (the engine does not).
  const opened: Array<{ dispose(): Promise<void> }> = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    connect: async () => {
      const connection = await adapter.connect();
      opened.push(connection);
      return connection;
    },
    connectToShadowDb: async () => {
      const connection = await adapter.connectToShadowDb();
      opened.push(connection);
      return connection;
    },
  };
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[path.basename(schemaFile), schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    const lockfile = path.join(migrationsDir, "migration_lock.toml");
    const result = await engine.applyMigrations({
      migrationsList: {
        baseDir: migrationsDir,
        lockfile: { path: "migration_lock.toml", content: readFileSync(lockfile, "utf8") },
        shadowDbInitScript: "",
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
        })),
      },
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
    for (const connection of opened) await connection.dispose();
  }
}
