import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { signIn } from "../support/session";
import type { ChannelsResponse, ConversationCountsResponse, ConversationsResponse, MarkReadResponse } from "@/lib/inbox/types";

let app: RunningApp;
let admin: string;
let agent: string;

async function api<T>(cookie: string, path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${app.url}${path}`, { ...init, headers: { cookie, origin: app.url, "content-type": "application/json", ...init.headers } });
  return { status: res.status, body: (await res.json()) as T };
}

/** Every conversation of a list, following its cursors. */
async function all(cookie: string, path: string) {
  const rows: ConversationsResponse["conversations"] = [];
  let cursor: string | null = null;
  do {
    const sep: string = path.includes("?") ? "&" : "?";
    const res: { status: number; body: ConversationsResponse } = await api<ConversationsResponse>(cookie, cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path);
    expect(res.status, path).toBe(200);
    rows.push(...res.body.conversations);
    cursor = res.body.nextCursor;
  } while (cursor);
  return rows;
}

let channels: ChannelsResponse["channels"];

beforeAll(async () => {
  app = await startApp(3541);
  admin = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
  agent = await signIn(app.url, "agent@switchboard.test", "switchboard-agent");
  // Wait until the sync engine has mirrored a conversation in every demo channel.
  channels = await vi.waitFor(async () => {
    const { body } = await api<ChannelsResponse>(admin, "/api/channels");
    expect(body.channels).toHaveLength(3);
    // Every seeded chat (2 + 2 + 3), so no conversation appears while a test compares lists.
    const lists = await Promise.all(body.channels.map((c) => all(admin, `/api/channels/${c.id}/conversations`)));
    expect(lists.flat().length).toBeGreaterThanOrEqual(7);
    return body.channels;
  }, { timeout: 20_000, interval: 300 });
}, 60_000);
afterAll(async () => app?.stop());

const telegramBot = () => channels.find((c) => c.name === "Telegram Bot")!;

describe("views over HTTP", () => {
  it("lists All channels for an admin: every channel's conversations, and counts that match the lists", async () => {
    const everything = await all(admin, "/api/conversations");
    expect(new Set(everything.map((c) => c.channelId))).toEqual(new Set(channels.map((c) => c.id)));
    const perChannel = (await Promise.all(channels.map((c) => all(admin, `/api/channels/${c.id}/conversations`)))).flat();
    expect(everything.map((c) => c.id).sort()).toEqual(perChannel.map((c) => c.id).sort());
    expect(everything.every((c) => c.status === "open" && Array.isArray(c.labels) && "contactName" in c && "assignee" in c)).toBe(true);

    const counts = await api<ConversationCountsResponse>(admin, "/api/conversation-counts?status=open");
    expect(counts.body).toEqual({ mine: 0, unassigned: everything.length, all: everything.length });
    expect(await all(admin, "/api/conversations?view=mine")).toEqual([]);
    expect((await all(admin, "/api/conversations?view=unassigned")).length).toBe(everything.length);
    const one = channels[0];
    const inOne = await api<ConversationCountsResponse>(admin, `/api/conversation-counts?status=open&channelId=${one.id}`);
    expect(inOne.body.all).toBe((await all(admin, `/api/channels/${one.id}/conversations`)).length);
    expect((await api<ConversationCountsResponse>(admin, "/api/conversation-counts?status=resolved")).body).toEqual({ mine: 0, unassigned: 0, all: 0 });
  });

  it("keeps a role agent to its channels: no Telegram Bot conversations in All channels, 403 for that channel's list and counts", async () => {
    const mine = await all(agent, "/api/conversations");
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.some((c) => c.channelId === telegramBot().id)).toBe(false);
    const counts = await api<ConversationCountsResponse>(agent, "/api/conversation-counts");
    expect(counts.body.all).toBe(mine.length);
    expect((await api(agent, `/api/channels/${telegramBot().id}/conversations?view=unassigned`)).status).toBe(403);
    const refused = await api<{ error: { code: string } }>(agent, `/api/conversation-counts?channelId=${telegramBot().id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("forbidden_channel");
  });

  it("Unread only drops a conversation once it is read, for the reader only", async () => {
    const before = await all(admin, "/api/conversations?unread=1");
    const target = before.find((c) => c.unreadCount > 0)!;
    expect(target).toBeDefined();
    expect((await api<MarkReadResponse>(admin, `/api/conversations/${target.id}/read`, { method: "POST" })).status).toBe(200);
    const after = await all(admin, "/api/conversations?unread=1");
    expect(after.map((c) => c.id)).not.toContain(target.id);
    expect(after).toHaveLength(before.length - 1);
  });

  it("answers 422 naming each bad param, never a 500", async () => {
    const cases: [string, string][] = [
      ["/api/conversations?view=everyone", "view"],
      ["/api/conversations?status=closed", "status"],
      ["/api/conversations?unread=yes", "unread"],
      ["/api/conversations?label=not-a-uuid", "label"],
      ["/api/conversations?view=mine&view=all", "view"],
      [`/api/conversations?cursor=${"x".repeat(300)}`, "cursor"],
      [`/api/channels/${channels[0].id}/conversations?status=open%00`, "status"],
      ["/api/conversation-counts?status=nope", "status"],
      ["/api/conversation-counts?channelId=123", "channelId"],
    ];
    for (const [path, field] of cases) {
      const res = await api<{ error: { code: string; fields?: Record<string, string> } }>(admin, path);
      expect(res.status, path).toBe(422);
      expect(res.body.error.code, path).toBe("invalid_input");
      expect(Object.keys(res.body.error.fields ?? {}), path).toContain(field);
    }
    // A forged cursor of the right size: the cursor's own check.
    expect((await api(admin, "/api/conversations?cursor=bm90LWEtY3Vyc29y")).status).toBe(422);
  });

  it("answers 401 JSON to the new routes without a session", async () => {
    for (const path of ["/api/conversations", "/api/conversation-counts"]) {
      const res = await fetch(`${app.url}${path}`);
      expect(res.status, path).toBe(401);
    }
  });
});
