import "server-only";
import type { Db } from "@/lib/db/client";
import { analyzeGrownTables } from "@/lib/db/statistics";
import { errorFields, logFor } from "@/lib/observability/log";

/** A catalog read: cheap enough to notice a bulk import within seconds. */
const CHECK_EVERY_MS = 10_000;

const globalForStatistics = globalThis as unknown as { switchboardStatistics?: NodeJS.Timeout };

/** On PGlite, keeps the statistics current from now on, checking every 10 s (a catalog read). */
export function startStatisticsUpkeep(runtime: { db: Db; databaseKind: "pglite" | "postgres" }): void {
  if (runtime.databaseKind !== "pglite" || globalForStatistics.switchboardStatistics) return;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const started = performance.now();
      const tables = await analyzeGrownTables(runtime.db);
      if (tables.length > 0) logFor("db").info({ tables, ms: Math.round(performance.now() - started) }, "analyzed grown tables");
    } catch (error) {
      logFor("db").error(errorFields(error), "analyzing grown tables failed");
    } finally {
      running = false;
    }
  };
  void run();
  globalForStatistics.switchboardStatistics = setInterval(() => void run(), CHECK_EVERY_MS);
  globalForStatistics.switchboardStatistics.unref();
}
