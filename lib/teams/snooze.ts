import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { publishEvents } from "@/lib/events/publish";
import { recordAudit } from "./audit";
import { rowsOf } from "@/lib/db/rows";

const BATCH = 200;

interface Woken {
  id: string;
  channel_id: string;
  until: Date | string;
}

/**
 * Reopens snoozed conversations whose time has come, a batch at a time. One UPDATE … RETURNING
 * over rows locked with SKIP LOCKED: several instances running this at once never both reopen
 * one (each row is returned to exactly one of them), and the audit entry and event go out once.
 */
export async function endDueSnoozes(db: Db): Promise<string[]> {
  return db.transaction(async (tx) => {
    const result = await tx.execute(sql`
      with due as (
        select id, snoozed_until from conversations
        where status = 'snoozed' and snoozed_until <= now()
        order by snoozed_until
        limit ${BATCH}
        for update skip locked
      )
      update conversations c
      set status = 'open', snoozed_until = null, status_changed_at = now()
      from due where c.id = due.id
      returning c.id, c.channel_id, due.snoozed_until as until`);
    const rows = rowsOf<Woken>(result);
    for (const row of rows) {
      await recordAudit(tx, {
        actor: null,
        kind: "conversation.status",
        target: { type: "conversation", id: row.id },
        before: { status: "snoozed", until: new Date(row.until).toISOString() },
        after: { status: "open", until: null, reason: "snooze_ended" },
      });
    }
    await publishEvents(
      tx,
      rows.map((r) => ({ type: "conversation.updated" as const, channelId: r.channel_id, conversationId: r.id })),
    );
    return rows.map((r) => r.id);
  });
}
