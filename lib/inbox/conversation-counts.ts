import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { preparedPer } from "@/lib/db/prepared";
import { conversationCounts } from "@/lib/db/schema";
import { can } from "@/lib/auth/policy";
import type { ConversationStatus, ConversationCountsResponse } from "./types";
import type { InboxContext } from "./context";

/** conversation_counts' key for "unassigned" (see migration 0007). */
export const UNASSIGNED_KEY = "00000000-0000-0000-0000-000000000000";

const me = sql`${sql.placeholder("agentId")}::uuid`;
const sum = (filter?: SQL) => sql<string>`coalesce(sum(${conversationCounts.count})${filter ? sql` filter (where ${filter})` : sql``}, 0)::text`;

function build(db: DbExecutor, inChannel: boolean, ownOnly: boolean) {
  const where: SQL[] = [eq(conversationCounts.status, sql.placeholder("status"))];
  if (inChannel) where.push(eq(conversationCounts.channelId, sql.placeholder("channelId")));
  // The policy for the database, as in the lists: an agent's channels are its memberships.
  else if (ownOnly) where.push(sql`${conversationCounts.channelId} in (select channel_id from channel_members where agent_id = ${me})`);
  if (ownOnly) where.push(sql`${conversationCounts.assigneeKey} in (${me}, ${UNASSIGNED_KEY}::uuid)`);
  return db
    .select({
      mine: sum(sql`${conversationCounts.assigneeKey} = ${me}`),
      unassigned: sum(sql`${conversationCounts.assigneeKey} = ${UNASSIGNED_KEY}::uuid`),
      all: sum(),
    })
    .from(conversationCounts)
    .where(and(...where))
    .prepare(`conversation_counts_${inChannel ? "channel" : "any"}_${ownOnly ? "own" : "every"}`);
}

const queries = {
  channelOwn: preparedPer((db) => build(db, true, true)),
  channelEvery: preparedPer((db) => build(db, true, false)),
  anyOwn: preparedPer((db) => build(db, false, true)),
  anyEvery: preparedPer((db) => build(db, false, false)),
};

/**
 * The view tabs' counts for one status, in one channel or across the agent's channels: a sum of a
 * few conversation_counts rows (kept by a trigger on conversations), never a scan of conversations.
 * They count what the lists list: role agent only its member channels, its own and unassigned.
 */
export async function countConversations(
  ctx: Pick<InboxContext, "db" | "agent">,
  channelId: string | null,
  status: ConversationStatus,
): Promise<ConversationCountsResponse> {
  const ownOnly = !can.role(ctx.agent, "conversations.all");
  const query = channelId !== null ? (ownOnly ? queries.channelOwn : queries.channelEvery) : ownOnly ? queries.anyOwn : queries.anyEvery;
  const [row] = await query(ctx.db).execute({ agentId: ctx.agent.id, status, ...(channelId !== null && { channelId }) });
  return { mine: Number(row?.mine ?? 0), unassigned: Number(row?.unassigned ?? 0), all: Number(row?.all ?? 0) };
}
