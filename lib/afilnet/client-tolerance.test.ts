import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CHAT, clientFor, row } from "./test-helpers";
import { list, startAfilnetTestServer, type AfilnetTestServer, type Reply } from "./test-server";

/** The "Unknowns" of the protocol, each variant over real HTTP and JSON. */

let server: AfilnetTestServer;
beforeAll(async () => {
  server = await startAfilnetTestServer();
});
beforeEach(() => {
  server.requests.length = 0;
});
afterAll(() => server.close());

const CHANNEL = { platform: CHAT.platform, platformId: CHAT.platformId };
const oneMessage = async (fields: Record<string, unknown>, timezone = "Europe/Madrid") => {
  server.respond(list([row(fields)]));
  const [message] = await clientFor(server, { timezone }).getMessages(CHAT);
  return message;
};

describe("envelope status in any case", () => {
  it.each(["SUCCESS", "success", "Success"])("accepts %s", async (status) => {
    server.respond({ kind: "json", body: { status, result: { list: [{ platformid: "1", platform: "webchat", name: "W" }] } } });
    await expect(clientFor(server).getChatChannels()).resolves.toHaveLength(1);
  });
});

describe("ids as numbers or strings", () => {
  it.each([
    ["strings", { messageid: "501", platformid: "1001" }],
    ["numbers", { messageid: 501, platformid: 1001 }],
  ])("normalises %s to strings", async (_label, ids) => {
    expect(await oneMessage(ids)).toMatchObject({ messageId: "501", platformId: "1001" });
  });

  it("normalises channel platform ids given as numbers", async () => {
    server.respond(list([{ platformid: 1001, platform: "whatsapp", name: "Ventas" }]));
    const [channel] = await clientFor(server).getChatChannels();
    expect(channel.platformId).toBe("1001");
  });
});

describe("sent / issent in every form", () => {
  const forms: [unknown, "inbound" | "outbound"][] = [
    [0, "inbound"],
    [1, "outbound"],
    ["0", "inbound"],
    ["1", "outbound"],
    [false, "inbound"],
    [true, "outbound"],
    ["false", "inbound"],
    ["true", "outbound"],
  ];

  it.each(forms)("getmessages sent=%j → %s", async (sent, direction) => {
    expect((await oneMessage({ sent })).direction).toBe(direction);
  });

  it.each(forms)("getchats sent=%j → %s", async (sent, direction) => {
    server.respond(list([row({ sent })]));
    const [chat] = await clientFor(server).getChats(CHANNEL);
    expect(chat.direction).toBe(direction);
  });

  it.each(forms)("getunreadmessages issent=%j → %s", async (issent, direction) => {
    const fields = row({ issent });
    delete fields.sent;
    server.respond(list([fields]));
    const [message] = await clientFor(server).getUnreadMessages(CHAT);
    expect(message.direction).toBe(direction);
  });
});

describe("datetime in every form", () => {
  it.each([
    ["Madrid summer wall-clock (UTC+2)", "2024-07-01 10:00:00", "2024-07-01T08:00:00.000Z"],
    ["Madrid winter wall-clock (UTC+1)", "2024-12-01 10:00:00", "2024-12-01T09:00:00.000Z"],
    ["ISO 8601 with offset", "2024-07-01T10:00:00-04:00", "2024-07-01T14:00:00.000Z"],
    ["ISO 8601 in UTC", "2024-12-01T10:00:00Z", "2024-12-01T10:00:00.000Z"],
    ["Unix seconds as a number", 1733043600, "2024-12-01T09:00:00.000Z"],
    ["Unix seconds as a string", "1733043600", "2024-12-01T09:00:00.000Z"],
  ])("reads %s", async (_label, datetime, iso) => {
    expect((await oneMessage({ datetime })).sentAt.toISOString()).toBe(iso);
  });

  it("reads wall-clock times in a configured zone other than Madrid", async () => {
    const message = await oneMessage({ datetime: "2024-07-01 10:00:00" }, "America/Bogota");
    expect(message.sentAt.toISOString()).toBe("2024-07-01T15:00:00.000Z");
  });

  it("does not apply the configured zone to a datetime that carries its offset", async () => {
    const message = await oneMessage({ datetime: "2024-07-01T10:00:00+02:00" }, "America/Bogota");
    expect(message.sentAt.toISOString()).toBe("2024-07-01T08:00:00.000Z");
  });
});

describe("message status", () => {
  it.each<[unknown, string]>([
    ["delivered", "delivered"],
    ["READ", "READ"],
    ["en_espera", "en_espera"],
    [2, "2"],
    [null, ""],
  ])("keeps %j as %j", async (status, expected) => {
    expect((await oneMessage({ status })).status).toBe(expected);
  });
});

describe("send results", () => {
  const body = (result: unknown): Reply => ({
    kind: "json",
    body: result === "absent" ? { status: "SUCCESS" } : { status: "SUCCESS", result },
  });

  it.each<[string, unknown, string | null]>([
    ["absent", "absent", null],
    ["null", null, null],
    ['""', "", null],
    ["{}", {}, null],
    ["extra keys", { credits: 0.05, queued: true }, null],
    ["a string messageid", { messageid: "88123" }, "88123"],
    ["a numeric messageid among extra keys", { messageid: 88123, credits: 1 }, "88123"],
  ])("sendMessage accepts a result that is %s", async (_label, result, messageId) => {
    server.respond(body(result));
    await expect(clientFor(server).sendMessage({ ...CHAT, message: "hola" })).resolves.toEqual({ messageId });
  });

  it.each<[string, unknown, string | null]>([
    ["absent", "absent", null],
    ["{}", {}, null],
    ["a messageid", { messageid: 9 }, "9"],
  ])("sendFile accepts a result that is %s", async (_label, result, messageId) => {
    server.respond(body(result));
    const send = clientFor(server).sendFile({ ...CHAT, type: "video", fileUrl: "https://files.example.com/v.mp4" });
    await expect(send).resolves.toEqual({ messageId });
  });

  it("takes a lower-case success for a send", async () => {
    server.respond({ kind: "json", body: { status: "success", result: "" } });
    await expect(clientFor(server).sendMessage({ ...CHAT, message: "hola" })).resolves.toEqual({ messageId: null });
  });
});

describe("getchats with several rows for one destination", () => {
  it("keeps the newest by datetime", async () => {
    server.respond(
      list([
        row({ destination: "346001", messageid: "30", datetime: "2024-07-01 10:00:00", message: "older" }),
        row({ destination: "346001", messageid: "20", datetime: "2024-07-01 12:00:00", message: "newest" }),
        row({ destination: "346002", messageid: "25", datetime: "2024-07-01 11:00:00", message: "other chat" }),
      ]),
    );
    const chats = await clientFor(server).getChats(CHANNEL);
    expect(chats.map((c) => [c.destination, c.text])).toEqual([
      ["346001", "newest"],
      ["346002", "other chat"],
    ]);
  });

  it("keeps the larger message id when datetimes are equal", async () => {
    server.respond(
      list([
        row({ destination: "346001", messageid: "100", message: "later" }),
        row({ destination: "346001", messageid: 99, message: "earlier" }),
      ]),
    );
    const chats = await clientFor(server).getChats(CHANNEL);
    expect(chats.map((c) => c.text)).toEqual(["later"]);
  });

  it("treats a numeric and a string destination as the same chat", async () => {
    server.respond(
      list([
        row({ destination: 346001, messageid: "1", datetime: "2024-07-01 10:00:00" }),
        row({ destination: "346001", messageid: "2", datetime: "2024-07-01 10:00:01" }),
      ]),
    );
    const chats = await clientFor(server).getChats(CHANNEL);
    expect(chats.map((c) => c.messageId)).toEqual(["2"]);
  });
});
