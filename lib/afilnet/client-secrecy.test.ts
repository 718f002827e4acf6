import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHAT, TEST_PASSWORD, TEST_USER, clientFor } from "./test-helpers";
import {
  failure,
  list,
  startAfilnetTestServer,
  type AfilnetTestServer,
  type Reply,
  type Responder,
} from "./test-server";
import type { AfilnetClientOptions } from "./types";

let server: AfilnetTestServer;
beforeEach(async () => {
  server = await startAfilnetTestServer();
});
afterEach(() => server.close());

/** Every spelling in which a credential could leak. */
const SECRETS = [
  TEST_USER,
  TEST_PASSWORD,
  encodeURIComponent(TEST_PASSWORD),
  new URLSearchParams({ p: TEST_PASSWORD }).toString().slice(2),
  Buffer.from(`${TEST_USER}:${TEST_PASSWORD}`, "utf8").toString("base64"),
];

function expectNoSecret(error: unknown) {
  const texts = [
    String(error),
    (error as Error).message,
    (error as Error).stack ?? "",
    JSON.stringify(error),
    inspect(error, { depth: 5 }),
  ];
  for (const text of texts) for (const secret of SECRETS) expect(text).not.toContain(secret);
}

/** A careless proxy's error page that echoes the whole request back. */
const echoPage =
  (status: number): Responder =>
  (req) => ({
    kind: "raw",
    status,
    body: `<html><body>Error for ${req.url} body=${req.rawBody} auth=${req.headers.authorization ?? ""} user=${req.params.user ?? ""} password=${req.params.password ?? ""}</body></html>`,
  });

const failures: [string, Reply | Responder, Partial<AfilnetClientOptions>][] = [
  ["an API error", failure("INCORRECT_USER_PASSWORD"), {}],
  ["an API error code echoing the password", failure(`BAD_PASSWORD_${TEST_PASSWORD}`), {}],
  ["an error page echoing the request (500)", echoPage(500), {}],
  ["an error page echoing the request (200)", echoPage(200), {}],
  ["a timeout", { kind: "hang" }, { timeoutMs: 100 }],
  ["a connection reset", { kind: "reset" }, {}],
  ["a non-envelope answer", { kind: "json", body: { status: "PENDING", result: { list: [{ x: 1 }] } } }, {}],
];

describe.each(["post", "basic", "get"] as const)("%s transport: no credential in any error", (auth) => {
  it.each(failures)("%s", async (_label, reply, overrides) => {
    server.respond(reply);
    const client = clientFor(server, { auth, readRetries: 0, ...overrides });
    const read = await client.getMessages(CHAT).catch((e: unknown) => e);
    const send = await client.sendMessage({ ...CHAT, message: "hola" }).catch((e: unknown) => e);
    for (const error of [read, send]) {
      expect(error).toBeInstanceOf(Error);
      expectNoSecret(error);
    }
  });

  it("a refused connection", async () => {
    const apiUrl = server.apiUrl;
    await server.close();
    const error = await clientFor({ ...server, apiUrl }, { auth, readRetries: 0 })
      .getChatChannels()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "network" });
    expectNoSecret(error);
    server = await startAfilnetTestServer();
  });
});

describe("error page snippets", () => {
  it("never keeps part of a credential cut at the snippet's edge", async () => {
    for (let pad = 180; pad < 205; pad++) {
      server.respond({ kind: "raw", status: 500, body: `${"x".repeat(pad)}${TEST_PASSWORD}${"y".repeat(50)}` });
      const error = await clientFor(server, { readRetries: 0 })
        .getChatChannels()
        .catch((e: unknown) => e);
      expect((error as { bodySnippet?: string }).bodySnippet).not.toContain(TEST_PASSWORD.slice(0, 4));
    }
  });
});

describe("the test itself", () => {
  it("sees the credentials the echo page leaks when nothing redacts them", async () => {
    server.respond(echoPage(200));
    const response = await fetch(`${server.apiUrl}?user=${TEST_USER}&password=${encodeURIComponent(TEST_PASSWORD)}`);
    expect(await response.text()).toContain(TEST_USER);
    server.respond(list([]));
  });
});
