import "server-only";
import { eq, sql } from "drizzle-orm";
import type { AfilnetClient } from "@/lib/afilnet/types";
import type { Db } from "@/lib/db/client";
import { conversations } from "@/lib/db/schema";
import { createCoalescer } from "./coalesce";
import { describeError } from "./errors";
import { fetchChat } from "./fetch-chat";
import { rowsOf } from "@/lib/db/rows";
import { markChannelWatched, watchListened } from "./watch";
import { consoleSyncLog, type SyncLog } from "./log";
import { sharedThrottle, type Throttle } from "./throttle";

/**
 * On-demand fetches of one chat, callable from any instance (the thread API calls them). They
 * never reject: the mirror still answers when the provider does not, and the poller catches up.
 */

export interface ChatRefreshDeps {
  db: Db;
  provider: AfilnetClient;
  /** A thread mirrored more recently than this is fresh enough. */
  intervalMs: number;
  /** Default: this process's shared throttle (the engine's, when it runs here). */
  throttle?: Throttle;
  log?: SyncLog;
}

const globalForRefresh = globalThis as unknown as { switchboardChatRefresh?: ReturnType<typeof createCoalescer<void>> };
const inFlight = () => (globalForRefresh.switchboardChatRefresh ??= createCoalescer<void>());

/** What the caller has just read (a thread page): spares the refresh its own two queries. */
export interface ReadChat {
  channelId: string;
  /** The channel's last successful poll, as read with the thread (ISO string or Date). */
  channelSyncedAt: string | Date | null;
}

/**
 * Fetches the chat if its mirror is older than `intervalMs`. Across instances the claim is a
 * conditional UPDATE, so one caller fetches and the others go on with the mirror; within this
 * process concurrent callers wait for the same fetch.
 *
 * With `read`, a channel polled within two intervals ends it without a query (the claim's own
 * rule, see claimStale): every thread page asked for it, two queries of the route's six. The
 * app's clock against the database's only shifts which page opens the claim; the poller runs on.
 */
export function requestChatRefresh(deps: ChatRefreshDeps, conversationId: string, read?: ReadChat): Promise<void> {
  if (read) {
    markChannelWatched(read.channelId);
    if (polledWithin(read.channelSyncedAt, 2 * deps.intervalMs)) return Promise.resolve();
  }
  return inFlight().join(conversationId, async (markStarted) => {
    markStarted();
    try {
      // The thread is on an agent's screen: its channel is worth the hot pace for a while.
      if (!read && watchListened()) await markWatched(deps.db, conversationId);
      if (!(await claimStale(deps.db, conversationId, deps.intervalMs))) return;
      await fetchChat({ db: deps.db, provider: deps.provider, throttle: deps.throttle ?? sharedThrottle() }, conversationId);
    } catch (error) {
      report(deps.log, conversationId, error);
    }
  });
}

function polledWithin(syncedAt: string | Date | null, ms: number): boolean {
  return syncedAt !== null && Date.now() - new Date(syncedAt).getTime() < ms;
}

/**
 * Fetches the chat now, whatever its age (after an agent's reply was sent). Joins a fetch that
 * has not gone out yet; one already on the wire may have missed the change, so one more follows
 * it, shared by everyone who asked meanwhile.
 */
export function refreshChatNow(deps: Omit<ChatRefreshDeps, "intervalMs"> & { intervalMs?: number }, conversationId: string): Promise<void> {
  return inFlight().fresh(conversationId, async (markStarted) => {
    try {
      await fetchChat({ db: deps.db, provider: deps.provider, throttle: deps.throttle ?? sharedThrottle() }, conversationId, markStarted);
    } catch (error) {
      report(deps.log, conversationId, error);
    }
  });
}

/**
 * A thread is fresh when it was fetched within an interval, or when its channel was polled
 * successfully within two (a poll that saw the chat's head unchanged proves the thread is
 * current; two intervals allow for the poll's jitter and duration). So agents opening threads
 * cost no upstream calls while the poller keeps up, and only a lagging mirror is fetched.
 */
async function claimStale(db: Db, conversationId: string, intervalMs: number): Promise<boolean> {
  const ms = Math.max(0, Math.round(intervalMs));
  const claimed = await db.execute(sql`
    update conversations c set mirrored_at = now()
    from channels ch
    where c.id = ${conversationId}
      and ch.id = c.channel_id
      and (c.mirrored_at is null or c.mirrored_at < now() - ${ms}::int * interval '1 millisecond')
      and (ch.last_synced_at is null or ch.last_synced_at < now() - ${2 * ms}::int * interval '1 millisecond')
    returning c.id`);
  return rowsOf(claimed).length > 0;
}

async function markWatched(db: Db, conversationId: string): Promise<void> {
  const [row] = await db.select({ channelId: conversations.channelId }).from(conversations).where(eq(conversations.id, conversationId)).limit(1);
  if (row) markChannelWatched(row.channelId);
}

function report(log: SyncLog | undefined, conversationId: string, error: unknown): void {
  (log ?? consoleSyncLog)("warn", `refresh of conversation ${conversationId} failed (${describeError(error)})`);
}
