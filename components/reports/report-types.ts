import type { ReportResponse } from "@/lib/reports/types";

export type { ReportAgentRow, ReportDay, ReportResponse, DurationFigures as ReportTiming } from "@/lib/reports/types";

/**
 * Nothing happened in the range: the page says so instead of drawing charts of zeros. (Every
 * active agent has a row, with zeros, so the agents' figures count, not the rows.)
 */
export function isEmptyReport(report: ReportResponse): boolean {
  const { opened, resolved, reopened, messagesIn, messagesOut } = report.totals;
  return opened + resolved + reopened + messagesIn + messagesOut === 0 && report.agents.every((a) => a.handled === 0 && a.resolved === 0);
}
