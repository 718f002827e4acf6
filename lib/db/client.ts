import "server-only";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import * as schema from "./schema";

/** The one database type the app codes against, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A database or an open transaction: what writes that may join a caller's transaction take. */
export type DbExecutor = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Subscribes to a NOTIFY channel; resolves to a function that unsubscribes. */
export type Listen = (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>;

export type DatabaseTarget = { kind: "pglite"; dir?: string } | { kind: "postgres"; url: string };

export interface OpenDatabase {
  db: Db;
  kind: DatabaseTarget["kind"];
  listen: Listen;
  close: () => Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), "lib/db/migrations");
// Any fixed number: it only has to be the same in every instance sharing one PostgreSQL.
const MIGRATION_LOCK_KEY = 7_350_001;

/** Opens a database and brings its schema up to date (`dir` undefined = in memory). */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.kind === "pglite") {
    if (target.dir) mkdirSync(target.dir, { recursive: true });
    // Search (migration 0010) needs these two; PGlite only loads the extensions it is handed.
    const extensions = { pg_trgm, unaccent };
    const client = target.dir ? new PGlite(target.dir, { extensions }) : new PGlite({ extensions });
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder });
    const listen: Listen = async (channel, onPayload) => client.listen(channel, onPayload);
    return { db: db as unknown as Db, kind: "pglite", listen, close: () => client.close() };
  }

  // Several instances may start at once: one migrates while the others wait on the lock.
  const migrator = postgres(target.url, { max: 1, onnotice: () => {} });
  try {
    await migrator`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres({ client: migrator }), { migrationsFolder });
    await migrator`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await migrator.end();
  }
  const client = postgres(target.url, { max: 10, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema });
  // postgres-js keeps one dedicated LISTEN connection and re-listens after a reconnect.
  const listen: Listen = async (channel, onPayload) => {
    const { unlisten } = await client.listen(channel, onPayload);
    return unlisten;
  };
  return { db: db as unknown as Db, kind: "postgres", listen, close: () => client.end() };
}
