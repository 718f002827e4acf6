import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ChannelsResponse, ConversationsResponse, MessageView, SendReplyResponse, ThreadResponse } from "@/lib/inbox/types";
import { startApp, type RunningApp } from "../support/app-server";
import { signIn } from "../support/session";

// The outbox end to end in sandbox mode: the app's worker sends to the app's own stand-in.
const PORT = 3171;
const dataDir = mkdtempSync(path.join(tmpdir(), "switchboard-outbox-"));
let app: RunningApp;
let cookie: string;

async function api<T>(p: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${app.url}${p}`, { ...init, headers: { cookie, origin: app.url, "content-type": "application/json", ...init.headers } });
  return { status: res.status, body: (await res.json()) as T };
}

const reply = (conversationId: string, body: Record<string, unknown>) =>
  api<SendReplyResponse>(`/api/conversations/${conversationId}/messages`, { method: "POST", body: JSON.stringify({ idempotencyKey: randomUUID(), ...body }) });
const thread = async (conversationId: string) => (await api<ThreadResponse>(`/api/conversations/${conversationId}/messages`)).body.messages;

async function simulatorChat(platformId: string, destination: string): Promise<string> {
  const sim = await fetch(`${app.url}/sandbox/simulator/channels`).then((r) => r.json());
  const id = sim.channels.find((c: { platformId: string }) => c.platformId === platformId).id;
  return JSON.stringify(await fetch(`${app.url}/sandbox/simulator/channels/${id}/chats/${encodeURIComponent(destination)}`).then((r) => r.json()));
}
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

async function firstConversation() {
  return vi.waitFor(async () => {
    const { body: ch } = await api<ChannelsResponse>("/api/channels");
    const whatsapp = ch.channels.find((c) => c.platform === "whatsapp")!;
    const { body: list } = await api<ConversationsResponse>(`/api/channels/${whatsapp.id}/conversations`);
    if (!list.conversations[0]) throw new Error("not mirrored yet");
    return { channel: whatsapp, conversation: list.conversations[0] };
  }, { timeout: 30_000, interval: 200 });
}

beforeAll(async () => {
  app = await startApp(PORT, {}, { dataDir });
  cookie = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
}, 120_000);
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the outbox in sandbox mode", () => {
  it("stores a reply as pending, sends it, and links the provider's copy instead of duplicating it", async () => {
    const { channel, conversation } = await firstConversation();
    const text = `Outbox says hi ${Date.now()}`;
    const sent = await reply(conversation.id, { text });
    expect(sent.status).toBe(202);
    expect(sent.body.message).toMatchObject({ text, delivery: "pending", providerMessageId: null, sentBy: { name: expect.any(String) } });
    const done = await vi.waitFor(async () => {
      const m = (await thread(conversation.id)).filter((x) => x.text === text);
      expect(m).toHaveLength(1);
      expect(m[0]).toMatchObject({ id: sent.body.message.id, delivery: "sent", error: null });
      expect(m[0].providerMessageId).not.toBeNull();
      return m[0];
    }, { timeout: 15_000, interval: 200 });
    expect(done.sentBy).toEqual(sent.body.message.sentBy);
    expect(occurrences(await simulatorChat(channel.platformId, conversation.destination), text)).toBe(1);
  });

  it("sends a file by URL and links it by its URL", async () => {
    const { channel, conversation } = await firstConversation();
    const fileUrl = `https://example.com/pictures/${Date.now()}.png`;
    const sent = await reply(conversation.id, { fileUrl, fileType: "image" });
    expect(sent.status).toBe(202);
    expect(sent.body.message).toMatchObject({ kind: "file", text: "", file: { type: "image", url: fileUrl, name: null } });
    await vi.waitFor(async () => {
      const m = (await thread(conversation.id)).filter((x: MessageView) => x.file?.url === fileUrl || x.text === fileUrl);
      expect(m).toHaveLength(1);
      expect(m[0]).toMatchObject({ delivery: "sent", kind: "file" });
      expect(m[0].providerMessageId).not.toBeNull();
    }, { timeout: 15_000, interval: 200 });
    expect(occurrences(await simulatorChat(channel.platformId, conversation.destination), fileUrl)).toBe(1);
  });

  it("answers 404 to retrying an unknown reply and 409 to retrying one that did not fail", async () => {
    const { conversation } = await firstConversation();
    const unknown = await api<{ error: { code: string } }>("/api/messages/999999999/retry", { method: "POST" });
    expect(unknown.status).toBe(404);
    const sent = await reply(conversation.id, { text: `not failed ${Date.now()}` });
    const conflict = await api<{ error: { code: string } }>(`/api/messages/${sent.body.message.id}/retry`, { method: "POST" });
    expect(conflict.status).toBe(409);
  });

  it("refuses a send by URL without a type and an unknown upload", async () => {
    const { conversation } = await firstConversation();
    expect((await reply(conversation.id, { fileUrl: "https://example.com/a.png" })).status).toBe(422);
    expect((await reply(conversation.id, { fileUrl: "ftp://example.com/a.png", fileType: "image" })).status).toBe(422);
    expect((await reply(conversation.id, { fileId: randomUUID() })).status).toBe(422);
    expect((await reply(conversation.id, {})).status).toBe(422);
  });

  it("resumes queued replies after kill -9, sending each exactly once", async () => {
    const { channel, conversation } = await firstConversation();
    // Slow the stand-in so the queue is still full when the process dies.
    await fetch(`${app.url}/sandbox/simulator/faults`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: app.url },
      body: JSON.stringify({ kind: "latency", ms: 400, methods: ["sendmessage"], count: 20 }),
    });
    const texts = Array.from({ length: 8 }, (_, i) => `survives a crash ${i} ${Date.now()}`);
    for (const text of texts) expect((await reply(conversation.id, { text })).status).toBe(202);
    await app.kill("SIGKILL");
    app = await startApp(PORT, {}, { dataDir });
    cookie = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
    await vi.waitFor(async () => {
      const messages = await thread(conversation.id);
      for (const text of texts) expect(messages.filter((m) => m.text === text && m.delivery === "sent")).toHaveLength(1);
    }, { timeout: 100_000, interval: 500 });
    const chat = await simulatorChat(channel.platformId, conversation.destination);
    for (const text of texts) expect(occurrences(chat, text)).toBe(1);
    const positions = texts.map((t) => chat.indexOf(t));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  }, 150_000);
});
