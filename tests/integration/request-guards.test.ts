import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { firstMirrored } from "../support/mirrored";
import { signIn } from "../support/session";

let app: RunningApp;
let cookie: string;
let conversationPath: string;
let simulatorMessages: string;

beforeAll(async () => {
  app = await startApp(3302);
  cookie = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
  conversationPath = `/api/conversations/${(await firstMirrored(app.url, cookie)).conversation.id}`;
  const sim = await (await fetch(`${app.url}/sandbox/simulator/channels`)).json();
  simulatorMessages = `/sandbox/simulator/channels/${sim.channels[0].id}/chats/%2B34600111222/messages`;
});
afterAll(async () => app?.stop());

const reply = (text = "hello") => JSON.stringify({ idempotencyKey: randomUUID(), text });

async function send(path: string, init: { method?: string; body?: BodyInit; headers?: Record<string, string> }) {
  const res = await fetch(`${app.url}${path}`, { method: init.method ?? "POST", body: init.body, headers: { cookie, ...init.headers } });
  const text = await res.text();
  return { status: res.status, code: text.startsWith("{") ? (JSON.parse(text).error?.code as string | undefined) : undefined };
}

describe("cross-site requests (CSRF)", () => {
  it("refuses a reply posted from another origin, or naming none", async () => {
    const json = { "content-type": "application/json" };
    expect(await send(`${conversationPath}/messages`, { body: reply(), headers: { ...json, origin: "https://evil.example" } })).toEqual({ status: 403, code: "cross_origin" });
    expect(await send(`${conversationPath}/messages`, { body: reply(), headers: { ...json, origin: "null" } })).toEqual({ status: 403, code: "cross_origin" });
    expect(await send(`${conversationPath}/messages`, { body: reply(), headers: json })).toEqual({ status: 403, code: "cross_origin" });
    expect((await send(`${conversationPath}/messages`, { body: reply(), headers: { ...json, "sec-fetch-site": "same-origin" } })).status).toBe(202);
  });

  it("refuses JSON sent as text/plain, which a plain HTML form can post", async () => {
    expect(await send(`${conversationPath}/messages`, { body: reply(), headers: { "content-type": "text/plain", origin: app.url } })).toEqual({ status: 415, code: "unsupported_media_type" });
  });

  it("refuses cross-site read marks, retries, uploads and sign-outs", async () => {
    const evil = { origin: "https://evil.example" };
    expect((await send(`${conversationPath}/read`, { headers: evil })).status).toBe(403);
    expect((await send(`/api/messages/1/retry`, { headers: evil })).status).toBe(403);
    expect((await send(`/api/files`, { body: new FormData(), headers: evil })).status).toBe(403);
    expect((await send(`/api/session`, { method: "DELETE", headers: evil })).status).toBe(403);
    expect((await send(`/api/sessions`, { method: "DELETE", headers: evil })).status).toBe(403);
  });

  it("refuses a sign-in posted from another site (login CSRF)", async () => {
    const body = JSON.stringify({ email: "agent@switchboard.test", password: "switchboard-agent" });
    expect(await send(`/api/session`, { body, headers: { "content-type": "application/json", origin: "https://evil.example" } })).toEqual({ status: 403, code: "cross_origin" });
  });

  it("lets no other web page drive the sandbox: simulator and faults need this origin and JSON", async () => {
    const text = JSON.stringify({ text: "hi" });
    expect((await send(simulatorMessages, { body: text, headers: { "content-type": "application/json", origin: "https://evil.example" } })).status).toBe(403);
    expect((await send(simulatorMessages, { body: text, headers: { "content-type": "text/plain", origin: app.url } })).status).toBe(415);
    expect((await send(simulatorMessages, { body: text, headers: { "content-type": "application/json", origin: app.url } })).status).toBe(201);
    const fault = JSON.stringify({ kind: "latency", ms: 1, count: 1 });
    expect((await send("/sandbox/simulator/faults", { body: fault, headers: { "content-type": "text/plain", origin: app.url } })).status).toBe(415);
    expect((await send("/sandbox/simulator/faults", { method: "DELETE", headers: { origin: "https://evil.example" } })).status).toBe(403);
    const form = new URLSearchParams({ method: "sendmessage", user: "sandbox", password: "sandbox-password" });
    expect((await send("/sandbox/api/http/", { body: form, headers: { origin: "https://evil.example" } })).status).toBe(403);
  });
});

describe("bodies are capped before they are read", () => {
  it("answers 413 to a 5 MB JSON reply", async () => {
    const body = JSON.stringify({ idempotencyKey: randomUUID(), text: "x".repeat(5 * 1024 * 1024) });
    expect(await send(`${conversationPath}/messages`, { body, headers: { "content-type": "application/json", origin: app.url } })).toEqual({ status: 413, code: "payload_too_large" });
  });

  it("answers 413 to a 16 MB sign-in form, without a session", async () => {
    const res = await fetch(`${app.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: app.url },
      body: `email=a%40b.co&password=${"x".repeat(16 * 1024 * 1024)}`,
    });
    expect(res.status).toBe(413);
  });

  it("refuses a 200 KB file link with a message about the field", async () => {
    const body = JSON.stringify({ idempotencyKey: randomUUID(), fileUrl: `https://example.com/${"a".repeat(200_000)}.jpg`, fileType: "image" });
    const res = await send(`${conversationPath}/messages`, { body, headers: { "content-type": "application/json", origin: app.url } });
    expect(res.status === 413 || res.status === 422).toBe(true);
    const small = JSON.stringify({ idempotencyKey: randomUUID(), fileUrl: `https://example.com/${"a".repeat(5_000)}.jpg`, fileType: "image" });
    expect(await send(`${conversationPath}/messages`, { body: small, headers: { "content-type": "application/json", origin: app.url } })).toEqual({ status: 422, code: "invalid_input" });
  });
});
