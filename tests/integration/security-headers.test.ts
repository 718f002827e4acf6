import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as sample from "@/lib/files/test-samples";
import type { UploadResponse } from "@/lib/inbox/types";
import { startApp, type RunningApp } from "../support/app-server";
import { signIn } from "../support/session";

const ADMIN = ["admin@switchboard.test", "switchboard-admin"] as const;
const HSTS = "max-age=63072000; includeSubDomains";

function get(app: RunningApp, path: string, cookie = ""): Promise<Response> {
  return fetch(`${app.url}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
}

function directives(res: Response): Map<string, string[]> {
  const csp = res.headers.get("content-security-policy");
  expect(csp, "Content-Security-Policy").toBeTruthy();
  return new Map(csp!.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

/** The nonce the policy allows scripts by. */
function nonceOf(res: Response): string {
  const nonces = (directives(res).get("script-src") ?? []).map((s) => /^'nonce-(.+)'$/.exec(s)?.[1]).filter(Boolean);
  expect(nonces).toHaveLength(1);
  return nonces[0]!;
}

function expectStaticHeaders(res: Response): void {
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("referrer-policy")).toBe("same-origin");
  expect(res.headers.get("x-frame-options")).toBe("DENY");
  const permissions = res.headers.get("permissions-policy") ?? "";
  expect(permissions).toContain("microphone=(self)");
  expect(permissions).toContain("camera=()");
  expect(permissions).toContain("geolocation=()");
}

function expectPagePolicy(res: Response): void {
  const d = directives(res);
  expect(d.get("default-src")).toEqual(["'self'"]);
  expect(d.get("script-src")).toEqual(["'self'", `'nonce-${nonceOf(res)}'`, "'strict-dynamic'"]);
  expect(d.get("frame-ancestors")).toEqual(["'none'"]);
  expect(d.get("object-src")).toEqual(["'none'"]);
  expect(d.get("base-uri")).toEqual(["'none'"]);
  expect(d.get("connect-src")).toEqual(["'self'"]);
  expect(d.get("media-src")).toContain("blob:");
}

/** Every <script> tag of the page, each of which must carry the policy's nonce to run. */
function scriptTags(html: string): string[] {
  return html.match(/<script\b[^>]*>/gi) ?? [];
}

describe("security headers, on an http PUBLIC_URL", () => {
  let app: RunningApp;
  let cookie: string;
  beforeAll(async () => {
    app = await startApp(3450);
    cookie = await signIn(app.url, ...ADMIN);
  });
  afterAll(async () => app?.stop());

  it.each([
    ["the sign-in page", "/login", false, 200],
    ["the contact simulator", "/sandbox", false, 200],
    ["the inbox", "/inbox", true, 200],
    ["a page that does not exist", "/no-such-page", true, 404],
    ["a page under /files/ that is no file link", "/files/no-such-link", false, 404],
  ])("serves %s with a nonce CSP that every script tag carries", async (_label, path, signedIn, status) => {
    const res = await get(app, path, signedIn ? cookie : "");
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expectPagePolicy(res);
    expectStaticHeaders(res);
    expect(res.headers.get("strict-transport-security")).toBeNull();
    const nonce = nonceOf(res);
    const scripts = scriptTags(await res.text());
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(` nonce="${nonce}"`);
  });

  it("makes a new nonce for every request", async () => {
    const [a, b] = await Promise.all([get(app, "/login"), get(app, "/login")]);
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    expect(await b.text()).toContain(`nonce="${nonceOf(b)}"`);
  });

  it("still sends pages without a session to sign in, with the headers", async () => {
    const res = await get(app, "/inbox?tab=mine");
    expect(res.status).toBe(307);
    const location = new URL(res.headers.get("location") ?? "", app.url);
    expect(location.pathname + location.search).toBe("/login?callbackUrl=%2Finbox%3Ftab%3Dmine");
    expectPagePolicy(res);
    expectStaticHeaders(res);
  });

  it("answers the API with a policy that allows nothing (JSON runs no script), and the static headers", async () => {
    for (const [path, status, session] of [["/api/channels", 200, cookie], ["/api/health", 200, ""], ["/api/channels", 401, ""]] as const) {
      const res = await get(app, path, session);
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expectStaticHeaders(res);
    }
  });

  it("answers an API path whose escapes do not decode 400 bad_path (Next itself answers 500), with the API's policy", async () => {
    for (const session of [cookie, ""]) {
      const res = await get(app, "/api/conversations/%ZZ/messages?after=%E0", session);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: { code: "bad_path", message: "This address has a broken percent escape." } });
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });

  it("gives every API answer a request id, keeping a proxy's well-formed one", async () => {
    const kept = await fetch(`${app.url}/api/channels`, { headers: { cookie, "x-request-id": "lb-7f3a9c01:42" } });
    expect(kept.headers.get("x-request-id")).toBe("lb-7f3a9c01:42");
    const replaced = await fetch(`${app.url}/api/channels`, { headers: { cookie, "x-request-id": "<script>" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("leaves public file links their own sandboxing policy, and only that one", async () => {
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(await sample.png(40, 20))]), "pixel.png");
    const upload = await fetch(`${app.url}/api/files`, { method: "POST", body: form, headers: { cookie, origin: app.url } });
    expect(upload.status).toBe(201);
    expect(upload.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    const { file } = (await upload.json()) as UploadResponse;
    const res = await fetch(`${app.url}${new URL(file.url).pathname}`, { redirect: "manual" });
    expect(res.status).toBe(200);
    // Two policies would arrive joined by a comma; the file's must be the only one.
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
  });
});

describe("security headers, on an https PUBLIC_URL", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp(3451, { PUBLIC_URL: "https://switchboard.example" });
  });
  afterAll(async () => app?.stop());

  it("asks browsers to use https only, on pages and the API", async () => {
    for (const path of ["/login", "/api/health"]) {
      const res = await get(app, path);
      expect(res.headers.get("strict-transport-security")).toBe(HSTS);
    }
    // Only a page loads anything whose http:// links could be upgraded.
    expect(directives(await get(app, "/login")).has("upgrade-insecure-requests")).toBe(true);
  });
});
