import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { messages } from "@/lib/db/schema";
import type { MessageRow } from "@/lib/db/rows";

/**
 * Takes the next due reply for this worker, or null. SKIP LOCKED lets every instance claim at
 * once without taking the same row; a reply waits while an earlier one of its conversation is
 * unsent, so each chat gets its replies in order (a failed one does not hold the others back).
 * A 'sending' reply whose lease ran out belongs to a worker that died mid-send: it is taken
 * again and marked ambiguous, so it is looked for upstream before being sent a second time.
 */
export async function claimNext(db: DbExecutor, leaseMs: number): Promise<MessageRow | null> {
  const [row] = await db
    .update(messages)
    .set({
      delivery: "sending",
      leaseUntil: sql`now() + ${leaseMs}::int * interval '1 millisecond'`,
      deliveryAttempts: sql`${messages.deliveryAttempts} + 1`,
      ambiguousSince: sql`case when ${messages.delivery} = 'sending' then coalesce(${messages.ambiguousSince}, now()) else ${messages.ambiguousSince} end`,
      updatedAt: sql`now()`,
    })
    .where(
      sql`${messages.id} = (
        select m.id from messages m
        where m.delivery in ('pending', 'sending')
          and m.next_attempt_at <= now()
          and (m.delivery = 'pending' or m.lease_until < now())
          and not exists (
            select 1 from messages e
            where e.conversation_id = m.conversation_id
              and e.delivery in ('pending', 'sending')
              and e.id < m.id
          )
        order by m.next_attempt_at, m.id
        for update skip locked
        limit 1
      )`,
    )
    .returning();
  return row ?? null;
}

/**
 * Starts the lease afresh just before the send, if this worker still holds the claim: the
 * lease only has to outlast one request, however long the look upstream took. False when
 * another worker took the reply meanwhile; this one must then not send.
 */
export async function renewLease(db: DbExecutor, row: Pick<MessageRow, "id" | "deliveryAttempts">, leaseMs: number): Promise<boolean> {
  const renewed = await db
    .update(messages)
    .set({ leaseUntil: sql`now() + ${leaseMs}::int * interval '1 millisecond'` })
    .where(and(eq(messages.id, row.id), eq(messages.delivery, "sending"), eq(messages.deliveryAttempts, row.deliveryAttempts)))
    .returning({ id: messages.id });
  return renewed.length > 0;
}

/** What a send's lease outlasts the client's timeout by: time to settle the outcome. */
export const LEASE_MARGIN_MS = 10_000;

/**
 * How long a worker holds a send: longer than one request may take, so a live send is never
 * taken by a second worker, and short enough that a crashed worker's send is looked for
 * upstream and sent within half a minute (15 s sends: a 25 s lease).
 */
export function leaseFor(provider: { timeoutMs: number }): number {
  return provider.timeoutMs + LEASE_MARGIN_MS;
}
