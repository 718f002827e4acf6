import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ChannelsResponse, ConversationsResponse } from "@/lib/inbox/types";
import { startApp, type RunningApp } from "../support/app-server";
import { decryptPush, newBrowserKeys, startPushService, type PushServiceStandIn } from "../support/push-service";
import { signIn } from "../support/session";

/**
 * The Web Push routes over real HTTP, and real pushes: a contact writes from the sandbox
 * simulator, the app encrypts and signs a push for each subscribed device, and a push service
 * stand-in on 127.0.0.1 receives it (decrypted here as the browser would) or answers 410 Gone.
 */

let app: RunningApp;
let pushService: PushServiceStandIn;
let agent = "";
let supervisor = "";

async function call(cookie: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: { cookie, origin: app.url, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

const subscription = (endpoint: string, keys = newBrowserKeys()) => ({ endpoint, expirationTime: null, keys: keys.json });
const endpoints = async (cookie: string) => ((await call(cookie, "GET", "/api/push/subscriptions")).body.devices as { endpoint: string }[]).map((d) => d.endpoint);

beforeAll(async () => {
  pushService = await startPushService(3511);
  app = await startApp(3502);
  agent = await signIn(app.url, "agent@switchboard.test", "switchboard-agent");
  supervisor = await signIn(app.url, "supervisor@switchboard.test", "switchboard-supervisor");
});
afterAll(async () => {
  await app?.stop();
  await pushService?.close();
});

describe("push subscription routes", () => {
  it("answer 401 JSON without a session", async () => {
    for (const [method, path, body] of [
      ["GET", "/api/push/public-key"],
      ["GET", "/api/push/subscriptions"],
      ["POST", "/api/push/subscriptions", subscription(`${pushService.url}/x`)],
      ["DELETE", "/api/push/subscriptions", { endpoint: `${pushService.url}/x` }],
    ] as const) {
      const res = await call("", method, path, body);
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.body.error.code).toBe("unauthorized");
    }
  });

  it("hand out the VAPID public key: an uncompressed P-256 point", async () => {
    const { status, body } = await call(agent, "GET", "/api/push/public-key");
    expect(status).toBe(200);
    expect(Buffer.from(body.publicKey, "base64url")).toHaveLength(65);
  });

  it("refuse a bad subscription with 422 naming the field", async () => {
    const good = subscription(`${pushService.url}/valid`);
    const cases: [unknown, string][] = [
      [{ ...good, endpoint: "http://push.example.com/x" }, "endpoint"],
      [{ ...good, endpoint: "ftp://127.0.0.1/x" }, "endpoint"],
      [{ ...good, endpoint: `https://push.example.com/${"a".repeat(2100)}` }, "endpoint"],
      [{ ...good, keys: { ...good.keys, p256dh: randomBytes(30).toString("base64url") } }, "keys.p256dh"],
      [{ ...good, keys: { ...good.keys, auth: "not base64url!" } }, "keys.auth"],
      [{ ...good, events: { messages: "yes", mentions: true, assignments: true } }, "events.messages"],
      [{ ...good, extra: 1 }, "body"],
      [{ ...good, replaces: "http://push.example.com/old" }, "replaces"],
    ];
    for (const [body, field] of cases) {
      const res = await call(agent, "POST", "/api/push/subscriptions", body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(res.body.error.code).toBe("invalid_input");
      expect(Object.keys(res.body.error.fields ?? {}), field).toContain(field);
    }
  });

  it("let an agent change and delete only its own device; another agent's endpoint answers 404 and stays", async () => {
    const endpoint = `${pushService.url}/mine/${randomUUID()}`;
    expect((await call(agent, "POST", "/api/push/subscriptions", subscription(endpoint))).status).toBe(201);
    const events = { messages: false, mentions: true, assignments: true };
    expect((await call(supervisor, "PATCH", "/api/push/subscriptions", { endpoint, events })).status).toBe(404);
    expect((await call(supervisor, "DELETE", "/api/push/subscriptions", { endpoint })).status).toBe(404);
    expect(await endpoints(supervisor)).not.toContain(endpoint);
    expect(await endpoints(agent)).toContain(endpoint);

    const changed = await call(agent, "PATCH", "/api/push/subscriptions", { endpoint, events });
    expect(changed.status).toBe(200);
    expect(changed.body.device.events).toEqual(events);
    expect((await call(agent, "DELETE", "/api/push/subscriptions", { endpoint })).status).toBe(204);
    expect(await endpoints(agent)).not.toContain(endpoint);
  });

  it("move a rotated subscription's events to its new endpoint and forget the old one, but never another agent's", async () => {
    const old = `${pushService.url}/rotated/${randomUUID()}`;
    const events = { messages: false, mentions: true, assignments: false };
    expect((await call(agent, "POST", "/api/push/subscriptions", { ...subscription(old), events })).status).toBe(201);
    // What the service worker sends on pushsubscriptionchange: the new subscription, no events.
    const fresh = `${pushService.url}/rotated/${randomUUID()}`;
    const moved = await call(agent, "POST", "/api/push/subscriptions", { ...subscription(fresh), replaces: old });
    expect(moved.status).toBe(201);
    expect(moved.body.device.events).toEqual(events);
    expect(await endpoints(agent)).toContain(fresh);
    expect(await endpoints(agent)).not.toContain(old);

    const others = `${pushService.url}/others/${randomUUID()}`;
    expect((await call(supervisor, "POST", "/api/push/subscriptions", subscription(others))).status).toBe(201);
    const attempt = await call(agent, "POST", "/api/push/subscriptions", { ...subscription(`${pushService.url}/x/${randomUUID()}`), replaces: others });
    expect(attempt.status).toBe(201);
    expect(attempt.body.device.events).toEqual({ messages: true, mentions: true, assignments: true });
    expect(await endpoints(supervisor)).toContain(others);
  });
});

describe("sending pushes", () => {
  it("pushes a customer message to the agent's device (no customer text in it) and removes a device whose push service answers 410", async () => {
    const keys = newBrowserKeys();
    const live = `${pushService.url}/live/${randomUUID()}`;
    const gone = `${pushService.url}/gone/${randomUUID()}`;
    pushService.answer("/gone/", 410);
    expect((await call(agent, "POST", "/api/push/subscriptions", subscription(live, keys))).status).toBe(201);
    expect((await call(agent, "POST", "/api/push/subscriptions", subscription(gone))).status).toBe(201);

    // A new customer in a channel the demo agent belongs to: an unassigned conversation there.
    const { channels } = (await call(agent, "GET", "/api/channels")).body as ChannelsResponse;
    const channel = channels.find((c) => c.name !== "Telegram Bot")!;
    const sim = await fetch(`${app.url}/sandbox/simulator/channels`).then((r) => r.json());
    const simId = sim.channels.find((c: { platformId: string }) => c.platformId === channel.platformId).id;
    const secret = `my card number is 4111 ${Date.now()}`;
    const destination = `+3469${String(Date.now()).slice(-7)}`;
    const wrote = await fetch(`${app.url}/sandbox/simulator/channels/${simId}/chats/${encodeURIComponent(destination)}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: app.url },
      body: JSON.stringify({ text: secret }),
    });
    expect(wrote.status).toBe(201);

    // This customer's conversation; the demo's own traffic may push to the device too (the
    // mirror's first passes after start): the push looked at is the one that opens this one.
    const conversationId = await vi.waitFor(async () => {
      const list = (await call(agent, "GET", `/api/channels/${channel.id}/conversations`)).body as ConversationsResponse;
      const found = list.conversations.find((c) => c.destination === destination);
      if (!found) throw new Error("not mirrored yet");
      return found.id;
    }, { timeout: 30_000, interval: 250 });
    const livePath = new URL(live).pathname;
    const ours = () =>
      pushService.received
        .filter((p) => p.path === livePath)
        .map((p) => ({ push: p, payload: decryptPush(p, keys) }))
        .filter(({ payload }) => payload.url === `/inbox/${channel.id}/${conversationId}`);
    const { push, payload } = await vi.waitFor(() => {
      const [found] = ours();
      if (!found) throw new Error("no push yet");
      return found;
    }, { timeout: 30_000, interval: 250 });
    expect(push.headers["content-encoding"]).toBe("aes128gcm");
    expect(String(push.headers.authorization)).toMatch(/^vapid t=.+, k=.+/);
    expect(payload).toMatchObject({ title: channel.name, body: "New message" });
    expect(JSON.stringify(payload)).not.toContain("4111");

    await vi.waitFor(async () => expect(await endpoints(agent)).not.toContain(gone), { timeout: 15_000, interval: 250 });
    expect(await endpoints(agent)).toContain(live);
    expect(ours()).toHaveLength(1);
    // The endpoint is a capability URL: never in the logs.
    expect(app.output()).not.toContain(new URL(gone).pathname);
  });
});
