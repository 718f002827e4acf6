import "server-only";
import { and, eq, gt, notInArray, sql } from "drizzle-orm";
import { AfilnetApiError } from "@/lib/afilnet/errors";
import type { AfilnetClient } from "@/lib/afilnet/types";
import type { Db } from "@/lib/db/client";
import { conversations, messages } from "@/lib/db/schema";
import { backoffDelay, jitter } from "@/lib/backoff";
import { BACKOFF_SPREAD, POLL_JITTER } from "./backoff";
import { initialHealth, recordFailure, recordSuccess } from "./channel-health";
import { describeError, syncErrorCode } from "./errors";
import { fetchChat } from "./fetch-chat";
import type { SyncLog } from "./log";
import type { ChannelRow } from "./mirror-channels";
import { applyChatHeads, headKey } from "./mirror-heads";
import { createSleeper } from "./sleeper";
import type { Throttle } from "./throttle";

export interface ChannelPollerDeps {
  db: Db;
  provider: AfilnetClient;
  throttle: Throttle;
  intervalMs: number;
  backoffCapMs: number;
  now: () => Date;
  random: () => number;
  log: SyncLog;
  /** Every this many polls, also refresh chats with recent outbound messages still in transit. */
  statusSweepEvery: number;
  /** How far back "recent" outbound messages go. */
  recentOutboundMs: number;
}

export interface ChannelPoller {
  readonly channelId: string;
  /** Resolves when the loop has ended (after `stop`, once the poll in progress finishes). */
  readonly done: Promise<void>;
  stop(): void;
}

/** Statuses after which an outbound message will not change any more. */
const FINAL_STATUSES = ["read", "failed"];

/**
 * One channel's loop: `getchats`, then `getmessages` for the chats whose latest message changed,
 * one call at a time; then wait an interval (jittered), or a growing backoff after a failure.
 */
export function startChannelPoller(deps: ChannelPollerDeps, channel: ChannelRow): ChannelPoller {
  const sleeper = createSleeper();
  const health = initialHealth();
  // The head each chat (by destination) had when this poller last dealt with it. Saves a
  // database round trip per chat per poll, and if the provider's getchats and getmessages ever
  // disagree on what is latest, the chat is not fetched again at every poll.
  const seenHeads = new Map<string, string>();
  const ref = { platform: channel.platform, platformId: channel.platformId };
  let active = true;
  let polls = 0;

  async function fetchThread(conversationId: string): Promise<void> {
    try {
      await fetchChat(deps, conversationId);
    } catch (error) {
      // One chat the provider refuses (CHAT_NOT_FOUND…) does not make the channel unhealthy.
      if (!(error instanceof AfilnetApiError)) throw error;
      deps.log("warn", `getmessages for conversation ${conversationId} failed (${describeError(error)})`);
    }
  }

  async function pollOnce(): Promise<void> {
    polls += 1;
    const heads = await deps.throttle.run(channel.id, () => deps.provider.getChats(ref));
    const unseen = heads.filter((head) => seenHeads.get(head.destination) !== headKey(head));
    const changed = unseen.length > 0 ? await applyChatHeads(deps.db, channel, unseen) : [];
    const changedDestinations = new Set(changed.map((c) => c.head.destination));
    for (const head of unseen) if (!changedDestinations.has(head.destination)) seenHeads.set(head.destination, headKey(head));
    const fetched = new Set<string>();
    for (const { conversation, head } of changed) {
      if (!active) return;
      await fetchThread(conversation.id);
      seenHeads.set(head.destination, headKey(head));
      fetched.add(conversation.id);
    }
    if (polls % deps.statusSweepEvery !== 0) return;
    for (const conversationId of await chatsWithOutboundInTransit(deps.db, channel.id, new Date(deps.now().getTime() - deps.recentOutboundMs))) {
      if (!active) return;
      if (!fetched.has(conversationId)) await fetchThread(conversationId);
    }
  }

  async function loop(): Promise<void> {
    while (active) {
      const startedAt = deps.now();
      let delay: number;
      try {
        await pollOnce();
        await recordSuccess(deps.db, channel.id, health, deps.now());
        delay = jitter(deps.intervalMs, POLL_JITTER, deps.random);
      } catch (error) {
        const code = syncErrorCode(error);
        const before = health.failures;
        try {
          const degraded = await recordFailure(deps.db, channel.id, health, { code, now: deps.now(), pollStartedAt: startedAt, intervalMs: deps.intervalMs });
          if (before === 0 || degraded) {
            deps.log("warn", `channel ${channel.platform}:${channel.id} poll failed (${describeError(error)}, ${health.failures} in a row${degraded ? ", degraded" : ""})`);
          }
        } catch (recordError) {
          health.failures = Math.max(health.failures, before + 1);
          deps.log("error", `channel ${channel.id}: could not record a failed poll (${describeError(recordError)})`);
        }
        delay = backoffDelay(health.failures, { baseMs: deps.intervalMs, capMs: deps.backoffCapMs, spread: BACKOFF_SPREAD, random: deps.random });
      }
      if (active) await sleeper.sleep(delay);
    }
  }

  const done = loop().catch((error: unknown) => deps.log("error", `channel ${channel.id} loop ended (${describeError(error)})`));
  return {
    channelId: channel.id,
    done,
    stop() {
      active = false;
      sleeper.wakeAll();
    },
  };
}

/** Chats of the channel with outbound messages sent since `since` whose status may still move. */
async function chatsWithOutboundInTransit(db: Db, channelId: string, since: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: messages.conversationId })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(
      and(
        eq(conversations.channelId, channelId),
        // The summary only moves forward, so this narrows the search to recently active chats (indexed).
        gt(conversations.lastMessageAt, since),
        eq(messages.direction, "outbound"),
        gt(messages.sentAt, since),
        notInArray(sql`lower(${messages.providerStatus})`, FINAL_STATUSES),
      ),
    );
  return rows.map((r) => r.id);
}
