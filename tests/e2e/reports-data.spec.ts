import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { formatDuration } from "@/lib/format/duration";
import type { ReportResponse } from "@/lib/reports/types";
import { expect, test } from "../fixtures";
import { AppApi, dayIn, heatmapCell, seedReport } from "../support/report-seed";

/**
 * The /reports page (issue 10 part 4) on a data set this test writes through the app's real
 * paths (support/report-seed.ts): every figure on the page, the per-agent table and every CSV
 * match the known answers, and what the API says. The arithmetic itself (medians, percentiles,
 * zones) is checked by the reports' own tests; here, that the page and the downloads show it.
 */

const BOM = "\uFEFF";
// Durations in the page's English ("en-GB"), compared with plain spaces (Intl may use no-break ones).
const plain = (text: string) => text.replace(/\s+/gu, " ").trim();
const duration = (seconds: number) => plain(formatDuration(seconds, "en-GB"));

async function figure(scope: Locator, name: string): Promise<Locator> {
  // Each figure is a <dt> (its name) and a <dd> (its value) in one group.
  return scope.locator("div").filter({ has: scope.page().getByRole("term").filter({ hasText: new RegExp(`^${name}$`) }) }).getByRole("definition");
}

async function expectDuration(cell: Locator, seconds: number | null) {
  if (seconds === null) return expect(cell).toHaveText("No data");
  await expect(cell.locator("time")).toHaveAttribute("datetime", `PT${seconds}S`);
  expect(plain(await cell.innerText())).toBe(duration(seconds));
}

/** Clicks a region's "Export CSV" and reads the download: its name, the BOM, the parsed rows. */
async function downloadCsv(page: Page, region: Locator): Promise<{ name: string; raw: string; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), region.getByRole("link", { name: "Export CSV", exact: true }).click()]);
  const raw = await readFile((await download.path())!, "utf8");
  return { name: download.suggestedFilename(), raw, rows: parse(raw, { bom: true }) as string[][] };
}

const asMap = (rows: string[][]) => Object.fromEntries(rows.slice(1).map(([k, v]) => [k, v]));
const cell = (n: number | null) => (n === null ? "" : String(n));

// Desktop only (playwright.config.ts): the data set is seeded once; the phone checks the layout
// in reports.spec.ts.
test.describe("reports with a seeded data set", () => {

  test("every figure, the per-agent table and every CSV match the known answers", async ({ page, contact, baseURL }) => {
    test.setTimeout(180_000);
    const api = new AppApi(page.request, baseURL!);
    const seed = await seedReport(api, contact);
    let report = undefined as unknown as ReportResponse;
    const query = `range=7d&labelId=${seed.labelId}`;

    // The aggregates follow the writes (the outbox delivers the replies): wait for the known answers.
    await expect
      .poll(async () => {
        report = await api.get<ReportResponse>(`/api/reports?${query}`);
        const zoe = report.agents.find((a) => a.agentId === seed.agent.id);
        return { totals: report.totals, fr: report.firstResponse.count, res: report.resolution.count, zoe: zoe && [zoe.handled, zoe.resolved] };
      }, { timeout: 30_000 })
      .toEqual({ totals: { opened: 4, resolved: 2, reopened: 1, messagesIn: 5, messagesOut: 2 }, fr: 2, res: 2, zoe: [3, 2] });
    const elapsed = (Date.now() - seed.startedAt) / 1000;
    for (const seconds of [report.firstResponse.medianSeconds, report.firstResponse.p90Seconds, report.resolution.medianSeconds, report.resolution.p90Seconds]) {
      expect(seconds).not.toBeNull();
      expect(seconds!).toBeGreaterThanOrEqual(0);
      expect(seconds!).toBeLessThanOrEqual(Math.ceil(elapsed));
    }

    await page.goto(`/reports?${query}`);
    await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
    // The filters read back from the URL.
    await expect(page.getByRole("radio", { name: "7 days" })).toBeChecked();
    await expect(page.getByRole("combobox", { name: "Label", exact: true })).toHaveValue(seed.labelId);
    await expect(page.getByRole("combobox", { name: "Channel", exact: true })).toHaveValue("");

    const summary = page.getByRole("region", { name: "Summary" });
    const expected = { "Conversations opened": 4, Resolved: 2, Reopened: 1, "Messages in": 5, "Messages out": 2 };
    for (const [name, value] of Object.entries(expected)) await expect(await figure(summary, name)).toHaveText(String(value));
    for (const [group, timing] of [["First response time", report.firstResponse], ["Resolution time", report.resolution]] as const) {
      const box = summary.getByRole("group", { name: group });
      await expectDuration(await figure(box, "Median"), timing.medianSeconds);
      await expectDuration(await figure(box, "90th percentile"), timing.p90Seconds);
      await expect(box).toContainText("Over 2 conversations");
    }

    // The per-agent table: the new agent's row, name as typed.
    const agents = page.getByRole("region", { name: "Agents" });
    const zoe = report.agents.find((a) => a.agentId === seed.agent.id)!;
    const row = agents.getByRole("row", { name: new RegExp(seed.agent.name) });
    await expect(row.getByRole("rowheader")).toHaveText(seed.agent.name);
    const cells = row.getByRole("cell");
    await expect(cells.nth(0)).toHaveText("3");
    await expect(cells.nth(1)).toHaveText("2");
    await expectDuration(cells.nth(2), zoe.firstResponseMedianSeconds);
    await expectDuration(cells.nth(3), zoe.resolutionMedianSeconds);
    // Every row the API sent, in its order.
    await expect(agents.getByRole("rowheader")).toHaveText(report.agents.map((a) => a.name));

    // The daily table (under the chart): today's row holds everything, the other days nothing.
    const today = dayIn(new Date(), report.timeZone);
    const daily = page.getByRole("region", { name: "Daily volume" });
    await expect(daily.getByRole("img", { name: "Conversations opened and resolved per day" })).toBeVisible();
    await daily.getByText("Show the data as a table").click();
    await expect(daily.getByRole("row")).toHaveCount(1 + report.daily.length);
    for (const day of report.daily) {
      const want = day.date === today ? [4, 2, 1, 5, 2] : [0, 0, 0, 0, 0];
      const dayRow = daily.getByRole("row").filter({ has: page.locator(`time[datetime="${day.date}"]`) });
      await expect(dayRow.getByRole("cell")).toHaveText(want.map(String));
    }

    // The heatmap's table: each customer message in its weekday × hour of the report zone.
    const heatmap = page.getByRole("region", { name: "Incoming messages by day and hour" });
    await expect(heatmap.getByRole("img", { name: `Incoming messages per weekday and hour, in ${report.timeZone}` })).toBeVisible();
    const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
    for (const at of seed.inboundAt) {
      const { day, hour } = heatmapCell(at, report.timeZone);
      grid[day][hour] += 1;
    }
    expect(report.heatmap).toEqual(grid);
    await heatmap.getByText("Show the data as a table").click();
    const heatRows = heatmap.getByRole("row");
    for (let day = 0; day < 7; day++) await expect(heatRows.nth(day + 1).getByRole("cell")).toHaveText(grid[day].map(String));

    // Each table's CSV: BOM first, English headers, the same cells, accents intact.
    const range = `${report.from}-${report.to}`;
    const summaryCsv = await downloadCsv(page, summary);
    expect(summaryCsv.name).toBe(`switchboard-summary-${range}.csv`);
    expect(summaryCsv.raw.startsWith(BOM)).toBe(true);
    expect(summaryCsv.raw).toContain("\r\n");
    expect(asMap(summaryCsv.rows)).toMatchObject({
      "Conversations opened": "4",
      "Conversations resolved": "2",
      "Conversations reopened": "1",
      "Messages in": "5",
      "Messages out": "2",
      "First response median (seconds)": cell(report.firstResponse.medianSeconds),
      "First response 90th percentile (seconds)": cell(report.firstResponse.p90Seconds),
      "Resolution median (seconds)": cell(report.resolution.medianSeconds),
      "Resolution 90th percentile (seconds)": cell(report.resolution.p90Seconds),
    });

    const dailyCsv = await downloadCsv(page, daily);
    expect(dailyCsv.name).toBe(`switchboard-daily-${range}.csv`);
    expect(dailyCsv.raw.startsWith(BOM)).toBe(true);
    expect(dailyCsv.rows[0]).toEqual(["Date", "Opened", "Resolved", "Reopened", "Messages in", "Messages out"]);
    expect(dailyCsv.rows.slice(1)).toEqual(report.daily.map((d) => [d.date, ...(d.date === today ? [4, 2, 1, 5, 2] : [0, 0, 0, 0, 0]).map(String)]));

    const heatmapCsv = await downloadCsv(page, heatmap);
    expect(heatmapCsv.raw.startsWith(BOM)).toBe(true);
    expect(heatmapCsv.rows.slice(1).map((r) => r.slice(1).map(Number))).toEqual(grid);
    expect(heatmapCsv.rows.slice(1).map((r) => r[0])).toEqual(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

    const agentsCsv = await downloadCsv(page, agents);
    expect(agentsCsv.name).toBe(`switchboard-agents-${range}.csv`);
    expect(agentsCsv.raw.startsWith(BOM)).toBe(true);
    // Decoded as UTF-8, the name reads as typed: "Zoë Núñez", not "ZoÃ« NÃºÃ±ez".
    expect(agentsCsv.rows).toContainEqual([seed.agent.name, "3", "2", cell(zoe.firstResponseMedianSeconds), cell(zoe.resolutionMedianSeconds)]);
    expect(seed.agent.name).toMatch(/^Zoë Núñez /);

    // Choosing an agent narrows the report and goes into the URL; a reload keeps it.
    await page.getByRole("combobox", { name: "Agent", exact: true }).selectOption({ label: seed.agent.name });
    await expect(page).toHaveURL(new RegExp(`agentId=${seed.agent.id}`));
    await expect(await figure(summary, "Conversations opened")).toHaveText("3");
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Agent", exact: true })).toHaveValue(seed.agent.id);
    await expect(await figure(page.getByRole("region", { name: "Summary" }), "Conversations opened")).toHaveText("3");
  });
});
