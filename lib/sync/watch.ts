/**
 * "An agent is looking at this channel", from wherever it is known (a thread opened, a list on
 * screen) to the poller of this process, without importing it: the engine registers itself
 * here when it starts, so callers (the app, chat-refresh) need not know whether it runs.
 */

type WatchListener = (channelId: string, forMs?: number) => void;

const globalForWatch = globalThis as unknown as { switchboardSyncWatch?: WatchListener };

/** The engine of this process listens (or stops listening, with `undefined`). */
export function listenForWatchedChannels(listener: WatchListener | undefined): void {
  globalForWatch.switchboardSyncWatch = listener;
}

/** Whether anything in this process listens (the poller runs here). */
export const watchListened = (): boolean => globalForWatch.switchboardSyncWatch !== undefined;

/**
 * Keeps the channel at the hot pace for the next `forMs` (default 60 s): call it again while the
 * agent looks. Does nothing in a process that does not poll (a follower instance).
 */
export function markChannelWatched(channelId: string, forMs?: number): void {
  globalForWatch.switchboardSyncWatch?.(channelId, forMs);
}
