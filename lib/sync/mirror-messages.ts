import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { compareMessageIds } from "@/lib/afilnet/tolerance";
import type { ProviderMessage } from "@/lib/afilnet/types";
import type { Db, DbExecutor } from "@/lib/db/client";
import { channels, conversations, messages } from "@/lib/db/schema";
import { publishEvents } from "@/lib/events/publish";
import type { InboxEvent } from "@/lib/events/types";
import { reopenOnCustomerMessage } from "@/lib/teams/status";
import { wakeTeamWorker } from "@/lib/teams/wake";
import { linkOutboundCopies } from "./link-replies";
import type { ConversationRow } from "./mirror-heads";

export interface ApplyMessagesResult {
  inserted: number;
  insertedInbound: number;
  statusChanges: number;
  summaryChanged: boolean;
  /** What was published, in order. */
  events: InboxEvent[];
}

interface Ordered {
  messageId: string;
  sentAt: Date;
}

/** The provider's order: by its datetime, then by id (what `getchats` calls the latest). */
const compareOldestFirst = (a: Ordered, b: Ordered) => a.sentAt.getTime() - b.sentAt.getTime() || compareMessageIds(a.messageId, b.messageId);

const CHUNK = 500;
const none: ApplyMessagesResult = { inserted: 0, insertedInbound: 0, statusChanges: 0, summaryChanged: false, events: [] };

/**
 * Mirrors one `getmessages` answer into the conversation, in one transaction: stores the
 * messages it has not seen (by provider id, so a page applied twice stores nothing new), follows
 * status changes, moves the summary and the inbound counters, and publishes what changed. The
 * summary only ever moves forward in the provider's order, so a late message with an older
 * datetime lands in the thread without becoming the "last message".
 */
export async function applyMessages(db: Db, conversation: Pick<ConversationRow, "id">, page: ProviderMessage[]): Promise<ApplyMessagesResult> {
  // A conversation that appeared or reopened may need an owner: auto-assignment runs after commit.
  let wake = false;
  const result = await db.transaction(async (tx) => {
    // Locks the conversation: two refreshes of one chat (from any instance) apply one after the other.
    const [conv] = await tx.select().from(conversations).where(eq(conversations.id, conversation.id)).for("update");
    if (!conv) return none;
    const incoming = dedupe(page);
    const existing = await existingMessages(tx, conv.id, incoming.map((m) => m.messageId));

    const unseen = incoming.filter((m) => !existing.has(m.messageId));
    // Copies of replies written here: update the stored reply instead of adding a second row.
    const linked = await linkOutboundCopies(tx, conv.id, unseen);
    const fresh = unseen.filter((m) => !linked.has(m.messageId));
    const insertedIds = new Map<string, number>();
    for (let i = 0; i < fresh.length; i += CHUNK) {
      const rows = await tx
        .insert(messages)
        .values(
          fresh.slice(i, i + CHUNK).map((m) => ({
            conversationId: conv.id,
            providerMessageId: m.messageId,
            direction: m.direction,
            kind: "text" as const,
            body: m.text,
            providerStatus: m.status,
            sentAt: m.sentAt,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: messages.id, providerMessageId: messages.providerMessageId });
      for (const row of rows) if (row.providerMessageId !== null) insertedIds.set(row.providerMessageId, row.id);
    }
    const inserted = fresh.filter((m) => insertedIds.has(m.messageId));

    const events: InboxEvent[] = [];
    const statusEvents: InboxEvent[] = [];
    for (const m of incoming) {
      const known = existing.get(m.messageId);
      if (!known || known.providerStatus === m.status) continue;
      await tx.update(messages).set({ providerStatus: m.status, updatedAt: sql`now()` }).where(eq(messages.id, known.id));
      statusEvents.push({ type: "message.updated", channelId: conv.channelId, conversationId: conv.id, messageId: known.id, status: m.status });
    }

    for (const [providerId, reply] of linked) existing.set(providerId, reply);
    const summary = await nextSummary(tx, conv, incoming, existing);
    const insertedInbound = inserted.filter((m) => m.direction === "inbound").length;
    const summaryChanged =
      insertedInbound > 0 ||
      summary.lastMessageText !== conv.lastMessageText ||
      summary.lastMessageDirection !== conv.lastMessageDirection ||
      summary.lastProviderMessageId !== conv.lastProviderMessageId ||
      summary.lastProviderStatus !== conv.lastProviderStatus ||
      !sameTime(summary.lastMessageAt, conv.lastMessageAt) ||
      !sameTime(summary.lastInboundAt, conv.lastInboundAt);

    if (insertedInbound > 0 && (await reopenOnCustomerMessage(tx, conv))) wake = true;
    if (conv.lastMessageAt === null && summary.lastMessageAt !== null) wake = true;
    await tx
      .update(conversations)
      .set({ ...summary, inboundCount: sql`${conversations.inboundCount} + ${insertedInbound}`, mirroredAt: sql`now()` })
      .where(eq(conversations.id, conv.id));

    let channelBefore = 0;
    if (insertedInbound > 0) {
      const [row] = await tx
        .update(channels)
        .set({ inboundCount: sql`${channels.inboundCount} + ${insertedInbound}` })
        .where(eq(channels.id, conv.channelId))
        .returning({ inboundCount: channels.inboundCount });
      channelBefore = (row?.inboundCount ?? insertedInbound) - insertedInbound;
    } else if (inserted.length > 0) {
      const [row] = await tx.select({ inboundCount: channels.inboundCount }).from(channels).where(eq(channels.id, conv.channelId));
      channelBefore = row?.inboundCount ?? 0;
    }

    let inboundSoFar = 0;
    for (const m of inserted) {
      if (m.direction === "inbound") inboundSoFar += 1;
      events.push({
        type: "message.created",
        channelId: conv.channelId,
        conversationId: conv.id,
        messageId: insertedIds.get(m.messageId)!,
        direction: m.direction,
        at: m.sentAt.toISOString(),
        conversationInboundCount: conv.inboundCount + inboundSoFar,
        channelInboundCount: channelBefore + inboundSoFar,
      });
    }
    for (const [, reply] of linked) {
      statusEvents.push({ type: "message.updated", channelId: conv.channelId, conversationId: conv.id, messageId: reply.id, status: "sent" });
    }
    events.push(...statusEvents);
    if (summaryChanged) events.push({ type: "conversation.updated", channelId: conv.channelId, conversationId: conv.id });
    await publishEvents(tx, events);

    return { inserted: inserted.length, insertedInbound, statusChanges: statusEvents.length, summaryChanged, events };
  });
  if (wake) wakeTeamWorker();
  return result;
}

/** One entry per provider id (the last one given wins), oldest first. */
function dedupe(page: ProviderMessage[]): ProviderMessage[] {
  const byId = new Map<string, ProviderMessage>();
  for (const m of page) byId.set(m.messageId, m);
  return [...byId.values()].sort(compareOldestFirst);
}

interface ExistingMessage {
  id: number;
  providerStatus: string;
  sentAt: Date;
}

async function existingMessages(tx: DbExecutor, conversationId: string, ids: string[]): Promise<Map<string, ExistingMessage>> {
  const found = new Map<string, ExistingMessage>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await tx
      .select({ id: messages.id, providerMessageId: messages.providerMessageId, providerStatus: messages.providerStatus, sentAt: messages.sentAt })
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), inArray(messages.providerMessageId, ids.slice(i, i + CHUNK))));
    for (const { providerMessageId, ...row } of rows) if (providerMessageId !== null) found.set(providerMessageId, row);
  }
  return found;
}

type Summary = Pick<
  ConversationRow,
  "lastMessageText" | "lastMessageAt" | "lastMessageDirection" | "lastProviderMessageId" | "lastProviderStatus" | "lastInboundAt"
>;

/** The conversation's summary after this page: the later of what it had and the page's latest. */
async function nextSummary(
  tx: DbExecutor,
  conv: ConversationRow,
  incoming: ProviderMessage[],
  existing: Map<string, ExistingMessage>,
): Promise<Summary> {
  const current: Summary = {
    lastMessageText: conv.lastMessageText,
    lastMessageAt: conv.lastMessageAt,
    lastMessageDirection: conv.lastMessageDirection,
    lastProviderMessageId: conv.lastProviderMessageId,
    lastProviderStatus: conv.lastProviderStatus,
    lastInboundAt: conv.lastInboundAt,
  };
  const inboundTimes = incoming.filter((m) => m.direction === "inbound").map((m) => m.sentAt.getTime());
  if (conv.lastInboundAt) inboundTimes.push(conv.lastInboundAt.getTime());
  const lastInboundAt = inboundTimes.length > 0 ? new Date(Math.max(...inboundTimes)) : null;

  const pageLatest = incoming.at(-1);
  if (!pageLatest) return { ...current, lastInboundAt };
  const currentLatest = await currentLatestOf(tx, conv, existing);
  if (currentLatest && compareOldestFirst(currentLatest, pageLatest) > 0) {
    // The page holds nothing newer; its copy of the current latest may still carry a new status.
    const again = incoming.find((m) => m.messageId === currentLatest.messageId);
    return { ...current, lastProviderStatus: again ? again.status : current.lastProviderStatus, lastInboundAt };
  }
  return {
    lastMessageText: pageLatest.text,
    lastMessageAt: pageLatest.sentAt,
    lastMessageDirection: pageLatest.direction,
    lastProviderMessageId: pageLatest.messageId,
    lastProviderStatus: pageLatest.status,
    lastInboundAt,
  };
}

/**
 * Where the mirrored latest sits in the provider's order: the provider datetime of its stored
 * message, not `lastMessageAt`, which others may set from the app's own clock.
 */
async function currentLatestOf(tx: DbExecutor, conv: ConversationRow, existing: Map<string, ExistingMessage>): Promise<Ordered | null> {
  const messageId = conv.lastProviderMessageId;
  if (messageId === null) return null;
  const known = existing.get(messageId);
  if (known) return { messageId, sentAt: known.sentAt };
  const [row] = await tx
    .select({ sentAt: messages.sentAt })
    .from(messages)
    .where(and(eq(messages.conversationId, conv.id), eq(messages.providerMessageId, messageId)))
    .limit(1);
  if (row) return { messageId, sentAt: row.sentAt };
  return conv.lastMessageAt ? { messageId, sentAt: conv.lastMessageAt } : null;
}

function sameTime(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}
