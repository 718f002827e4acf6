import { describe, expect, it } from "vitest";
import { csvUrl, filtersQuery, readFilters, reportUrl } from "./report-params";

const params = (query: string) => new URLSearchParams(query);

describe("report filters in the URL", () => {
  it("defaults to the last 7 days, every channel, agent and label", () => {
    expect(readFilters(params(""))).toEqual({ range: "7d", from: "", to: "", channelId: "", agentId: "", labelId: "" });
    expect(readFilters(params("range=yesterday")).range).toBe("7d");
  });

  it("reads back what it wrote", () => {
    const filters = { range: "custom", from: "2026-11-01", to: "2026-11-30", channelId: "c1", agentId: "a1", labelId: "l1" } as const;
    expect(readFilters(params(filtersQuery(filters)))).toEqual(filters);
  });

  it("sends dates only for a custom range and ids only when chosen", () => {
    expect(filtersQuery({ range: "30d", from: "2026-11-01", to: "2026-11-30", channelId: "", agentId: "a1", labelId: "" })).toBe("range=30d&agentId=a1");
    expect(reportUrl(readFilters(params("range=today&labelId=l%201")))).toBe("/api/reports?range=today&labelId=l+1");
    expect(csvUrl("agents", readFilters(params("range=custom&from=2026-11-01&to=2026-11-02")))).toBe("/api/reports/csv?table=agents&range=custom&from=2026-11-01&to=2026-11-02");
  });

  it("drops values too long to be an id or a date", () => {
    expect(readFilters(params(`channelId=${"x".repeat(65)}`)).channelId).toBe("");
  });
});
