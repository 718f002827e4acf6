import { describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, newNonce, strictTransportSecurity } from "./headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  const production = { nonce: "abc123==", publicUrl: "http://localhost:3000", development: false };

  it("allows scripts only through the nonce (and what they load), never eval in production", () => {
    const script = directives(contentSecurityPolicy(production)).get("script-src");
    expect(script).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  it("adds 'unsafe-eval' for next dev only", () => {
    expect(directives(contentSecurityPolicy({ ...production, development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins and base tags, and keeps forms and connections on this origin", () => {
    const d = directives(contentSecurityPolicy(production));
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
  });

  it("shows media from the PUBLIC_URL file links, blob: previews and https: links", () => {
    const d = directives(contentSecurityPolicy({ ...production, publicUrl: "http://inbox.lan:8080/" }));
    expect(d.get("img-src")).toEqual(["'self'", "http://inbox.lan:8080", "blob:", "https:", "data:"]);
    expect(d.get("media-src")).toEqual(["'self'", "http://inbox.lan:8080", "blob:", "https:"]);
    expect(d.has("upgrade-insecure-requests")).toBe(false);
  });

  it("upgrades insecure subresource requests when published on https", () => {
    expect(directives(contentSecurityPolicy({ ...production, publicUrl: "https://switchboard.example" })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("newNonce", () => {
  it("is fresh each time and in the form Next reads back from the policy", () => {
    const [a, b] = [newNonce(), newNonce()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("strictTransportSecurity", () => {
  it("is sent for an https PUBLIC_URL only", () => {
    expect(strictTransportSecurity("https://switchboard.example")).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
  });
});

describe("API_CONTENT_SECURITY_POLICY", () => {
  it("allows nothing to load and nothing to frame the answer", () => {
    const d = directives(API_CONTENT_SECURITY_POLICY);
    expect(d.get("default-src")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(API_CONTENT_SECURITY_POLICY).not.toContain("nonce");
  });
});
