import { rules } from "@/lib/auth/route-rules";
import { parseWith, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { csvFileName, reportCsv } from "@/lib/reports/csv";
import { csvQuerySchema, queryObject } from "@/lib/reports/range";
import { buildReport } from "@/lib/reports/report";
import { getReportSettings } from "@/lib/reports/settings";

export const dynamic = "force-dynamic";

/** One table of the report ("Export CSV"): the same figures as GET /api/reports, as a download. */
export const GET = withAgent(rules.role("reports.view"), async (req) => {
  const { db, config } = await getRuntime();
  const { table, ...query } = parseWith(csvQuerySchema, queryObject(new URL(req.url).searchParams));
  const { timeZone } = await getReportSettings(db, config.afilnet.timezone);
  const report = await buildReport(db, query, timeZone);
  return new Response(reportCsv(report, table), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      // The name is built from a table name and two validated dates only: nothing to escape.
      "content-disposition": `attachment; filename="${csvFileName(report, table)}"`,
      "cache-control": "no-store",
    },
  });
});
