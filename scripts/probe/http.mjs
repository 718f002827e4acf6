// Small HTTP helpers for the security probe: plain fetch, cookies by hand, never following
// redirects (a probe looks at what the server answers, not where a browser would end up).

export function client(base) {
  const origin = new URL(base).origin;
  async function request(path, { method = "GET", body, headers = {}, cookie, sameOrigin = true, signal } = {}) {
    const h = { ...headers };
    if (cookie) h.cookie = cookie;
    if (sameOrigin && method !== "GET" && !("origin" in h)) h.origin = origin;
    const res = await fetch(new URL(path, base), { method, body, headers: h, redirect: "manual", signal });
    return res;
  }
  const json = (value) => ({ body: JSON.stringify(value), headers: { "content-type": "application/json" } });
  const cookiesOf = (res) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .filter((c) => !c.endsWith("="))
      .join("; ");
  async function signIn(email, password) {
    const res = await request("/api/session", { method: "POST", ...json({ email, password }) });
    if (res.status !== 200) throw new Error(`could not sign in as ${email} (${res.status}); pass --email and --password of an agent`);
    return cookiesOf(res);
  }
  async function bodyOf(res) {
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return { origin, request, json, signIn, cookiesOf, bodyOf };
}
