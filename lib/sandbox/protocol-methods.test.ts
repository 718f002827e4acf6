import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sandboxMessages } from "@/lib/db/schema";
import { readSimulatorChat } from "./simulator";
import { addContactMessage, call, onWhatsapp, openSandboxFixture, type SandboxFixture } from "./test-helpers";

let fx: SandboxFixture;
beforeAll(async () => {
  fx = await openSandboxFixture();
});
beforeEach(async () => {
  await fx.db.delete(sandboxMessages);
});
afterAll(() => fx.close());

const summer = new Date("2024-07-01T10:00:00Z"); // 12:00 in Madrid (CEST, +2)
const winter = new Date("2024-01-15T10:00:00Z"); // 11:00 in Madrid (CET, +1)
const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);

function list(answer: Awaited<ReturnType<typeof call>>): Record<string, unknown>[] {
  if (answer.status !== "SUCCESS") throw new Error(`expected SUCCESS, got ${answer.error}`);
  return answer.result.list as Record<string, unknown>[];
}

describe("getchatchannels", () => {
  it("lists every channel with numeric-string platform ids", async () => {
    expect(list(await call(fx, { method: "getchatchannels" }))).toEqual([
      { platformid: "34910000001", platform: "whatsapp", name: "WhatsApp Support" },
      { platformid: "7000000001", platform: "telegram", name: "Telegram Bot" },
    ]);
  });
});

describe("sendmessage", () => {
  it("answers SUCCESS with an empty result and starts a chat with a new destination", async () => {
    const answer = await call(fx, { method: "sendmessage", ...onWhatsapp, destination: "34600000009", message: "Hello 👋" }, summer);
    expect(answer).toEqual({ status: "SUCCESS", result: {} });
    expect(list(await call(fx, { method: "getmessages", ...onWhatsapp, destination: "34600000009" }, summer))).toEqual([
      { platformid: "34910000001", platform: "whatsapp", message: "Hello 👋", destination: "34600000009", messageid: expect.stringMatching(/^\d+$/), sent: 1, status: "sent", datetime: "2024-07-01 12:00:00" },
    ]);
  });
});

describe("sendfile", () => {
  it("adds a file to an existing chat, reported by its caption or, without one, its URL", async () => {
    await addContactMessage(fx, "34611222333", "Send me the invoice", winter);
    const file = { method: "sendfile", ...onWhatsapp, destination: "34611222333", type: "document", fileurl: "https://files.example.com/invoice.pdf" };
    expect(await call(fx, { ...file, message: "Your invoice 🧾", thumburl: "https://files.example.com/thumb.png" }, winter)).toEqual({ status: "SUCCESS", result: {} });
    expect(await call(fx, file, plus(winter, 1000))).toEqual({ status: "SUCCESS", result: {} });
    const rows = list(await call(fx, { method: "getmessages", ...onWhatsapp, destination: "34611222333" }, plus(winter, 1000)));
    expect(rows.map((r) => [r.sent, r.message])).toEqual([
      [0, "Send me the invoice"],
      [1, "Your invoice 🧾"],
      [1, "https://files.example.com/invoice.pdf"],
    ]);
  });

  it("accepts every documented file type", async () => {
    await addContactMessage(fx, "c", "hi", winter);
    for (const type of ["image", "video", "audio", "voice", "document", "contact"]) {
      const answer = await call(fx, { method: "sendfile", ...onWhatsapp, destination: "c", type, fileurl: "http://example.com/f" });
      expect(answer, type).toEqual({ status: "SUCCESS", result: {} });
    }
  });
});

describe("getchats", () => {
  it("answers one row per destination carrying its latest message, newest chat first", async () => {
    await addContactMessage(fx, "alice", "first from alice", winter);
    await addContactMessage(fx, "bob", "only from bob", plus(winter, 60_000));
    await call(fx, { method: "sendmessage", ...onWhatsapp, destination: "alice", message: "reply to alice" }, plus(winter, 120_000));

    const rows = list(await call(fx, { method: "getchats", ...onWhatsapp }, plus(winter, 121_000)));
    expect(rows).toEqual([
      { platformid: "34910000001", platform: "whatsapp", message: "reply to alice", destination: "alice", messageid: expect.stringMatching(/^\d+$/), sent: 1, status: "sent", datetime: "2024-01-15 11:02:00" },
      { platformid: "34910000001", platform: "whatsapp", message: "only from bob", destination: "bob", messageid: expect.stringMatching(/^\d+$/), sent: 0, status: "received", datetime: "2024-01-15 11:01:00" },
    ]);
  });

  it("answers an empty list for a channel without chats", async () => {
    expect(list(await call(fx, { method: "getchats", platform: "telegram", platformid: "7000000001" }))).toEqual([]);
  });
});

describe("getmessages", () => {
  it("answers all of a chat's messages oldest first, with direction as sent 0/1", async () => {
    await addContactMessage(fx, "alice", "¿Hola, qué tal? ñ 😀", summer);
    await call(fx, { method: "sendmessage", ...onWhatsapp, destination: "alice", message: "Très bien, merci ! 🇫🇷" }, plus(summer, 5000));
    await addContactMessage(fx, "bob", "not alice's", plus(summer, 6000));

    const rows = list(await call(fx, { method: "getmessages", ...onWhatsapp, destination: "alice" }, plus(summer, 6000)));
    expect(rows.map((r) => [r.sent, r.message, r.datetime])).toEqual([
      [0, "¿Hola, qué tal? ñ 😀", "2024-07-01 12:00:00"],
      [1, "Très bien, merci ! 🇫🇷", "2024-07-01 12:00:05"],
    ]);
    expect(Number(rows[1].messageid)).toBeGreaterThan(Number(rows[0].messageid));
  });

  it("answers CHAT_NOT_FOUND for a destination without messages", async () => {
    expect(await call(fx, { method: "getmessages", ...onWhatsapp, destination: "nobody" })).toEqual({ status: "ERROR", error: "CHAT_NOT_FOUND" });
  });
});

describe("getunreadmessages", () => {
  it("answers the contact's unread messages with issent instead of sent, then marks them read", async () => {
    await addContactMessage(fx, "alice", "one", winter);
    await addContactMessage(fx, "alice", "two", plus(winter, 1000));
    await call(fx, { method: "sendmessage", ...onWhatsapp, destination: "alice", message: "operator line" }, plus(winter, 2000));

    const rows = list(await call(fx, { method: "getunreadmessages", ...onWhatsapp, destination: "alice" }));
    expect(rows).toEqual([
      { platformid: "34910000001", platform: "whatsapp", message: "one", destination: "alice", messageid: expect.stringMatching(/^\d+$/), issent: 0, status: "received", datetime: "2024-01-15 11:00:00" },
      { platformid: "34910000001", platform: "whatsapp", message: "two", destination: "alice", messageid: expect.stringMatching(/^\d+$/), issent: 0, status: "received", datetime: "2024-01-15 11:00:01" },
    ]);
    expect(rows.every((r) => !("sent" in r))).toBe(true);

    expect(list(await call(fx, { method: "getunreadmessages", ...onWhatsapp, destination: "alice" }))).toEqual([]);
    await addContactMessage(fx, "alice", "three", plus(winter, 3000));
    expect(list(await call(fx, { method: "getunreadmessages", ...onWhatsapp, destination: "alice" })).map((r) => r.message)).toEqual(["three"]);
  });

  it("answers CHAT_NOT_FOUND for a destination without messages", async () => {
    expect(await call(fx, { method: "getunreadmessages", ...onWhatsapp, destination: "nobody" })).toEqual({ status: "ERROR", error: "CHAT_NOT_FOUND" });
  });
});

describe("outbound status", () => {
  it("moves a sent message to delivered after two seconds, and to read when the contact opens the chat", async () => {
    const sentAt = new Date();
    await call(fx, { method: "sendmessage", ...onWhatsapp, destination: "alice", message: "Are you there?" }, sentAt);
    const statusAt = async (at: Date) => list(await call(fx, { method: "getmessages", ...onWhatsapp, destination: "alice" }, at))[0].status;

    expect(await statusAt(plus(sentAt, 1000))).toBe("sent");
    expect(await statusAt(plus(sentAt, 2500))).toBe("delivered");
    await readSimulatorChat(fx.db, fx.whatsapp.id, "alice");
    expect(await statusAt(plus(sentAt, 3000))).toBe("read");
    expect(list(await call(fx, { method: "getchats", ...onWhatsapp }, plus(sentAt, 3000)))[0].status).toBe("read");
  });
});
