import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { signIn } from "../support/session";
import type { ChannelsResponse, ConversationsResponse, ThreadResponse } from "@/lib/inbox/types";

let app: RunningApp;
let cookie: string;

async function api<T>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${app.url}${path}`, { ...init, headers: { cookie, "content-type": "application/json", ...init.headers } });
  return { status: res.status, body: (await res.json()) as T };
}

async function firstConversation() {
  const { body: ch } = await api<ChannelsResponse>("/api/channels");
  const { body: list } = await api<ConversationsResponse>(`/api/channels/${ch.channels[0].id}/conversations`);
  return { channel: ch.channels[0], conversation: list.conversations[0] };
}

beforeAll(async () => {
  app = await startApp(3117);
  cookie = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
});
afterAll(async () => app?.stop());

describe("the API in sandbox mode", () => {
  it("answers health without a session, with the mode and the database state", async () => {
    const res = await fetch(`${app.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", mode: "sandbox", database: { kind: "pglite", state: "ok" } });
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

  it("lists the seeded demo channels with stable ids", async () => {
    const first = await api<ChannelsResponse>("/api/channels");
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
    const thread = await api<ThreadResponse>(`/api/conversations/${body.conversations[0].id}/messages`);
    expect(thread.status).toBe(200);
    const at = thread.body.messages.map((m) => Date.parse(m.at));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("sends a reply that reaches the contact simulator, emoji and accents intact", async () => {
    const { channel, conversation } = await firstConversation();
    const text = `Hola, ¿qué tal? Ça va 🎉 ${Date.now()}`;
    const sent = await api<{ ok: boolean }>(`/api/conversations/${conversation.id}/messages`, { method: "POST", body: JSON.stringify({ text }) });
    expect(sent.status).toBe(201);
    const thread = await api<ThreadResponse>(`/api/conversations/${conversation.id}/messages`);
    expect(thread.body.messages.at(-1)).toMatchObject({ text, direction: "outbound" });
    const sim = await fetch(`${app.url}/sandbox/simulator/channels`).then((r) => r.json());
    const simChannel = sim.channels.find((c: { platformId: string }) => c.platformId === channel.platformId);
    const chat = await fetch(`${app.url}/sandbox/simulator/channels/${simChannel.id}/chats/${encodeURIComponent(conversation.destination)}`).then((r) => r.json());
    expect(JSON.stringify(chat)).toContain(text);
  });

  it("shows a message written in the contact simulator in the thread", async () => {
    const { channel, conversation } = await firstConversation();
    const sim = await fetch(`${app.url}/sandbox/simulator/channels`).then((r) => r.json());
    const simChannel = sim.channels.find((c: { platformId: string }) => c.platformId === channel.platformId);
    const text = `Customer says hi ${Date.now()}`;
    const res = await fetch(`${app.url}/sandbox/simulator/channels/${simChannel.id}/chats/${encodeURIComponent(conversation.destination)}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBeLessThan(300);
    const thread = await api<ThreadResponse>(`/api/conversations/${conversation.id}/messages`);
    expect(thread.body.messages.at(-1)).toMatchObject({ text, direction: "inbound" });
  });

  it("refuses bad replies with a specific 4xx and sends nothing", async () => {
    const { conversation } = await firstConversation();
    const path = `/api/conversations/${conversation.id}/messages`;
    const before = (await api<ThreadResponse>(path)).body.messages.length;
    const empty = await api<{ error: { code: string; message: string } }>(path, { method: "POST", body: JSON.stringify({ text: "   " }) });
    expect(empty.status).toBe(422);
    expect(empty.body.error.message).toBe("Write a message first.");
    const long = await api<{ error: { code: string; message: string } }>(path, { method: "POST", body: JSON.stringify({ text: "x".repeat(10_000) }) });
    expect(long.status).toBe(422);
    expect(long.body.error.message).toMatch(/at most 4096 characters/);
    const malformed = await api<{ error: { code: string } }>(path, { method: "POST", body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("malformed_body");
    const wrongShape = await api<{ error: { code: string } }>(path, { method: "POST", body: JSON.stringify({ text: 42 }) });
    expect(wrongShape.status).toBe(422);
    expect((await api<ThreadResponse>(path)).body.messages.length).toBe(before);
  });

  it("answers 404 to a reply to a conversation that does not exist", async () => {
    for (const id of ["7b0c1f0e-6a43-4e7e-9d59-3d8f4a3b2a10", "not-a-uuid"]) {
      const res = await api<{ error: { code: string } }>(`/api/conversations/${id}/messages`, { method: "POST", body: JSON.stringify({ text: "hello" }) });
      expect(res.status, id).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
  });
});
