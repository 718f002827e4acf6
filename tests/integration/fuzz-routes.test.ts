import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { listRouteFiles, type RouteFile, type Segment } from "../support/route-files";
import { firstMirrored } from "../support/mirrored";
import { signIn } from "../support/session";
import type { ThreadResponse, UploadResponse } from "@/lib/inbox/types";

/**
 * Every route file under app/, every method it exports, fed generated bad input (odd path
 * segments, query params, headers and bodies), signed in, signed out and with a forged cookie.
 * No answer may be a 5xx: crafted input is the client's mistake, and a 500 logs its stack with
 * the input in it. Deterministic: the seed is fixed (FUZZ_SEED overrides it to explore).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const CASES_PER_ROUTE_METHOD = 20;
const CONCURRENCY = 4;
const root = path.resolve(__dirname, "../..");
const routes = listRouteFiles(root);

let app: RunningApp;
let cookie: string;
/** Real values for each dynamic segment, so that some requests reach the deepest code. */
const real: Record<string, string[]> = {};

interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

const nasty = [
  "%00",
  "a%00b",
  "..",
  "%2e%2e",
  "%2F",
  "99999999999999999999",
  "1".repeat(40),
  "-1",
  "0",
  "1.5",
  "1e309",
  "NaN",
  "null",
  "undefined",
  "%",
  "%ZZ",
  encodeURIComponent("ünïcødé ☃"),
  encodeURIComponent("😀\u202e"),
  "a".repeat(3000),
  "00000000-0000-0000-0000-000000000000",
  encodeURIComponent("'; drop table agents; --"),
];

const nastyValue = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "",
    " ",
    "99999999999999999999",
    "-99999999999999999999",
    "1e309",
    "0000-01-01T00:00:00.000Z",
    "ünïcødé ☃ 😀",
    "\ud800",
    "x".repeat(5000),
    "[object Object]",
    "__proto__",
    "../../etc/passwd",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.integer().map(String),
  fc.uuid(),
  // Cursors shaped like the real ones, holding bad parts.
  fc.tuple(fc.constantFrom("0000-01-01T00:00:00.000Z", "2026-02-30T00:00:00Z", "9999-12-31T23:59:59.999Z", "x"), fc.constantFrom("1", "99999999999999999999", "not-a-uuid", "\u0000"))
    .map((parts) => Buffer.from(JSON.stringify(parts)).toString("base64url")),
);

const queryKeys = fc.constantFrom(
  "cursor",
  "assignee",
  "before",
  "after",
  "limit",
  "q",
  "callbackUrl",
  "csrf",
  "class",
  "method",
  "platform",
  "platformid",
  "destination",
  "message",
  "type",
  "fileurl",
  "user",
  "password",
  "__proto__",
);

const query = fc.array(fc.tuple(queryKeys, nastyValue), { maxLength: 5 }).map((pairs) => {
  const params = new URLSearchParams();
  for (const [k, v] of pairs) params.append(k, v); // repeated keys are on purpose
  return params.toString();
});

const fieldNames = ["text", "idempotencyKey", "fileId", "fileUrl", "fileType", "name", "phone", "email", "kind", "ms", "count", "probability", "methods", "code", "status", "voice"];
const wrongTypes = fc.oneof(nastyValue, fc.constant(null), fc.boolean(), fc.double(), fc.constant(1e308), fc.array(nastyValue, { maxLength: 3 }), fc.object({ maxDepth: 2 }));

const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
const body = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom(...fieldNames), wrongTypes, { maxKeys: 5 }).map((o) => JSON.stringify(o)),
  fc.constantFrom(
    "{",
    "",
    "null",
    "[]",
    '"\\u0000"',
    JSON.stringify({ text: "hi\u0000", idempotencyKey: "00000000-0000-4000-8000-000000000000" }),
    JSON.stringify({ name: "\u0000", phone: "1".repeat(100) }),
    JSON.stringify({ kind: "latency", ms: 1e309 }),
    deep(5000),
    JSON.stringify({ text: "x".repeat(70 * 1024) }),
    "class=chat&method=getchats&user=sandbox&password=sandbox-password&platform=whatsapp&platformid=%00",
    "--x\r\ncontent-disposition: form-data; name=\"file\"; filename=\"a\u0000.png\"\r\n\r\nnot a png\r\n--x--\r\n",
  ),
);

const contentType = fc.constantFrom(
  "application/json",
  "application/json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "multipart/form-data",
  "application/json; charset=utf-16",
  undefined,
);

function segmentValue(segment: Segment, route: RouteFile) {
  if (segment.kind === "static") return fc.constant(segment.value);
  const known = real[`${route.pattern.startsWith("/sandbox") ? "sandbox:" : ""}${segment.name}`] ?? [];
  const one = fc.oneof(
    { weight: 3, arbitrary: known.length ? fc.constantFrom(...known) : fc.constantFrom(...nasty) },
    { weight: 3, arbitrary: fc.constantFrom(...nasty) },
    { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 30 }).map(encodeURIComponent) },
  );
  if (segment.kind === "dynamic") return one;
  return fc.array(one, { minLength: segment.optional ? 0 : 1, maxLength: 3 }).map((parts) => parts.join("/"));
}

function requestsFor(route: RouteFile, method: string, seed: number): FuzzRequest[] {
  const arb = fc.record({
    segments: fc.tuple(...route.segments.map((s) => segmentValue(s, route))),
    slash: fc.boolean(),
    query,
    session: fc.constantFrom("admin", "admin", "none", "forged"),
    sameOrigin: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    contentType,
    body,
    lastEventId: fc.option(nastyValue, { nil: undefined }),
  });
  return fc.sample(arb, { numRuns: CASES_PER_ROUTE_METHOD, seed }).map((c) => {
    const pathPart = "/" + c.segments.filter((s) => s !== "").join("/") + (c.slash ? "/" : "");
    const headers: Record<string, string> = {};
    if (c.session === "admin") headers.cookie = cookie;
    if (c.session === "forged") headers.cookie = "next-auth.session-token=eyJhbGciOiJub25lIn0.e30.; __Secure-next-auth.session-token=%00";
    // Header values must be printable ASCII or fetch itself refuses them before sending.
    if (c.lastEventId !== undefined) headers["last-event-id"] = c.lastEventId.replace(/[^\x20-\x7e]/g, "");
    const hasBody = !["GET", "HEAD"].includes(method);
    // Most state-changing requests carry the app's own Origin so that they reach the handler.
    if (hasBody && c.sameOrigin) headers.origin = app.url;
    if (hasBody && c.contentType) headers["content-type"] = c.contentType;
    return { method, url: `${app.url}${pathPart}${c.query ? `?${c.query}` : ""}`, headers, body: hasBody ? c.body : undefined };
  });
}

async function send(req: FuzzRequest): Promise<{ status: number; error?: string }> {
  const abort = AbortSignal.timeout(15_000);
  try {
    const res = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body, redirect: "manual", signal: abort });
    // An event stream never ends by itself: its status is all there is to check.
    if ((res.headers.get("content-type") ?? "").includes("text/event-stream")) await res.body?.cancel();
    else await res.arrayBuffer();
    return { status: res.status };
  } catch (error) {
    return { status: 0, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

const describeRequest = (r: FuzzRequest, status: number | string) =>
  `${status} ← ${r.method} ${r.url.slice(0, 300)}\n    headers: ${JSON.stringify({ ...r.headers, cookie: r.headers.cookie ? "(…)" : undefined })}` +
  (r.body !== undefined ? `\n    body: ${JSON.stringify(r.body.slice(0, 300))}${r.body.length > 300 ? ` (${r.body.length} chars)` : ""}` : "");

async function collectRealValues() {
  const api = async <T>(p: string) => (await fetch(`${app.url}${p}`, { headers: { cookie } })).json() as Promise<T>;
  // The first mirror pass may still be running: channels, like conversations, appear once it lands.
  const { channels, conversations } = await firstMirrored(app.url, cookie);
  const thread = await api<ThreadResponse>(`/api/conversations/${conversations[0].id}/messages`);
  const sandbox = await (await fetch(`${app.url}/sandbox/simulator/channels`)).json();
  const chats = await (await fetch(`${app.url}/sandbox/simulator/channels/${sandbox.channels[0].id}/chats`)).json();
  const card = await fetch(`${app.url}/api/files/contact`, {
    method: "POST",
    headers: { cookie, origin: app.url, "content-type": "application/json" },
    body: JSON.stringify({ name: "Fuzz Card", phone: "+34 600 000 000" }),
  });
  const file = ((await card.json()) as UploadResponse).file;
  const [token, name] = new URL(file.url).pathname.split("/").slice(2);
  Object.assign(real, {
    channelId: channels.map((c) => c.id),
    conversationId: conversations.slice(0, 3).map((c) => c.id),
    messageId: thread.messages.slice(-3).map((m) => m.id),
    "sandbox:channelId": sandbox.channels.map((c: { id: number }) => String(c.id)),
    "sandbox:destination": chats.chats.slice(0, 3).map((c: { destination: string }) => encodeURIComponent(c.destination)),
    token: [token],
    name: [name, "thumbnail.jpg"],
  });
}

beforeAll(async () => {
  app = await startApp(3402);
  cookie = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
  await collectRealValues();
});
afterAll(async () => app?.stop());

describe("fuzzing every route", () => {
  it("finds the route files on disk, each exporting at least one method", () => {
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) expect(route.methods, route.file).not.toEqual([]);
    expect(routes.map((r) => r.pattern)).toContain("/api/channels/[channelId]/conversations");
  });

  it("never answers a 5xx to generated bad input", { timeout: 120_000 }, async () => {
    const all = routes.flatMap((route, i) => route.methods.flatMap((method, j) => requestsFor(route, method, SEED + i * 31 + j)));
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < all.length) {
        const req = all[next++];
        const { status, error } = await send(req);
        if (status >= 500 || status === 0) failures.push(describeRequest(req, error ?? status));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.info(`fuzz: ${all.length} requests over ${routes.length} route files (seed ${SEED})`);
    expect(failures, `requests answered with a 5xx (or no answer):\n${failures.join("\n")}`).toEqual([]);
  });

  it("leaves no stack trace in the app's output", () => {
    expect(app.output()).not.toMatch(/unexpected error in an API route|⨯/);
  });
});
