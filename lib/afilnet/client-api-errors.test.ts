import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AFILNET_ERROR_CODES, AfilnetApiError, isAfilnetError } from "./errors";
import { CHAT, clientFor } from "./test-helpers";
import { failure, startAfilnetTestServer, type AfilnetTestServer } from "./test-server";
import type { AfilnetClient } from "./types";

let server: AfilnetTestServer;
beforeAll(async () => {
  server = await startAfilnetTestServer();
});
beforeEach(() => {
  server.requests.length = 0;
});
afterAll(() => server.close());

/** Each method, called the way the app calls it. */
const calls: Record<string, (client: AfilnetClient) => Promise<unknown>> = {
  getchatchannels: (c) => c.getChatChannels(),
  sendmessage: (c) => c.sendMessage({ ...CHAT, message: "hola" }),
  sendfile: (c) => c.sendFile({ ...CHAT, type: "image", fileUrl: "https://files.example.com/a.jpg" }),
  getchats: (c) => c.getChats({ platform: CHAT.platform, platformId: CHAT.platformId }),
  getmessages: (c) => c.getMessages(CHAT),
  getunreadmessages: (c) => c.getUnreadMessages(CHAT),
};

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("documented error codes", () => {
  it.each(AFILNET_ERROR_CODES)("%s becomes an AfilnetApiError with that code", async (code) => {
    server.respond(failure(code));
    const error = await caught(clientFor(server).getMessages(CHAT));
    expect(error).toBeInstanceOf(AfilnetApiError);
    expect(error).toMatchObject({ code, method: "getmessages", retryable: false, documented: true });
    expect(isAfilnetError(error)).toBe(true);
    expect(String(error)).toContain(code);
  });

  it("has all thirteen codes of the protocol", () => {
    expect([...AFILNET_ERROR_CODES].sort()).toEqual(
      [
        "MISSING_USER",
        "MISSING_PASSWORD",
        "MISSING_CLASS",
        "MISSING_METHOD",
        "MISSING_COMPULSORY_PARAM",
        "INCORRECT_USER_PASSWORD",
        "INCORRECT_CLASS",
        "INCORRECT_METHOD",
        "CHANNEL_NOT_FOUND",
        "CHAT_NOT_FOUND",
        "INCORRECT_FILETYPE",
        "INCORRECT_FILEURL",
        "INCORRECT_THUMBURL",
      ].sort(),
    );
  });
});

describe("error answers of each method", () => {
  it.each(Object.keys(calls))("%s rejects with its method name and is not retried", async (method) => {
    server.respond(failure("CHANNEL_NOT_FOUND"));
    const error = await caught(calls[method](clientFor(server)));
    expect(error).toMatchObject({ name: "AfilnetApiError", code: "CHANNEL_NOT_FOUND", method });
    expect(server.requests).toHaveLength(1);
  });
});

describe("error envelope tolerance", () => {
  it("reads a lower-case `error` status as the vendor page writes it", async () => {
    server.respond({ kind: "json", body: { status: "error", error: "CHAT_NOT_FOUND" } });
    await expect(clientFor(server).getMessages(CHAT)).rejects.toMatchObject({ code: "CHAT_NOT_FOUND" });
  });

  it("matches documented codes whatever their case", async () => {
    server.respond({ kind: "json", body: { status: "Error", error: "chat_not_found" } });
    await expect(clientFor(server).getMessages(CHAT)).rejects.toMatchObject({
      code: "CHAT_NOT_FOUND",
      documented: true,
    });
  });

  it("keeps an undocumented code verbatim", async () => {
    server.respond(failure("RATE_LIMIT_EXCEEDED"));
    await expect(clientFor(server).getChatChannels()).rejects.toMatchObject({
      name: "AfilnetApiError",
      code: "RATE_LIMIT_EXCEEDED",
      documented: false,
      retryable: false,
    });
  });
});
