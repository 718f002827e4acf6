import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWith } from "@/lib/api/handler";
import { auditLog, channels, conversationLabels, conversations, labels, reportCycles, reportHourly } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { inboxFixture } from "@/lib/inbox/test-fixtures";
import { queryObject, reportQuerySchema, resolveDays, type ReportQuery } from "./range";
import { buildReport } from "./report";
import { getReportSettings, saveReportSettings } from "./settings";

/*
 * The figures on a hand-made set of aggregate rows whose answers are worked out below:
 * medians and 90th percentiles (percentile_cont interpolates: p90 of 4 values sits 0.7 of the
 * way from the 3rd to the 4th), and days and hours in Europe/Madrid across the switch to summer
 * time on 2026-03-29 (01:00 UTC: CET +1 becomes CEST +2).
 */
type Fx = Awaited<ReturnType<typeof inboxFixture>>;
let fx: Fx;
let other: string;
let labelId: string;
const MADRID = "Europe/Madrid";
const at = (iso: string, plusSeconds = 0) => new Date(Date.parse(iso) + plusSeconds * 1000);
const NIL = "00000000-0000-0000-0000-000000000000";

beforeAll(async () => {
  fx = await inboxFixture();
  const [second] = await fx.db.insert(channels).values({ platform: "telegram", platformId: "200", name: "Bot" }).returning();
  other = second.id;
  const conv = async (n: number, channelId = fx.channel.id) =>
    (await fx.db.insert(conversations).values({ channelId, destination: `3460000000${n}` }).returning())[0].id;
  const ids = [await conv(1), await conv(2), await conv(3), await conv(4), await conv(5, other), await conv(6)];
  const [label] = await fx.db.insert(labels).values({ name: "VIP", color: "#aa0000" }).returning();
  labelId = label.id;
  await fx.db.insert(conversationLabels).values([
    { conversationId: ids[0], labelId },
    { conversationId: ids[2], labelId },
  ]);
  const ana = fx.ana.id;
  const bo = fx.bo.id;
  const cycle = (i: number, assigneeId: string | null, ordinal: number, opened: string, fr: number | null, res: number | null, extra: object = {}) => ({
    conversationId: ids[i],
    channelId: i === 4 ? other : fx.channel.id,
    assigneeId,
    ordinal,
    openedAt: at(opened),
    firstResponseAt: fr === null ? null : at(opened, fr),
    resolvedAt: res === null ? null : at(opened, res),
    ...extra,
  });
  await fx.db.delete(reportCycles);
  await fx.db.insert(reportCycles).values([
    // 10:00 on the 28th in Madrid.
    cycle(0, ana, 1, "2026-03-28T09:00:00Z", 60, 600, { messagesIn: 3, messagesOut: 2 }),
    // 23:30 on the 28th (CET), resolved 23:50.
    cycle(1, ana, 1, "2026-03-28T22:30:00Z", 120, 1200, { messagesIn: 1 }),
    // The same UTC time a day later is 00:30 on the 30th (CEST): a reopening, still open.
    cycle(2, bo, 2, "2026-03-29T22:30:00Z", 300, null, { messagesIn: 2 }),
    // Opened before the range, resolved at 01:30 on the 28th: counts as resolved only.
    cycle(3, null, 1, "2026-03-27T20:00:00Z", null, 16200),
    cycle(4, bo, 1, "2026-03-30T10:00:00Z", 30, 90),
    // 02:00 on the 31st: after the range.
    cycle(5, ana, 1, "2026-03-31T00:00:00Z", 10, 20),
  ]);
  const hour = (iso: string, channelId: string, agentKey: string, messagesIn: number, messagesOut: number) => ({ hour: at(iso), channelId, agentKey, messagesIn, messagesOut });
  await fx.db.delete(reportHourly);
  await fx.db.insert(reportHourly).values([
    hour("2026-03-28T09:00:00Z", fx.channel.id, NIL, 3, 1), // Saturday 10h
    hour("2026-03-28T09:00:00Z", fx.channel.id, ana, 0, 5),
    hour("2026-03-28T22:00:00Z", fx.channel.id, NIL, 1, 0), // Saturday 23h
    hour("2026-03-29T01:00:00Z", fx.channel.id, NIL, 4, 0), // Sunday 03h: 02h does not exist that day
    hour("2026-03-29T22:00:00Z", fx.channel.id, NIL, 2, 0), // Monday 00h
    hour("2026-03-30T10:00:00Z", other, NIL, 7, 0), // Monday 12h
    hour("2026-03-27T22:00:00Z", fx.channel.id, NIL, 100, 0), // 23h on the 27th: before
    hour("2026-03-30T22:00:00Z", fx.channel.id, NIL, 50, 0), // 00h on the 31st: after
  ]);
}, 60_000);
afterAll(async () => {
  await fx?.close();
});

const custom = (extra: Partial<ReportQuery> = {}): ReportQuery => ({ range: "custom", from: "2026-03-28", to: "2026-03-30", ...extra });
const heat = (cells: [number, number, number][]) => {
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const [day, h, n] of cells) grid[day][h] = n;
  return grid;
};
const zeroDay = { opened: 0, resolved: 0, reopened: 0, messagesIn: 0, messagesOut: 0 };

describe("buildReport", { timeout: 30_000 }, () => {
  it("answers every figure of the unfiltered range, in the report zone across a DST change", async () => {
    const report = await buildReport(fx.db, custom(), MADRID);
    expect(report).toEqual({
      timeZone: MADRID,
      from: "2026-03-28",
      to: "2026-03-30",
      totals: { opened: 4, resolved: 4, reopened: 1, messagesIn: 17, messagesOut: 6 },
      // First responses 30, 60, 120, 300: median 90, p90 120 + 0.7 × 180 = 246.
      firstResponse: { medianSeconds: 90, p90Seconds: 246, count: 4 },
      // Resolutions 90, 600, 1200, 16200: median 900, p90 1200 + 0.7 × 15000 = 11700.
      resolution: { medianSeconds: 900, p90Seconds: 11700, count: 4 },
      daily: [
        { date: "2026-03-28", opened: 2, resolved: 3, reopened: 0, messagesIn: 4, messagesOut: 6 },
        { date: "2026-03-29", ...zeroDay, messagesIn: 4 },
        { date: "2026-03-30", opened: 2, resolved: 1, reopened: 1, messagesIn: 9, messagesOut: 0 },
      ],
      heatmap: heat([
        [5, 10, 3],
        [5, 23, 1],
        [6, 3, 4],
        [0, 0, 2],
        [0, 12, 7],
      ]),
      agents: [
        { agentId: fx.ana.id, name: "Ana", handled: 2, resolved: 2, firstResponseMedianSeconds: 90, resolutionMedianSeconds: 900 },
        { agentId: fx.bo.id, name: "Bo", handled: 2, resolved: 1, firstResponseMedianSeconds: 165, resolutionMedianSeconds: 90 },
      ],
    });
  });

  it("filters by channel, by agent (outbound: that agent's replies) and by label (counts from the cycles)", async () => {
    const byChannel = await buildReport(fx.db, custom({ channelId: other }), MADRID);
    expect(byChannel.totals).toEqual({ opened: 1, resolved: 1, reopened: 0, messagesIn: 7, messagesOut: 0 });
    expect(byChannel.firstResponse).toEqual({ medianSeconds: 30, p90Seconds: 30, count: 1 });

    const byAgent = await buildReport(fx.db, custom({ agentId: fx.ana.id }), MADRID);
    expect(byAgent.totals).toEqual({ opened: 2, resolved: 2, reopened: 0, messagesIn: 4, messagesOut: 5 });
    expect(byAgent.agents.map((a) => a.name)).toEqual(["Ana"]);

    const byLabel = await buildReport(fx.db, custom({ labelId }), MADRID);
    expect(byLabel.totals).toEqual({ opened: 2, resolved: 1, reopened: 1, messagesIn: 5, messagesOut: 2 });
    expect(byLabel.heatmap).toEqual(heat([[5, 10, 3], [0, 0, 2]]));
  });

  it("puts an hour of a :30 zone in the local hour it starts in (the documented approximation)", async () => {
    const report = await buildReport(fx.db, { range: "custom", from: "2026-03-28", to: "2026-03-28" }, "Asia/Kolkata");
    // 09:00 UTC is 14:30 in India: hour 14 of Saturday.
    expect(report.heatmap[5][14]).toBe(3);
  });

  it("refuses filters that name nothing with 422 on the field", async () => {
    const missing = "7b0c1a52-3c3e-4a43-9d55-0f6f0d3b7e11";
    await expect(buildReport(fx.db, custom({ channelId: missing, labelId: missing }), MADRID)).rejects.toMatchObject({
      status: 422,
      fields: { channelId: "This channel does not exist.", labelId: "This label does not exist." },
    });
  });
});

describe("report ranges", () => {
  const now = new Date("2026-11-30T23:30:00Z"); // already December 1st in Madrid
  const days = (q: Partial<ReportQuery>) => resolveDays({ range: "7d", ...q } as ReportQuery, MADRID, now);
  it("counts today, 7 and 30 days back in the report zone, today included", () => {
    expect(days({ range: "today" })).toEqual({ from: "2026-12-01", to: "2026-12-01" });
    expect(days({ range: "7d" })).toEqual({ from: "2026-11-25", to: "2026-12-01" });
    expect(days({ range: "30d" })).toEqual({ from: "2026-11-02", to: "2026-12-01" });
    expect(days({ range: "custom", from: "2025-01-01", to: "2026-01-01" })).toEqual({ from: "2025-01-01", to: "2026-01-01" });
  });

  const refusal = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return { status: (e as AppError).status, fields: (e as AppError).fields };
    }
    return null;
  };
  it("refuses a custom range without dates, backwards, or over 366 days; and bad values, with fields", () => {
    expect(refusal(() => days({ range: "custom" }))).toEqual({ status: 422, fields: { from: "Choose the first day.", to: "Choose the last day." } });
    expect(refusal(() => days({ range: "custom", from: "2026-03-02", to: "2026-03-01" }))).toEqual({ status: 422, fields: { to: "The last day cannot be before the first." } });
    expect(refusal(() => days({ range: "custom", from: "2025-01-01", to: "2026-01-02" }))).toEqual({ status: 422, fields: { to: "Choose at most 366 days." } });
    const parse = (qs: string) => refusal(() => parseWith(reportQuerySchema, queryObject(new URLSearchParams(qs))));
    expect(parse("range=week")).toMatchObject({ status: 422, fields: { range: expect.any(String) } });
    expect(parse("range=custom&from=2026-02-30&to=2026-03-01")).toMatchObject({ status: 422, fields: { from: "Use a real date as YYYY-MM-DD." } });
    expect(parse("agentId=42")).toMatchObject({ status: 422, fields: { agentId: "Choose an agent from the list." } });
    expect(parse("range=custom&from=0000-01-01&to=0000-01-02")).toMatchObject({ status: 422, fields: { from: "Choose a date between 1970 and 2999." } });
    expect(parse("range=today&channelId=")).toBeNull();
  });
});

describe("report settings", { timeout: 30_000 }, () => {
  it("fall back to the default zone, save one, and audit the change", async () => {
    expect(await getReportSettings(fx.db, MADRID)).toEqual({ timeZone: MADRID, defaultTimeZone: MADRID });
    const actor = { id: fx.bo.id, email: fx.bo.email };
    expect(await saveReportSettings(fx.db, actor, { timeZone: "Asia/Kolkata" }, MADRID)).toEqual({ timeZone: "Asia/Kolkata", defaultTimeZone: MADRID });
    expect(await getReportSettings(fx.db, MADRID)).toEqual({ timeZone: "Asia/Kolkata", defaultTimeZone: MADRID });
    const entries = await fx.db.select().from(auditLog).where(eq(auditLog.kind, "report_settings.updated"));
    expect(entries).toMatchObject([{ actorId: fx.bo.id, before: { timeZone: MADRID }, after: { timeZone: "Asia/Kolkata" } }]);
  });
});
