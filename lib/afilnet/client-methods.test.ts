import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AfilnetInputError } from "./errors";
import { CHAT, clientFor, row } from "./test-helpers";
import { list, startAfilnetTestServer, success, type AfilnetTestServer } from "./test-server";

let server: AfilnetTestServer;
beforeEach(async () => {
  server = await startAfilnetTestServer();
});
afterEach(() => server.close());

const CHANNEL = { platform: "whatsapp", platformId: "1001" };

describe("getChatChannels", () => {
  it("sends class=chat&method=getchatchannels and reshapes the list", async () => {
    server.respond(
      list([
        { platformid: "1001", platform: "whatsapp", name: "Ventas" },
        { platformid: 2002, platform: "telegram", name: "Soporte" },
      ]),
    );
    const channels = await clientFor(server).getChatChannels();
    expect(channels).toEqual([
      { platform: "whatsapp", platformId: "1001", name: "Ventas" },
      { platform: "telegram", platformId: "2002", name: "Soporte" },
    ]);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].form).toMatchObject({ class: "chat", method: "getchatchannels" });
  });

  it("returns an empty list as []", async () => {
    server.respond(list([]));
    await expect(clientFor(server).getChatChannels()).resolves.toEqual([]);
  });
});

describe("sendMessage", () => {
  it("posts platform, platformid, destination and message", async () => {
    server.respond(success());
    const result = await clientFor(server).sendMessage({ ...CHAT, message: "Hola, ¿qué tal?" });
    expect(result).toEqual({ messageId: null });
    expect(server.requests[0].form).toEqual({
      class: "chat",
      method: "sendmessage",
      user: expect.any(String),
      password: expect.any(String),
      platform: "whatsapp",
      platformid: "1001",
      destination: "34600111222",
      message: "Hola, ¿qué tal?",
    });
  });

  it("round-trips emoji, accents and form-significant characters through the server", async () => {
    const text = "Ñandú 👋🏽 café — 100% a+b=c & d?\n¡Gracias! 日本語";
    server.respond((req) => success({ echo: req.form.message }));
    await clientFor(server).sendMessage({ ...CHAT, message: text });
    expect(server.requests[0].form.message).toBe(text);
    expect(server.requests[0].headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
  });

  it("refuses an empty message before calling the provider", async () => {
    await expect(clientFor(server).sendMessage({ ...CHAT, message: "" })).rejects.toBeInstanceOf(AfilnetInputError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("sendFile", () => {
  it("posts every field, thumburl and message included when given", async () => {
    server.respond(success());
    await clientFor(server).sendFile({
      ...CHAT,
      type: "image",
      fileUrl: "https://files.example.com/a.jpg",
      thumbUrl: "https://files.example.com/a-thumb.jpg",
      message: "Foto 📷",
    });
    expect(server.requests[0].form).toMatchObject({
      method: "sendfile",
      platform: "whatsapp",
      platformid: "1001",
      destination: "34600111222",
      type: "image",
      fileurl: "https://files.example.com/a.jpg",
      thumburl: "https://files.example.com/a-thumb.jpg",
      message: "Foto 📷",
    });
  });

  it("omits thumburl and message when not given", async () => {
    server.respond(success());
    await clientFor(server).sendFile({ ...CHAT, type: "document", fileUrl: "https://files.example.com/b.pdf" });
    const form = server.requests[0].form;
    expect(form).toMatchObject({ method: "sendfile", type: "document", fileurl: "https://files.example.com/b.pdf" });
    expect(form).not.toHaveProperty("thumburl");
    expect(form).not.toHaveProperty("message");
  });

  it("refuses a file URL the provider could not fetch", async () => {
    const send = clientFor(server).sendFile({ ...CHAT, type: "image", fileUrl: "file:///etc/passwd" });
    await expect(send).rejects.toMatchObject({ name: "AfilnetInputError", fields: ["fileUrl"] });
    expect(server.requests).toHaveLength(0);
  });
});

describe("getChats", () => {
  it("sends platform and platformid and returns one message per chat, newest first", async () => {
    server.respond(
      list([
        row({ destination: "34600000001", messageid: "10", datetime: "2024-07-01 09:00:00" }),
        row({ destination: "34600000002", messageid: "11", datetime: "2024-07-01 11:00:00", sent: 1 }),
        row({ destination: "34600000003", messageid: "12", datetime: "2024-07-01 10:00:00" }),
      ]),
    );
    const chats = await clientFor(server).getChats(CHANNEL);
    expect(server.requests[0].form).toMatchObject({ method: "getchats", platform: "whatsapp", platformid: "1001" });
    expect(server.requests[0].form).not.toHaveProperty("destination");
    expect(chats.map((c) => c.destination)).toEqual(["34600000002", "34600000003", "34600000001"]);
    expect(chats[0]).toEqual({
      platform: "whatsapp",
      platformId: "1001",
      destination: "34600000002",
      messageId: "11",
      direction: "outbound",
      text: "Hola",
      status: "read",
      sentAt: new Date("2024-07-01T09:00:00Z"),
    });
  });
});

describe("getMessages", () => {
  it("sends the chat and returns its messages oldest first, by time then numeric id", async () => {
    server.respond(
      list([
        row({ messageid: "10", datetime: "2024-07-01 10:00:05", message: "third" }),
        row({ messageid: "9", datetime: "2024-07-01 10:00:05", message: "second" }),
        row({ messageid: "100", datetime: "2024-07-01 10:00:00", message: "first", sent: 1 }),
      ]),
    );
    const messages = await clientFor(server).getMessages(CHAT);
    expect(server.requests[0].form).toMatchObject({
      method: "getmessages",
      platform: "whatsapp",
      platformid: "1001",
      destination: "34600111222",
    });
    expect(messages.map((m) => m.text)).toEqual(["first", "second", "third"]);
    expect(messages.map((m) => m.direction)).toEqual(["outbound", "inbound", "inbound"]);
  });

  it("keeps emoji and accents of received messages", async () => {
    server.respond(list([row({ message: "¡Olé! 💃 ñ ç ü" })]));
    const [message] = await clientFor(server).getMessages(CHAT);
    expect(message.text).toBe("¡Olé! 💃 ñ ç ü");
  });
});

describe("getUnreadMessages", () => {
  it("reads `issent` for the direction and returns messages oldest first", async () => {
    const unread = (fields: Record<string, unknown>) => {
      const copy = { ...fields };
      delete copy.sent;
      return copy;
    };
    server.respond(
      list([
        unread(row({ messageid: "8", issent: 0, datetime: "2024-07-01 10:02:00", message: "b" })),
        unread(row({ messageid: "7", issent: 1, datetime: "2024-07-01 10:01:00", message: "a" })),
      ]),
    );
    const messages = await clientFor(server).getUnreadMessages(CHAT);
    expect(server.requests[0].form).toMatchObject({ method: "getunreadmessages", destination: "34600111222" });
    expect(messages.map((m) => [m.text, m.direction])).toEqual([
      ["a", "outbound"],
      ["b", "inbound"],
    ]);
  });
});
