import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { cookiesOf, signIn } from "../support/session";

// Behind one trusted proxy, each test names its own client address in X-Forwarded-For, so the
// throttling of one test does not lock the others out.
let app: RunningApp;
beforeAll(async () => {
  app = await startApp(3301, { TRUST_PROXY_HOPS: "1" });
});
afterAll(async () => app?.stop());

let addressSeq = 0;
const newAddress = () => `198.51.100.${++addressSeq}`;

function postSession(body: string, type: string, extra: Record<string, string> = {}) {
  return fetch(`${app.url}/api/session`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": type, origin: app.url, "x-forwarded-for": newAddress(), ...extra },
    body,
  });
}
const signInJson = (email: string, password: string, extra: Record<string, string> = {}) =>
  postSession(JSON.stringify({ email, password }), "application/json", extra);
const signInForm = (fields: Record<string, string>, extra: Record<string, string> = {}) =>
  postSession(new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded", extra);

describe("signing in without scripts", () => {
  it("renders the sign-in form as a POST to the sign-in endpoint, so a password can never land in a URL", async () => {
    const html = await (await fetch(`${app.url}/login`)).text();
    const form = /<form[^>]*>/.exec(html)?.[0] ?? "";
    expect(form).toContain('method="post"');
    expect(form).toContain('action="/api/session"');
  });

  it("signs in from a plain form post and redirects to the inbox with the session cookie", async () => {
    const res = await signInForm({ email: "agent@switchboard.test", password: "switchboard-agent", callbackUrl: "/inbox" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/inbox");
    const cookie = cookiesOf(res);
    expect(cookie).toContain("next-auth.session-token=");
    expect((await fetch(`${app.url}/api/channels`, { headers: { cookie } })).status).toBe(200);
  });

  it("sends a wrong form post back to the sign-in page with the reason and without the credentials", async () => {
    const res = await signInForm({ email: "agent@switchboard.test", password: "not-the-password" });
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    expect(location).toBe("/login?error=wrong");
    expect(location).not.toContain("not-the-password");
  });
});

describe("sign-in throttling", () => {
  it("answers 429 with when to retry after 5 failures, even to the right password", async () => {
    const address = newAddress();
    for (let i = 0; i < 5; i++) expect((await signInJson("supervisor@switchboard.test", "wrong", { "x-forwarded-for": address })).status).toBe(401);
    // Another address: the account itself is locked, not only this client.
    const locked = await signInJson("supervisor@switchboard.test", "switchboard-supervisor");
    expect(locked.status).toBe(429);
    const retry = Number(locked.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(0);
    expect((await locked.json()).error).toEqual({ code: "too_many_attempts", message: `Too many attempts, try again in ${retry} s.` });
  });

  it("answers an unknown email with the same statuses and bodies as a known one", async () => {
    const answers = async (email: string) => {
      const seen = [];
      for (let i = 0; i < 6; i++) {
        const res = await signInJson(email, "wrong");
        seen.push([res.status, (await res.json()).error.code]);
      }
      return seen;
    };
    expect(await answers("nobody-here@example.com")).toEqual(await answers("admin-typo@switchboard.test"));
    expect(await answers("nobody-2@example.com")).toEqual([...Array(5).fill([401, "wrong_credentials"]), [429, "too_many_attempts"]]);
  });

  it("shows the wait on the sign-in page after a throttled form post", async () => {
    const html = await (await fetch(`${app.url}/login?error=throttled&retry=42`)).text();
    expect(html).toContain("Too many attempts, try again in 42 s.");
  });

  it("refuses a password longer than the 72 bytes bcrypt reads", async () => {
    const res = await signInJson("agent@switchboard.test", "é".repeat(40));
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toBe("Passwords are at most 72 bytes.");
  });
});

describe("the page after signing in", () => {
  it.each([["http://a//evil.example/x"], ["/\t/evil.example/x"], ["https://evil.example/"], ["//evil.example"]])("stays on this site for callbackUrl %j", async (callbackUrl) => {
    const res = await signInForm({ email: "agent@switchboard.test", password: "switchboard-agent", callbackUrl });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/inbox");
  });

  it("answers a signed-in visit to /login?callbackUrl=/%0A/… with a redirect into the inbox, not a 500", async () => {
    const cookie = await signIn(app.url, "agent@switchboard.test", "switchboard-agent");
    // As typed in a link: %0A and %09 decode to a newline and a tab in the callbackUrl.
    for (const target of ["/%0A/evil.example/x", "/%09/evil.example/x", "http://a//evil.example/x"]) {
      const res = await fetch(`${app.url}/login?callbackUrl=${target}`, { headers: { cookie }, redirect: "manual" });
      expect(res.status, target).toBeGreaterThanOrEqual(300);
      expect(res.status, target).toBeLessThan(400);
      expect(new URL(res.headers.get("location")!, app.url).href, target).toBe(`${app.url}/inbox`);
    }
  });
});

describe("sessions that can be revoked", () => {
  it("ends a session on sign-out: a copy of its cookie stops working at once", async () => {
    const copied = await signIn(app.url, "agent@switchboard.test", "switchboard-agent");
    const other = await signIn(app.url, "agent@switchboard.test", "switchboard-agent");
    const out = await fetch(`${app.url}/api/session`, { method: "DELETE", headers: { cookie: copied, origin: app.url } });
    expect(out.status).toBe(200);
    expect(out.headers.get("set-cookie")).toMatch(/next-auth\.session-token=;.*Max-Age=0/);
    expect((await fetch(`${app.url}/api/channels`, { headers: { cookie: copied } })).status).toBe(401);
    expect((await fetch(`${app.url}/api/channels`, { headers: { cookie: other } })).status).toBe(200);
  });

  it("ends every session of the agent with Sign out everywhere", async () => {
    const first = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
    const second = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
    const out = await fetch(`${app.url}/api/sessions`, { method: "DELETE", headers: { cookie: second, origin: app.url } });
    expect(out.status).toBe(200);
    expect((await out.json()).ended).toBeGreaterThanOrEqual(2);
    for (const cookie of [first, second]) expect((await fetch(`${app.url}/api/channels`, { headers: { cookie } })).status).toBe(401);
  });
});
