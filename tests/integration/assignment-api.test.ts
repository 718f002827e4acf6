import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ChannelsResponse, ConversationResponse, ConversationsResponse } from "@/lib/inbox/types";
import type { AssigneesResponse } from "@/lib/teams/types";
import { startApp, type RunningApp } from "../support/app-server";
import { signIn } from "../support/session";

// The assignment and status routes over real HTTP, in sandbox mode, as the demo accounts.
let app: RunningApp;
const cookies: Record<"admin" | "supervisor" | "agent", string> = { admin: "", supervisor: "", agent: "" };

async function api<T = { error: { code: string; message: string; fields?: Record<string, string> } }>(
  who: keyof typeof cookies,
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${app.url}${path}`, { ...init, headers: { cookie: cookies[who], origin: app.url, "content-type": "application/json", ...init.headers } });
  return { status: res.status, body: (await res.json()) as T };
}
const put = (who: keyof typeof cookies, path: string, body: unknown) => api(who, path, { method: "PUT", body: JSON.stringify(body) });

async function conversationsOf(channelName: string) {
  return vi.waitFor(async () => {
    const { body } = await api<ChannelsResponse>("admin", "/api/channels");
    const channel = body.channels.find((c) => c.name === channelName);
    if (!channel) throw new Error("not mirrored yet");
    const { body: list } = await api<ConversationsResponse>("admin", `/api/channels/${channel.id}/conversations`);
    if (list.conversations.length < 2) throw new Error("not mirrored yet");
    return list.conversations;
  }, { timeout: 20_000, interval: 250 });
}

beforeAll(async () => {
  app = await startApp(3523);
  cookies.admin = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
  cookies.supervisor = await signIn(app.url, "supervisor@switchboard.test", "switchboard-supervisor");
  cookies.agent = await signIn(app.url, "agent@switchboard.test", "switchboard-agent");
}, 120_000);
afterAll(async () => app?.stop());

describe("assignment and status routes", { timeout: 60_000 }, () => {
  it("offers an agent only itself, a supervisor every agent who may own it; refuses an agent assigning others (403) and an assignee without access (422)", async () => {
    const [web] = await conversationsOf("Website chat");
    const [telegram] = await conversationsOf("Telegram Bot");
    const asAgent = await api<AssigneesResponse>("agent", `/api/conversations/${web.id}/assignees`);
    expect(asAgent.status).toBe(200);
    expect(asAgent.body.agents.map((a) => a.name)).toEqual(["Alex Agent"]);
    const alex = asAgent.body.viewer.id;
    const asSupervisor = await api<AssigneesResponse>("supervisor", `/api/conversations/${web.id}/assignees`);
    expect(asSupervisor.body.agents.map((a) => a.name)).toContain("Alex Agent");
    expect(asSupervisor.body.agents.map((a) => a.name)).toContain("Sam Supervisor");
    const sam = asSupervisor.body.viewer.id;
    // Alex is no member of Telegram Bot: not offered there, and refused by name.
    const forTelegram = await api<AssigneesResponse>("supervisor", `/api/conversations/${telegram.id}/assignees`);
    expect(forTelegram.body.agents.map((a) => a.id)).not.toContain(alex);
    const noAccess = await put("supervisor", `/api/conversations/${telegram.id}/assignee`, { assigneeId: alex });
    expect(noAccess).toEqual({ status: 422, body: { error: { code: "assignee_without_access", message: "Alex Agent has no access to this channel.", fields: { assigneeId: "Alex Agent has no access to this channel." } } } });

    const toOther = await put("agent", `/api/conversations/${web.id}/assignee`, { assigneeId: sam });
    expect(toOther.status).toBe(403);
    expect(toOther.body.error.code).toBe("forbidden_assign");

    const mine = await put("agent", `/api/conversations/${web.id}/assignee`, { assigneeId: alex });
    expect(mine).toEqual({ status: 200, body: { conversationId: web.id, assigneeId: alex, previousAssigneeId: null } });
    const seen = await api<ConversationResponse>("supervisor", `/api/conversations/${web.id}`);
    expect(seen.body.conversation.assigneeId).toBe(alex);
    const named = await api<AssigneesResponse>("agent", `/api/conversations/${web.id}/assignees`);
    expect(named.body.assignee).toEqual({ id: alex, name: "Alex Agent" });

    // Taken by the supervisor: now someone else's, so the agent cannot even see it.
    expect((await put("supervisor", `/api/conversations/${web.id}/assignee`, { assigneeId: sam })).status).toBe(200);
    expect((await put("agent", `/api/conversations/${web.id}/assignee`, { assigneeId: alex })).status).toBe(403);
    expect((await put("agent", `/api/conversations/${web.id}/assignee`, { assigneeId: "not-a-uuid" })).status).toBe(403);
    expect((await put("supervisor", `/api/conversations/${web.id}/assignee`, { assigneeId: "not-a-uuid" })).body.error.code).toBe("invalid_input");
  });

  it("sets statuses, refuses a snooze into the past with a message on `until`, and rejects malformed bodies with 4xx", async () => {
    const [, web] = await conversationsOf("Website chat");
    const path = `/api/conversations/${web.id}/status`;
    const past = await put("agent", path, { status: "snoozed", until: new Date(Date.now() - 60_000).toISOString() });
    expect(past).toEqual({ status: 422, body: { error: { code: "invalid_input", message: "Choose a time in the future.", fields: { until: "Choose a time in the future." } } } });
    expect((await put("agent", path, { status: "closed" })).status).toBe(422);
    expect((await put("agent", path, { status: "snoozed", until: "tomorrow" })).body.error.fields).toHaveProperty("until");
    const notJson = await fetch(`${app.url}${path}`, { method: "PUT", headers: { cookie: cookies.agent, origin: app.url, "content-type": "text/plain" }, body: "resolved" });
    expect(notJson.status).toBe(415);

    const until = new Date(Date.now() + 3_600_000).toISOString();
    const snoozed = await put("agent", path, { status: "snoozed", until });
    expect(snoozed).toEqual({ status: 200, body: { conversationId: web.id, status: "snoozed", snoozedUntil: until } });
    const view = await api<ConversationResponse>("agent", `/api/conversations/${web.id}`);
    expect([view.body.conversation.status, view.body.conversation.snoozedUntil]).toEqual(["snoozed", until]);
    expect((await put("agent", path, { status: "resolved" })).status).toBe(200);
    expect((await put("agent", path, { status: "open" })).status).toBe(200);
  });
});
