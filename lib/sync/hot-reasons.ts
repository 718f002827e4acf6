import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows";

/**
 * The channels the database gives a reason to poll at the hot pace, whichever instance made it:
 * a customer wrote (or a reply was mirrored) in the last minutes, a customer's message is still
 * unanswered in an open conversation, or a reply waits in the outbox. Time-bounded on purpose:
 * a conversation left unanswered overnight must not keep its channel hot all night.
 */

/** Any message in a conversation this recent keeps its channel hot. */
export const RECENT_MESSAGE_MS = 2 * 60_000;
/** A customer waiting for an answer in an open conversation, this long. */
export const UNANSWERED_MS = 3 * 60_000;

export async function hotChannelIds(db: Db): Promise<string[]> {
  // Per channel, one short range read of conversations_channel_activity_idx (channel, last
  // message desc); the outbox's partial index holds only unsent replies.
  const result = await db.execute(sql`
    select ch.id from channels ch
    where ch.listed and exists (
      select 1 from conversations c
      where c.channel_id = ch.id
        and c.last_message_at > now() - ${UNANSWERED_MS}::int * interval '1 millisecond'
        and (c.last_message_at > now() - ${RECENT_MESSAGE_MS}::int * interval '1 millisecond'
             or (c.status = 'open' and c.last_message_direction = 'inbound')))
    union
    select c.channel_id from messages m join conversations c on c.id = m.conversation_id
    where m.delivery in ('pending', 'sending')`);
  return rowsOf(result).map((row) => String((row as { id: unknown }).id));
}
