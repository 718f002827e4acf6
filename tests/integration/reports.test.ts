import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { createTestDatabase } from "../support/postgres";
import { signIn } from "../support/session";

/*
 * GET /api/reports and /api/reports/csv over HTTP on PostgreSQL, on a set this test writes
 * (messages inserted with known times, so the triggers of migration 0012 build the aggregates),
 * in January 2025 where the sandbox's own demo data never is. The report zone is set through
 * the settings API to New York (UTC-5 then), so days and hours are visibly not UTC's.
 */
const NAME = 'Zoë "Z" Núñez, Jr.';
const RANGE = "range=custom&from=2025-01-06&to=2025-01-12";

describe("reports API", { timeout: 60_000 }, () => {
  let app: RunningApp;
  let database: { url: string; drop: () => Promise<void> };
  let sql: postgres.Sql;
  const cookies: Record<string, string> = {};
  let zoe: string;
  let channelId: string;
  const get = (path: string, who = "supervisor") => fetch(`${app.url}${path}`, { headers: cookies[who] ? { cookie: cookies[who] } : {} });
  const getJson = async (path: string, who = "supervisor") => {
    const res = await get(path, who);
    return { status: res.status, body: await res.json() };
  };
  const put = (path: string, body: unknown, who = "admin") =>
    fetch(`${app.url}${path}`, { method: "PUT", headers: { cookie: cookies[who], origin: app.url, "content-type": "application/json" }, body: JSON.stringify(body) });

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startApp(3641, { DATABASE_URL: database.url });
    cookies.admin = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
    cookies.supervisor = await signIn(app.url, "supervisor@switchboard.test", "switchboard-supervisor");
    cookies.agent = await signIn(app.url, "agent@switchboard.test", "switchboard-agent");
    sql = postgres(database.url, { max: 1, onnotice: () => {} });
    [{ id: zoe }] = await sql`insert into agents (email, name, password_hash, role) values ('zoe@report.test', ${NAME}, 'x', 'agent') returning id`;
    [{ id: channelId }] = await sql`insert into channels (platform, platform_id, name) values ('webchat', 'report-test', 'Report test') returning id`;
    const conversation = async (destination: string, assignee: string | null) =>
      (await sql`insert into conversations (channel_id, destination, assignee_id) values (${channelId}, ${destination}, ${assignee}) returning id`)[0].id as string;
    const message = (conv: string, direction: "inbound" | "outbound", at: string, agent: string | null = null) =>
      sql`insert into messages (conversation_id, direction, body, sent_at, sent_by_agent_id) values (${conv}, ${direction}, 'hi', ${at}, ${agent})`;
    // Monday 09:00 in New York: two customer messages, Zoë answers after 300 s.
    const c1 = await conversation("report-1", zoe);
    await message(c1, "inbound", "2025-01-06T14:00:00Z");
    await message(c1, "inbound", "2025-01-06T14:01:00Z");
    await message(c1, "outbound", "2025-01-06T14:05:00Z", zoe);
    // Monday 22:30 in New York (Tuesday in UTC): answered after 100 s.
    const c2 = await conversation("report-2", zoe);
    await message(c2, "inbound", "2025-01-07T03:30:00Z");
    await message(c2, "outbound", "2025-01-07T03:31:40Z", zoe);
    // Wednesday 07:00, unassigned; answered from outside the app (no agent): no first response.
    const c3 = await conversation("report-3", null);
    await message(c3, "inbound", "2025-01-08T12:00:00Z");
    await message(c3, "outbound", "2025-01-08T12:10:00Z");
    // A resolution's time comes from the clock (now()); set it to a known instant instead.
    await sql`update report_cycles set resolved_at = opened_at + interval '3600 seconds' where conversation_id = ${c1}`;
    await sql`update report_cycles set resolved_at = opened_at + interval '7200 seconds' where conversation_id = ${c2}`;
    expect((await put("/api/settings/reports", { timeZone: "America/New_York" })).status).toBe(200);
  });
  afterAll(async () => {
    await sql?.end();
    await app?.stop();
    await database?.drop();
  });

  it("answers 401 signed out, 403 to agents, and keeps the settings to admins", async () => {
    expect((await getJson(`/api/reports?${RANGE}`, "nobody")).status).toBe(401);
    const refused = await getJson(`/api/reports?${RANGE}`, "agent");
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("Only supervisors and admins can see reports.");
    expect((await get(`/api/reports/csv?${RANGE}&table=daily`, "agent")).status).toBe(403);
    expect((await getJson("/api/settings/reports", "supervisor")).status).toBe(403);
    expect((await put("/api/settings/reports", { timeZone: "UTC" }, "supervisor")).status).toBe(403);
    expect((await getJson("/api/settings/reports", "admin")).body).toEqual({ timeZone: "America/New_York", defaultTimeZone: "Europe/Madrid" });
  });

  it("answers 422 with the field for bad ranges, filters, tables and zones", async () => {
    const cases: [string, Record<string, string>][] = [
      ["range=custom&from=2025-01-06", { to: "Choose the last day." }],
      ["range=custom&from=2025-01-06&to=2025-01-05", { to: "The last day cannot be before the first." }],
      ["range=custom&from=2024-01-01&to=2025-01-01", { to: "Choose at most 366 days." }],
      ["range=custom&from=2025-13-01&to=2025-01-01", { from: "Use a real date as YYYY-MM-DD." }],
      ["range=fortnight", { range: "Choose today, 7d, 30d or custom." }],
      ["range=7d&channelId=nope", { channelId: "Choose a channel from the list." }],
      ["range=7d&agentId=7b0c1a52-3c3e-4a43-9d55-0f6f0d3b7e11", { agentId: "This agent does not exist." }],
      ["range=7d&labelId=7b0c1a52-3c3e-4a43-9d55-0f6f0d3b7e11", { labelId: "This label does not exist." }],
    ];
    for (const [query, fields] of cases) {
      const { status, body } = await getJson(`/api/reports?${query}`);
      expect({ query, status, fields: body.error.fields }).toEqual({ query, status: 422, fields });
    }
    const table = await getJson(`/api/reports/csv?${RANGE}&table=everything`);
    expect(table.status).toBe(422);
    expect(table.body.error.fields).toEqual({ table: "Choose summary, daily, heatmap or agents." });
    const zone = await put("/api/settings/reports", { timeZone: "Mars/Olympus" });
    expect(zone.status).toBe(422);
    expect((await zone.json()).error.fields).toEqual({ timeZone: "Choose a time zone from the list." });
  });

  it("answers the seeded figures exactly, in the report zone", async () => {
    const { status, body } = await getJson(`/api/reports?${RANGE}&channelId=${channelId}`);
    expect(status).toBe(200);
    const zero = { opened: 0, resolved: 0, reopened: 0, messagesIn: 0, messagesOut: 0 };
    const heatmap = Array.from({ length: 7 }, () => new Array(24).fill(0));
    heatmap[0][9] = 2;
    heatmap[0][22] = 1;
    heatmap[2][7] = 1;
    expect(body).toMatchObject({
      timeZone: "America/New_York",
      from: "2025-01-06",
      to: "2025-01-12",
      totals: { opened: 3, resolved: 2, reopened: 0, messagesIn: 4, messagesOut: 3 },
      // 100 and 300 s: median 200, p90 100 + 0.9 × 200 = 280.
      firstResponse: { medianSeconds: 200, p90Seconds: 280, count: 2 },
      // 3600 and 7200 s: median 5400, p90 3600 + 0.9 × 3600 = 6840.
      resolution: { medianSeconds: 5400, p90Seconds: 6840, count: 2 },
      daily: [
        { date: "2025-01-06", opened: 2, resolved: 1, reopened: 0, messagesIn: 3, messagesOut: 2 },
        { date: "2025-01-07", ...zero, resolved: 1 },
        { date: "2025-01-08", ...zero, opened: 1, messagesIn: 1, messagesOut: 1 },
        { date: "2025-01-09", ...zero },
        { date: "2025-01-10", ...zero },
        { date: "2025-01-11", ...zero },
        { date: "2025-01-12", ...zero },
      ],
      heatmap,
    });
    expect(body.agents.find((a: { agentId: string }) => a.agentId === zoe)).toEqual({
      agentId: zoe,
      name: NAME,
      handled: 2,
      resolved: 2,
      firstResponseMedianSeconds: 200,
      resolutionMedianSeconds: 5400,
    });
    const names = body.agents.map((a: { name: string }) => a.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, "en")));

    // Zoë only: her replies out (hourly, by sender), the customers of her cycles in.
    const mine = await getJson(`/api/reports?${RANGE}&agentId=${zoe}`);
    expect(mine.body.totals).toEqual({ opened: 2, resolved: 2, reopened: 0, messagesIn: 3, messagesOut: 2 });
    expect(mine.body.agents).toHaveLength(1);
  });

  it("exports CSV: BOM, CRLF, RFC 4180 quoting of a name with a comma, quotes and accents, and a download name", async () => {
    const res = await get(`/api/reports/csv?${RANGE}&channelId=${channelId}&agentId=${zoe}&table=agents`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="switchboard-agents-2025-01-06-2025-01-12.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(
      "\uFEFFAgent,Handled,Resolved,First response median (seconds),Resolution median (seconds)\r\n" + `"Zoë ""Z"" Núñez, Jr.",2,2,200,5400\r\n`,
    );
    const daily = await (await get(`/api/reports/csv?${RANGE}&channelId=${channelId}&table=daily`)).text();
    // text() decodes as UTF-8, which drops the BOM (checked on the bytes above).
    expect(daily.split("\r\n").slice(0, 3)).toEqual(["Date,Opened,Resolved,Reopened,Messages in,Messages out", "2025-01-06,2,1,0,3,2", "2025-01-07,0,1,0,0,0"]);
  });
});
