import { asc } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { sandboxChannels, sandboxMessages } from "@/lib/db/schema";
import { handleAfilnetRequest } from "./protocol";
import { seedSandbox } from "./seed";
import { TEST_CREDENTIALS } from "./test-helpers";

let opened: OpenDatabase;
beforeEach(async () => {
  opened = await openDatabase({ kind: "pglite" });
});
afterEach(() => opened.close());

const snapshot = async () => ({
  channels: await opened.db.select().from(sandboxChannels).orderBy(asc(sandboxChannels.id)),
  messages: await opened.db.select().from(sandboxMessages).orderBy(asc(sandboxMessages.id)),
});

describe("seedSandbox", () => {
  it("seeds one channel per platform and conversations in several languages", async () => {
    await seedSandbox(opened.db);
    const { channels, messages } = await snapshot();
    expect(channels.map((c) => c.platform)).toEqual(["webchat", "whatsapp", "telegram"]);
    expect(channels.every((c) => /^\d+$/.test(c.platformId))).toBe(true);
    const texts = messages.map((m) => m.message).join("\n");
    for (const sample of ["¿podéis", "mot de passe", "São Paulo", "München", "order #4521", "こんにちは", "🙏"]) expect(texts).toContain(sample);
    expect(messages.some((m) => m.sent === 1)).toBe(true);
    expect(messages.some((m) => m.sent === 0 && !m.readByOperator)).toBe(true);
  });

  it("adds nothing when run again", async () => {
    await seedSandbox(opened.db);
    const first = await snapshot();
    await seedSandbox(opened.db);
    expect(await snapshot()).toEqual(first);
  });

  it("seeds once when two starts race", async () => {
    await Promise.all([seedSandbox(opened.db), seedSandbox(opened.db), seedSandbox(opened.db)]);
    const { channels, messages } = await snapshot();
    expect(channels).toHaveLength(3);
    const other = await openDatabase({ kind: "pglite" });
    try {
      await seedSandbox(other.db);
      expect(messages).toHaveLength((await other.db.select().from(sandboxMessages)).length);
    } finally {
      await other.close();
    }
  });

  it("does not bring back demo chats once the sandbox has been used", async () => {
    await seedSandbox(opened.db);
    await opened.db.delete(sandboxMessages);
    await seedSandbox(opened.db);
    expect((await snapshot()).messages).toEqual([]);
  });

  it("is readable through the protocol", async () => {
    await seedSandbox(opened.db);
    const answer = await handleAfilnetRequest(
      opened.db,
      { ...TEST_CREDENTIALS, class: "chat", method: "getchats", platform: "whatsapp", platformid: "34910000001" },
      { credentials: TEST_CREDENTIALS },
    );
    if (answer.status !== "SUCCESS") throw new Error(answer.error);
    const rows = answer.result.list as { destination: string }[];
    expect(rows.map((r) => r.destination)).toEqual(["34611222333", "819012345678", "447700900123"]);
  });
});
