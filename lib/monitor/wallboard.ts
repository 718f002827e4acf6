import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { canSeeChannel, type Actor } from "@/lib/auth/policy";
import type { DbExecutor } from "@/lib/db/client";
import { preparedPer } from "@/lib/db/prepared";
import { agents, channels } from "@/lib/db/schema";
import { UNASSIGNED_KEY } from "@/lib/inbox/conversation-counts";
import { presenceSql } from "@/lib/teams/presence-state";
import type { Wallboard } from "./types";

/*
 * Every figure is an index read, never a count of conversations or messages (budget: the whole
 * read within 20 ms at 100,000 conversations / 2,000,000 messages, docs/benchmarks.md):
 * - Open / Unassigned: sums of the channel's conversation_counts rows (kept by a trigger);
 * - Waiting: the first entry of conversations_waiting_idx for the channel (a partial index of
 *   open conversations whose last message is the customer's; replies set the direction to
 *   outbound, notes leave it alone: a note is not an answer);
 * - Agents online: the channel's members, presence by the one rule (presenceSql);
 * - an agent's Open: conversation_counts by assignee; Last reply: agents.last_reply_at, kept by
 *   the reply path (migration 0013).
 */

// Written with qualified names: inside a subquery, Drizzle prints a column without its table,
// and "id" would then mean the inner table's own.
const openCount = (assignee: ReturnType<typeof sql>) =>
  sql<string>`(select coalesce(sum(cc.count), 0)::text from conversation_counts cc
    where cc.channel_id = "channels"."id" and cc.status = 'open'${assignee})`;

const channelRows = preparedPer((db) =>
  db
    .select({
      id: channels.id,
      name: sql<string>`coalesce(${channels.displayName}, ${channels.name})`,
      platform: channels.platform,
      waitWarnMinutes: channels.waitWarnMinutes,
      waitAlertMinutes: channels.waitAlertMinutes,
      open: openCount(sql``),
      unassigned: openCount(sql.raw(` and cc.assignee_key = '${UNASSIGNED_KEY}'::uuid`)),
      // The same predicate as conversations_waiting_idx, so its first entry is the answer.
      waitingSince: sql<Date | string | null>`(select min(w.last_inbound_at) from conversations w
        where w.channel_id = "channels"."id" and w.status = 'open' and w.last_message_direction = 'inbound')`,
      // presenceSql names agents' columns unqualified: channel_members has none of those names.
      agentsOnline: sql<string>`(select count(*)::text from channel_members m join agents on agents.id = m.agent_id
        where m.channel_id = "channels"."id" and agents.active and ${presenceSql} = 'online')`,
    })
    .from(channels)
    .where(eq(channels.listed, true))
    .orderBy(asc(sql`coalesce(${channels.displayName}, ${channels.name})`), asc(channels.id))
    .prepare("wallboard_channels"),
);

const agentRows = preparedPer((db) =>
  db
    .select({
      id: agents.id,
      name: agents.name,
      role: agents.role,
      presence: presenceSql,
      capacity: agents.capacity,
      lastReplyAt: agents.lastReplyAt,
      open: sql<string>`(select coalesce(sum(cc.count), 0)::text from conversation_counts cc
        where cc.assignee_key = "agents"."id" and cc.status = 'open')`,
      now: sql<Date | string>`now()`,
    })
    .from(agents)
    .where(eq(agents.active, true))
    .orderBy(asc(agents.name), asc(agents.id))
    .prepare("wallboard_agents"),
);

// Subquery columns come back as the driver gives them (PGlite: Date, postgres.js: string).
const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());

/** The wallboard's figures, as a supervisor or admin sees them (channels filtered by the policy). */
export async function readWallboard(db: DbExecutor, actor: Actor): Promise<Wallboard> {
  const chans = await channelRows(db).execute();
  const people = await agentRows(db).execute();
  return {
    channels: chans
      .filter((c) => canSeeChannel(actor, c.id))
      .map((c) => ({
        id: c.id,
        name: c.name,
        platform: c.platform,
        open: Number(c.open),
        unassigned: Number(c.unassigned),
        waitingSince: iso(c.waitingSince),
        waitWarnMinutes: c.waitWarnMinutes,
        waitAlertMinutes: c.waitAlertMinutes,
        agentsOnline: Number(c.agentsOnline),
      })),
    agents: people.map((a) => ({
      id: a.id,
      name: a.name,
      role: a.role,
      presence: a.presence,
      open: Number(a.open),
      capacity: a.capacity,
      lastReplyAt: iso(a.lastReplyAt),
    })),
    now: iso(people[0]?.now ?? new Date())!,
  };
}
