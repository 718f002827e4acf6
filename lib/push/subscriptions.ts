import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, DbExecutor } from "@/lib/db/client";
import { pushSubscriptions } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import type { PushDevice, PushEvents, SubscribeInput } from "./schema";

type Row = typeof pushSubscriptions.$inferSelect;

function toDevice(row: Row): PushDevice {
  return {
    endpoint: row.endpoint,
    events: { messages: row.notifyMessages, mentions: row.notifyMentions, assignments: row.notifyAssignments },
    userAgent: row.userAgent,
    createdAt: row.createdAt.toISOString(),
    lastSentAt: row.lastSentAt?.toISOString() ?? null,
  };
}

const eventColumns = (events: PushEvents) => ({ notifyMessages: events.messages, notifyMentions: events.mentions, notifyAssignments: events.assignments });

const ALL_EVENTS: PushEvents = { messages: true, mentions: true, assignments: true };

/**
 * Stores this browser's subscription for `agentId`. An endpoint belongs to one browser profile:
 * when another agent turns notifications on in the same browser (a shared computer), the device
 * moves to that agent, so the one who signed out stops getting pushes there. A subscription that
 * `replaces` one of this agent's own takes its events and removes it, in one transaction; another
 * agent's endpoint named there is left alone.
 */
export async function saveSubscription(db: Db, agentId: string, input: SubscribeInput, userAgent: string | null): Promise<PushDevice> {
  return db.transaction(async (tx) => {
    let replaced: PushEvents | undefined;
    if (input.replaces && input.replaces !== input.endpoint) {
      const [old] = await tx.delete(pushSubscriptions).where(ownedBy(agentId, input.replaces)).returning();
      if (old) replaced = toDevice(old).events;
    }
    const events = input.events ?? replaced ?? ALL_EVENTS;
    const values = { agentId, p256dh: input.keys.p256dh, auth: input.keys.auth, ...eventColumns(events), userAgent: userAgent?.slice(0, 300) ?? null };
    const [row] = await tx
      .insert(pushSubscriptions)
      .values({ endpoint: input.endpoint, ...values })
      .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: values })
      .returning();
    return toDevice(row);
  });
}

const ownedBy = (agentId: string, endpoint: string) => and(eq(pushSubscriptions.agentId, agentId), eq(pushSubscriptions.endpoint, endpoint));

/** Another agent's device answers as missing: whether an endpoint is known is nobody else's business. */
export async function updateSubscriptionEvents(db: DbExecutor, agentId: string, endpoint: string, events: PushEvents): Promise<PushDevice> {
  const [row] = await db.update(pushSubscriptions).set(eventColumns(events)).where(ownedBy(agentId, endpoint)).returning();
  if (!row) throw notFound("This device's subscription");
  return toDevice(row);
}

export async function deleteSubscription(db: DbExecutor, agentId: string, endpoint: string): Promise<void> {
  const rows = await db.delete(pushSubscriptions).where(ownedBy(agentId, endpoint)).returning({ id: pushSubscriptions.id });
  if (rows.length === 0) throw notFound("This device's subscription");
}

export async function listSubscriptions(db: DbExecutor, agentId: string): Promise<PushDevice[]> {
  const rows = await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.agentId, agentId)).orderBy(pushSubscriptions.createdAt);
  return rows.map(toDevice);
}
