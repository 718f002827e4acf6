import { describe, expect, it } from "vitest";
import { csvFileName, reportCsv, safeText } from "./csv";
import type { ReportResponse } from "./types";

const report: ReportResponse = {
  timeZone: "Europe/Madrid",
  from: "2026-11-24",
  to: "2026-11-25",
  totals: { opened: 3, resolved: 2, reopened: 1, messagesIn: 10, messagesOut: 7 },
  firstResponse: { medianSeconds: 90, p90Seconds: 246, count: 4 },
  resolution: { medianSeconds: null, p90Seconds: null, count: 0 },
  daily: [
    { date: "2026-11-24", opened: 1, resolved: 2, reopened: 0, messagesIn: 4, messagesOut: 3 },
    { date: "2026-11-25", opened: 2, resolved: 0, reopened: 1, messagesIn: 6, messagesOut: 4 },
  ],
  heatmap: Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => (d === 0 && h === 9 ? 5 : 0))),
  agents: [
    { agentId: "a", name: "=HYPERLINK(\"http://x\")", handled: 1, resolved: 1, firstResponseMedianSeconds: 60, resolutionMedianSeconds: 600 },
    { agentId: "b", name: 'Zoë "Z" Núñez, Jr.', handled: 2, resolved: 0, firstResponseMedianSeconds: null, resolutionMedianSeconds: null },
    { agentId: "c", name: "Line\nbreak", handled: 0, resolved: 0, firstResponseMedianSeconds: null, resolutionMedianSeconds: null },
  ],
};
const BOM = "\uFEFF";

describe("report CSV", () => {
  it("writes RFC 4180 with a BOM: CRLF, quoted commas, quotes, line breaks, accents kept, formulas defused", () => {
    expect(reportCsv(report, "agents")).toBe(
      BOM +
        "Agent,Handled,Resolved,First response median (seconds),Resolution median (seconds)\r\n" +
        `"'=HYPERLINK(""http://x"")",1,1,60,600\r\n` +
        `"Zoë ""Z"" Núñez, Jr.",2,0,,\r\n` +
        `"Line\nbreak",0,0,,\r\n`,
    );
  });

  it("has the daily, summary and heatmap tables with English headers and seconds", () => {
    expect(reportCsv(report, "daily")).toBe(
      BOM + "Date,Opened,Resolved,Reopened,Messages in,Messages out\r\n2026-11-24,1,2,0,4,3\r\n2026-11-25,2,0,1,6,4\r\n",
    );
    const summary = reportCsv(report, "summary").split("\r\n");
    expect(summary.slice(0, 4)).toEqual([`${BOM}Metric,Value`, "Time zone,Europe/Madrid", "From,2026-11-24", "To,2026-11-25"]);
    expect(summary).toContain("First response 90th percentile (seconds),246");
    expect(summary).toContain("Resolution median (seconds),");
    const heatmap = reportCsv(report, "heatmap").split("\r\n");
    expect(heatmap[0]).toBe(`${BOM}Weekday,${Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, "0")}:00`).join(",")}`);
    expect(heatmap[1]).toBe(`Monday,${[0, 0, 0, 0, 0, 0, 0, 0, 0, 5, ...new Array(14).fill(0)].join(",")}`);
    expect(heatmap).toHaveLength(9); // header, 7 days, and the empty string after the last CRLF
  });

  it("names the file after the table and the range", () => {
    expect(csvFileName(report, "heatmap")).toBe("switchboard-heatmap-2026-11-24-2026-11-25.csv");
  });

  it("prefixes text that a spreadsheet would run as a formula, and only that", () => {
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "Ana", "Zoë"].map(safeText)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "Ana", "Zoë"]);
  });
});
