import "server-only";
import { and, eq, gt, notInArray, sql } from "drizzle-orm";
import { AfilnetApiError } from "@/lib/afilnet/errors";
import type { AfilnetClient } from "@/lib/afilnet/types";
import type { Db } from "@/lib/db/client";
import { conversations, messages } from "@/lib/db/schema";
import type { Priority, Slot } from "./budget";
import { initialHealth, recordFailure, recordSuccess } from "./channel-health";
import { describeError, syncErrorCode } from "./errors";
import { fetchChat } from "./fetch-chat";
import type { SyncLog } from "./log";
import type { ChannelRow } from "./mirror-channels";
import { applyChatHeads, headKey } from "./mirror-heads";
import type { PollContext, PollOutcome } from "./scheduler";
import type { Throttle } from "./throttle";

export interface ChannelPollDeps {
  db: Db;
  provider: AfilnetClient;
  throttle: Throttle;
  intervalMs: number;
  now: () => Date;
  log: SyncLog;
  /** False once the engine stops: a long poll (a first mirror of many chats) ends early. */
  active: () => boolean;
  /** Every this many polls, also refresh chats with recent outbound messages still in transit. */
  statusSweepEvery: number;
  /** How far back "recent" outbound messages go. */
  recentOutboundMs: number;
}

/** Polls one channel when the scheduler says so; remembers what it saw between polls. */
export type ChannelPoll = (context: PollContext) => Promise<PollOutcome>;

/** Statuses after which an outbound message will not change any more. */
const FINAL_STATUSES = ["read", "failed"];

/**
 * One channel's poll: `getchats` (under the budget place the scheduler took), then `getmessages`
 * for the chats whose latest message changed (urgent: a customer may be waiting), and every few
 * polls the status sweep (routine). Records the channel's health; throws when the poll failed.
 */
export function createChannelPoll(deps: ChannelPollDeps, channel: ChannelRow): ChannelPoll {
  const health = initialHealth();
  // The head each chat (by destination) had when this poller last dealt with it. Saves a
  // database round trip per chat per poll, and if the provider's getchats and getmessages ever
  // disagree on what is latest, the chat is not fetched again at every poll.
  const seenHeads = new Map<string, string>();
  const ref = { platform: channel.platform, platformId: channel.platformId };
  let polls = 0;

  async function fetchThread(conversationId: string, priority: Priority): Promise<void> {
    try {
      await fetchChat({ ...deps, priority }, conversationId);
    } catch (error) {
      // One chat the provider refuses (CHAT_NOT_FOUND…) does not make the channel unhealthy.
      if (!(error instanceof AfilnetApiError)) throw error;
      deps.log("warn", `getmessages for conversation ${conversationId} failed (${describeError(error)})`);
    }
  }

  async function pollOnce(slot: Slot): Promise<boolean> {
    polls += 1;
    const heads = await deps.throttle.run(channel.id, () => deps.provider.getChats(ref), { slot });
    const unseen = heads.filter((head) => seenHeads.get(head.destination) !== headKey(head));
    const changed = unseen.length > 0 ? await applyChatHeads(deps.db, channel, unseen) : [];
    const changedDestinations = new Set(changed.map((c) => c.head.destination));
    for (const head of unseen) if (!changedDestinations.has(head.destination)) seenHeads.set(head.destination, headKey(head));
    const fetched = new Set<string>();
    for (const { conversation, head } of changed) {
      if (!deps.active()) break;
      await fetchThread(conversation.id, "urgent");
      seenHeads.set(head.destination, headKey(head));
      fetched.add(conversation.id);
    }
    if (polls % deps.statusSweepEvery === 0) {
      for (const conversationId of await chatsWithOutboundInTransit(deps.db, channel.id, new Date(deps.now().getTime() - deps.recentOutboundMs))) {
        if (!deps.active()) break;
        if (!fetched.has(conversationId)) await fetchThread(conversationId, "routine");
      }
    }
    return changed.length > 0;
  }

  return async ({ slot, delayed }) => {
    const startedAt = deps.now();
    let news: boolean;
    try {
      news = await pollOnce(slot);
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
      throw error;
    }
    await recordSuccess(deps.db, channel.id, health, deps.now(), delayed);
    return { news };
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
