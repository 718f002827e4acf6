import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { eventually } from "../support/eventually";
import { firstMirrored } from "../support/mirrored";
import { signIn } from "../support/session";
import { connectSse } from "../support/sse-client";

/**
 * Crafted input that once reached PostgreSQL (or a JS Date) unchecked and answered 500 with the
 * input in the log. Each must now answer a 4xx with a message a person can act on.
 */

let app: RunningApp;
let cookie: string;
let channelId: string;
let conversationId: string;

const cursorOf = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString("base64url");

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}${path}`, { headers: { cookie, ...headers } });
  return { status: res.status, body: (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null };
}

async function postJson(path: string, body: unknown, withCookie = true) {
  const res = await fetch(`${app.url}${path}`, {
    method: "POST",
    headers: { ...(withCookie ? { cookie } : {}), origin: app.url, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null };
}

beforeAll(async () => {
  app = await startApp(3400);
  cookie = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
  const { channel, conversation } = await firstMirrored(app.url, cookie);
  channelId = channel.id;
  conversationId = conversation.id;
});
afterAll(async () => app?.stop());

describe("page cursors", () => {
  it.each([
    ["an id that is not a UUID", cursorOf(["2026-01-01T00:00:00.000Z", "not-a-uuid"])],
    ["the year 0000", cursorOf(["0000-01-01T00:00:00.000Z", randomUUID()])],
    ["a date out of range", cursorOf(["2026-13-01T00:00:00.000Z", randomUUID()])],
    ["a huge blob", "A".repeat(5000)],
  ])("answers 422 to a conversation-list cursor with %s", async (_name, cursor) => {
    const res = await get(`/api/channels/${channelId}/conversations?cursor=${cursor}`);
    expect(res.status).toBe(422);
    // A cursor too long to be one is refused with the other list params (as a field); one that
    // parses but names nothing, by the cursor decoder: either way the same sentence.
    const error = res.body?.error as { code: string; message: string; fields?: Record<string, string> } | undefined;
    expect(error?.code).toBe("invalid_input");
    expect([error?.message, error?.fields?.cursor]).toContain("This page cursor is not valid. Reload the list.");
  });

  it.each([
    ["a 20-digit id", cursorOf(["2026-01-01T00:00:00.000Z", "99999999999999999999"])],
    ["the year 0000", cursorOf(["0000-01-01T00:00:00.000Z", "1"])],
  ])("answers 422 to a thread `before` cursor with %s", async (_name, before) => {
    const res = await get(`/api/conversations/${conversationId}/messages?before=${before}`);
    expect(res.status).toBe(422);
    expect(res.body?.error?.message).toBe("This page cursor is not valid. Reload the conversation.");
  });

  it("answers 422 to a 20-digit `after`", async () => {
    const res = await get(`/api/conversations/${conversationId}/messages?after=99999999999999999999`);
    expect(res.status).toBe(422);
    expect(res.body?.error?.code).toBe("invalid_input");
  });
});

describe("NUL characters", () => {
  it("refuses a reply whose text holds a NUL, storing nothing", async () => {
    const res = await postJson(`/api/conversations/${conversationId}/messages`, { idempotencyKey: randomUUID(), text: "hi\u0000there" });
    expect(res.status).toBe(422);
    expect(res.body?.error?.message).toBe("Messages cannot contain NUL characters.");
  });

  it("refuses a reply whose file link holds a NUL", async () => {
    const res = await postJson(`/api/conversations/${conversationId}/messages`, {
      idempotencyKey: randomUUID(),
      fileUrl: "https://example.com/a\u0000.png",
      fileType: "image",
    });
    expect(res.status).toBe(422);
    expect(res.body?.error?.message).toBe("File links cannot contain NUL characters.");
  });

  it("refuses a simulated contact message holding a NUL", async () => {
    const { channels } = await fetch(`${app.url}/sandbox/simulator/channels`).then((r) => r.json());
    const res = await postJson(`/sandbox/simulator/channels/${channels[0].id}/chats/34600111222/messages`, { text: "a\u0000b" }, false);
    expect(res.status).toBe(422);
    expect(res.body?.error?.message).toBe("Messages cannot contain NUL characters.");
  });

  it("refuses a contact card whose name holds a NUL", async () => {
    const res = await postJson("/api/files/contact", { name: "Ana\u0000", phone: "+34 600 111 222" });
    expect(res.status).toBe(422);
    expect(res.body?.error?.message).toBe("The name cannot contain NUL characters.");
  });
});

describe("Last-Event-ID", () => {
  it.each(["1".repeat(30), "abc", "-5", "1e3"])("treats %s as no resume: the stream stays open and says reset", async (lastEventId) => {
    const events = await connectSse(`${app.url}/api/events`, { cookie, "last-event-id": lastEventId });
    try {
      expect(events.status).toBe(200);
      await eventually(async () => expect(events.events.map((e) => e.type)).toContain("reset"), 5_000);
    } finally {
      events.close();
    }
  });
});

describe("the sandbox protocol endpoint", () => {
  const base = { user: "sandbox", password: "sandbox-password", class: "chat" };

  async function whatsapp() {
    const { channels } = await fetch(`${app.url}/sandbox/simulator/channels`).then((r) => r.json());
    const channel = channels.find((c: { platform: string }) => c.platform === "whatsapp") as { id: number; platform: string; platformId: string };
    const { chats } = await fetch(`${app.url}/sandbox/simulator/channels/${channel.id}/chats`).then((r) => r.json());
    // An existing chat: sendfile to an unknown one stops at CHAT_NOT_FOUND before storing anything.
    return { ...channel, chat: chats[0].destination as string };
  }

  async function protocol(query: string) {
    const res = await fetch(`${app.url}/sandbox/api/http/?${query}`);
    return { status: res.status, body: await res.json().catch(() => null) };
  }

  it.each([
    ["getchats", { platformid: "\u0000" }],
    ["getchats", { platformid: "9".repeat(400) }],
    ["getmessages", { destination: "a\u0000" }],
    ["getunreadmessages", { destination: "\u0000" }],
    ["sendmessage", { destination: "34600111222", message: "x\u0000y" }],
    ["sendmessage", { destination: "\u0000", message: "hi" }],
    ["sendfile", { type: "image", fileurl: "https://example.com/a.png", message: "\u0000" }],
    ["sendfile", { type: "image", fileurl: "https://example.com/a\u0000.png" }],
    ["sendfile", { type: "image", fileurl: "https://example.com/a.png", thumburl: "https://example.com/t\u0000.png" }],
  ])("answers %s with odd fields %o in the error envelope", async (method, fields) => {
    const channel = await whatsapp();
    const query = new URLSearchParams({ ...base, method, platform: channel.platform, platformid: channel.platformId, destination: channel.chat, ...fields });
    const res = await protocol(query.toString());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "ERROR" });
  });

  it("takes the first of repeated params and answers a well-formed envelope", async () => {
    const channel = await whatsapp();
    const query = new URLSearchParams({ ...base, method: "getchats", platform: channel.platform, platformid: channel.platformId });
    query.append("platformid", "\u0000");
    query.append("method", "sendmessage");
    const res = await protocol(query.toString());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "SUCCESS" });
  });

  it("answers a Basic-auth POST holding a NUL in the error envelope", async () => {
    const channel = await whatsapp();
    const res = await fetch(`${app.url}/sandbox/api/basic/`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from("sandbox:sandbox-password").toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ class: "chat", method: "getmessages", platform: channel.platform, platformid: channel.platformId, destination: "\u0000" }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ERROR" });
  });
});

describe("the sign-in route", () => {
  it("answers 400 to a body labelled JSON that is not JSON", async () => {
    const res = await fetch(`${app.url}/api/session`, {
      method: "POST",
      headers: { origin: app.url, "content-type": "application/json" },
      body: "{",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("malformed_body");
  });

  it("answers 405 to a GET, which could only put credentials in a URL", async () => {
    expect((await fetch(`${app.url}/api/session?email=a%40b.co&password=x`, { redirect: "manual" })).status).toBe(405);
  });
});

describe("the app's log", () => {
  it("holds no stack trace from any of the requests above", () => {
    expect(app.output()).not.toMatch(/unexpected error in an API route|invalid byte sequence|out of range|Invalid time value|⨯/);
  });
});
