// `npm run reports:rebuild`: recomputes the report aggregates (report_cycles, report_hourly)
// from messages and the audit log in the configured database — PGlite under DATA_DIR (stop the
// app first: PGlite has one owner) or PostgreSQL at DATABASE_URL (the app may keep running;
// the rebuild is one transaction, readers see the old figures until it commits).
import { getConfig } from "@/lib/config";
import { openDatabase } from "@/lib/db/client";
import { rebuildReports } from "@/lib/reports/rebuild";

async function main() {
  const { db, close } = await openDatabase(getConfig().database);
  try {
    const started = performance.now();
    await rebuildReports(db);
    console.log(`reports:rebuild: aggregates recomputed in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(`reports:rebuild: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
