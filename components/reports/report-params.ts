import { REPORT_RANGES as RANGES, type CsvTable, type ReportRange } from "@/lib/reports/types";

/**
 * The report's filters as they live in the page's URL (so a report can be shared and reloaded)
 * and as they go to `GET /api/reports` and `/api/reports/csv`: the same query string for all
 * three. Browser-safe and free of zod: the API validates and answers 422 with the reason, which
 * the page shows beside the filters.
 */
export { RANGES, type CsvTable, type ReportRange };

export interface ReportFilters {
  range: ReportRange;
  /** YYYY-MM-DD, only sent for "custom". */
  from: string;
  to: string;
  /** "" = all. */
  channelId: string;
  agentId: string;
  labelId: string;
}

export const DEFAULT_RANGE: ReportRange = "7d";
const KEYS = ["channelId", "agentId", "labelId"] as const;
// Long enough for a uuid or a date; anything longer is not ours and is dropped, not echoed back.
const MAX_VALUE = 64;

interface ParamsLike {
  get(name: string): string | null;
}

const read = (params: ParamsLike, key: string) => {
  const value = params.get(key) ?? "";
  return value.length <= MAX_VALUE ? value : "";
};

export function readFilters(params: ParamsLike): ReportFilters {
  const range = params.get("range");
  return {
    range: (RANGES as readonly (string | null)[]).includes(range) ? (range as ReportRange) : DEFAULT_RANGE,
    from: read(params, "from"),
    to: read(params, "to"),
    channelId: read(params, "channelId"),
    agentId: read(params, "agentId"),
    labelId: read(params, "labelId"),
  };
}

/** Only what is set: dates only for a custom range, ids only when one is chosen. */
export function filtersQuery(filters: ReportFilters): string {
  const query = new URLSearchParams({ range: filters.range });
  if (filters.range === "custom") {
    query.set("from", filters.from);
    query.set("to", filters.to);
  }
  for (const key of KEYS) if (filters[key]) query.set(key, filters[key]);
  return query.toString();
}

export const reportUrl = (filters: ReportFilters) => `/api/reports?${filtersQuery(filters)}`;
export const csvUrl = (table: CsvTable, filters: ReportFilters) => `/api/reports/csv?table=${table}&${filtersQuery(filters)}`;
