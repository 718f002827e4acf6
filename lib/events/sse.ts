import "server-only";
import { errorFields, logFor } from "@/lib/observability/log";
import { canSeeChannel, decideConversation, decideRole, type Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import { oldestEventId, readEventsAfter, type EventHub } from "./hub";
import type { InboxEvent, StoredEvent } from "./types";

const HEARTBEAT_MS = 15_000;
const MAX_REPLAY = 1_000;

export interface EventStreamOptions {
  hub: EventHub;
  db: Db;
  /** Who watches: the policy decides which events reach them. */
  actor: Actor;
  /** The browser's Last-Event-ID, when it is resuming. */
  lastEventId: string | null;
  /** Ends the stream when the request goes away. */
  signal: AbortSignal;
  /**
   * Read again at each heartbeat: null ends the stream (signed out, deactivated); otherwise the
   * fresh actor replaces the old one, so a changed role or channel membership applies at once.
   */
  refreshActor: () => Promise<Actor | null>;
  /** Called once when the stream ends, however it ends (client gone, signed out, shutdown). */
  onEnd?: () => void;
}

/**
 * Which events an agent may see, by the policy: presence to the agent and those who watch the
 * team (supervisors, admins); other events for one agent go to that agent only;
 * channel events to those who see the channel; for role agent, conversation events only of its
 * own and unassigned conversations (publishEvents stamps the assignee), plus the news that one
 * of its conversations went to someone else.
 */
export function visibleTo(actor: Actor, event: InboxEvent): boolean {
  // Presence is about an agent, not for it alone: those who watch the team see it too.
  if (event.type === "agent.presence") return event.agentId === actor.id || decideRole(actor, "reports.view").allowed;
  if ("agentId" in event) return event.agentId === actor.id;
  if (!("channelId" in event)) return true;
  if (!canSeeChannel(actor, event.channelId)) return false;
  if (!("conversationId" in event)) return true;
  const assigneeId = event.assigneeId ?? null;
  if (decideConversation(actor, "conversation.view", { channelId: event.channelId, assigneeId }).allowed) return true;
  return event.type === "conversation.assigned" && event.previousAssigneeId === actor.id;
}

/**
 * The browser's Last-Event-ID: null when it is not resuming, "unusable" for anything that is not
 * an event id this app could have sent (a safe positive integer). An unusable one cannot be
 * resumed from, so the browser is told to refetch (`reset`) instead.
 */
export function parseLastEventId(raw: string | null): number | "unusable" | null {
  if (raw === null || raw.trim() === "") return null;
  if (!/^\d{1,16}$/.test(raw)) return "unusable";
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : "unusable";
}

const RESET = "event: reset\ndata: {}\n\n";
const encoder = new TextEncoder();
// The hub hands the same event object to every stream of the instance: encode it once, not once
// per stream (1,000 streams = 1,000 JSON.stringify calls per event otherwise). Never mutated.
const frames = new WeakMap<StoredEvent, Uint8Array>();
function frame(e: StoredEvent): Uint8Array {
  let bytes = frames.get(e);
  if (!bytes) {
    bytes = encoder.encode(`id: ${e.id}\nevent: inbox\ndata: ${JSON.stringify(e.event)}\n\n`);
    frames.set(e, bytes);
  }
  return bytes;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A Server-Sent Events stream of the agent's events, resuming after Last-Event-ID when it can. */
export function createEventStream(opts: EventStreamOptions): ReadableStream<Uint8Array> {
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      // Frames sent in one turn of the event loop (the hub delivers a whole batch of rows
      // synchronously) leave as one chunk: each chunk costs a trip through the web stream, the
      // HTTP response and a socket write, which is what bounds a fan-out to 1,000 streams.
      let unsent: Uint8Array[] = [];
      const flush = () => {
        if (!open || unsent.length === 0) return;
        const chunks = unsent;
        unsent = [];
        try {
          // Always a fresh buffer: cached frames are shared by every stream and must not be handed on.
          controller.enqueue(concat(chunks));
        } catch {
          close();
        }
      };
      const send = (chunk: Uint8Array | string) => {
        if (!open) return;
        unsent.push(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
        if (unsent.length === 1) queueMicrotask(flush);
      };
      const close = () => {
        if (!open) return;
        flush();
        open = false;
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };

      let actor = opts.actor;
      // Subscribe first and hold live events back while the missed ones are replayed.
      const sent = new Set<number>();
      let held: StoredEvent[] | null = [];
      const deliver = (e: StoredEvent) => {
        if (!visibleTo(actor, e.event) || sent.has(e.id)) return;
        sent.add(e.id);
        if (sent.size > 10_000) sent.clear();
        send(frame(e));
      };
      const unsubscribe = opts.hub.subscribe((e) => (held ? held.push(e) : deliver(e)), () => close());
      const heartbeat = setInterval(() => {
        void opts.refreshActor().then(
          (fresh) => (fresh ? ((actor = fresh), send(": ping\n\n")) : (send("event: signed-out\ndata: {}\n\n"), close())),
          () => send(": ping\n\n"),
        );
      }, HEARTBEAT_MS);
      let cleaned = false;
      cleanup = () => {
        if (cleaned) return;
        cleaned = true;
        clearInterval(heartbeat);
        unsubscribe();
        opts.signal.removeEventListener("abort", close);
        opts.onEnd?.();
      };
      opts.signal.addEventListener("abort", close);
      // A client gone before the stream started never fires "abort": its slot must not leak.
      if (opts.signal.aborted) return close();

      send("retry: 3000\n\n");
      const resume = parseLastEventId(opts.lastEventId);
      if (resume === "unusable") send(RESET);
      else if (resume !== null) {
        try {
          const oldest = await oldestEventId(opts.db);
          const missed = await readEventsAfter(opts.db, resume, MAX_REPLAY + 1);
          const complete = (oldest === null || resume + 1 >= oldest) && missed.length <= MAX_REPLAY;
          if (complete) missed.forEach(deliver);
          else send(RESET);
        } catch (error) {
          // The replay is an optimisation: without it the browser refetches, the stream lives on.
          logFor("events").error(errorFields(error), "could not replay missed events");
          send(RESET);
        }
      }
      const pending = held;
      held = null;
      pending.forEach(deliver);
    },
    cancel() {
      cleanup();
    },
  });
}
