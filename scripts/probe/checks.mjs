// One check per finding of the security review. Each returns nothing (a pass), or throws with
// what it saw. `ctx` holds the HTTP client, the probe's account and a conversation to write to.
import { randomUUID } from "node:crypto";

const DEMO = ["admin@switchboard.test", "supervisor@switchboard.test", "agent@switchboard.test"];

function expectStatus(what, res, ...allowed) {
  if (!allowed.includes(res.status)) throw new Error(`${what}: answered ${res.status}, expected ${allowed.join(" or ")}`);
}
const not5xx = (what, res) => {
  if (res.status >= 500) throw new Error(`${what}: answered ${res.status}`);
};

export const checks = [
  {
    finding: "1. demo accounts never sign in to a live server",
    async run({ http, mode }) {
      if (mode !== "live") return "sandbox mode: demo accounts are expected (the server listens on loopback unless a host is given)";
      for (const email of DEMO) {
        const res = await http.request("/api/session", { method: "POST", ...http.json({ email, password: "switchboard-" + email.split("@")[0] }) });
        expectStatus(`demo ${email}`, res, 401, 429);
      }
    },
  },
  {
    finding: "2. sign-in is a POST form; credentials never in a URL",
    async run({ http }) {
      const html = await (await http.request("/login")).text();
      const form = /<form[^>]*>/.exec(html)?.[0] ?? "";
      if (!/method="post"/i.test(form) || !form.includes('action="/api/session"')) throw new Error(`sign-in form is ${form || "missing"}`);
      const res = await http.request("/api/session", {
        method: "POST",
        body: new URLSearchParams({ email: `probe-${randomUUID()}@example.com`, password: "probe-secret-123" }),
      });
      expectStatus("form post", res, 303);
      if ((res.headers.get("location") ?? "").includes("probe-secret-123")) throw new Error("the password came back in a URL");
    },
  },
  {
    finding: "3. sign-in throttling, answers alike for unknown emails, 72-byte passwords",
    async run({ http }) {
      const email = `probe-${randomUUID()}@example.com`;
      for (let i = 0; i < 5; i++) {
        const res = await http.request("/api/session", { method: "POST", ...http.json({ email, password: "wrong" }) });
        expectStatus(`wrong password #${i + 1}`, res, 401);
      }
      const locked = await http.request("/api/session", { method: "POST", ...http.json({ email, password: "wrong" }) });
      expectStatus("sixth attempt", locked, 429);
      if (!Number(locked.headers.get("retry-after"))) throw new Error("429 without Retry-After");
      const long = await http.request("/api/session", { method: "POST", ...http.json({ email: `p-${randomUUID()}@example.com`, password: "é".repeat(40) }) });
      expectStatus("80-byte password", long, 422);
    },
  },
  {
    finding: "4. no open redirect after sign-in",
    async run({ http, account }) {
      for (const callbackUrl of ["http://a//evil.example/x", "/\t/evil.example/x", "//evil.example/x", "https://evil.example/"]) {
        const res = await http.request("/api/session", { method: "POST", body: new URLSearchParams({ ...account, callbackUrl }) });
        expectStatus(`callbackUrl ${JSON.stringify(callbackUrl)}`, res, 303);
        const target = new URL(res.headers.get("location") ?? "", http.origin);
        if (target.origin !== http.origin) throw new Error(`callbackUrl ${JSON.stringify(callbackUrl)} redirected to ${target.href}`);
      }
      const cookie = await http.signIn(account.email, account.password);
      for (const raw of ["/%0A/evil.example/x", "/%09/evil.example/x"]) {
        const res = await http.request(`/login?callbackUrl=${raw}`, { cookie });
        not5xx(`/login?callbackUrl=${raw}`, res);
        const target = new URL(res.headers.get("location") ?? "/", http.origin);
        if (target.origin !== http.origin) throw new Error(`/login?callbackUrl=${raw} redirected to ${target.href}`);
      }
    },
  },
  {
    finding: "5. CSRF: foreign origins and text/plain refused",
    async run({ http, cookie, conversation }) {
      const reply = JSON.stringify({ idempotencyKey: randomUUID(), text: "probe" });
      const path = `/api/conversations/${conversation}/messages`;
      expectStatus("reply from another origin", await http.request(path, { method: "POST", cookie, body: reply, headers: { "content-type": "application/json", origin: "https://evil.example" } }), 403);
      expectStatus("reply as text/plain", await http.request(path, { method: "POST", cookie, body: reply, headers: { "content-type": "text/plain" } }), 415);
      expectStatus("read mark from another origin", await http.request(`/api/conversations/${conversation}/read`, { method: "POST", cookie, headers: { origin: "https://evil.example" } }), 403);
    },
  },
  {
    finding: "6. bodies capped before reading",
    async run({ http, cookie, conversation }) {
      const big = JSON.stringify({ idempotencyKey: randomUUID(), text: "x".repeat(5 * 1024 * 1024) });
      expectStatus("5 MB JSON", await http.request(`/api/conversations/${conversation}/messages`, { method: "POST", cookie, body: big, headers: { "content-type": "application/json" } }), 413);
      const form = `email=a%40b.co&password=${"x".repeat(16 * 1024 * 1024)}`;
      expectStatus("16 MB sign-in form", await http.request("/api/session", { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } }), 413);
      const link = JSON.stringify({ idempotencyKey: randomUUID(), fileUrl: `https://example.com/${"a".repeat(200_000)}`, fileType: "image" });
      expectStatus("200 KB fileUrl", await http.request(`/api/conversations/${conversation}/messages`, { method: "POST", cookie, body: link, headers: { "content-type": "application/json" } }), 413, 422);
    },
  },
  {
    finding: "7. crafted input answers 4xx, never 500",
    async run({ http, cookie, conversation, channel, mode }) {
      const b64 = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
      const reads = [
        `/api/channels/${channel}/conversations?cursor=${b64(["2024-01-01T00:00:00.000Z", "not-a-uuid"])}`,
        `/api/channels/${channel}/conversations?cursor=${b64(["0000-01-01T00:00:00.000Z", randomUUID()])}`,
        `/api/conversations/${conversation}/messages?before=${b64(["2024-01-01T00:00:00.000Z", "12345678901234567890"])}`,
        `/api/conversations/${conversation}/messages?before=${b64(["0000-01-01T00:00:00.000Z", "1"])}`,
        `/api/conversations/${conversation}/messages?after=12345678901234567890`,
      ];
      for (const path of reads) not5xx(path, await http.request(path, { cookie }));
      const nul = await http.request(`/api/conversations/${conversation}/messages`, { method: "POST", cookie, ...http.json({ idempotencyKey: randomUUID(), text: "a\u0000b" }) });
      expectStatus("NUL in a reply", nul, 422);
      const stream = new AbortController();
      const events = await http.request("/api/events", { cookie, headers: { "last-event-id": "9".repeat(30) }, signal: stream.signal });
      expectStatus("huge Last-Event-ID", events, 200);
      stream.abort();
      if (mode === "sandbox") {
        not5xx("sandbox getchats with odd parameters", await http.request("/sandbox/api/http/?method=getchats&user=sandbox&password=sandbox-password&platformid[]=x&platform=%00", {}));
      }
    },
  },
  {
    finding: "8. security headers",
    async run({ http }) {
      const [a, b] = [await http.request("/login"), await http.request("/login")];
      const csp = a.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      if (!nonce) throw new Error(`no CSP nonce on /login (${csp || "no CSP"})`);
      if (nonce === /'nonce-([^']+)'/.exec(b.headers.get("content-security-policy") ?? "")?.[1]) throw new Error("the CSP nonce is the same on two requests");
      if (!csp.includes("frame-ancestors 'none'")) throw new Error("CSP lacks frame-ancestors 'none'");
      if (a.headers.get("x-content-type-options") !== "nosniff") throw new Error("no X-Content-Type-Options: nosniff");
      if (!a.headers.get("referrer-policy")) throw new Error("no Referrer-Policy");
      if (!/microphone=\(self\)/.test(a.headers.get("permissions-policy") ?? "")) throw new Error("Permissions-Policy does not limit the microphone to this origin");
      if (http.origin.startsWith("https:") && !a.headers.get("strict-transport-security")) throw new Error("no HSTS over https");
    },
  },
  {
    finding: "9. sessions end on sign-out",
    async run({ http, account }) {
      const copied = await http.signIn(account.email, account.password);
      const other = await http.signIn(account.email, account.password);
      expectStatus("sign-out", await http.request("/api/session", { method: "DELETE", cookie: copied }), 200);
      expectStatus("a copied cookie after sign-out", await http.request("/api/channels", { cookie: copied }), 401);
      expectStatus("another session of the same agent", await http.request("/api/channels", { cookie: other }), 200);
      await http.request("/api/session", { method: "DELETE", cookie: other });
    },
  },
  {
    finding: "10. event streams capped per agent",
    async run({ http, account }) {
      const cookie = await http.signIn(account.email, account.password);
      const open = [];
      try {
        for (let i = 0; i < 50; i++) {
          const controller = new AbortController();
          const res = await http.request("/api/events", { cookie, signal: controller.signal });
          open.push(controller);
          if (res.status === 429) return `refused stream ${i + 1} with 429`;
          expectStatus(`stream ${i + 1}`, res, 200);
        }
        throw new Error("50 streams were accepted for one agent");
      } finally {
        open.forEach((c) => c.abort());
        await http.request("/api/session", { method: "DELETE", cookie });
      }
    },
  },
  {
    finding: "11. no other site can drive the sandbox",
    async run({ http, mode }) {
      if (mode !== "sandbox") return "live mode: the sandbox answers 404";
      const sim = await (await http.request("/sandbox/simulator/channels")).json();
      const path = `/sandbox/simulator/channels/${sim.channels[0].id}/chats/probe/messages`;
      const text = JSON.stringify({ text: "probe" });
      expectStatus("simulator from another origin", await http.request(path, { method: "POST", body: text, headers: { "content-type": "application/json", origin: "https://evil.example" } }), 403);
      expectStatus("simulator as text/plain", await http.request(path, { method: "POST", body: text, headers: { "content-type": "text/plain" } }), 415);
      expectStatus("faults from another origin", await http.request("/sandbox/simulator/faults", { method: "DELETE", headers: { origin: "https://evil.example" } }), 403);
    },
  },
];
