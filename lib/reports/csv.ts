import { stringify } from "csv-stringify/sync";
import type { CsvTable, ReportResponse } from "./types";

/*
 * The report's tables as CSV for spreadsheets: RFC 4180 (CRLF, fields quoted when they hold a
 * comma, a quote, CR or LF, inner quotes doubled) with a UTF-8 BOM so Excel reads accents
 * right. csv-stringify does the quoting; it does not quote a lone LF when the record delimiter
 * is CRLF, hence `quoted_match`.
 */

type Cell = string | number | null;
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/**
 * A text cell a spreadsheet would run as a formula (= + - @, or a tab/CR that some apps strip
 * first) gets a leading apostrophe: an agent named "=HYPERLINK(…)" stays text. Numbers are ours.
 */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function table(report: ReportResponse, which: CsvTable): { columns: string[]; rows: Cell[][] } {
  switch (which) {
    case "summary": {
      const { totals, firstResponse: fr, resolution: res } = report;
      return {
        columns: ["Metric", "Value"],
        rows: [
          ["Time zone", safeText(report.timeZone)],
          ["From", report.from],
          ["To", report.to],
          ["Conversations opened", totals.opened],
          ["Conversations resolved", totals.resolved],
          ["Conversations reopened", totals.reopened],
          ["Messages in", totals.messagesIn],
          ["Messages out", totals.messagesOut],
          ["First response median (seconds)", fr.medianSeconds],
          ["First response 90th percentile (seconds)", fr.p90Seconds],
          ["First responses", fr.count],
          ["Resolution median (seconds)", res.medianSeconds],
          ["Resolution 90th percentile (seconds)", res.p90Seconds],
          ["Resolutions", res.count],
        ],
      };
    }
    case "daily":
      return {
        columns: ["Date", "Opened", "Resolved", "Reopened", "Messages in", "Messages out"],
        rows: report.daily.map((d) => [d.date, d.opened, d.resolved, d.reopened, d.messagesIn, d.messagesOut]),
      };
    case "heatmap":
      return {
        columns: ["Weekday", ...Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, "0")}:00`)],
        rows: report.heatmap.map((hours, i) => [WEEKDAYS[i], ...hours]),
      };
    case "agents":
      return {
        columns: ["Agent", "Handled", "Resolved", "First response median (seconds)", "Resolution median (seconds)"],
        rows: report.agents.map((a) => [safeText(a.name), a.handled, a.resolved, a.firstResponseMedianSeconds, a.resolutionMedianSeconds]),
      };
  }
}

/** One table of the report as a CSV document (BOM, header row, CRLF). Empty cells for "no figure". */
export function reportCsv(report: ReportResponse, which: CsvTable): string {
  const { columns, rows } = table(report, which);
  return stringify(rows, { header: true, columns, record_delimiter: "windows", bom: true, quoted_match: /[\r\n]/ });
}

export function csvFileName(report: ReportResponse, which: CsvTable): string {
  return `switchboard-${which}-${report.from}-${report.to}.csv`;
}
