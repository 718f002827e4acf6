import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { agents, channelMembers, channels, conversations, messages } from "@/lib/db/schema";
import type { SessionAgent } from "@/lib/auth/session";

/** A fresh in-memory database with two agents and one channel: what inbox reads are tested on. */
export async function inboxFixture() {
  const database: OpenDatabase = await openDatabase({ kind: "pglite" });
  const db = database.db;
  const made = await db
    .insert(agents)
    .values([
      { email: "ana@test", name: "Ana", passwordHash: "x", role: "agent" },
      { email: "bo@test", name: "Bo", passwordHash: "x", role: "supervisor" },
    ])
    .returning();
  const [channel] = await db.insert(channels).values({ platform: "whatsapp", platformId: "100", name: "Support" }).returning();
  // Ana (role agent) is a member of the channel; Bo (supervisor) sees every channel anyway.
  await db.insert(channelMembers).values({ agentId: made[0].id, channelId: channel.id });
  const asAgent = (row: (typeof made)[number]): SessionAgent => ({
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    channelIds: row.role === "agent" ? [channel.id] : [],
  });

  /** Adds a conversation with `inbound` inbound messages, the way the mirror writer leaves them. */
  async function addConversation(destination: string, lastAt: Date, inbound = 1) {
    const [conversation] = await db
      .insert(conversations)
      .values({ channelId: channel.id, destination, lastMessageAt: lastAt, lastMessageText: `last of ${destination}`, lastMessageDirection: "inbound", inboundCount: inbound })
      .returning();
    if (inbound > 0) {
      await db.insert(messages).values(
        Array.from({ length: inbound }, (_, i) => ({
          conversationId: conversation.id,
          providerMessageId: `${destination}-${i}`,
          direction: "inbound" as const,
          body: `message ${i}`,
          sentAt: new Date(lastAt.getTime() - (inbound - 1 - i) * 1000),
        })),
      );
    }
    await db.update(channels).set({ inboundCount: channel.inboundCount + inbound }).returning();
    channel.inboundCount += inbound;
    return conversation;
  }

  return { database, db, ana: asAgent(made[0]), bo: asAgent(made[1]), channel, addConversation, close: () => database.close() };
}
