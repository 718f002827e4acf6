import { rules } from "@/lib/auth/route-rules";
import { parseWith, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { queryObject, reportQuerySchema } from "@/lib/reports/range";
import { buildReport } from "@/lib/reports/report";
import { getReportSettings } from "@/lib/reports/settings";
import type { ReportResponse } from "@/lib/reports/types";

export const dynamic = "force-dynamic";

/** The report for a range and filters, in the deployment's report time zone (lib/reports). */
export const GET = withAgent(rules.role("reports.view"), async (req) => {
  const { db, config } = await getRuntime();
  const query = parseWith(reportQuerySchema, queryObject(new URL(req.url).searchParams));
  const { timeZone } = await getReportSettings(db, config.afilnet.timezone);
  return Response.json((await buildReport(db, query, timeZone)) satisfies ReportResponse, { headers: { "cache-control": "no-store" } });
});
