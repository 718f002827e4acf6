import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db, DbExecutor } from "@/lib/db/client";
import { reportSettings } from "@/lib/db/schema";
import { recordAudit } from "@/lib/teams/audit";
import type { ReportSettingsInput } from "./settings-schema";
import type { ReportSettingsView } from "./types";

/** The zone reports count days and hours in: the saved one, else the default (AFILNET_TIMEZONE). */
export async function getReportSettings(db: DbExecutor, defaultTimeZone: string): Promise<ReportSettingsView> {
  const [row] = await db.select({ timeZone: reportSettings.timeZone }).from(reportSettings).where(eq(reportSettings.id, 1));
  return { timeZone: row?.timeZone ?? defaultTimeZone, defaultTimeZone };
}

/** Saves the zone, audited in the same transaction (a deployment-wide change). */
export async function saveReportSettings(db: Db, actor: { id: string; email: string }, input: ReportSettingsInput, defaultTimeZone: string): Promise<ReportSettingsView> {
  await db.transaction(async (tx) => {
    const before = await getReportSettings(tx, defaultTimeZone);
    await tx
      .insert(reportSettings)
      .values({ id: 1, timeZone: input.timeZone })
      .onConflictDoUpdate({ target: reportSettings.id, set: { timeZone: input.timeZone, updatedAt: sql`now()` } });
    await recordAudit(tx, { actor, kind: "report_settings.updated", before: { timeZone: before.timeZone }, after: { timeZone: input.timeZone } });
  });
  return { timeZone: input.timeZone, defaultTimeZone };
}
