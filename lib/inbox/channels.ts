import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { preparedPer } from "@/lib/db/prepared";
import { channelReads, channels } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { canSeeChannel } from "@/lib/auth/policy";
import type { InboxContext } from "./context";
import type { ChannelView } from "./types";

type ChannelRow = typeof channels.$inferSelect;

export function toChannelView(row: ChannelRow, readInboundSum: number): ChannelView {
  return {
    id: row.id,
    platform: row.platform,
    platformId: row.platformId,
    // What the team calls it (settings), else the provider's name.
    name: row.displayName ?? row.name,
    providerName: row.name,
    wait: { warnMinutes: row.waitWarnMinutes, alertMinutes: row.waitAlertMinutes },
    inboundCount: row.inboundCount,
    readInboundSum,
    unreadCount: Math.max(0, row.inboundCount - readInboundSum),
    health: {
      degraded: row.degradedSince !== null,
      lastSyncedAt: row.lastSyncedAt?.toISOString() ?? null,
      lastSyncError: row.lastSyncError,
    },
  };
}

// Both run on most read requests: built once per database (see preparedPer).
const channelWithReads = (db: DbExecutor) =>
  db
    .select({ channel: channels, readInboundSum: sql<number>`coalesce(${channelReads.readInboundSum}, 0)::float8` })
    .from(channels)
    .leftJoin(channelReads, and(eq(channelReads.channelId, channels.id), eq(channelReads.agentId, sql.placeholder("agentId"))));
const listedChannels = preparedPer((db) =>
  channelWithReads(db).where(eq(channels.listed, true)).orderBy(asc(channels.name)).prepare("listed_channels"),
);
const oneChannel = preparedPer((db) =>
  channelWithReads(db).where(eq(channels.id, sql.placeholder("channelId"))).limit(1).prepare("one_channel"),
);

/** The channels the agent may see, from the mirror, with its unread counts and sync health. */
export async function listChannels(ctx: Pick<InboxContext, "db" | "agent">): Promise<ChannelView[]> {
  const rows = await listedChannels(ctx.db).execute({ agentId: ctx.agent.id });
  return rows.filter((r) => canSeeChannel(ctx.agent, r.channel.id)).map((r) => toChannelView(r.channel, Number(r.readInboundSum)));
}

export async function getChannel(ctx: Pick<InboxContext, "db" | "agent">, channelId: string) {
  const [row] = await oneChannel(ctx.db).execute({ agentId: ctx.agent.id, channelId });
  if (!row) throw notFound("This channel");
  return { row: row.channel, view: toChannelView(row.channel, Number(row.readInboundSum)) };
}
