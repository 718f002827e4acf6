import "server-only";
import { sql } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";

/**
 * Recomputes the report aggregates from messages and the audit log: `reports_rebuild()`, the
 * SQL function of migration 0012 (the same rules as its triggers), in one transaction by
 * itself, so readers see the old figures until it commits.
 */
export async function rebuildReports(db: DbExecutor): Promise<void> {
  await db.execute(sql`select reports_rebuild()`);
}
