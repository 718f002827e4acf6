import "server-only";
import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db, DbExecutor } from "@/lib/db/client";
import { channelMembers, conversations } from "@/lib/db/schema";
import { publishEvents } from "@/lib/events/publish";
import { recordAudit } from "./audit";
import { presenceSql } from "./presence-state";
import { rowsOf } from "@/lib/db/rows";

const PER_PASS = 500;
const NIL_UUID = "00000000-0000-0000-0000-000000000000";

export interface Member {
  id: string;
  capacity: number;
  /** Open conversations assigned to this agent, all channels. */
  open: number;
  /** Round-robin order among equals: assigned longest ago (or never) first. */
  lastAssignedAt: number;
}

/** Who gets the next conversation: room left, fewest open, then assigned longest ago. */
export function pickMember(members: Member[]): Member | null {
  let best: Member | null = null;
  for (const m of members) {
    if (m.open >= m.capacity) continue;
    if (!best || m.open < best.open || (m.open === best.open && (m.lastAssignedAt < best.lastAssignedAt || (m.lastAssignedAt === best.lastAssignedAt && m.id < best.id)))) best = m;
  }
  return best;
}

/** Auto-assign channels with at least one open unassigned conversation: read off the counters. */
async function channelsWaiting(db: DbExecutor): Promise<string[]> {
  const rows = rowsOf<{ channel_id: string }>(
    await db.execute(sql`
      select cc.channel_id from conversation_counts cc join channels ch on ch.id = cc.channel_id
      where ch.auto_assign and cc.assignee_key = ${NIL_UUID}::uuid and cc.status = 'open' and cc.count > 0`),
  );
  return rows.map((r) => r.channel_id);
}

/**
 * Online (not Away, not Offline: see presence-state.ts), active members of a channel with their open load from the maintained counters (sums
 * of a few rows per agent, never a scan of conversations).
 */
async function onlineMembers(tx: DbExecutor, channelId: string): Promise<Member[]> {
  const rows = rowsOf<{ id: string; capacity: number; open: number | string; last_assigned_at: Date | string | null }>(
    await tx.execute(sql`
      select agents.id, agents.capacity, m.last_assigned_at,
        coalesce((select sum(cc.count) from conversation_counts cc where cc.assignee_key = agents.id and cc.status = 'open'), 0) as open
      from channel_members m join agents on agents.id = m.agent_id
      where m.channel_id = ${channelId} and agents.active and ${presenceSql} = 'online'`),
  );
  return rows.map((r) => ({
    id: r.id,
    capacity: r.capacity,
    open: Number(r.open),
    lastAssignedAt: r.last_assigned_at === null ? 0 : new Date(r.last_assigned_at).getTime(),
  }));
}

// pg_advisory_xact_lock(class, key): this class is auto-assignment, the key a channel's hash.
const ASSIGN_LOCK_CLASS = 7_350_009;

/**
 * Gives the channel's oldest waiting conversation (open, unassigned) to the online member with
 * the most room, in one short transaction; false when there is nothing to give or nobody to
 * give it to. Instances assigning the same channel take turns on a per-channel advisory lock, so
 * each reads the load the previous one left. Not a lock on the channel row: the mirror writer
 * updates that row (its inbound count) while holding a conversation and its counter row, and the
 * two orders deadlocked. The conversation is locked with SKIP LOCKED before any counter row is
 * touched, so a conversation being mirrored is simply left for the next turn, and the update
 * checks it is still unassigned and open (someone may have taken it by hand).
 */
async function assignNext(db: Db, channelId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ASSIGN_LOCK_CLASS}, hashtext(${channelId}))`);
    const member = pickMember(await onlineMembers(tx, channelId));
    if (!member) return false;
    const [waiting] = await tx
      .select({ id: conversations.id })
      .from(conversations)
      .where(and(eq(conversations.channelId, channelId), eq(conversations.status, "open"), isNull(conversations.assigneeId), isNotNull(conversations.lastMessageAt)))
      .orderBy(asc(conversations.lastMessageAt), asc(conversations.id))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!waiting) return false;
    const done = await tx
      .update(conversations)
      .set({ assigneeId: member.id })
      .where(and(eq(conversations.id, waiting.id), isNull(conversations.assigneeId), eq(conversations.status, "open")))
      .returning({ id: conversations.id });
    if (done.length === 0) return true;
    await tx
      .update(channelMembers)
      .set({ lastAssignedAt: sql`clock_timestamp()` })
      .where(and(eq(channelMembers.agentId, member.id), eq(channelMembers.channelId, channelId)));
    await recordAudit(tx, {
      actor: null,
      kind: "conversation.assigned",
      target: { type: "conversation", id: waiting.id },
      before: { assigneeId: null },
      after: { assigneeId: member.id, auto: true },
    });
    await publishEvents(tx, [{ type: "conversation.assigned", channelId, conversationId: waiting.id, assigneeId: member.id, previousAssigneeId: null }]);
    return true;
  });
}

/** One pass over every auto-assign channel with waiting conversations; answers how many were assigned. */
export async function assignWaiting(db: Db): Promise<number> {
  let total = 0;
  for (const channelId of await channelsWaiting(db)) {
    // Bounded per pass, so one busy channel cannot hold the worker; the next pass goes on.
    for (let i = 0; i < PER_PASS && (await assignNext(db, channelId)); i++) total += 1;
  }
  return total;
}
