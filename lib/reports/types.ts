/**
 * The reports API's answer (`GET /api/reports`), shared by the route and the /reports page.
 * Browser-safe: types only. Durations are seconds; dates are days in the report time zone.
 */
export interface ReportTotals {
  opened: number;
  resolved: number;
  reopened: number;
  messagesIn: number;
  messagesOut: number;
}

export interface DurationFigures {
  medianSeconds: number | null;
  p90Seconds: number | null;
  /** How many cycles the figures are over. */
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
  firstResponse: DurationFigures;
  resolution: DurationFigures;
  /** One entry per day of the range, zeros included. */
  daily: ReportDay[];
  /** heatmap[weekday][hour]: incoming messages, Monday first, hours in the report zone. */
  heatmap: number[][];
  /** Sorted by name. */
  agents: ReportAgentRow[];
}

export const REPORT_RANGES = ["today", "7d", "30d", "custom"] as const;
export type ReportRange = (typeof REPORT_RANGES)[number];
export const CSV_TABLES = ["summary", "daily", "heatmap", "agents"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** What the report settings API answers and takes. */
export interface ReportSettingsView {
  timeZone: string;
  /** AFILNET_TIMEZONE: what applies while no admin chose a zone. */
  defaultTimeZone: string;
}
