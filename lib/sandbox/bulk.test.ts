import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sandboxMessages } from "@/lib/db/schema";
import { addBulkHistory } from "./bulk";
import { SimulatorError } from "./simulator";
import { BULK_MAX_MESSAGES, bulkHistorySchema, bulkMessageText } from "./simulator-schema";
import { call, onWhatsapp, openSandboxFixture, type SandboxFixture } from "./test-helpers";

let fx: SandboxFixture;
beforeAll(async () => {
  fx = await openSandboxFixture();
});
beforeEach(async () => {
  await fx.db.delete(sandboxMessages);
});
afterAll(() => fx.close());

const NOW = new Date("2026-06-01T12:00:00Z");

describe("bulk history", () => {
  it("adds a long chat the provider's getmessages returns oldest first, numbered, both sides taking turns", async () => {
    const made = await addBulkHistory(fx.db, String(fx.whatsapp.id), bulkHistorySchema.parse({ destination: "long", chats: 1, messagesPerChat: 5 }), NOW);
    expect(made).toEqual({ destinations: ["long"], messages: 5 });
    const answer = await call(fx, { method: "getmessages", ...onWhatsapp, destination: "long" }, NOW);
    const list = (answer as unknown as { result: { list: { message: string; sent: number }[] } }).result.list;
    expect(list.map((m) => m.message)).toEqual([1, 2, 3, 4, 5].map((n) => bulkMessageText("long", n)));
    expect(list.map((m) => m.sent)).toEqual([0, 1, 0, 1, 0]);
  });

  it("adds many one-message chats from the account alone, the last one newest", async () => {
    const made = await addBulkHistory(fx.db, String(fx.whatsapp.id), bulkHistorySchema.parse({ destination: "many", chats: 3, messagesPerChat: 1, from: "operator" }), NOW);
    expect(made.destinations).toEqual(["many-1", "many-2", "many-3"]);
    const answer = await call(fx, { method: "getchats", ...onWhatsapp }, NOW);
    const list = (answer as unknown as { result: { list: { destination: string; sent: number }[] } }).result.list;
    expect(list.map((m) => m.destination)).toEqual(["many-3", "many-2", "many-1"]);
    expect(list.every((m) => m.sent === 1)).toBe(true);
  });

  it("refuses more than the cap in one request, and an unknown channel", async () => {
    const tooMany = bulkHistorySchema.safeParse({ destination: "x", chats: 2, messagesPerChat: BULK_MAX_MESSAGES });
    expect(tooMany.success).toBe(false);
    expect(tooMany.error?.issues[0].path).toEqual(["messagesPerChat"]);
    expect(bulkHistorySchema.safeParse({ destination: "has space", chats: 1, messagesPerChat: 1 }).success).toBe(false);
    const error = await addBulkHistory(fx.db, "999999", bulkHistorySchema.parse({ destination: "x", chats: 1, messagesPerChat: 1 }), NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SimulatorError);
    expect((error as SimulatorError).code).toBe("not_found");
  });
});
