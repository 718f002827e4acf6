import "server-only";
import { sql } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { events } from "@/lib/db/schema";
import { EVENTS_CHANNEL, type InboxEvent } from "./types";

const channelOf = (e: InboxEvent) => ("channelId" in e ? e.channelId : null);
const agentOf = (e: InboxEvent) => (e.type === "conversation.read" ? e.agentId : null);

/**
 * Stores events and wakes every instance's listener. Call it inside the transaction that made
 * the change: NOTIFY is delivered at commit, so nobody hears of a change that rolled back.
 */
export async function publishEvents(db: DbExecutor, batch: InboxEvent[]): Promise<void> {
  if (batch.length === 0) return;
  const rows = await db
    .insert(events)
    .values(batch.map((e) => ({ type: e.type, channelId: channelOf(e), agentId: agentOf(e), payload: e })))
    .returning({ id: events.id });
  const last = Math.max(...rows.map((r) => r.id));
  await db.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${String(last)})`);
}
