import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AfilnetTransportError, isAfilnetError } from "./errors";
import { CHAT, clientFor, row } from "./test-helpers";
import { list, startAfilnetTestServer, success, type AfilnetTestServer, type Reply } from "./test-server";

let server: AfilnetTestServer;
beforeEach(async () => {
  server = await startAfilnetTestServer();
});
afterEach(() => server.close());

async function transportError(promise: Promise<unknown>): Promise<AfilnetTransportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AfilnetTransportError);
  expect(isAfilnetError(error)).toBe(true);
  return error as AfilnetTransportError;
}

const html = (status: number): Reply => ({
  kind: "raw",
  status,
  body: "<!DOCTYPE html><html><body><h1>Bad Gateway</h1></body></html>",
});

describe("each transport failure", () => {
  const readOnce = () => clientFor(server, { readRetries: 0 }).getMessages(CHAT);

  it("HTTP 500 with a JSON body is http_status, not an API error", async () => {
    server.respond({ kind: "json", status: 500, body: { status: "ERROR", error: "CHAT_NOT_FOUND" } });
    const error = await transportError(readOnce());
    expect(error).toMatchObject({ kind: "http_status", status: 500, method: "getmessages", reachedServer: "yes" });
    expect(error.retryable).toBe(true);
  });

  it("an HTML page with HTTP 200 is not_json", async () => {
    server.respond(html(200));
    const error = await transportError(readOnce());
    expect(error).toMatchObject({ kind: "not_json", status: 200 });
    expect(error.message).toMatch(/HTML page/);
    expect(error.bodySnippet).toContain("Bad Gateway");
  });

  it("an HTML page with HTTP 502 is http_status 502", async () => {
    server.respond(html(502));
    const error = await transportError(readOnce());
    expect(error).toMatchObject({ kind: "http_status", status: 502 });
    expect(error.message).toMatch(/HTTP 502.*HTML page/);
  });

  it("truncated JSON is not_json", async () => {
    server.respond({ kind: "raw", contentType: "application/json", body: '{"status":"SUCCESS","result":{"list":[{"mess' });
    const error = await transportError(readOnce());
    expect(error).toMatchObject({ kind: "not_json" });
    expect(error.message).toMatch(/truncated or invalid JSON/);
  });

  it("an empty body is not_json", async () => {
    server.respond({ kind: "raw", contentType: "application/json", body: "" });
    expect(await transportError(readOnce())).toMatchObject({ kind: "not_json" });
  });

  it.each([
    ["an object without status", { ok: true }],
    ["an array", [{ status: "SUCCESS" }]],
    ["a bare string", "SUCCESS"],
    ["an unknown status", { status: "PENDING", result: {} }],
    ["an ERROR without a code", { status: "ERROR" }],
    ["a list result that is not a list", { status: "SUCCESS", result: { list: "none" } }],
    ["a success without result for a list method", { status: "SUCCESS" }],
  ])("JSON that is not the envelope (%s) is malformed and not retried", async (_label, body) => {
    server.respond({ kind: "json", body });
    const error = await transportError(clientFor(server).getMessages(CHAT));
    expect(error).toMatchObject({ kind: "malformed", reachedServer: "yes" });
    expect(error.retryable).toBe(false);
    expect(server.requests).toHaveLength(1);
  });

  it("a timeout (the server never answers) is timeout, and ambiguous", async () => {
    server.respond({ kind: "hang" });
    const started = Date.now();
    const error = await transportError(clientFor(server, { timeoutMs: 150, readRetries: 0 }).getMessages(CHAT));
    expect(error).toMatchObject({ kind: "timeout", reachedServer: "ambiguous" });
    expect(error.mayHaveTakenEffect).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("a slow answer past the timeout is a timeout too", async () => {
    server.respond({ ...list([]), delayMs: 500 } as Reply);
    const error = await transportError(clientFor(server, { timeoutMs: 100, readRetries: 0 }).getMessages(CHAT));
    expect(error.kind).toBe("timeout");
  });

  it("a connection reset after the request was sent is network, and ambiguous", async () => {
    server.respond({ kind: "reset" });
    const error = await transportError(readOnce());
    expect(error).toMatchObject({ kind: "network", reachedServer: "ambiguous" });
    expect(server.requests).toHaveLength(1);
  });

  it("a refused connection is network, and certainly did not reach the server", async () => {
    const apiUrl = server.apiUrl;
    await server.close();
    const error = await transportError(clientFor({ ...server, apiUrl }, { readRetries: 0 }).getChatChannels());
    expect(error).toMatchObject({ kind: "network", reachedServer: "no", causeCode: "ECONNREFUSED" });
    expect(error.mayHaveTakenEffect).toBe(false);
    server = await startAfilnetTestServer();
  });

  it("a redirect is not followed and names the host to configure instead", async () => {
    server.respond((req) =>
      req.path.endsWith("/api/http/")
        ? { kind: "raw", status: 301, body: "", headers: { location: "https://api.elsewhere.example/api/http/" } }
        : success(),
    );
    const error = await transportError(readOnce());
    expect(error).toMatchObject({ kind: "http_status", status: 301 });
    expect(error.message).toContain("redirected to api.elsewhere.example");
    expect(server.requests).toHaveLength(1);
  });

  it("an unreadable row fails the whole call as malformed rather than being dropped", async () => {
    server.respond(list([row({ messageid: "1" }), row({ messageid: "2", datetime: "yesterday" })]));
    const error = await transportError(clientFor(server).getMessages(CHAT));
    expect(error).toMatchObject({ kind: "malformed", method: "getmessages" });
    expect(error.message).toMatch(/row 1 .*datetime/);
    expect(server.requests).toHaveLength(1);
  });
});

describe("retries", () => {
  it("retries a read after transport failures, then returns the answer", async () => {
    server.enqueue({ kind: "json", status: 503, body: {} }, { kind: "reset" });
    server.respond(list([row()]));
    const messages = await clientFor(server).getMessages(CHAT);
    expect(messages).toHaveLength(1);
    expect(server.requests).toHaveLength(3);
  });

  it("retries a read after a timeout", async () => {
    server.enqueue({ kind: "hang" });
    server.respond(list([]));
    await expect(clientFor(server, { timeoutMs: 150 }).getChats(CHAT)).resolves.toEqual([]);
    expect(server.requests).toHaveLength(2);
  });

  it("gives up after readRetries extra attempts and says how many were made", async () => {
    server.respond(html(500));
    const error = await transportError(clientFor(server, { readRetries: 2 }).getChatChannels());
    expect(server.requests).toHaveLength(3);
    expect(error.attempts).toBe(3);
  });

  it("makes one attempt when readRetries is 0", async () => {
    server.respond(html(500));
    await transportError(clientFor(server, { readRetries: 0 }).getUnreadMessages(CHAT));
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a send after a timeout: exactly one request reaches the server", async () => {
    server.respond({ kind: "hang" });
    const error = await transportError(
      clientFor(server, { timeoutMs: 150, readRetries: 5 }).sendMessage({ ...CHAT, message: "¿una vez?" }),
    );
    expect(error).toMatchObject({ kind: "timeout", method: "sendmessage", reachedServer: "ambiguous", attempts: 1 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(server.requests).toHaveLength(1);
  });

  it.each<[string, Reply]>([
    ["HTTP 500", { kind: "json", status: 500, body: {} }],
    ["a reset", { kind: "reset" }],
    ["an HTML page", html(200)],
  ])("does not retry a send or a file after %s", async (_label, reply) => {
    server.respond(reply);
    const client = clientFor(server, { readRetries: 5 });
    await transportError(client.sendMessage({ ...CHAT, message: "hola" }));
    await transportError(client.sendFile({ ...CHAT, type: "audio", fileUrl: "https://files.example.com/a.ogg" }));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(server.requests.map((r) => r.form.method)).toEqual(["sendmessage", "sendfile"]);
  });
});
