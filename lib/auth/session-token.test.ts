import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SESSION_MAX_AGE_SECONDS, decodeSessionToken, encodeSessionToken } from "./session-token";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";

afterEach(() => vi.useRealTimers());

// decodeSessionToken remembers what it decoded (by the exact cookie string): these check that the
// shortcut answers exactly what a full decode would.
describe("decodeSessionToken", () => {
  it("names the same session on every call with the same cookie", async () => {
    const sid = randomUUID();
    const token = await encodeSessionToken(sid, randomUUID(), SECRET);
    expect(await decodeSessionToken(token, SECRET)).toBe(sid);
    expect(await decodeSessionToken(token, SECRET)).toBe(sid);
  });

  it("refuses a remembered cookie under another secret", async () => {
    const token = await encodeSessionToken(randomUUID(), randomUUID(), SECRET);
    expect(await decodeSessionToken(token, SECRET)).not.toBeNull();
    expect(await decodeSessionToken(token, `${SECRET}-rotated`)).toBeNull();
  });

  it("refuses a remembered cookie once the token has expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const token = await encodeSessionToken(randomUUID(), randomUUID(), SECRET);
    expect(await decodeSessionToken(token, SECRET)).not.toBeNull();
    vi.setSystemTime(Date.now() + (SESSION_MAX_AGE_SECONDS + 60) * 1000);
    expect(await decodeSessionToken(token, SECRET)).toBeNull();
  });

  it("refuses a cookie with one character changed", async () => {
    const token = await encodeSessionToken(randomUUID(), randomUUID(), SECRET);
    expect(await decodeSessionToken(token, SECRET)).not.toBeNull();
    const i = token.length - 5;
    const forged = token.slice(0, i) + (token[i] === "A" ? "B" : "A") + token.slice(i + 1);
    expect(await decodeSessionToken(forged, SECRET)).toBeNull();
  });
});
