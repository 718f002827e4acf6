import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { signIn } from "../support/session";
import { connectSse } from "../support/sse-client";
import type { ChannelsResponse, ConversationsResponse, MarkReadResponse, SendReplyResponse, ThreadResponse } from "@/lib/inbox/types";

let app: RunningApp;
let cookie: string;

async function api<T>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${app.url}${path}`, { ...init, headers: { cookie, origin: app.url, "content-type": "application/json", ...init.headers } });
  return { status: res.status, body: (await res.json()) as T };
}

/** The first conversation of the first channel, once the sync engine has mirrored them. */
async function firstConversation() {
  return vi.waitFor(async () => {
    const { body: ch } = await api<ChannelsResponse>("/api/channels");
    const { body: list } = await api<ConversationsResponse>(`/api/channels/${ch.channels[0].id}/conversations`);
    if (!list.conversations[0]) throw new Error("not mirrored yet");
    return { channel: ch.channels[0], conversation: list.conversations[0] };
  }, { timeout: 15_000, interval: 200 });
}

async function simulatorChannelId(platformId: string): Promise<string> {
  const sim = await fetch(`${app.url}/sandbox/simulator/channels`).then((r) => r.json());
  return sim.channels.find((c: { platformId: string }) => c.platformId === platformId).id;
}

async function writeAsContact(platformId: string, destination: string, text: string) {
  const res = await fetch(`${app.url}/sandbox/simulator/channels/${await simulatorChannelId(platformId)}/chats/${encodeURIComponent(destination)}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.url },
    body: JSON.stringify({ text }),
  });
  expect(res.status).toBe(201);
}

const lastMessage = async (conversationId: string) => (await api<ThreadResponse>(`/api/conversations/${conversationId}/messages`)).body.messages.at(-1);

beforeAll(async () => {
  app = await startApp(3117);
  cookie = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
});
afterAll(async () => app?.stop());

describe("the API in sandbox mode", () => {
  it("answers health without a session, with the mode and the database state", async () => {
    const res = await fetch(`${app.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", mode: "sandbox", database: { kind: "pglite", state: "ok" }, sync: { role: "leader" } });
  });

  it("answers 401 JSON to every inbox route without a session", async () => {
    for (const path of ["/api/channels", "/api/channels/00000000-0000-0000-0000-000000000000/conversations", "/api/conversations/00000000-0000-0000-0000-000000000000/messages"]) {
      const res = await fetch(`${app.url}${path}`);
      expect(res.status, path).toBe(401);
      expect((await res.json()).error.code).toBe("unauthorized");
    }
  });

  it("refuses a wrong password at sign-in", async () => {
    await expect(signIn(app.url, "admin@switchboard.test", "not-the-password")).rejects.toThrow(/sign-in failed/);
  });

  it("lists the seeded demo channels, mirrored, with stable ids", async () => {
    const first = await vi.waitFor(async () => {
      const res = await api<ChannelsResponse>("/api/channels");
      expect(res.body.channels).toHaveLength(3);
      return res;
    }, { timeout: 15_000, interval: 200 });
    const second = await api<ChannelsResponse>("/api/channels");
    expect(first.status).toBe(200);
    expect(new Set(first.body.channels.map((c) => c.platform))).toEqual(new Set(["webchat", "whatsapp", "telegram"]));
    expect(second.body.channels.map((c) => c.id)).toEqual(first.body.channels.map((c) => c.id));
  });

  it("lists a channel's conversations newest first and opens a thread oldest first", async () => {
    const { channel } = await firstConversation();
    const { body } = await api<ConversationsResponse>(`/api/channels/${channel.id}/conversations`);
    const times = body.conversations.map((c) => Date.parse(c.lastMessage!.at));
    expect(times.length).toBeGreaterThan(1);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const thread = await vi.waitFor(async () => {
      const res = await api<ThreadResponse>(`/api/conversations/${body.conversations[0].id}/messages`);
      expect(res.body.messages.length).toBeGreaterThan(0);
      return res;
    }, { timeout: 15_000, interval: 200 });
    const at = thread.body.messages.map((m) => Date.parse(m.at));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("sends a reply that reaches the contact simulator, emoji and accents intact", async () => {
    const { channel, conversation } = await firstConversation();
    const text = `Hola, ¿qué tal? Ça va 🎉 ${Date.now()}`;
    const idempotencyKey = randomUUID();
    const sent = await api<SendReplyResponse>(`/api/conversations/${conversation.id}/messages`, { method: "POST", body: JSON.stringify({ idempotencyKey, text }) });
    expect(sent.status).toBe(202);
    expect(sent.body.message).toMatchObject({ text, direction: "outbound", delivery: "pending" });
    // The same key again (a double click, a retry after a network error) stores nothing new.
    const again = await api<SendReplyResponse>(`/api/conversations/${conversation.id}/messages`, { method: "POST", body: JSON.stringify({ idempotencyKey, text }) });
    expect(again.status).toBe(200);
    expect(again.body.message.id).toBe(sent.body.message.id);
    await vi.waitFor(async () =>
      expect(await lastMessage(conversation.id)).toMatchObject({ id: sent.body.message.id, text, direction: "outbound", delivery: "sent", status: "sent" }), { timeout: 15_000, interval: 200 });
    // The provider's copy is linked to the stored reply, not mirrored as a second message.
    const thread = (await api<ThreadResponse>(`/api/conversations/${conversation.id}/messages`)).body.messages;
    expect(thread.filter((m) => m.text === text)).toHaveLength(1);
    const chat = await fetch(`${app.url}/sandbox/simulator/channels/${await simulatorChannelId(channel.platformId)}/chats/${encodeURIComponent(conversation.destination)}`).then((r) => r.json());
    expect(JSON.stringify(chat)).toContain(text);
  });

  it("mirrors a message written in the contact simulator into the thread and pushes an event", async () => {
    const { channel, conversation } = await firstConversation();
    const events = await connectSse(`${app.url}/api/events`, { cookie });
    expect(events.status).toBe(200);
    const text = `Customer says hi ${Date.now()}`;
    await writeAsContact(channel.platformId, conversation.destination, text);
    try {
      await vi.waitFor(async () => expect(await lastMessage(conversation.id)).toMatchObject({ text, direction: "inbound" }), { timeout: 15_000, interval: 200 });
      await vi.waitFor(async () => {
        const created = events.events.find((e) => (e.data as { type: string; conversationId?: string }).type === "message.created" && (e.data as { conversationId: string }).conversationId === conversation.id);
        expect(created).toBeDefined();
        expect(JSON.stringify(created)).not.toContain(text);
      }, { timeout: 15_000, interval: 200 });
    } finally {
      events.close();
    }
  });

  it("counts unread per agent, and reading clears it for that agent only", async () => {
    const { channel, conversation } = await firstConversation();
    const other = await signIn(app.url, "supervisor@switchboard.test", "switchboard-supervisor");
    const unreadOf = async (who: string) => {
      const res = await fetch(`${app.url}/api/channels/${channel.id}/conversations`, { headers: { cookie: who } });
      return ((await res.json()) as ConversationsResponse).conversations.find((c) => c.id === conversation.id)!.unreadCount;
    };
    await api<MarkReadResponse>(`/api/conversations/${conversation.id}/read`, { method: "POST" });
    // A supervisor views others' conversations silently (no read marker) until they join.
    const join = await fetch(`${app.url}/api/conversations/${conversation.id}/join`, { method: "POST", headers: { cookie: other, origin: app.url } });
    expect(join.status).toBe(204);
    await fetch(`${app.url}/api/conversations/${conversation.id}/read`, { method: "POST", headers: { cookie: other, origin: app.url } });
    await writeAsContact(channel.platformId, conversation.destination, `unread check ${Date.now()}`);
    await vi.waitFor(async () => expect(await unreadOf(cookie)).toBe(1), { timeout: 15_000, interval: 200 });
    expect(await unreadOf(other)).toBe(1);
    const read = await api<MarkReadResponse>(`/api/conversations/${conversation.id}/read`, { method: "POST" });
    expect(read.status).toBe(200);
    expect(await unreadOf(cookie)).toBe(0);
    expect(await unreadOf(other)).toBe(1);
  });

  it("answers 401 to the event stream without a session", async () => {
    const res = await fetch(`${app.url}/api/events`);
    expect(res.status).toBe(401);
  });

  it("refuses bad replies with a specific 4xx and sends nothing", async () => {
    const { conversation } = await firstConversation();
    const path = `/api/conversations/${conversation.id}/messages`;
    const before = (await api<ThreadResponse>(path)).body.messages.length;
    const empty = await api<{ error: { code: string; message: string } }>(path, { method: "POST", body: JSON.stringify({ idempotencyKey: randomUUID(), text: "   " }) });
    expect(empty.status).toBe(422);
    expect(empty.body.error.message).toBe("Write a message first.");
    const long = await api<{ error: { code: string; message: string } }>(path, { method: "POST", body: JSON.stringify({ idempotencyKey: randomUUID(), text: "x".repeat(10_000) }) });
    expect(long.status).toBe(422);
    expect(long.body.error.message).toMatch(/at most 4096 characters/);
    const malformed = await api<{ error: { code: string } }>(path, { method: "POST", body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("malformed_body");
    const wrongShape = await api<{ error: { code: string } }>(path, { method: "POST", body: JSON.stringify({ idempotencyKey: randomUUID(), text: 42 }) });
    expect(wrongShape.status).toBe(422);
    expect((await api<ThreadResponse>(path)).body.messages.length).toBe(before);
  });

  it("answers 404 to a reply to a conversation that does not exist", async () => {
    for (const id of ["7b0c1f0e-6a43-4e7e-9d59-3d8f4a3b2a10", "not-a-uuid"]) {
      const res = await api<{ error: { code: string } }>(`/api/conversations/${id}/messages`, { method: "POST", body: JSON.stringify({ idempotencyKey: randomUUID(), text: "hello" }) });
      expect(res.status, id).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
  });
});
