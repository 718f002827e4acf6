import "server-only";
import { eq, sql } from "drizzle-orm";
import type { ProviderChannel } from "@/lib/afilnet/types";
import type { Db, DbExecutor } from "@/lib/db/client";
import { channels } from "@/lib/db/schema";
import { publishEvents } from "@/lib/events/publish";

export type ChannelRow = typeof channels.$inferSelect;

/** Runs in the transaction that adds channels (e.g. the sandbox's demo memberships). */
export type ChannelsAddedHook = (tx: DbExecutor, added: ChannelRow[]) => Promise<void>;

export interface ApplyChannelsResult {
  /** Whether anything was added, renamed, delisted or listed again. */
  changed: boolean;
  /** The channels the provider lists now, as mirrored. */
  listed: ChannelRow[];
}

const keyOf = (c: { platform: string; platformId: string }) => `${c.platform}\u0000${c.platformId}`;

/**
 * Mirrors the provider's channel list: adds new channels, follows renames, and flags the ones
 * it no longer lists (kept, with their conversations, in case they come back).
 */
export async function applyChannels(db: Db, upstream: ProviderChannel[], onAdded?: ChannelsAddedHook): Promise<ApplyChannelsResult> {
  const wanted = new Map(upstream.map((c) => [keyOf(c), c]));
  return db.transaction(async (tx) => {
    const existing = await tx.select().from(channels);
    const byKey = new Map(existing.map((row) => [keyOf(row), row]));
    let changed = false;

    const added = [...wanted.values()].filter((c) => !byKey.has(keyOf(c)));
    if (added.length > 0) {
      const rows = await tx
        .insert(channels)
        .values(added.map((c) => ({ platform: c.platform, platformId: c.platformId, name: c.name })))
        .onConflictDoNothing()
        .returning();
      for (const row of rows) byKey.set(keyOf(row), row);
      changed ||= rows.length > 0;
      if (rows.length > 0 && onAdded) await onAdded(tx, rows);
    }

    for (const row of existing) {
      const upstreamRow = wanted.get(keyOf(row));
      const listed = upstreamRow !== undefined;
      const name = upstreamRow?.name ?? row.name;
      if (listed === row.listed && name === row.name) continue;
      const [updated] = await tx
        .update(channels)
        .set({ listed, name, updatedAt: sql`now()` })
        .where(eq(channels.id, row.id))
        .returning();
      byKey.set(keyOf(row), updated);
      changed = true;
    }

    if (changed) await publishEvents(tx, [{ type: "channels.changed" }]);
    const listed = [...wanted.keys()].map((k) => byKey.get(k)).filter((row): row is ChannelRow => row !== undefined);
    return { changed, listed };
  });
}
