import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { decideConversation, type Actor } from "@/lib/auth/policy";
import type { DbExecutor } from "@/lib/db/client";
import { channels, contacts, conversations } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import type { ConversationStatus } from "@/lib/inbox/types";

/*
 * One contact per (platform, destination): the same person writing to two WhatsApp channels is
 * one contact with two conversations. The mirror links new conversations as it creates them;
 * `ensureContact` links any older one the first time its contact is asked for.
 */

export interface ContactView {
  id: string;
  platform: string;
  destination: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  notes: string | null;
}

export interface ContactConversation {
  id: string;
  channelId: string;
  channelName: string;
  status: ConversationStatus;
  lastMessageAt: string | null;
}

export interface ContactResponse {
  contact: ContactView;
  /** Its conversations on every channel the asking agent may see, newest activity first. */
  conversations: ContactConversation[];
}

/** Links conversations of one channel (just created by the mirror) to their contacts, creating those that are new. */
export async function linkContacts(db: DbExecutor, channel: { id: string; platform: string }, destinations: string[]): Promise<void> {
  if (destinations.length === 0) return;
  await db
    .insert(contacts)
    .values(destinations.map((destination) => ({ platform: channel.platform, destination })))
    .onConflictDoNothing();
  await db.execute(sql`
    update ${conversations} set contact_id = ${contacts.id}
    from ${contacts}
    where ${conversations.channelId} = ${channel.id}
      and ${conversations.destination} in ${destinations}
      and ${conversations.contactId} is null
      and ${contacts.platform} = ${channel.platform}
      and ${contacts.destination} = ${conversations.destination}`);
}

/** The conversation's contact, created and linked (with every conversation of its platform and destination) if missing. */
export async function ensureContact(db: DbExecutor, conversationId: string): Promise<ContactView> {
  const [row] = await db
    .select({ contactId: conversations.contactId, destination: conversations.destination, platform: channels.platform })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(eq(conversations.id, conversationId));
  if (!row) throw notFound("This conversation");
  if (row.contactId) {
    const [found] = await db.select().from(contacts).where(eq(contacts.id, row.contactId));
    if (found) return toContactView(found);
  }
  await db.insert(contacts).values({ platform: row.platform, destination: row.destination }).onConflictDoNothing();
  const [contact] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.platform, row.platform), eq(contacts.destination, row.destination)));
  const sameChannels = db.select({ id: channels.id }).from(channels).where(eq(channels.platform, row.platform));
  await db
    .update(conversations)
    .set({ contactId: contact.id })
    .where(and(eq(conversations.destination, row.destination), inArray(conversations.channelId, sameChannels), isNull(conversations.contactId)));
  return toContactView(contact);
}

export function toContactView(row: typeof contacts.$inferSelect): ContactView {
  return { id: row.id, platform: row.platform, destination: row.destination, name: row.name, email: row.email, phone: row.phone, notes: row.notes };
}

/** Every conversation of the contact (the event fan-out of an edit needs them all, seen or not). */
export async function conversationsOfContact(db: DbExecutor, contactId: string) {
  return db
    .select({
      id: conversations.id,
      channelId: conversations.channelId,
      assigneeId: conversations.assigneeId,
      status: conversations.status,
      lastMessageAt: conversations.lastMessageAt,
      channelName: sql<string>`coalesce(${channels.displayName}, ${channels.name})`,
    })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(eq(conversations.contactId, contactId))
    .orderBy(sql`${conversations.lastMessageAt} desc nulls last`)
    .limit(200);
}

/** The contact of a conversation and its conversations the agent may see (the policy decides each). */
export async function getContact(db: DbExecutor, actor: Actor, conversationId: string): Promise<ContactResponse> {
  const contact = await ensureContact(db, conversationId);
  const all = await conversationsOfContact(db, contact.id);
  return {
    contact,
    conversations: all
      .filter((c) => decideConversation(actor, "conversation.view", c).allowed)
      .map((c) => ({ id: c.id, channelId: c.channelId, channelName: c.channelName, status: c.status, lastMessageAt: c.lastMessageAt?.toISOString() ?? null })),
  };
}
