import { describe, expect, it } from "vitest";
import { refuseOddAuthRequest } from "./auth-route-guard";

const base = "http://127.0.0.1:3000/api/auth";

async function status(req: Request, segments: string[]) {
  return (await refuseOddAuthRequest(req, segments))?.status ?? "passed on";
}

describe("requests next-auth would answer with a 500", () => {
  it("refuses a body labelled JSON that is not JSON, and passes well-formed ones on untouched", async () => {
    const post = (body: string) => new Request(`${base}/callback/credentials`, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(await status(post("{"), ["callback", "credentials"])).toBe(400);
    expect(await status(post("a=%ZZ"), ["callback", "credentials"])).toBe(400);
    expect(await status(post("x".repeat(70 * 1024)), ["callback", "credentials"])).toBe(413);
    const good = post('{"email":"a@b.c"}');
    expect(await status(good, ["callback", "credentials"])).toBe("passed on");
    expect(await good.json()).toEqual({ email: "a@b.c" });
  });

  it("refuses a callbackUrl that is not a page of this site or an http(s) URL", async () => {
    for (const bad of ["javascript:alert(1)", "WyJ4Il0", "ftp://x", ""]) {
      expect(await status(new Request(`${base}/session?callbackUrl=${encodeURIComponent(bad)}`), ["session"]), bad).toBe(bad === "" ? "passed on" : 400);
    }
    expect(await status(new Request(`${base}/session?callbackUrl=%2Finbox`), ["session"])).toBe("passed on");
    expect(await status(new Request(`${base}/session?callbackUrl=${encodeURIComponent("https://example.com/x")}`), ["session"])).toBe("passed on");
  });

  it("refuses and clears a callback-url cookie that is not a URL", async () => {
    const res = await refuseOddAuthRequest(new Request(`${base}/session`, { headers: { cookie: "a=1; next-auth.callback-url=javascript%3Ax" } }), ["session"]);
    expect(res?.status).toBe(400);
    expect(res?.headers.get("set-cookie")).toMatch(/^next-auth\.callback-url=; Path=\/; Max-Age=0/);
    expect(await status(new Request(`${base}/session`, { headers: { cookie: "next-auth.callback-url=%2Finbox" } }), ["session"])).toBe("passed on");
  });

  it("answers 405 to the credentials callback by any method but POST", async () => {
    const res = await refuseOddAuthRequest(new Request(`${base}/callback/credentials`), ["callback", "credentials"]);
    expect(res?.status).toBe(405);
    expect(res?.headers.get("allow")).toBe("POST");
  });
});
