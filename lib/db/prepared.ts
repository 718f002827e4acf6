import "server-only";
import type { DbExecutor } from "./client";

/**
 * A query built once per database handle instead of on every call. Drizzle's query builder costs
 * CPU on every call (about a tenth of a read request's, see docs/benchmarks.md); a hot query
 * built once takes its values as placeholders (`sql.placeholder("name")`) and runs with
 * `.execute({ name: value })`. Per handle, so a test's database or a transaction gets its own.
 */
export function preparedPer<Q>(build: (db: DbExecutor) => Q): (db: DbExecutor) => Q {
  const byDb = new WeakMap<DbExecutor, Q>();
  return (db) => {
    let query = byDb.get(db);
    if (!query) byDb.set(db, (query = build(db)));
    return query;
  };
}
