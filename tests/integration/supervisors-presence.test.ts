import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ChannelsResponse, ConversationsResponse, ConversationView, ThreadResponse } from "@/lib/inbox/types";
import type { AuditPage } from "@/lib/teams/audit-query";
import type { AssigneesResponse, PresenceResponse } from "@/lib/teams/types";
import type { RunningApp } from "../support/app-server";
import { startTeamApp, type TeamApp } from "../support/team-app";
import { connectSse } from "../support/sse-client";

/*
 * Issue 10 parts 1 and 3 over real HTTP on PostgreSQL: an agent's presence (activity, the
 * Online/Away choice) as supervisors see it, and a supervisor's silent viewing until "Join".
 */

let app: RunningApp;
let sql: postgres.Sql;
type Who = "admin" | "supervisor" | "agent" | "nobody";
const cookies: Record<Who, string> = { admin: "", supervisor: "", agent: "", nobody: "" };

async function call<T>(who: Who, method: string, path: string, body?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${app.url}${path}`, { method, body, headers: { cookie: cookies[who], origin: app.url, "content-type": "application/json" } });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}
const get = <T>(who: Who, path: string) => call<T>(who, "GET", path);
const send = <T>(who: Who, method: string, path: string, body: unknown = {}) => call<T>(who, method, path, JSON.stringify(body));
type ErrorBody = { error: { code: string; message: string } };

/** An unassigned, open conversation of WhatsApp Support (the demo agent is a member). */
async function unassignedConversation(): Promise<{ channelId: string; conversation: ConversationView }> {
  return vi.waitFor(
    async () => {
      const { body } = await get<ChannelsResponse>("admin", "/api/channels");
      const channel = body.channels.find((c) => c.name === "WhatsApp Support");
      if (!channel) throw new Error("channel not mirrored yet");
      const { body: list } = await get<ConversationsResponse>("agent", `/api/channels/${channel.id}/conversations`);
      const found = list.conversations.find((c) => c.assigneeId === null && c.status === "open");
      if (!found) throw new Error("no conversation yet");
      return { channelId: channel.id, conversation: found };
    },
    { timeout: 30_000, interval: 250 },
  );
}

/** The conversation as `who`'s list shows it (its unread count is that person's). */
async function asListed(who: Who, channelId: string, conversationId: string): Promise<ConversationView> {
  const { body } = await get<ConversationsResponse>(who, `/api/channels/${channelId}/conversations`);
  return body.conversations.find((c) => c.id === conversationId)!;
}

let team: TeamApp | undefined;
beforeAll(async () => {
  team = await startTeamApp(3601);
  ({ app, sql } = team);
  Object.assign(cookies, team.cookies);
}, 120_000);
afterAll(async () => team?.stop());

describe("presence routes", () => {
  it("answer a visitor 401, a bad body 422 and an oversized one 413", async () => {
    expect((await send("nobody", "POST", "/api/profile/activity")).status).toBe(401);
    expect((await get("nobody", "/api/profile/presence")).status).toBe(401);
    expect((await send("nobody", "PUT", "/api/profile/presence", { away: true })).status).toBe(401);
    for (const bad of [{}, { away: "yes" }, { away: true, extra: 1 }]) {
      const res = await send<ErrorBody>("agent", "PUT", "/api/profile/presence", bad);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe("invalid_input");
    }
    expect((await send<ErrorBody>("agent", "POST", "/api/profile/activity", { active: true })).status).toBe(422);
    const huge = { away: true, pad: "x".repeat(2_000) };
    expect((await send<ErrorBody>("agent", "PUT", "/api/profile/presence", huge)).status).toBe(413);
    expect((await send<ErrorBody>("agent", "POST", "/api/profile/activity", { pad: "x".repeat(2_000) })).status).toBe(413);
    // Nothing bad was kept: the agent never chose Away.
    expect((await get<PresenceResponse>("agent", "/api/profile/presence")).body.away).toBe(false);
  });

  it("activity brings the agent Online, the choice of Away holds until Online is chosen; supervisors see each change live and in the Assign menu", async () => {
    const { conversation } = await unassignedConversation();
    const [{ id: agentId }] = await sql<{ id: string }[]>`select id from agents where email = 'agent@switchboard.test'`;
    const seenBySupervisor = async () =>
      (await get<AssigneesResponse>("supervisor", `/api/conversations/${conversation.id}/assignees`)).body.agents.find((a) => a.id === agentId)?.presence;
    const stream = await connectSse(`${app.url}/api/events`, { cookie: cookies.supervisor });
    try {
      expect(await seenBySupervisor()).toBe("offline");
      expect((await send<PresenceResponse>("agent", "POST", "/api/profile/activity")).body).toEqual({ presence: "online", away: false });
      expect(await seenBySupervisor()).toBe("online");

      expect((await send<PresenceResponse>("agent", "PUT", "/api/profile/presence", { away: true })).body).toEqual({ presence: "away", away: true });
      expect((await get<PresenceResponse>("agent", "/api/profile/presence")).body).toEqual({ presence: "away", away: true });
      expect(await seenBySupervisor()).toBe("away");
      // Input does not undo a chosen Away.
      expect((await send<PresenceResponse>("agent", "POST", "/api/profile/activity")).body.presence).toBe("away");

      expect((await send<PresenceResponse>("agent", "PUT", "/api/profile/presence", { away: false })).body).toEqual({ presence: "online", away: false });
      expect(await seenBySupervisor()).toBe("online");
      // The agent's (the supervisor's own coming online may be announced to them too).
      const announced = () =>
        stream.events.map((e) => e.data as { type: string; agentId?: string }).filter((e) => e.type === "agent.presence" && e.agentId === agentId);
      await vi.waitFor(() => expect(announced()).toHaveLength(3), { timeout: 5_000, interval: 100 });
      expect(announced()).toEqual(["online", "away", "online"].map((presence) => ({ type: "agent.presence", agentId, presence })));
    } finally {
      stream.close();
    }
  });

  it("opening an idle agent's inbox brings it Online and tells that agent's own new stream so (its dot must not wait for a minute's refetch)", async () => {
    const [{ id: agentId }] = await sql<{ id: string }[]>`
      update agents set last_seen_at = now(), last_active_at = now() - interval '10 minutes', away_chosen = false
      where email = 'agent@switchboard.test' returning id`;
    expect((await get<PresenceResponse>("agent", "/api/profile/presence")).body.presence).toBe("away");
    const stream = await connectSse(`${app.url}/api/events`, { cookie: cookies.agent });
    try {
      const own = () => stream.events.map((e) => e.data as { type: string; agentId?: string }).filter((e) => e.type === "agent.presence" && e.agentId === agentId);
      await vi.waitFor(() => expect(own()).toEqual([{ type: "agent.presence", agentId, presence: "online" }]), { timeout: 5_000, interval: 100 });
    } finally {
      stream.close();
    }
  });
});

describe("silent viewing", () => {
  it("a supervisor's look changes nothing the agent sees, writing waits for Join, and joining is audited", async () => {
    const { channelId, conversation } = await unassignedConversation();
    const id = conversation.id;
    // Something unread for both, so a moved marker would show.
    const [{ id: simulatorChannel }] = await sql<{ id: number }[]>`
      select s.id from sandbox_channels s join channels c on c.platform = s.platform and c.platform_id = s.platform_id where c.id = ${channelId}`;
    const inbound = await fetch(`${app.url}/sandbox/simulator/channels/${simulatorChannel}/chats/${encodeURIComponent(conversation.destination)}/messages`, {
      method: "POST",
      headers: { origin: app.url, "content-type": "application/json" },
      body: JSON.stringify({ text: `silent check ${randomUUID()}` }),
    });
    expect(inbound.status).toBe(201);
    // Mirrored (the counts below must not move under the test's feet).
    await vi.waitFor(async () => expect((await asListed("agent", channelId, id)).inboundCount).toBe(conversation.inboundCount + 1), { timeout: 20_000, interval: 250 });
    expect((await asListed("agent", channelId, id)).unreadCount).toBeGreaterThan(0);
    const before = { agent: await asListed("agent", channelId, id), supervisor: await asListed("supervisor", channelId, id) };
    const activeBefore = (await sql<{ at: Date | null }[]>`select last_active_at as at from agents where email = 'supervisor@switchboard.test'`)[0].at;

    const thread = await get<ThreadResponse>("supervisor", `/api/conversations/${id}/messages`);
    expect(thread.body.silent).toBe(true);
    expect((await get<ThreadResponse>("admin", `/api/conversations/${id}/messages`)).body.silent).toBe(false);
    expect((await get<ThreadResponse>("agent", `/api/conversations/${id}/messages`)).body.silent).toBe(false);
    // Marking read is ignored; replies and notes are refused with a reason.
    expect((await send("supervisor", "POST", `/api/conversations/${id}/read`)).status).toBe(204);
    const reply = await send<ErrorBody>("supervisor", "POST", `/api/conversations/${id}/messages`, { idempotencyKey: randomUUID(), text: "not yet" });
    expect(reply.status).toBe(403);
    expect(reply.body.error).toEqual({ code: "join_first", message: expect.stringContaining("Join") });
    expect((await send<ErrorBody>("supervisor", "POST", `/api/conversations/${id}/notes`, { text: "not yet" })).body.error.code).toBe("join_first");

    const after = { agent: await asListed("agent", channelId, id), supervisor: await asListed("supervisor", channelId, id) };
    for (const who of ["agent", "supervisor"] as const) {
      expect(after[who]).toMatchObject({ unreadCount: before[who].unreadCount, assigneeId: null, status: "open" });
    }
    const activeAfter = (await sql<{ at: Date | null }[]>`select last_active_at as at from agents where email = 'supervisor@switchboard.test'`)[0].at;
    expect(activeAfter).toEqual(activeBefore);
    expect(await sql`select 1 from audit_log where target_id = ${id}`).toHaveLength(0);

    // Join: agents may not (403), a made-up conversation is 404; the supervisor's answer is 204.
    expect((await send<ErrorBody>("agent", "POST", `/api/conversations/${id}/join`)).status).toBe(403);
    expect((await send<ErrorBody>("supervisor", "POST", `/api/conversations/${randomUUID()}/join`)).status).toBe(404);
    expect((await send("supervisor", "POST", `/api/conversations/${id}/join`)).status).toBe(204);
    expect((await send("supervisor", "POST", `/api/conversations/${id}/join`)).status).toBe(204);
    expect((await get<ThreadResponse>("supervisor", `/api/conversations/${id}/messages`)).body.silent).toBe(false);
    expect((await send("supervisor", "POST", `/api/conversations/${id}/messages`, { idempotencyKey: randomUUID(), text: "joined now" })).status).toBe(202);
    expect((await send("supervisor", "POST", `/api/conversations/${id}/notes`, { text: "joined note" })).status).toBe(201);
    expect((await send("supervisor", "POST", `/api/conversations/${id}/read`)).status).toBe(200);

    const audit = await get<AuditPage>("admin", "/api/audit?kind=conversation.joined");
    const joined = audit.body.entries.filter((e) => e.target?.id === id);
    expect(joined).toHaveLength(1);
    expect(joined[0].actor?.email).toBe("supervisor@switchboard.test");
  });
});
