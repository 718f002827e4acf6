import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { createTestDatabase } from "../support/postgres";
import { signIn } from "../support/session";

/**
 * The settings writes on PostgreSQL, where two requests really run at once: the unique indexes
 * and row locks, not only the read-before-write checks, decide.
 */
describe("settings with DATABASE_URL (PostgreSQL)", () => {
  let app: RunningApp;
  let database: { url: string; drop: () => Promise<void> };
  let cookie: string;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${app.url}${path}`, { method, headers: { cookie, origin: app.url, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startApp(3503, { DATABASE_URL: database.url });
    cookie = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it("gives one of ten simultaneous identical labels a 201 and the rest a 409, never a 500", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => call("POST", "/api/labels", { name: i % 2 ? "Rush" : "RUSH", color: "#ef4444" })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(answers.find((a) => a.status === 409)?.body.error.message).toMatch(/^A label named “(Rush|RUSH)” already exists\.$/);
  });

  it("gives one of five simultaneous agents with one email a 201 and the rest a 409", async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => call("POST", "/api/agents", { name: "Ida", email: "ida@example.com", password: "ida-password", role: "admin" })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
  });

  it("filters the audit log by today's date in the reader's time zone", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { status, body } = await call("GET", `/api/audit?kind=label.created&from=${today}&to=${today}`);
    expect(status).toBe(200);
    expect(body.entries).toHaveLength(1);
  });

  it("lets two admins demote each other at once only so far as one admin remains active", async () => {
    const ida = await signIn(app.url, "ida@example.com", "ida-password");
    const { body } = await call("GET", "/api/agents");
    const id = (email: string) => body.agents.find((a: { email: string }) => a.email === email).id;
    const demote = (as: string, target: string) =>
      fetch(`${app.url}/api/agents/${target}`, { method: "PATCH", headers: { cookie: as, origin: app.url, "content-type": "application/json" }, body: JSON.stringify({ role: "agent" }) }).then((r) => r.status);
    const statuses = await Promise.all([demote(cookie, id("ida@example.com")), demote(ida, id("admin@switchboard.test"))]);
    // The loser is refused by the lock (409) or, if it came second, by its own demotion (403).
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 200)[0]).toBeOneOf([403, 409]);
    const after = await fetch(`${app.url}/api/agents`, { headers: { cookie: statuses[0] === 200 ? cookie : ida } }).then((r) => r.json());
    expect(after.agents.filter((a: { role: string; active: boolean }) => a.role === "admin" && a.active)).toHaveLength(1);
  });
});
