/** The answer of `GET /api/reports` (the contract in issue 10's part C brief; C's route builds it). */
export interface ReportTotals {
  opened: number;
  resolved: number;
  reopened: number;
  messagesIn: number;
  messagesOut: number;
}

export interface ReportTiming {
  medianSeconds: number | null;
  p90Seconds: number | null;
  count: number;
}

export interface ReportDay extends ReportTotals {
  /** YYYY-MM-DD in the report time zone. */
  date: string;
}

export interface ReportAgentRow {
  agentId: string;
  name: string;
  handled: number;
  resolved: number;
  firstResponseMedianSeconds: number | null;
  resolutionMedianSeconds: number | null;
}

export interface ReportResponse {
  timeZone: string;
  from: string;
  to: string;
  totals: ReportTotals;
  firstResponse: ReportTiming;
  resolution: ReportTiming;
  daily: ReportDay[];
  /** heatmap[weekday][hour]: 7 rows, Monday first, of 24 incoming-message counts in the report zone. */
  heatmap: number[][];
  agents: ReportAgentRow[];
}

/** Nothing happened in the range: the page says so instead of drawing empty charts. */
export function isEmptyReport(report: ReportResponse): boolean {
  const { opened, resolved, reopened, messagesIn, messagesOut } = report.totals;
  return opened + resolved + reopened + messagesIn + messagesOut === 0 && report.agents.length === 0;
}
