import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { channels } from "@/lib/db/schema";
import { publishEvents } from "@/lib/events/publish";
import type { InboxEvent } from "@/lib/events/types";

/**
 * Each channel's sync health, kept on its row so every instance (and the inbox) sees it: when it
 * last synced, the last error's code, the failures in a row, and since when it is degraded.
 */

/** Failures in a row after which a channel shows as degraded. */
export const DEGRADED_AFTER_FAILURES = 3;
/** …or, from the second failure on, failing for longer than this many intervals (slow timeouts). */
export const DEGRADED_AFTER_INTERVALS = 3;

/** What one poller remembers between polls. */
export interface HealthState {
  /** Failures in a row in this run (drives the backoff). */
  failures: number;
  /** When the first poll of the current failing streak started. */
  failingSince: Date | null;
  /** The row is known to hold the last success's state: another such success only moves `lastSyncedAt`. */
  clean: boolean;
  /** The state the row holds is "delayed" (see recordSuccess). */
  delayed: boolean;
  /** This run has announced the channel's health once. */
  announced: boolean;
}

export const initialHealth = (): HealthState => ({ failures: 0, failingSince: null, clean: false, delayed: false, announced: false });

type ChannelRow = typeof channels.$inferSelect;

const healthEvent = (row: ChannelRow): InboxEvent => ({
  type: "channel.updated",
  channelId: row.id,
  degraded: row.degradedSince !== null,
  lastSyncedAt: row.lastSyncedAt?.toISOString() ?? null,
  lastSyncError: row.lastSyncError,
});

/** Stored as the channel's sync error while its polls come much later than its interval. */
export const DELAYED_CODE = "budget:delayed";

/**
 * A poll succeeded: clears the failure state; announces the first success of a run and every
 * return from failing. `delayed`: the channel is polled far less often than it should be (the
 * budget cannot keep up), so it shows as "Sync delayed" until its polls catch up.
 */
export async function recordSuccess(db: Db, channelId: string, state: HealthState, now: Date, delayed = false): Promise<void> {
  state.failures = 0;
  state.failingSince = null;
  if (state.clean && state.delayed === delayed) {
    await db.update(channels).set({ lastSyncedAt: now }).where(eq(channels.id, channelId));
    return;
  }
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ degradedSince: channels.degradedSince, lastSyncError: channels.lastSyncError }).from(channels).where(eq(channels.id, channelId));
    const [row] = await tx
      .update(channels)
      .set({
        lastSyncedAt: now,
        lastSyncError: delayed ? DELAYED_CODE : null,
        syncFailures: 0,
        degradedSince: delayed ? (before?.degradedSince ?? now) : null,
      })
      .where(eq(channels.id, channelId))
      .returning();
    const changed = !before || (before.degradedSince !== null) !== delayed || before.lastSyncError !== row?.lastSyncError;
    if (row && (changed || !state.announced)) await publishEvents(tx, [healthEvent(row)]);
  });
  state.clean = true;
  state.delayed = delayed;
  state.announced = true;
}

/**
 * A poll failed with `code`: counts it, and marks the channel degraded (announcing it once) when
 * failures reach the threshold or the streak outlasts a few intervals. Returns whether the
 * channel is degraded now.
 */
export async function recordFailure(
  db: Db,
  channelId: string,
  state: HealthState,
  { code, now, pollStartedAt, intervalMs }: { code: string; now: Date; pollStartedAt: Date; intervalMs: number },
): Promise<boolean> {
  state.failures += 1;
  state.failingSince ??= pollStartedAt;
  state.clean = false;
  const failingForMs = now.getTime() - state.failingSince.getTime();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(channels).where(eq(channels.id, channelId)).for("update");
    if (!before) return false;
    const failures = before.syncFailures + 1;
    const degraded =
      before.degradedSince !== null ||
      failures >= DEGRADED_AFTER_FAILURES ||
      (state.failures >= 2 && failingForMs > DEGRADED_AFTER_INTERVALS * intervalMs);
    const [row] = await tx
      .update(channels)
      .set({ lastSyncError: code, syncFailures: failures, degradedSince: before.degradedSince ?? (degraded ? now : null) })
      .where(eq(channels.id, channelId))
      .returning();
    if (row && before.degradedSince === null && degraded) await publishEvents(tx, [healthEvent(row)]);
    return degraded;
  });
}
