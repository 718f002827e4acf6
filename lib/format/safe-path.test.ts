import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-path";

describe("safeCallbackPath", () => {
  it("keeps a path on this site", () => {
    expect(safeCallbackPath("/inbox/c1/v2?x=1")).toBe("/inbox/c1/v2?x=1");
  });

  it("reduces an absolute URL to its path so it cannot leave the site", () => {
    expect(safeCallbackPath("http://localhost:3000/inbox/c1")).toBe("/inbox/c1");
    expect(safeCallbackPath("https://evil.example/inbox")).toBe("/inbox");
  });

  it("refuses protocol-relative and non-http targets", () => {
    expect(safeCallbackPath("//evil.example/x")).toBe("/inbox");
    expect(safeCallbackPath("/\\evil.example/x")).toBe("/inbox");
    expect(safeCallbackPath("javascript:alert(1)")).toBe("/inbox");
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
