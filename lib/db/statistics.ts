import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "./client";
import { rowsOf } from "./rows";

/*
 * The planner's statistics on PGlite. A PostgreSQL server's autovacuum analyzes a table once it
 * has changed by a tenth; PGlite runs no autovacuum, and its change counters are not kept, so
 * without this its tables were planned from guesses forever: a 20,000-message thread was
 * estimated at 39 messages, read whole and sorted (110 ms instead of 2), and the search's
 * estimates (lib/search) were the defaults. Growth is judged from the table's size on disk
 * against the size ANALYZE recorded (pg_class.relpages, kept across restarts).
 */

/** A table this much larger than when it was last analyzed is analyzed again (autovacuum's 10 %). */
const GROWTH = 1.1;
/** Tables of a few pages are planned well without statistics. */
const SMALL_PAGES = 8;

/** Analyzes the tables that grew by a tenth since their last ANALYZE (or never had one); answers their names. */
export async function analyzeGrownTables(db: Db): Promise<string[]> {
  const grown = rowsOf<{ name: string }>(
    await db.execute(sql`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind = 'r'
        and pg_relation_size(c.oid) / current_setting('block_size')::int > greatest(c.relpages, ${SMALL_PAGES}::int) * ${GROWTH}::numeric
      order by c.relname`),
  ).map((r) => r.name);
  for (const name of grown) await db.execute(sql`analyze ${sql.identifier(name)}`);
  return grown;
}
