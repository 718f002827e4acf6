import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { getReportSettings, saveReportSettings } from "@/lib/reports/settings";
import { reportSettingsSchema } from "@/lib/reports/settings-schema";
import type { ReportSettingsView } from "@/lib/reports/types";

export const dynamic = "force-dynamic";

/** The report time zone (admins): the saved one and the default it falls back to. */
export const GET = withAgent(rules.role("settings.manage"), async () => {
  const { db, config } = await getRuntime();
  return Response.json((await getReportSettings(db, config.afilnet.timezone)) satisfies ReportSettingsView);
});

export const PUT = withAgent(rules.role("settings.manage"), async (req, { agent }) => {
  const { db, config } = await getRuntime();
  const input = await parseJsonBody(req, reportSettingsSchema, 1024);
  return Response.json((await saveReportSettings(db, agent, input, config.afilnet.timezone)) satisfies ReportSettingsView);
});
