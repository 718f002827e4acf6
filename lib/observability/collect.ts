import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { channels, messages } from "@/lib/db/schema";
import { getStreamSlots } from "@/lib/events/stream-slots";
import { getMetrics } from "./metrics";

/** Reads the gauges that describe the database and this instance, then renders every series. */
export async function renderMetrics(db: Db): Promise<{ contentType: string; body: string }> {
  const metrics = getMetrics();
  const lags = await db
    .select({ name: channels.name, lag: sql<number | null>`extract(epoch from (now() - ${channels.lastSyncedAt}))::float8` })
    .from(channels)
    .where(eq(channels.listed, true));
  metrics.syncLag.reset();
  for (const row of lags) if (row.lag !== null) metrics.syncLag.set({ channel: row.name }, Number(row.lag));
  const [outbox] = await db
    .select({ depth: sql<number>`count(*)::int`, oldest: sql<number | null>`extract(epoch from (now() - min(${messages.createdAt})))::float8` })
    .from(messages)
    .where(inArray(messages.delivery, ["pending", "sending"]));
  metrics.outboxDepth.set(Number(outbox?.depth ?? 0));
  metrics.outboxOldest.set(Number(outbox?.oldest ?? 0));
  metrics.eventStreams.set(getStreamSlots().open);
  return { contentType: metrics.registry.contentType, body: await metrics.registry.metrics() };
}
