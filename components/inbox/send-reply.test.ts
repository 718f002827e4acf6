import { describe, expect, it } from "vitest";
import { ApiError } from "./api-fetch";
import { isTransient, newAttempt, replyBody } from "./send-reply";

describe("replyBody", () => {
  it("sends text alone, trimmed, with the attempt's key", () => {
    const attempt = newAttempt();
    expect(attempt.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(replyBody({ text: "  hi  ", file: null }, attempt)).toEqual({ idempotencyKey: attempt.key, text: "hi" });
  });

  it("sends an uploaded file with its caption, and a URL with its type", () => {
    const attempt = { key: "k", fileId: "f1" };
    const blob = new Blob(["x"]);
    expect(replyBody({ text: "look", file: { kind: "upload", blob, name: "a.png", voice: false } }, attempt)).toEqual({
      idempotencyKey: "k",
      fileId: "f1",
      text: "look",
    });
    expect(replyBody({ text: " ", file: { kind: "url", fileUrl: "https://x.test/a.pdf", fileType: "document" } }, attempt)).toEqual({
      idempotencyKey: "k",
      fileUrl: "https://x.test/a.pdf",
      fileType: "document",
    });
  });

  it("refuses to send an upload that has not gone through", () => {
    const blob = new Blob(["x"]);
    expect(() => replyBody({ text: "", file: { kind: "upload", blob, name: "a", voice: true } }, newAttempt())).toThrow();
  });

  it("makes a new key per attempt", () => {
    expect(newAttempt().key).not.toBe(newAttempt().key);
  });
});

describe("isTransient", () => {
  it("retries network errors and gateway failures, never a refusal", () => {
    expect(isTransient(new ApiError(0, "network_error", "x"))).toBe(true);
    expect(isTransient(new ApiError(503, "http_503", "x"))).toBe(true);
    expect(isTransient(new ApiError(422, "invalid", "x"))).toBe(false);
    expect(isTransient(new Error("x"))).toBe(false);
  });
});
