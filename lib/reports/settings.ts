import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { reportSettings } from "@/lib/db/schema";
import type { ReportSettingsInput } from "./settings-schema";
import type { ReportSettingsView } from "./types";

/** The zone reports count days and hours in: the saved one, else the default (AFILNET_TIMEZONE). */
export async function getReportSettings(db: DbExecutor, defaultTimeZone: string): Promise<ReportSettingsView> {
  const [row] = await db.select({ timeZone: reportSettings.timeZone }).from(reportSettings).where(eq(reportSettings.id, 1));
  return { timeZone: row?.timeZone ?? defaultTimeZone, defaultTimeZone };
}

export async function saveReportSettings(db: DbExecutor, input: ReportSettingsInput, defaultTimeZone: string): Promise<ReportSettingsView> {
  await db
    .insert(reportSettings)
    .values({ id: 1, timeZone: input.timeZone })
    .onConflictDoUpdate({ target: reportSettings.id, set: { timeZone: input.timeZone, updatedAt: sql`now()` } });
  return { timeZone: input.timeZone, defaultTimeZone };
}
