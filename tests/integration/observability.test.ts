import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { firstMirrored } from "../support/mirrored";
import { signIn } from "../support/session";

const METRICS_TOKEN = "metrics-token-for-the-integration-test";
let app: RunningApp;
let admin: string;

beforeAll(async () => {
  app = await startApp(3304, { METRICS_TOKEN, LOG_LEVEL: "info" });
  admin = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
});
afterAll(async () => app?.stop());

const metrics = (headers: Record<string, string> = {}) => fetch(`${app.url}/api/metrics`, { headers });

/** The values of a series whose labels include `labels`, in any order (Prometheus text format). */
function samples(text: string, name: string, labels: Record<string, string> = {}): number[] {
  return text
    .split("\n")
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)))
    .map((line) => Number(line.slice(line.lastIndexOf(" ") + 1)));
}

describe("GET /api/metrics", () => {
  it("answers 401 without a session or the token, and to a wrong token", async () => {
    expect((await metrics()).status).toBe(401);
    expect((await metrics({ authorization: `Bearer ${"x".repeat(METRICS_TOKEN.length)}` })).status).toBe(401);
  });

  it("answers 403 to a signed-in agent or supervisor", async () => {
    for (const [email, password] of [["agent@switchboard.test", "switchboard-agent"], ["supervisor@switchboard.test", "switchboard-supervisor"]]) {
      const res = await metrics({ cookie: await signIn(app.url, email, password) });
      expect(res.status, email).toBe(403);
      expect((await res.json()).error.code).toBe("forbidden_role");
    }
  });

  it("serves the Prometheus series to an admin and to the token", async () => {
    await fetch(`${app.url}/api/channels`, { headers: { cookie: admin } });
    const body = await vi.waitFor(
      async () => {
        const res = await metrics({ authorization: `Bearer ${METRICS_TOKEN}` });
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
        const text = await res.text();
        expect(samples(text, "switchboard_provider_calls_total", { method: "getchats", outcome: "ok" })[0]).toBeGreaterThan(0);
        expect(samples(text, "switchboard_sync_lag_seconds").length).toBeGreaterThan(0);
        return text;
      },
      { timeout: 20_000, interval: 500 },
    );
    expect(samples(body, "switchboard_outbox_queue_depth")).toHaveLength(1);
    expect(samples(body, "switchboard_outbox_oldest_age_seconds")).toHaveLength(1);
    expect(samples(body, "switchboard_event_streams_open")).toEqual([0]);
    const stream = new AbortController();
    expect((await fetch(`${app.url}/api/events`, { headers: { cookie: admin }, signal: stream.signal })).status).toBe(200);
    const withStream = await (await metrics({ cookie: admin })).text();
    stream.abort();
    expect(samples(withStream, "switchboard_event_streams_open")).toEqual([1]);
    const channelsCount = samples(body, "switchboard_http_request_duration_seconds_count", { route: "/api/channels", method: "GET", status: "200" });
    expect(channelsCount[0]).toBeGreaterThan(0);
    expect((await metrics({ cookie: admin })).status).toBe(200);
  });
});

describe("the app's log", () => {
  it("is one JSON object a line, answers carry a request id, and a reply's text never reaches it", async () => {
    const { conversation } = await firstMirrored(app.url, admin);
    const secret = `private words ${randomUUID()}`;
    const sent = await fetch(`${app.url}/api/conversations/${conversation.id}/messages`, {
      method: "POST",
      headers: { cookie: admin, origin: app.url, "content-type": "application/json" },
      body: JSON.stringify({ idempotencyKey: randomUUID(), text: secret }),
    });
    expect(sent.status).toBe(202);
    expect(sent.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 1500));
    const lines = app.output().split("\n").filter((line) => line.startsWith("{"));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ level: expect.any(Number), time: expect.any(String), service: "switchboard" });
    expect(app.output()).not.toContain(secret);
  });
});
