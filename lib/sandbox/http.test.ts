import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearFaults, queueFault } from "./faults";
import { startSandboxServer, type SandboxServer } from "./node-server";
import { addContactMessage, openSandboxFixture, TEST_CREDENTIALS, type SandboxFixture } from "./test-helpers";

let fx: SandboxFixture;
let server: SandboxServer;
beforeAll(async () => {
  fx = await openSandboxFixture();
  await addContactMessage(fx, "alice", "hello", new Date());
  server = await startSandboxServer({ db: fx.db, credentials: TEST_CREDENTIALS });
});
afterAll(async () => {
  await server.close();
  await fx.close();
});
afterEach(() => clearFaults());

const auth = { user: TEST_CREDENTIALS.user, password: TEST_CREDENTIALS.password };
const chat = { class: "chat", platform: "whatsapp", platformid: "34910000001", destination: "alice" };

const postForm = (fields: Record<string, string>, init: RequestInit = {}) =>
  fetch(server.apiUrl, { method: "POST", body: new URLSearchParams({ ...auth, ...fields }), ...init });

async function messagesOfAlice(): Promise<string[]> {
  const res = await postForm({ ...chat, method: "getmessages" });
  return ((await res.json()) as { result: { list: { message: string }[] } }).result.list.map((m) => m.message);
}

describe("transports", () => {
  it("answers a GET with the credentials in the query string", async () => {
    const res = await fetch(`${server.apiUrl}?${new URLSearchParams({ ...auth, class: "chat", method: "getchatchannels" })}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toMatchObject({ status: "SUCCESS", result: { list: [{ platform: "whatsapp" }, { platform: "telegram" }] } });
  });

  it("round-trips emoji and accents through a form POST", async () => {
    const text = "¡Olé! Ça marche 🎉 — 日本語";
    expect(await (await postForm({ ...chat, method: "sendmessage", message: text })).json()).toEqual({ status: "SUCCESS", result: {} });
    expect(await messagesOfAlice()).toContain(text);
  });

  it("accepts a multipart form", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...auth, class: "chat", method: "getchatchannels" })) form.set(k, v);
    expect(await (await fetch(server.apiUrl, { method: "POST", body: form })).json()).toMatchObject({ status: "SUCCESS" });
  });

  it("answers errors with HTTP 200 and the upper-case envelope", async () => {
    const res = await postForm({ password: "wrong", class: "chat", method: "getchats" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ERROR", error: "INCORRECT_USER_PASSWORD" });
  });

  it("takes Basic credentials on /api/basic/, and answers MISSING_USER without them", async () => {
    const body = new URLSearchParams({ class: "chat", method: "getchatchannels" });
    const basic = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString("base64")}`;
    const withHeader = await fetch(server.basicUrl, { method: "POST", body, headers: { authorization: basic } });
    expect(await withHeader.json()).toMatchObject({ status: "SUCCESS" });
    const without = await fetch(server.basicUrl, { method: "POST", body: new URLSearchParams({ ...auth, class: "chat", method: "getchatchannels" }) });
    expect(await without.json()).toEqual({ status: "ERROR", error: "MISSING_USER" });
  });
});

describe("bounded input", () => {
  it("reads no fields from a form body past 256 KB, so nothing is sent", async () => {
    const before = await messagesOfAlice();
    const res = await postForm({ ...chat, method: "sendmessage", message: "x".repeat(300 * 1024) });
    expect(await res.json()).toEqual({ status: "ERROR", error: "MISSING_USER" });
    expect(await messagesOfAlice()).toEqual(before);
  });

  it("still reads a multipart form whose boundary has capitals", async () => {
    const fields = { ...auth, ...chat, method: "getmessages" };
    const body = Object.entries(fields)
      .map(([k, v]) => `--XyZ-Boundary\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join("");
    const res = await fetch(server.apiUrl, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=XyZ-Boundary" },
      body: `${body}--XyZ-Boundary--\r\n`,
    });
    expect(await res.json()).toMatchObject({ status: "SUCCESS" });
  });
});

describe("faults, as the caller sees them", () => {
  it("latency delays the answer", async () => {
    queueFault({ kind: "latency", ms: 300 });
    const started = Date.now();
    const res = await postForm({ method: "getchatchannels", class: "chat" });
    expect(await res.json()).toMatchObject({ status: "SUCCESS" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it("http500 answers HTTP 500 and sends nothing", async () => {
    queueFault({ kind: "http500", methods: ["sendmessage"] });
    const res = await postForm({ ...chat, method: "sendmessage", message: "lost to a 500" });
    expect(res.status).toBe(500);
    expect(await messagesOfAlice()).not.toContain("lost to a 500");
  });

  it("html answers an HTML page that is not JSON", async () => {
    queueFault({ kind: "html" });
    const res = await postForm({ ...chat, method: "getmessages" });
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const body = await res.text();
    expect(body).toMatch(/^<!DOCTYPE html>/);
    expect(() => JSON.parse(body)).toThrow();
  });

  it("malformed answers truncated JSON, after the send took effect", async () => {
    queueFault({ kind: "malformed" });
    const res = await postForm({ ...chat, method: "sendmessage", message: "sent under a malformed answer" });
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body.startsWith('{"status":"SUCC')).toBe(true);
    expect(() => JSON.parse(body)).toThrow();
    expect(await messagesOfAlice()).toContain("sent under a malformed answer");
  });

  it("reset breaks the connection mid-answer and sends nothing", async () => {
    queueFault({ kind: "reset" });
    const attempt = postForm({ ...chat, method: "sendmessage", message: "lost to a reset" }).then((res) => res.text());
    await expect(attempt).rejects.toThrow();
    expect(await messagesOfAlice()).not.toContain("lost to a reset");
  });

  it("blackhole sends the message but the caller times out before hearing so", async () => {
    queueFault({ kind: "blackhole", ms: 5000, methods: ["sendmessage"] });
    const attempt = postForm({ ...chat, method: "sendmessage", message: "sent into a black hole" }, { signal: AbortSignal.timeout(300) });
    await expect(attempt).rejects.toThrow(/timeout|abort/i);
    expect(await messagesOfAlice()).toContain("sent into a black hole");
  });
});
