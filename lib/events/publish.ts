import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { conversations, events } from "@/lib/db/schema";
import { noteEventsWritten } from "./local-origin";
import { EVENTS_CHANNEL, type InboxEvent } from "./types";

const channelOf = (e: InboxEvent) => ("channelId" in e ? e.channelId : null);
const agentOf = (e: InboxEvent) => ("agentId" in e ? e.agentId : null);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Each conversation event gets its conversation's current assignee (one read per batch). */
async function withAssignees(db: DbExecutor, batch: InboxEvent[]): Promise<InboxEvent[]> {
  const ids = [...new Set(batch.flatMap((e) => ("conversationId" in e && !("assigneeId" in e) && UUID.test(e.conversationId) ? [e.conversationId] : [])))];
  if (ids.length === 0) return batch;
  const rows = await db.select({ id: conversations.id, assigneeId: conversations.assigneeId }).from(conversations).where(inArray(conversations.id, ids));
  const assignees = new Map(rows.map((r) => [r.id, r.assigneeId]));
  return batch.map((e) => ("conversationId" in e && !("assigneeId" in e) ? { ...e, assigneeId: assignees.get(e.conversationId) ?? null } : e));
}

/**
 * Stores events and wakes every instance's listener. Call it inside the transaction that made
 * the change: NOTIFY is delivered at commit, so nobody hears of a change that rolled back.
 */
export async function publishEvents(db: DbExecutor, batch: InboxEvent[]): Promise<void> {
  if (batch.length === 0) return;
  batch = await withAssignees(db, batch);
  const rows = await db
    .insert(events)
    .values(batch.map((e) => ({ type: e.type, channelId: channelOf(e), agentId: agentOf(e), payload: e })))
    .returning({ id: events.id });
  // RETURNING gives the rows in the order of VALUES.
  noteEventsWritten(rows.map((r, i) => ({ id: r.id, event: batch[i] })));
  const last = Math.max(...rows.map((r) => r.id));
  await db.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${String(last)})`);
}
