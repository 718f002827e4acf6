import { describe, expect, it } from "vitest";
import { AfilnetApiError, AfilnetInputError, AfilnetTransportError, isAfilnetError } from "./errors";
import { redact } from "./redact";

describe("AfilnetApiError", () => {
  it("carries the method and code and is never retryable", () => {
    const error = new AfilnetApiError("sendfile", "INCORRECT_FILEURL");
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "AfilnetApiError", method: "sendfile", code: "INCORRECT_FILEURL" });
    expect(error.retryable).toBe(false);
    expect(error.documented).toBe(true);
    expect(String(error)).toBe("AfilnetApiError: Afilnet sendfile failed with INCORRECT_FILEURL");
  });

  it("tolerates an undocumented code", () => {
    expect(new AfilnetApiError("getchats", "SOMETHING_NEW").documented).toBe(false);
  });
});

describe("AfilnetTransportError", () => {
  it("is retryable unless the answer was malformed", () => {
    const make = (kind: AfilnetTransportError["kind"]) =>
      new AfilnetTransportError("x", { kind, method: "getchats", reachedServer: "yes" });
    expect(make("timeout").retryable).toBe(true);
    expect(make("network").retryable).toBe(true);
    expect(make("http_status").retryable).toBe(true);
    expect(make("not_json").retryable).toBe(true);
    expect(make("malformed").retryable).toBe(false);
  });

  it("says a send may have taken effect unless it certainly never left", () => {
    const make = (reachedServer: AfilnetTransportError["reachedServer"]) =>
      new AfilnetTransportError("x", { kind: "network", method: "sendmessage", reachedServer });
    expect(make("no").mayHaveTakenEffect).toBe(false);
    expect(make("ambiguous").mayHaveTakenEffect).toBe(true);
    expect(make("yes").mayHaveTakenEffect).toBe(true);
  });
});

describe("isAfilnetError", () => {
  it("recognises the client's errors and nothing else", () => {
    expect(isAfilnetError(new AfilnetApiError("getchats", "CHAT_NOT_FOUND"))).toBe(true);
    expect(isAfilnetError(new AfilnetInputError("sendfile", ["fileUrl"]))).toBe(true);
    expect(
      isAfilnetError(new AfilnetTransportError("x", { kind: "timeout", method: "getchats", reachedServer: "ambiguous" })),
    ).toBe(true);
    expect(isAfilnetError(new Error("x"))).toBe(false);
    expect(isAfilnetError({ name: "AfilnetApiError", code: "X" })).toBe(false);
    expect(isAfilnetError(null)).toBe(false);
  });
});

describe("redact", () => {
  const secrets = { user: "ana@example.com", password: "a b&c=d/é" };

  it("removes raw, URL-encoded, form-encoded and Basic spellings", () => {
    const text = [
      "user=ana@example.com",
      `password=${encodeURIComponent(secrets.password)}`,
      `password=${new URLSearchParams({ p: secrets.password }).toString().slice(2)}`,
      `user=${encodeURIComponent(secrets.user)}`,
      `password=${secrets.password}`,
      `Basic ${Buffer.from("ana@example.com:a b&c=d/é").toString("base64")}`,
    ].join(" ");
    const out = redact(text, secrets);
    expect(out).not.toContain("ana");
    expect(out).not.toContain("b&c");
    expect(out).not.toContain("b%26c");
    expect(out).not.toContain(Buffer.from("ana@example.com:a b&c=d/é").toString("base64"));
    expect(out).toContain("[redacted]");
  });

  it("leaves other text alone", () => {
    expect(redact("HTTP 502 from www.afilnet.com", secrets)).toBe("HTTP 502 from www.afilnet.com");
  });
});
