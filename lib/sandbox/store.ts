import "server-only";
import { and, asc, desc, eq, lte, ne } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { sandboxChannels, sandboxMessages } from "@/lib/db/schema";

/** The sandbox's state, shared by the protocol handler and the contact simulator. */

export type SandboxChannel = typeof sandboxChannels.$inferSelect;
export type SandboxMessage = typeof sandboxMessages.$inferSelect;
export type NewSandboxMessage = typeof sandboxMessages.$inferInsert;

/** How long an outbound message stays `sent` before the stand-in reports it `delivered`. */
export const DELIVERY_DELAY_MS = 2000;

/** Status of a message written by the contact (the wire leaves it free). */
export const INBOUND_STATUS = "received";

// serial ids are int4: a bigger number must read as "no such channel", not a database error.
const MAX_SERIAL = 2_147_483_647;

export function listChannels(db: Db): Promise<SandboxChannel[]> {
  return db.select().from(sandboxChannels).orderBy(asc(sandboxChannels.id));
}

export async function findChannel(db: Db, platform: string, platformId: string): Promise<SandboxChannel | null> {
  const rows = await db
    .select()
    .from(sandboxChannels)
    .where(and(eq(sandboxChannels.platform, platform), eq(sandboxChannels.platformId, platformId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findChannelById(db: Db, id: number): Promise<SandboxChannel | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > MAX_SERIAL) return null;
  const rows = await db.select().from(sandboxChannels).where(eq(sandboxChannels.id, id)).limit(1);
  return rows[0] ?? null;
}

const inChat = (channelId: number, destination: string) =>
  and(eq(sandboxMessages.channelId, channelId), eq(sandboxMessages.destination, destination));

/** A chat exists once one message was written in it, by either side. */
export async function chatExists(db: Db, channelId: number, destination: string): Promise<boolean> {
  const rows = await db.select({ id: sandboxMessages.id }).from(sandboxMessages).where(inChat(channelId, destination)).limit(1);
  return rows.length > 0;
}

export async function insertMessage(db: Db, values: NewSandboxMessage): Promise<SandboxMessage> {
  const [row] = await db.insert(sandboxMessages).values(values).returning();
  return row;
}

/** Moves outbound messages older than the delivery delay from `sent` to `delivered`. */
export async function promoteDelivered(db: Db, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - DELIVERY_DELAY_MS);
  await db
    .update(sandboxMessages)
    .set({ status: "delivered" })
    .where(and(eq(sandboxMessages.sent, 1), eq(sandboxMessages.status, "sent"), lte(sandboxMessages.createdAt, cutoff)));
}

/** Each chat of a channel with its latest message, newest chat first. */
export async function latestMessagePerChat(db: Db, channelId: number): Promise<SandboxMessage[]> {
  const rows = await db
    .selectDistinctOn([sandboxMessages.destination])
    .from(sandboxMessages)
    .where(eq(sandboxMessages.channelId, channelId))
    .orderBy(sandboxMessages.destination, desc(sandboxMessages.createdAt), desc(sandboxMessages.id));
  return rows.sort(newestFirst);
}

/** A chat's messages, oldest first. */
export function chatMessages(db: Db, channelId: number, destination: string): Promise<SandboxMessage[]> {
  return db
    .select()
    .from(sandboxMessages)
    .where(inChat(channelId, destination))
    .orderBy(asc(sandboxMessages.createdAt), asc(sandboxMessages.id));
}

/**
 * Returns the contact's messages the operator has not fetched as unread yet, and marks them
 * fetched in the same statement, so two concurrent callers never both get one.
 */
export async function takeUnread(db: Db, channelId: number, destination: string): Promise<SandboxMessage[]> {
  const rows = await db
    .update(sandboxMessages)
    .set({ readByOperator: true })
    .where(and(inChat(channelId, destination), eq(sandboxMessages.sent, 0), eq(sandboxMessages.readByOperator, false)))
    .returning();
  return rows.sort((a, b) => -newestFirst(a, b));
}

/** The contact has seen the chat: every operator message in it becomes `read`. */
export async function markOperatorMessagesRead(db: Db, channelId: number, destination: string): Promise<void> {
  await db
    .update(sandboxMessages)
    .set({ status: "read" })
    .where(and(inChat(channelId, destination), eq(sandboxMessages.sent, 1), ne(sandboxMessages.status, "read")));
}

function newestFirst(a: SandboxMessage, b: SandboxMessage): number {
  const byTime = b.createdAt.getTime() - a.createdAt.getTime();
  return byTime !== 0 ? byTime : b.id - a.id;
}
