import "server-only";
import { eq } from "drizzle-orm";
import type { AfilnetClient } from "@/lib/afilnet/types";
import type { Db } from "@/lib/db/client";
import { channels } from "@/lib/db/schema";
import { backoffDelay } from "@/lib/backoff";
import { BACKOFF_CAP_MS, BACKOFF_SPREAD } from "./backoff";
import { createBudget } from "./budget";
import { refreshChatNow } from "./chat-refresh";
import { createChannelPoll, type ChannelPoll } from "./channel-poll";
import { createCoalescer } from "./coalesce";
import { describeError } from "./errors";
import { consoleSyncLog, type SyncLog } from "./log";
import { applyChannels, type ChannelRow, type ChannelsAddedHook } from "./mirror-channels";
import { hotChannelIds } from "./hot-reasons";
import { createPollScheduler } from "./scheduler";
import { createSleeper } from "./sleeper";
import { createThrottle, type Throttle } from "./throttle";

export interface SyncEngineOptions {
  db: Db;
  provider: AfilnetClient;
  /** How often a hot channel is polled (a customer writing, a reply in flight, an agent looking). */
  intervalMs: number;
  /** How often a channel with nothing going on is polled; default 30 s (never below `intervalMs`). */
  idleIntervalMs?: number;
  /** The most provider calls per second, all channels together (ignored when `throttle` is given). */
  maxRequestsPerSecond: number;
  /** How often the channel list is refreshed; default 5 minutes. */
  channelRefreshMs?: number;
  /** Runs in the transaction that adds newly listed channels. */
  onChannelsAdded?: ChannelsAddedHook;
  /** Awaited before the first provider call (in sandbox mode: until the app's own server listens). */
  beforeFirstCall?: () => Promise<void>;
  /** Longest wait between two polls of a failing channel; default 60 s. */
  backoffCapMs?: number;
  /** More channels to keep hot (e.g. the ones agents are looking at, from another instance); asked every interval. */
  watchedChannels?: () => Iterable<string> | Promise<Iterable<string>>;
  /** Every this many polls of a channel, refresh chats with outbound messages in transit; default 5. */
  statusSweepEvery?: number;
  /** "Recent" outbound messages for that sweep; default 15 minutes. */
  recentOutboundMs?: number;
  /** Shares the per-channel slots and the budget with on-demand refreshes of this process. */
  throttle?: Throttle;
  now?: () => Date;
  random?: () => number;
  log?: SyncLog;
}

export interface SyncEngine {
  /** Starts polling; does nothing when already running. */
  start(): void;
  /** Stops polling; resolves once every call and write in progress has finished. */
  stop(): Promise<void>;
  readonly running: boolean;
  /** Refreshes the channel list now (concurrent calls share one); rejects when the provider fails. */
  refreshChannels(): Promise<void>;
  /** Fetches one chat now; concurrent calls for one chat share one upstream call. Never rejects. */
  refreshChat(conversationId: string): Promise<void>;
  /** An agent is looking at this channel: poll it at the hot pace for the next `forMs` (default 60 s). */
  markChannelWatched(channelId: string, forMs?: number): void;
}

const CHANNELS_KEY = "channels";
const DEFAULT_IDLE_INTERVAL_MS = 30_000;

/**
 * The poller: mirrors channels, chats and messages from the provider into the database, one
 * scheduler deciding which channel to poll next (scheduler.ts), all calls within one budget.
 */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, provider, intervalMs } = options;
  const channelRefreshMs = options.channelRefreshMs ?? 5 * 60_000;
  const backoffCapMs = options.backoffCapMs ?? BACKOFF_CAP_MS;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const log = options.log ?? consoleSyncLog;
  const throttle = options.throttle ?? createThrottle(createBudget({ maxPerSecond: options.maxRequestsPerSecond }));
  const pollDeps = {
    db,
    provider,
    throttle,
    intervalMs,
    now,
    log,
    active: () => running,
    statusSweepEvery: options.statusSweepEvery ?? 5,
    recentOutboundMs: options.recentOutboundMs ?? 15 * 60_000,
  };

  const sleeper = createSleeper();
  // What each listed channel's poll remembers (seen heads, health) lives as long as the listing.
  const polls = new Map<string, ChannelPoll>();
  const pending = new Set<Promise<unknown>>();
  const channelRefreshes = createCoalescer<void>();
  let running = false;
  let main: Promise<void> = Promise.resolve();
  let stopping: Promise<void> = new Promise(() => {});
  let signalStop = () => {};
  let reasonsFailing = false;

  const scheduler = createPollScheduler({
    budget: throttle.budget,
    intervalMs,
    idleIntervalMs: options.idleIntervalMs ?? DEFAULT_IDLE_INTERVAL_MS,
    backoffCapMs,
    now: () => now().getTime(),
    random,
    poll: (channelId, context) => {
      const poll = polls.get(channelId);
      if (!poll) {
        context.slot.cancel();
        return Promise.resolve({ news: false });
      }
      return poll(context);
    },
    hotChannels: async () => {
      const [fromDb, watched] = await Promise.all([hotChannelIds(db), options.watchedChannels?.() ?? []]);
      if (reasonsFailing) log("info", "hot channels known again");
      reasonsFailing = false;
      return [...fromDb, ...watched];
    },
    onError: (what, error) => {
      // Logged once per streak: the database being away is logged by everything else too.
      if (what === "hot channels" && reasonsFailing) return;
      if (what === "hot channels") reasonsFailing = true;
      log("warn", `${what} failed (${describeError(error)})`);
    },
  });

  function track<T>(promise: Promise<T>): Promise<T> {
    pending.add(promise);
    void promise.finally(() => pending.delete(promise)).catch(() => {});
    return promise;
  }

  /** Polls exactly the given channels: schedules the new ones, forgets the ones gone. */
  function pollChannels(listed: ChannelRow[]): void {
    if (!running) return;
    const ids = new Set(listed.map((c) => c.id));
    for (const id of polls.keys()) if (!ids.has(id)) polls.delete(id);
    for (const channel of listed) if (!polls.has(channel.id)) polls.set(channel.id, createChannelPoll(pollDeps, channel));
    scheduler.setChannels([...ids]);
  }

  function refreshChannelsOnce(): Promise<void> {
    return channelRefreshes.join(CHANNELS_KEY, async () => {
      const upstream = await throttle.run(CHANNELS_KEY, () => provider.getChatChannels());
      const { changed, listed } = await applyChannels(db, upstream, options.onChannelsAdded);
      if (changed) log("info", `channels refreshed: ${listed.length} listed`);
      pollChannels(listed);
    });
  }

  async function channelLoop(): Promise<void> {
    if (options.beforeFirstCall) await Promise.race([options.beforeFirstCall().catch(() => {}), stopping]);
    let failures = 0;
    while (running) {
      try {
        await refreshChannelsOnce();
        failures = 0;
      } catch (error) {
        failures += 1;
        log("warn", `channel refresh failed (${describeError(error)}, ${failures} in a row)`);
        // Meanwhile poll what the mirror already knows, so chats keep flowing.
        if (polls.size === 0) await pollKnownChannels();
      }
      if (!running) break;
      await sleeper.sleep(failures === 0 ? channelRefreshMs : backoffDelay(failures, { baseMs: intervalMs, capMs: Math.min(backoffCapMs, channelRefreshMs), spread: BACKOFF_SPREAD, random }));
    }
  }

  async function pollKnownChannels(): Promise<void> {
    try {
      pollChannels(await db.select().from(channels).where(eq(channels.listed, true)));
    } catch (error) {
      log("error", `could not read the mirrored channels (${describeError(error)})`);
    }
  }

  return {
    get running() {
      return running;
    },
    start() {
      if (running) return;
      running = true;
      stopping = new Promise((resolve) => (signalStop = resolve));
      scheduler.start();
      main = channelLoop().catch((error: unknown) => log("error", `channel loop ended (${describeError(error)})`));
    },
    async stop() {
      if (!running) return;
      running = false;
      signalStop();
      sleeper.wakeAll();
      await scheduler.stop();
      scheduler.setChannels([]);
      polls.clear();
      await main;
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    refreshChannels() {
      return track(refreshChannelsOnce());
    },
    refreshChat(conversationId) {
      return track(refreshChatNow({ db, provider, throttle, log }, conversationId));
    },
    markChannelWatched(channelId, forMs) {
      scheduler.heat(channelId, forMs);
    },
  };
}
