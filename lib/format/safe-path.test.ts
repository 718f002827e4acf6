import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-path";

describe("safeCallbackPath", () => {
  it("keeps a path on this site", () => {
    expect(safeCallbackPath("/inbox/c1/v2?x=1")).toBe("/inbox/c1/v2?x=1");
  });

  it("follows only relative paths: absolute URLs fall back, even to this host", () => {
    expect(safeCallbackPath("http://localhost:3000/inbox/c1")).toBe("/inbox");
    expect(safeCallbackPath("https://evil.example/inbox")).toBe("/inbox");
  });

  it("refuses the absolute URLs whose path is protocol-relative (http://a//evil.example/x)", () => {
    expect(safeCallbackPath("http://a//evil.example/x")).toBe("/inbox");
  });

  it("refuses protocol-relative and non-http targets", () => {
    expect(safeCallbackPath("//evil.example/x")).toBe("/inbox");
    expect(safeCallbackPath("/\\evil.example/x")).toBe("/inbox");
    expect(safeCallbackPath("javascript:alert(1)")).toBe("/inbox");
  });

  it("refuses tabs, newlines and other control characters that browsers strip or servers refuse", () => {
    expect(safeCallbackPath("/\t/evil.example/x")).toBe("/inbox");
    expect(safeCallbackPath("/\n/evil.example/x")).toBe("/inbox");
    expect(safeCallbackPath("/\r\nSet-Cookie: x=1")).toBe("/inbox");
    expect(safeCallbackPath("/inbox\u0000")).toBe("/inbox");
    expect(safeCallbackPath("/ /evil.example")).toBe("/inbox");
  });

  it("falls back for missing values and for the sign-in page itself", () => {
    expect(safeCallbackPath(undefined)).toBe("/inbox");
    expect(safeCallbackPath("")).toBe("/inbox");
    expect(safeCallbackPath("/login?callbackUrl=%2Finbox")).toBe("/inbox");
  });

  it("takes the first of repeated query values", () => {
    expect(safeCallbackPath(["/inbox/a", "/inbox/b"])).toBe("/inbox/a");
  });
});
