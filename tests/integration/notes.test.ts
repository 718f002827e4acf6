import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ChannelsResponse, ConversationsResponse, ConversationView, ThreadResponse } from "@/lib/inbox/types";
import type { ContactResponse } from "@/lib/teams/contacts";
import type { MentionsResponse } from "@/lib/teams/mentions";
import type { RunningApp } from "../support/app-server";
import { startTeamApp, type TeamApp } from "../support/team-app";

/*
 * Notes, mentions, labels and contacts over real HTTP, on PostgreSQL so the test can read the
 * sandbox's own table (what the provider received) and add labels beside the running app.
 */

let app: RunningApp;
let sql: postgres.Sql;
const cookies: Record<"admin" | "supervisor" | "agent", string> = { admin: "", supervisor: "", agent: "" };

async function api<T>(who: keyof typeof cookies, path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${app.url}${path}`, { ...init, headers: { cookie: cookies[who], origin: app.url, "content-type": "application/json", ...init.headers } });
  return { status: res.status, body: (await res.json()) as T };
}
const post = <T>(who: keyof typeof cookies, path: string, body: unknown, method = "POST") => api<T>(who, path, { method, body: JSON.stringify(body) });

/** A mirrored, unassigned conversation of the named channel. */
async function conversationIn(channelName: string): Promise<ConversationView> {
  return vi.waitFor(
    async () => {
      const { body } = await api<ChannelsResponse>("admin", "/api/channels");
      const channel = body.channels.find((c) => c.name === channelName);
      if (!channel) throw new Error("channel not mirrored yet");
      const { body: list } = await api<ConversationsResponse>("admin", `/api/channels/${channel.id}/conversations`);
      const found = list.conversations.find((c) => c.assigneeId === null);
      if (!found) throw new Error("no conversation yet");
      return found;
    },
    { timeout: 20_000, interval: 250 },
  );
}

let team: TeamApp | undefined;
beforeAll(async () => {
  team = await startTeamApp(3561);
  ({ app, sql } = team);
  Object.assign(cookies, team.cookies);
}, 120_000);
afterAll(async () => team?.stop());

describe("internal notes", () => {
  it("are stored and shown to the team, never reach the provider, and leave the list's last message alone", async () => {
    const conv = await conversationIn("WhatsApp Support");
    const text = `note ${randomUUID()} <b>not html</b>`;
    const made = await post<{ message: { kind: string; text: string; sentBy: { name: string } } }>("agent", `/api/conversations/${conv.id}/notes`, { text });
    expect(made.status).toBe(201);
    expect(made.body.message).toMatchObject({ kind: "note", text, sentBy: { name: "Alex Agent" } });

    // A reply sent after the note reaches the sandbox: by then the outbox had every chance to send the note.
    const reply = `reply ${randomUUID()}`;
    expect((await post("agent", `/api/conversations/${conv.id}/messages`, { idempotencyKey: randomUUID(), text: reply })).status).toBe(202);
    await vi.waitFor(async () => expect((await sql`select 1 from sandbox_messages where message = ${reply}`).length).toBe(1), { timeout: 20_000, interval: 250 });
    expect(await sql`select 1 from sandbox_messages where message = ${text}`).toHaveLength(0);

    const thread = await api<ThreadResponse>("supervisor", `/api/conversations/${conv.id}/messages`);
    expect(thread.body.messages.find((m) => m.text === text)).toMatchObject({ kind: "note", delivery: null });
    const { body: after } = await api<{ conversation: ConversationView }>("admin", `/api/conversations/${conv.id}`);
    expect(after.conversation.lastMessage?.text).not.toBe(text);
  });

  it("refuse 10,001 characters with a 422 naming the field, and an empty note", async () => {
    const conv = await conversationIn("WhatsApp Support");
    const long = await post<{ error: { code: string; message: string; fields: Record<string, string> } }>("agent", `/api/conversations/${conv.id}/notes`, { text: "x".repeat(10_001) });
    expect(long.status).toBe(422);
    expect(long.body.error).toMatchObject({ message: "A note can be at most 10,000 characters.", fields: { text: "A note can be at most 10,000 characters." } });
    expect((await post("agent", `/api/conversations/${conv.id}/notes`, { text: "   " })).status).toBe(422);
  });

  it("are refused (403) to an agent who is not a member of the channel, and to nobody (401)", async () => {
    const conv = await conversationIn("Telegram Bot");
    const refused = await post<{ error: { code: string } }>("agent", `/api/conversations/${conv.id}/notes`, { text: "hi" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("forbidden_channel");
    expect((await api("agent", `/api/conversations/${conv.id}/contact`)).status).toBe(403);
    expect((await post("agent", `/api/conversations/${conv.id}/labels`, { labelIds: [] }, "PUT")).status).toBe(403);
    const res = await fetch(`${app.url}/api/conversations/${conv.id}/notes`, { method: "POST", headers: { origin: app.url, "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(401);
  });
});

describe("mentions", () => {
  it("reach the mentioned agent only; reading one is for its owner alone", async () => {
    const conv = await conversationIn("Website chat");
    const text = `@sam please check ${randomUUID()}`;
    expect((await post("agent", `/api/conversations/${conv.id}/notes`, { text })).status).toBe(201);
    const { body } = await api<MentionsResponse>("supervisor", "/api/mentions");
    const mention = body.mentions.find((m) => m.excerpt === text);
    expect(mention).toMatchObject({ conversationId: conv.id, authorName: "Alex Agent", read: false });
    expect(body.unreadCount).toBeGreaterThanOrEqual(1);
    expect((await api<MentionsResponse>("admin", "/api/mentions")).body.mentions.some((m) => m.excerpt === text)).toBe(false);
    expect((await post("admin", `/api/mentions/${mention!.id}/read`, {})).status).toBe(404);
    expect((await post("supervisor", `/api/mentions/${mention!.id}/read`, {})).status).toBe(200);
    const again = await api<MentionsResponse>("supervisor", "/api/mentions");
    expect(again.body.mentions.find((m) => m.id === mention!.id)?.read).toBe(true);
    expect(again.body.unreadCount).toBe(body.unreadCount - 1);
  });
});

describe("labels and contacts", () => {
  it("replace a conversation's labels; an unknown label is a 422", async () => {
    const conv = await conversationIn("Website chat");
    const [label] = await sql`insert into labels (name, color) values (${`VIP ${randomUUID().slice(0, 6)}`}, '#aa0000') returning id, name`;
    const set = await post<{ labels: { id: string }[] }>("agent", `/api/conversations/${conv.id}/labels`, { labelIds: [label.id] }, "PUT");
    expect(set.status).toBe(200);
    expect(set.body.labels.map((l) => l.id)).toEqual([label.id]);
    const unknown = await post<{ error: { fields: Record<string, string> } }>("agent", `/api/conversations/${conv.id}/labels`, { labelIds: [randomUUID()] }, "PUT");
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields).toHaveProperty("labelIds");
    const tooMany = await post("agent", `/api/conversations/${conv.id}/labels`, { labelIds: Array.from({ length: 21 }, () => randomUUID()) }, "PUT");
    expect(tooMany.status).toBe(422);
    const [audit] = await sql`select kind, after from audit_log where target_id = ${conv.id} and kind = 'conversation.labels'`;
    expect(audit.after).toEqual({ labels: [label.name] });
  });

  it("give the conversation's contact, editable with field errors on bad input", async () => {
    const conv = await conversationIn("WhatsApp Support");
    const { status, body } = await api<ContactResponse>("agent", `/api/conversations/${conv.id}/contact`);
    expect(status).toBe(200);
    expect(body.contact.destination).toBe(conv.destination);
    expect(body.conversations.map((c) => c.id)).toContain(conv.id);
    const bad = await post<{ error: { fields: Record<string, string> } }>("agent", `/api/conversations/${conv.id}/contact`, { email: "nope", phone: "abc" }, "PATCH");
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["email", "phone"]);
    const good = await post<ContactResponse>("agent", `/api/conversations/${conv.id}/contact`, { notes: "Prefers mornings" }, "PATCH");
    expect(good.status).toBe(200);
    expect(good.body.contact.notes).toBe("Prefers mornings");
  });
});
