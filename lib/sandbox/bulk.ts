import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { channels, conversations, messages } from "@/lib/db/schema";
import { SimulatorError } from "./simulator";
import { bulkMessageText, type BulkHistoryInput } from "./simulator-schema";
import { findChannelById } from "./store";

/**
 * Long histories for load tests and demos (issue 12 part 4), imported straight into the inbox's
 * mirror of a sandbox channel, as if the sync had fetched them long ago. Not through the stand-in:
 * the provider's getmessages has no paging, so a 20,000-message chat is one answer that takes
 * longer than the client's timeout to build, send and parse on PGlite, and the poller would fail
 * on it at every change. The stand-in never lists these chats, so the sync leaves them alone.
 * Sandbox only, admins only (see the route).
 */

/** Minutes between two generated messages: 20,000 of them span about seven months of days. */
const SPACING_MINUTES = 15;
/** Rows per INSERT: seven values each stays well under PostgreSQL's 65,535 parameters. */
const CHUNK = 2_000;

export interface BulkHistoryResult {
  conversationIds: string[];
  messages: number;
}

/** Adds the chats and answers what it made; the newest message of each is a minute old. */
export async function addBulkHistory(db: Db, channelId: string, input: BulkHistoryInput, now: Date = new Date()): Promise<BulkHistoryResult> {
  const id = /^\d{1,10}$/.test(channelId) ? Number(channelId) : NaN;
  const sandbox = Number.isNaN(id) ? null : await findChannelById(db, id);
  if (!sandbox) throw new SimulatorError("not_found", "There is no such sandbox channel.");
  const [channel] = await db
    .select({ id: channels.id })
    .from(channels)
    .where(and(eq(channels.platform, sandbox.platform), eq(channels.platformId, sandbox.platformId)));
  if (!channel) throw new SimulatorError("not_found", "The inbox has not mirrored this channel yet: try again in a few seconds.");
  const destinations =
    input.chats === 1 ? [input.destination] : Array.from({ length: input.chats }, (_, i) => `${input.destination}-${i + 1}`);
  const newest = now.getTime() - 60_000;
  const per = input.messagesPerChat;
  // Chats one minute apart (the last one newest), each one's messages SPACING_MINUTES apart.
  const at = (chat: number, n: number) => new Date(newest - ((per - n) * SPACING_MINUTES + (destinations.length - 1 - chat)) * 60_000);
  const fromContact = (n: number) => input.from === "both" && n % 2 === 1;
  const inboundPerChat = Array.from({ length: per }, (_, i) => i + 1).filter(fromContact).length;

  return db.transaction(async (tx) => {
    const made = await tx
      .insert(conversations)
      .values(
        destinations.map((destination, chat) => {
          const lastInbound = [...Array(per).keys()].map((i) => per - i).find(fromContact);
          return {
            channelId: channel.id,
            destination,
            lastMessageText: bulkMessageText(destination, per),
            lastMessageAt: at(chat, per),
            lastMessageDirection: fromContact(per) ? "inbound" : "outbound",
            lastProviderMessageId: `bulk-${per}`,
            lastProviderStatus: fromContact(per) ? "received" : "read",
            lastInboundAt: lastInbound === undefined ? null : at(chat, lastInbound),
            inboundCount: inboundPerChat,
            mirroredAt: now,
          };
        }),
      )
      .onConflictDoNothing()
      .returning({ id: conversations.id, destination: conversations.destination });
    if (made.length < destinations.length) {
      throw new SimulatorError("invalid_input", "Some of these chats exist already: choose another destination.", { destination: "exists" });
    }
    const rows = made.flatMap((conversation, chat) =>
      Array.from({ length: per }, (_, i) => ({
        conversationId: conversation.id,
        providerMessageId: `bulk-${i + 1}`,
        direction: fromContact(i + 1) ? ("inbound" as const) : ("outbound" as const),
        kind: "text" as const,
        body: bulkMessageText(conversation.destination, i + 1),
        providerStatus: fromContact(i + 1) ? "received" : "read",
        sentAt: at(chat, i + 1),
      })),
    );
    for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(messages).values(rows.slice(i, i + CHUNK));
    const inbound = inboundPerChat * made.length;
    if (inbound > 0) await tx.update(channels).set({ inboundCount: sql`${channels.inboundCount} + ${inbound}` }).where(eq(channels.id, channel.id));
    return { conversationIds: made.map((c) => c.id), messages: rows.length };
  });
}
