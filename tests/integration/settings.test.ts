import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { signIn } from "../support/session";
import type { ChannelsResponse } from "@/lib/inbox/types";

/**
 * The settings API over real HTTP: who may call it (admin only, but labels and canned replies
 * are readable by everyone), what a duplicate and bad input answer, and what the audit log keeps.
 */

let app: RunningApp;
const cookies: Record<"admin" | "supervisor" | "agent", string> = { admin: "", supervisor: "", agent: "" };

async function call(as: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: { cookie: as, origin: app.url, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

let channels: ChannelsResponse["channels"];

beforeAll(async () => {
  app = await startApp(3501);
  cookies.admin = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
  cookies.supervisor = await signIn(app.url, "supervisor@switchboard.test", "switchboard-supervisor");
  cookies.agent = await signIn(app.url, "agent@switchboard.test", "switchboard-agent");
  channels = await vi.waitFor(async () => {
    const { body } = await call(cookies.admin, "GET", "/api/channels");
    expect(body.channels).toHaveLength(3);
    return body.channels;
  }, { timeout: 15_000, interval: 200 });
});
afterAll(async () => app?.stop());

const admin = () => cookies.admin;

describe("settings routes", () => {
  it("refuse agents and supervisors with 403 JSON, while labels and canned replies stay readable to all", async () => {
    const uuid = channels[0].id;
    const adminOnly: [string, string, unknown?][] = [
      ["GET", "/api/agents"],
      ["POST", "/api/agents", { name: "X", email: "x@example.com", password: "long-enough", role: "agent" }],
      ["PATCH", `/api/agents/${uuid}`, { capacity: 3 }],
      ["GET", "/api/settings/channels"],
      ["PATCH", `/api/settings/channels/${uuid}`, { displayName: "X", autoAssign: true }],
      ["POST", "/api/labels", { name: "X", color: "#000000" }],
      ["PATCH", `/api/labels/${uuid}`, { name: "Y" }],
      ["DELETE", `/api/labels/${uuid}`],
      ["POST", "/api/canned-replies", { shortcut: "x", body: "x" }],
      ["PATCH", `/api/canned-replies/${uuid}`, { body: "y" }],
      ["DELETE", `/api/canned-replies/${uuid}`],
      ["GET", "/api/audit"],
    ];
    for (const who of ["agent", "supervisor"] as const) {
      for (const [method, path, body] of adminOnly) {
        const res = await call(cookies[who], method, path, body);
        expect(res.status, `${who} ${method} ${path}`).toBe(403);
        expect(res.body.error.code).toBe("forbidden_role");
      }
      expect((await call(cookies[who], "GET", "/api/labels")).status).toBe(200);
      expect((await call(cookies[who], "GET", "/api/canned-replies")).status).toBe(200);
      expect((await call(cookies[who], "GET", "/api/profile")).status).toBe(200);
    }
    expect((await call("", "GET", "/api/labels")).status).toBe(401);
  });

  it("will not demote the last active admin (409) and says why", async () => {
    const { body: list } = await call(admin(), "GET", "/api/agents");
    const me = list.agents.find((a: { email: string }) => a.email === "admin@switchboard.test");
    const res = await call(admin(), "PATCH", `/api/agents/${me.id}`, { role: "agent" });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: "last_admin", message: expect.stringContaining("last active admin") });
  });

  it("adds an agent with one channel: it sees only that channel; a second with the same email is a 409", async () => {
    const only = channels[0];
    const created = await call(admin(), "POST", "/api/agents", { name: "Gil", email: "gil@example.com", password: "gil-password", role: "agent", channelIds: [only.id] });
    expect(created.status).toBe(201);
    expect(created.body.agent).toMatchObject({ email: "gil@example.com", channelIds: [only.id] });
    const gil = await signIn(app.url, "gil@example.com", "gil-password");
    expect((await call(gil, "GET", "/api/channels")).body.channels.map((c: { id: string }) => c.id)).toEqual([only.id]);
    expect((await call(gil, "GET", `/api/channels/${channels[1].id}/conversations`)).status).toBe(403);

    const again = await call(admin(), "POST", "/api/agents", { name: "Gil 2", email: "GIL@example.com", password: "other-password", role: "agent" });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe("An agent with this email already exists.");

    // Deactivated: its session stops working at once.
    expect((await call(admin(), "PATCH", `/api/agents/${created.body.agent.id}`, { active: false })).status).toBe(200);
    expect((await call(gil, "GET", "/api/channels")).status).toBe(401);
  });

  it("answers bad input with 422 and a message per field", async () => {
    const bad = await call(admin(), "POST", "/api/agents", { name: "", email: "not-an-email", password: "short", role: "owner", capacity: 501 });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["capacity", "email", "name", "password", "role"]);
    expect((await call(admin(), "POST", "/api/agents", { name: "Long", email: "long@example.com", password: "é".repeat(37), role: "agent" })).body.error.fields.password).toMatch(/72 bytes/);
    expect((await call(admin(), "POST", "/api/labels", { name: "x".repeat(41), color: "red" })).body.error.fields).toEqual({
      name: "The label name must be at most 40 characters.",
      color: "A colour is #rrggbb.",
    });
    expect((await call(admin(), "POST", "/api/canned-replies", { shortcut: "has space", body: "" })).body.error.fields).toMatchObject({ shortcut: expect.any(String), body: "The text is required." });
    expect((await call(admin(), "PATCH", "/api/profile", { name: "Admin", timeZone: "Mars/Olympus" })).body.error.fields).toEqual({ timeZone: "Choose a time zone from the list." });
    expect((await call(admin(), "POST", "/api/profile/password", { currentPassword: "wrong-one", newPassword: "new-password" })).body.error.fields).toEqual({
      currentPassword: "The current password is not right.",
    });
    expect((await call(admin(), "GET", "/api/audit?kind=nope&from=2026-02-30")).status).toBe(422);
  });

  it("manages labels: sorted for everyone, a duplicate name in any case is a 409 naming it", async () => {
    const made = await call(admin(), "POST", "/api/labels", { name: "Urgent", color: "#EF4444" });
    expect(made.status).toBe(201);
    await call(admin(), "POST", "/api/labels", { name: "billing", color: "#3b82f6" });
    const dup = await call(admin(), "POST", "/api/labels", { name: "URGENT", color: "#000000" });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toBe("A label named “URGENT” already exists.");
    expect((await call(admin(), "PATCH", `/api/labels/${made.body.label.id}`, { color: "#22c55e" })).body.label.color).toBe("#22c55e");
    expect((await call(cookies.agent, "GET", "/api/labels")).body.labels.map((l: { name: string }) => l.name)).toEqual(["billing", "Urgent"]);
    expect((await call(admin(), "DELETE", `/api/labels/${made.body.label.id}`)).status).toBe(200);
    expect((await call(admin(), "DELETE", `/api/labels/${made.body.label.id}`)).status).toBe(404);
  });

  it("manages canned replies: a used shortcut is a 409 naming it", async () => {
    expect((await call(admin(), "POST", "/api/canned-replies", { shortcut: "/thanks", body: "Thanks, {{contact.name}}!" })).status).toBe(201);
    const dup = await call(admin(), "POST", "/api/canned-replies", { shortcut: "Thanks", body: "x" });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toBe("The shortcut /Thanks is already used.");
    expect((await call(cookies.agent, "GET", "/api/canned-replies")).body.cannedReplies).toEqual([{ id: expect.any(String), shortcut: "thanks", body: "Thanks, {{contact.name}}!" }]);
  });

  it("gives a channel a display name the inbox shows, keeping the provider's name", async () => {
    const target = channels[1];
    expect((await call(admin(), "PATCH", `/api/settings/channels/${target.id}`, { displayName: "Front desk", autoAssign: true })).status).toBe(200);
    const listed = (await call(admin(), "GET", "/api/channels")).body.channels.find((c: { id: string }) => c.id === target.id);
    expect(listed).toMatchObject({ name: "Front desk", providerName: target.name });
  });

  it("keeps sign-ins (with the address), failed ones for unknown emails (no actor, no password) and agent changes in the audit log", async () => {
    await fetch(`${app.url}/api/session`, { method: "POST", headers: { "content-type": "application/json", origin: app.url }, body: JSON.stringify({ email: "nobody@example.com", password: "secret-guess" }) });
    const signIns = (await call(admin(), "GET", "/api/audit?kind=sign_in")).body.entries;
    expect(signIns.some((e: { actor: { email: string }; address: string }) => e.actor?.email === "admin@switchboard.test" && e.address)).toBe(true);
    const failed = (await call(admin(), "GET", "/api/audit?kind=sign_in_failed")).body.entries;
    expect(failed[0]).toMatchObject({ actor: null, after: { email: "nobody@example.com" } });
    expect(JSON.stringify(failed)).not.toContain("secret-guess");
    const created = (await call(admin(), "GET", "/api/audit?kind=agent.created")).body.entries;
    expect(created[0]).toMatchObject({ after: { email: "gil@example.com" }, actor: { email: "admin@switchboard.test" } });
    const kinds = (await call(admin(), "GET", "/api/audit")).body.entries.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["agent.deactivated", "label.created", "label.deleted", "canned_reply.created", "channel.updated"]));
  });

  it("records a sign-out", async () => {
    const extra = await signIn(app.url, "supervisor@switchboard.test", "switchboard-supervisor");
    expect((await call(extra, "DELETE", "/api/session")).status).toBe(200);
    const entries = (await call(admin(), "GET", "/api/audit?kind=sign_out")).body.entries;
    expect(entries[0]).toMatchObject({ actor: { email: "supervisor@switchboard.test" }, after: { scope: "this-device" } });
  });
});
