import "server-only";
import { sql } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { ONLINE_WINDOW_SECONDS } from "./assignees";
import { sqlRows } from "./sql-rows";
import { wakeTeamWorker } from "./wake";

/**
 * Marks an agent as seen now (its event stream opened or beat). One UPDATE; when the agent was
 * offline before, auto-assignment is woken: waiting conversations may go to it.
 */
export async function markSeen(db: DbExecutor, agentId: string): Promise<void> {
  const rows = sqlRows<{ was_online: boolean }>(
    await db.execute(sql`
      update agents a set last_seen_at = now()
      from (select id, coalesce(last_seen_at > now() - make_interval(secs => ${ONLINE_WINDOW_SECONDS}), false) as was_online from agents where id = ${agentId}) prev
      where a.id = prev.id
      returning prev.was_online`),
  );
  if (rows[0] && !rows[0].was_online) wakeTeamWorker();
}
