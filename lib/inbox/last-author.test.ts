import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { conversations, messages } from "@/lib/db/schema";
import { DEFAULT_FILTERS } from "./conversation-filters";
import { getConversation, listConversations } from "./conversations";
import { inboxFixture } from "./test-fixtures";

let f: Awaited<ReturnType<typeof inboxFixture>>;
beforeEach(async () => {
  f = await inboxFixture();
});
afterEach(async () => f.close());

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute));

/** A reply (or note) stored after the conversation's messages, and the summary as reply.ts leaves it. */
async function reply(conversationId: string, minute: number, agentId: string | null, kind: "text" | "note" = "text") {
  await f.db.insert(messages).values({ conversationId, direction: "outbound", kind, body: `by ${agentId}`, sentAt: at(minute), sentByAgentId: agentId });
  if (kind !== "note") {
    await f.db.update(conversations).set({ lastMessageAt: at(minute), lastMessageText: "reply", lastMessageDirection: "outbound" }).where(eq(conversations.id, conversationId));
  }
}

describe("the list's last message author", () => {
  it("is the agent who sent the newest reply, in the list and for one conversation; notes do not count", async () => {
    const c = await f.addConversation("d1", at(1));
    await reply(c.id, 2, f.bo.id);
    await reply(c.id, 3, f.ana.id, "note");
    const list = await listConversations({ db: f.db, agent: f.ana }, f.channel.id, null, DEFAULT_FILTERS);
    expect(list.conversations[0].lastMessage?.author).toEqual({ id: f.bo.id, name: "Bo" });
    expect((await getConversation({ db: f.db, agent: f.ana }, c.id)).view.lastMessage?.author).toEqual({ id: f.bo.id, name: "Bo" });
  });

  it("is null when the last message is the customer's, or a reply nobody here sent", async () => {
    const inbound = await f.addConversation("d2", at(1));
    const elsewhere = await f.addConversation("d3", at(1));
    await reply(elsewhere.id, 2, null);
    expect((await getConversation({ db: f.db, agent: f.ana }, inbound.id)).view.lastMessage?.author).toBeNull();
    expect((await getConversation({ db: f.db, agent: f.ana }, elsewhere.id)).view.lastMessage?.author).toBeNull();
  });
});
