import { z } from "zod";
import { AppError } from "@/lib/errors";
import { REPORT_RANGES, CSV_TABLES } from "./types";

/** The longest custom range: a year, leap day included. */
export const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;

const isoDay = z
  .string()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date as YYYY-MM-DD.")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "Use a real date as YYYY-MM-DD.")
  // PostgreSQL has no year 0; nothing was written before 1970 anyway.
  .refine((v) => v >= "1970-01-01" && v <= "2999-12-31", "Choose a date between 1970 and 2999.");
const optionalId = (message: string) => z.uuid(message).optional();

/** The query string of `GET /api/reports` (and of the CSV, with `table`). Unknown keys are ignored. */
export const reportQuerySchema = z.object({
  range: z.enum(REPORT_RANGES, "Choose today, 7d, 30d or custom.").default("7d"),
  from: isoDay.optional(),
  to: isoDay.optional(),
  channelId: optionalId("Choose a channel from the list."),
  agentId: optionalId("Choose an agent from the list."),
  labelId: optionalId("Choose a label from the list."),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;

export const csvQuerySchema = reportQuerySchema.extend({
  table: z.enum(CSV_TABLES, "Choose summary, daily, heatmap or agents."),
});

/** The query string as an object for the schemas; an empty value means "no filter" (a blank select). */
export function queryObject(params: URLSearchParams): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const key of ["range", "from", "to", "channelId", "agentId", "labelId", "table"]) {
    const value = params.get(key);
    if (value !== null && value !== "") raw[key] = value;
  }
  return raw;
}

/** Today's date (YYYY-MM-DD) in a zone. */
export function todayIn(timeZone: string, now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, inclusive. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The report's days (inclusive, in the report zone) for a query. */
export function resolveDays(query: ReportQuery, timeZone: string, now: Date): { from: string; to: string } {
  const today = todayIn(timeZone, now);
  switch (query.range) {
    case "today":
      return { from: today, to: today };
    case "7d":
      return { from: addDays(today, -6), to: today };
    case "30d":
      return { from: addDays(today, -29), to: today };
    case "custom": {
      const fields: Record<string, string> = {};
      if (!query.from) fields.from = "Choose the first day.";
      if (!query.to) fields.to = "Choose the last day.";
      if (query.from && query.to) {
        const span = (Date.parse(query.to) - Date.parse(query.from)) / DAY_MS + 1;
        if (span < 1) fields.to = "The last day cannot be before the first.";
        else if (span > MAX_RANGE_DAYS) fields.to = `Choose at most ${MAX_RANGE_DAYS} days.`;
      }
      const first = Object.values(fields)[0];
      if (first) throw new AppError("invalid_input", 422, first, fields);
      return { from: query.from!, to: query.to! };
    }
  }
}
