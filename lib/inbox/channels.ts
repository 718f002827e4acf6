import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { channels } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import type { InboxContext } from "./context";
import { callProvider } from "./provider-errors";
import type { ChannelView } from "./types";

type ChannelRow = typeof channels.$inferSelect;

export const toChannelView = (row: ChannelRow): ChannelView => ({
  id: row.id,
  platform: row.platform,
  platformId: row.platformId,
  name: row.name,
});

/** The account's channels, as the provider lists them, each with the app's stable id. */
export async function listChannels({ db, provider }: InboxContext): Promise<ChannelView[]> {
  const upstream = await callProvider(() => provider.getChatChannels());
  if (upstream.length > 0) {
    await db
      .insert(channels)
      .values(upstream.map((c) => ({ platform: c.platform, platformId: c.platformId, name: c.name })))
      .onConflictDoUpdate({
        target: [channels.platform, channels.platformId],
        set: { name: sql`excluded.name`, updatedAt: sql`now()` },
      });
  }
  const known = new Set(upstream.map((c) => `${c.platform}:${c.platformId}`));
  const rows = await db.select().from(channels).orderBy(asc(channels.name));
  return rows.filter((r) => known.has(`${r.platform}:${r.platformId}`)).map(toChannelView);
}

export async function getChannel({ db }: Pick<InboxContext, "db">, channelId: string): Promise<ChannelRow> {
  const [row] = await db.select().from(channels).where(eq(channels.id, channelId)).limit(1);
  if (!row) throw notFound("This channel");
  return row;
}
