import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sandboxMessages } from "@/lib/db/schema";
import { injectInboundMessage, listSimulatorChannels, listSimulatorChats, readSimulatorChat, SimulatorError } from "./simulator";
import { call, onWhatsapp, openSandboxFixture, type SandboxFixture } from "./test-helpers";

let fx: SandboxFixture;
beforeAll(async () => {
  fx = await openSandboxFixture();
});
beforeEach(async () => {
  await fx.db.delete(sandboxMessages);
});
afterAll(() => fx.close());

async function rejection(promise: Promise<unknown>): Promise<SimulatorError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof SimulatorError)) throw new Error(`expected a SimulatorError, got ${String(error)}`);
  return error;
}

describe("contact simulator", () => {
  it("lists the channels", async () => {
    expect(await listSimulatorChannels(fx.db)).toEqual({
      channels: [
        { id: fx.whatsapp.id, platform: "whatsapp", platformId: "34910000001", name: "WhatsApp Support" },
        { id: fx.telegram.id, platform: "telegram", platformId: "7000000001", name: "Telegram Bot" },
      ],
    });
  });

  it("starts a chat with a new destination, which the operator then sees as inbound", async () => {
    const { message } = await injectInboundMessage(fx.db, String(fx.whatsapp.id), "+34600111222", { text: "Bonjour ! Ça va ? 😊" });
    expect(message).toMatchObject({ from: "contact", text: "Bonjour ! Ça va ? 😊", status: "received", file: null, readByOperator: false });
    expect(message.id).toMatch(/^\d+$/);

    const chats = await listSimulatorChats(fx.db, fx.whatsapp.id);
    expect(chats.chats).toEqual([{ destination: "+34600111222", lastMessage: { text: "Bonjour ! Ça va ? 😊", from: "contact", at: message.at } }]);
    const answer = await call(fx, { method: "getchats", ...onWhatsapp });
    expect(answer).toMatchObject({ status: "SUCCESS", result: { list: [{ destination: "+34600111222", sent: 0, message: "Bonjour ! Ça va ? 😊" }] } });
  });

  it("adds to an existing chat and shows the operator's replies with their status", async () => {
    await injectInboundMessage(fx.db, fx.whatsapp.id, "alice", { text: "hello" });
    await call(fx, { method: "sendmessage", ...onWhatsapp, destination: "alice", message: "Hi Alice!" });
    await injectInboundMessage(fx.db, fx.whatsapp.id, "alice", { text: "thanks" });

    const chat = await readSimulatorChat(fx.db, fx.whatsapp.id, "alice");
    expect(chat.messages.map((m) => [m.from, m.text, m.status])).toEqual([
      ["contact", "hello", "received"],
      ["operator", "Hi Alice!", "read"],
      ["contact", "thanks", "received"],
    ]);
  });

  it("opens a chat without messages yet as empty", async () => {
    expect((await readSimulatorChat(fx.db, fx.whatsapp.id, "newcomer")).messages).toEqual([]);
  });

  it.each([
    ["an empty text", { text: "" }],
    ["a blank text", { text: "   \n " }],
    ["a text over 4096 characters", { text: "x".repeat(4097) }],
    ["no text at all", {}],
    ["a body that is not an object", "hello"],
  ])("rejects %s as invalid input", async (_what, body) => {
    const error = await rejection(injectInboundMessage(fx.db, fx.whatsapp.id, "alice", body));
    expect(error.code).toBe("invalid_input");
    expect(error.toBody().error.message).not.toBe("");
  });

  it("accepts a text of exactly 4096 characters", async () => {
    await expect(injectInboundMessage(fx.db, fx.whatsapp.id, "alice", { text: "é".repeat(4096) })).resolves.toBeTruthy();
  });

  it.each(["", "has space", "a".repeat(65), "semi;colon", "<script>"])("rejects the destination %j", async (destination) => {
    const error = await rejection(injectInboundMessage(fx.db, fx.whatsapp.id, destination, { text: "hi" }));
    expect(error.code).toBe("invalid_input");
    expect(error.fields).toHaveProperty("destination");
  });

  it.each(["999", "0", "abc", "1.5", "99999999999999", "-1"])("answers not_found for the channel %j", async (channelId) => {
    expect((await rejection(injectInboundMessage(fx.db, channelId, "alice", { text: "hi" }))).code).toBe("not_found");
    expect((await rejection(listSimulatorChats(fx.db, channelId))).code).toBe("not_found");
    expect((await rejection(readSimulatorChat(fx.db, channelId, "alice"))).code).toBe("not_found");
  });
});
