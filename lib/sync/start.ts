import "server-only";
import { recordProviderCall } from "@/lib/observability/provider-calls";
import { connect } from "node:net";
import { createAfilnetClient } from "@/lib/afilnet/client";
import type { AppConfig } from "@/lib/config";
import type { Db } from "@/lib/db/client";
import { createSyncEngine, type SyncEngine } from "./engine";
import type { ChannelsAddedHook } from "./mirror-channels";
import { startLeaderElection, type LeaderElection, type SyncRole } from "./leader";
import { consoleSyncLog } from "./log";
import { sharedThrottle } from "./throttle";
import { listenForWatchedChannels } from "./watch";

/** What the sync needs of the app's runtime (structural, so lib/runtime can import this file). */
export interface SyncRuntime {
  config: AppConfig;
  db: Db;
}

interface SyncState {
  engine: SyncEngine;
  election: LeaderElection | null;
  ready: Promise<void>;
  stop: () => Promise<void>;
}

const globalForSync = globalThis as unknown as { switchboardSync?: SyncState };

/** The longest the server's start waits for the first try at the poller lock. */
const FIRST_ATTEMPT_WAIT_MS = 5000;
const LISTEN_WAIT_MS = 30_000;

/**
 * Starts the sync once per process: on PGlite (one process) the engine simply runs; on
 * PostgreSQL it runs only while this instance holds the poller lock. Resolves once the role is
 * known (or after a few seconds), so /api/health answers with it from the first request.
 */
export function startSync(runtime: SyncRuntime, hooks: { onChannelsAdded?: ChannelsAddedHook } = {}): Promise<void> {
  if (globalForSync.switchboardSync) return globalForSync.switchboardSync.ready;
  const { config, db } = runtime;
  // The engine's own client: no silent retries inside it, so every request is counted against
  // the budget and failures reach the engine's per-channel backoff.
  const provider = createAfilnetClient({ ...config.afilnet, timeoutMs: 10_000, readRetries: 0, onCall: recordProviderCall });
  const engine = createSyncEngine({
    db,
    provider,
    intervalMs: config.syncIntervalMs,
    idleIntervalMs: config.syncIdleIntervalMs,
    maxRequestsPerSecond: config.syncMaxRequestsPerSecond,
    throttle: sharedThrottle(config.syncMaxRequestsPerSecond),
    onChannelsAdded: hooks.onChannelsAdded,
    beforeFirstCall: config.mode === "sandbox" ? () => waitUntilListening(config.afilnet.apiUrl) : undefined,
  });

  let election: LeaderElection | null = null;
  let ready: Promise<void>;
  if (config.database.kind === "postgres") {
    election = startLeaderElection({ url: config.database.url, onElected: () => engine.start(), onDeposed: () => engine.stop() });
    ready = Promise.race([election.firstAttempt, new Promise<void>((r) => setTimeout(r, FIRST_ATTEMPT_WAIT_MS).unref())]);
  } else {
    engine.start();
    ready = Promise.resolve();
  }

  const stop = async () => {
    if (election) await election.stop();
    else await engine.stop();
  };
  globalForSync.switchboardSync = { engine, election, ready, stop };
  listenForWatchedChannels((channelId, forMs) => {
    if (engine.running) engine.markChannelWatched(channelId, forMs);
  });
  stopOnSignal("SIGTERM", stop);
  stopOnSignal("SIGINT", stop);
  return ready;
}

/** This process's part in polling, for /api/health. */
export function getSyncRole(): SyncRole {
  const state = globalForSync.switchboardSync;
  if (!state) return "starting";
  if (state.election) return state.election.role();
  return state.engine.running ? "leader" : "starting";
}

/** Stops this process's sync (releasing the poller lock); for shutdown and tests. */
export async function stopSync(): Promise<void> {
  await globalForSync.switchboardSync?.stop();
}

/**
 * Stops cleanly on the signal without keeping the process alive: Next's own handler exits it;
 * when nobody else listens, the signal is raised again once stopped, for the default exit.
 */
function stopOnSignal(signal: NodeJS.Signals, stop: () => Promise<void>): void {
  process.once(signal, () => {
    const alone = process.listenerCount(signal) === 0;
    const bounded = Promise.race([stop(), new Promise<void>((r) => setTimeout(r, 3000).unref())]);
    void bounded
      .catch((error: unknown) => consoleSyncLog("error", `stopping on ${signal} failed: ${error instanceof Error ? error.message : "unknown"}`))
      .finally(() => {
        if (alone) process.kill(process.pid, signal);
      });
  });
}

/** In sandbox mode the provider is this very server: wait until it accepts connections. */
async function waitUntilListening(apiUrl: string): Promise<void> {
  const url = new URL(apiUrl);
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const deadline = Date.now() + LISTEN_WAIT_MS;
  while (Date.now() < deadline) {
    if (await canConnect(url.hostname, port)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const finish = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => finish(false));
    socket.once("connect", () => finish(true));
    socket.once("error", () => finish(false));
  });
}
