import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleAfilnetRequest } from "./protocol";
import { addContactMessage, openSandboxFixture, TEST_CREDENTIALS, type SandboxFixture } from "./test-helpers";
import { ERROR_CODES } from "./wire";

let fx: SandboxFixture;
beforeAll(async () => {
  fx = await openSandboxFixture();
  await addContactMessage(fx, "34611222333", "Hola", new Date());
});
afterAll(() => fx.close());

const good = { user: TEST_CREDENTIALS.user, password: TEST_CREDENTIALS.password };
const sendfileTo = { class: "chat", method: "sendfile", platform: "whatsapp", platformid: "34910000001", destination: "34611222333" };

/**
 * Each case passes every earlier check and fails its own one, and also every later one it can,
 * so the answer proves which check comes first.
 */
const cases: { expected: (typeof ERROR_CODES)[number]; params: Record<string, string> }[] = [
  { expected: "MISSING_USER", params: { password: "x", method: "nope" } },
  { expected: "MISSING_PASSWORD", params: { user: "x", method: "nope" } },
  { expected: "MISSING_CLASS", params: { user: "x", password: "y", method: "nope" } },
  { expected: "MISSING_METHOD", params: { user: "x", password: "y", class: "sms" } },
  { expected: "INCORRECT_USER_PASSWORD", params: { user: TEST_CREDENTIALS.user, password: "wrong", class: "sms", method: "nope" } },
  { expected: "INCORRECT_CLASS", params: { ...good, class: "sms", method: "nope" } },
  { expected: "INCORRECT_METHOD", params: { ...good, class: "chat", method: "sendsms" } },
  { expected: "MISSING_COMPULSORY_PARAM", params: { ...good, class: "chat", method: "sendfile", platform: "whatsapp", platformid: "999", type: "gif" } },
  { expected: "CHANNEL_NOT_FOUND", params: { ...good, ...sendfileTo, platformid: "999", destination: "nobody", type: "gif", fileurl: "ftp://x", thumburl: "nope" } },
  { expected: "INCORRECT_FILETYPE", params: { ...good, ...sendfileTo, destination: "nobody", type: "gif", fileurl: "ftp://x", thumburl: "nope" } },
  { expected: "INCORRECT_FILEURL", params: { ...good, ...sendfileTo, destination: "nobody", type: "image", fileurl: "/relative.png", thumburl: "nope" } },
  { expected: "INCORRECT_THUMBURL", params: { ...good, ...sendfileTo, destination: "nobody", type: "image", fileurl: "https://example.com/a.png", thumburl: "javascript:alert(1)" } },
  { expected: "CHAT_NOT_FOUND", params: { ...good, ...sendfileTo, destination: "nobody", type: "image", fileurl: "https://example.com/a.png" } },
];

describe("validation order", () => {
  it("covers every documented error code, in the documented order", () => {
    expect(cases.map((c) => c.expected)).toEqual([...ERROR_CODES]);
  });

  it.each(cases)("answers $expected when that is the first failing check", async ({ expected, params }) => {
    const answer = await handleAfilnetRequest(fx.db, params, { credentials: TEST_CREDENTIALS });
    expect(answer).toEqual({ status: "ERROR", error: expected });
  });

  it("treats a blank compulsory field as missing", async () => {
    const answer = await handleAfilnetRequest(
      fx.db,
      { ...good, class: "chat", method: "sendmessage", platform: "whatsapp", platformid: "34910000001", destination: "34611222333", message: "  " },
      { credentials: TEST_CREDENTIALS },
    );
    expect(answer).toEqual({ status: "ERROR", error: "MISSING_COMPULSORY_PARAM" });
  });

  it("rejects an unknown platform as an unknown channel", async () => {
    const answer = await handleAfilnetRequest(fx.db, { ...good, class: "chat", method: "getchats", platform: "sms", platformid: "34910000001" }, { credentials: TEST_CREDENTIALS });
    expect(answer).toEqual({ status: "ERROR", error: "CHANNEL_NOT_FOUND" });
  });
});

describe("Basic credentials (the /api/basic/ transport)", () => {
  const fields = { class: "chat", method: "getchatchannels" };

  it("answers MISSING_USER without an Authorization header, even with user and password in the form", async () => {
    const answer = await handleAfilnetRequest(fx.db, { ...good, ...fields }, { credentials: TEST_CREDENTIALS, basicAuth: null });
    expect(answer).toEqual({ status: "ERROR", error: "MISSING_USER" });
  });

  it("answers MISSING_PASSWORD for a header with an empty password", async () => {
    const answer = await handleAfilnetRequest(fx.db, fields, { credentials: TEST_CREDENTIALS, basicAuth: { user: "tester", password: "" } });
    expect(answer).toEqual({ status: "ERROR", error: "MISSING_PASSWORD" });
  });

  it("takes the header's credentials and ignores the form's", async () => {
    const answer = await handleAfilnetRequest(fx.db, { user: "x", password: "y", ...fields }, { credentials: TEST_CREDENTIALS, basicAuth: good });
    expect(answer.status).toBe("SUCCESS");
    const wrong = await handleAfilnetRequest(fx.db, { ...good, ...fields }, { credentials: TEST_CREDENTIALS, basicAuth: { user: "tester", password: "nope" } });
    expect(wrong).toEqual({ status: "ERROR", error: "INCORRECT_USER_PASSWORD" });
  });
});

describe("values the stand-in cannot store", () => {
  const chat = { ...good, class: "chat", platform: "whatsapp", platformid: "34910000001", destination: "34611222333" };

  it.each([
    ["getchats", { platformid: "\u0000" }],
    ["getmessages", { destination: "34611222333\u0000" }],
    ["getunreadmessages", { destination: "\u0000" }],
    ["sendmessage", { message: "a\u0000b" }],
    ["sendmessage", { destination: "x".repeat(10_000), message: "hi" }],
    ["sendfile", { type: "image", fileurl: "https://example.com/a.png", message: "\u0000" }],
    ["sendfile", { type: "image", fileurl: "https://example.com/a\u0000.png" }],
    ["sendfile", { type: "image", fileurl: "https://example.com/a.png", thumburl: "https://example.com/\u0000" }],
  ])("answers %s with %o as MISSING_COMPULSORY_PARAM, storing nothing", async (method, fields) => {
    const answer = await handleAfilnetRequest(fx.db, { ...chat, method, ...fields }, { credentials: TEST_CREDENTIALS });
    expect(answer).toEqual({ status: "ERROR", error: "MISSING_COMPULSORY_PARAM" });
  });
});
