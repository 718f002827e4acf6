import type { InboxEvent } from "@/lib/events/types";
import { backoffDelay } from "@/lib/backoff";
import { parseInboxEvent } from "./live-event-schema";

export type LiveState = "connecting" | "live" | "down";

export interface LiveStreamHandlers {
  onState(state: LiveState): void;
  onEvent(event: InboxEvent): void;
  /** Views loaded before `since` may have missed events: refetch them. */
  onResync(since: number): void;
  /** The server ended the stream because this agent may no longer see the inbox. */
  onSignedOut(): void;
}

export interface LiveStream {
  close(): void;
}

/** A first connection slower than this counts as down, so polling starts. */
const CONNECT_TIMEOUT_MS = 10_000;
const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/**
 * One EventSource with its reconnection. The browser retries a dropped connection itself (with
 * Last-Event-ID); it gives up only on an HTTP error, and then we retry with a growing, jittered
 * delay so a restarting server is not hit by every tab at once.
 */
export function openLiveStream(url: string, handlers: LiveStreamHandlers): LiveStream {
  let source: EventSource | null = null;
  let closed = false;
  let attempts = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const setState = (state: LiveState) => {
    if (!closed) handlers.onState(state);
  };

  function scheduleReconnect() {
    attempts += 1;
    retryTimer = setTimeout(connect, backoffDelay(attempts, { baseMs: RETRY_BASE_MS, capMs: RETRY_MAX_MS, spread: [0.5, 1] }));
  }

  function connect() {
    if (closed) return;
    const es = new EventSource(url);
    source = es;
    es.onopen = () => {
      attempts = 0;
      clearTimeout(connectTimer);
      setState("live");
      // Whatever happened between the views' last fetch and now was not streamed to us.
      handlers.onResync(Date.now());
    };
    es.onerror = () => {
      if (closed) return;
      setState("down");
      if (es.readyState === EventSource.CLOSED) {
        es.close();
        scheduleReconnect();
      }
    };
    es.addEventListener("inbox", (message) => {
      const event = parseInboxEvent((message as MessageEvent<string>).data);
      if (event) handlers.onEvent(event);
    });
    es.addEventListener("reset", () => handlers.onResync(Date.now()));
    es.addEventListener("signed-out", () => {
      close();
      handlers.onSignedOut();
    });
  }

  function close() {
    closed = true;
    clearTimeout(retryTimer);
    clearTimeout(connectTimer);
    source?.close();
    source = null;
  }

  handlers.onState("connecting");
  const connectTimer = setTimeout(() => setState("down"), CONNECT_TIMEOUT_MS);
  connect();
  return { close };
}
