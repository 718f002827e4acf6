import "server-only";
import { errorFields, logFor } from "@/lib/observability/log";
import { asc, gt, lt, sql } from "drizzle-orm";
import type { Db, Listen } from "@/lib/db/client";
import { events } from "@/lib/db/schema";
import { EVENTS_CHANNEL, type InboxEvent, type StoredEvent } from "./types";

type Subscriber = (event: StoredEvent) => void;

// NOTIFY is the fast path; this catches anything missed while a LISTEN connection was down.
const SAFETY_POLL_MS = 5_000;
const RETAIN_MS = 60 * 60 * 1000;
const PRUNE_EVERY_MS = 10 * 60 * 1000;
const BATCH = 1_000;
// Ids are taken at insert but become visible at commit, so a lower id can appear after a higher
// one. A gap is waited for this long before it is taken for a rolled-back transaction.
const GAP_WAIT_MS = 10_000;

/**
 * One per process: listens for NOTIFY, reads each new event row once, and fans it out to every
 * connected browser of this instance. So an event costs one query per instance, not per client.
 */
export class EventHub {
  private readonly subscribers = new Set<Subscriber>();
  private readonly closers = new Set<() => void>();
  /** Every event up to here was delivered (or its gap given up on). */
  private watermark = 0;
  /** Delivered ids above the watermark, and when each open gap was first seen. */
  private readonly delivered = new Set<number>();
  private readonly gapsSeenAt = new Map<number, number>();
  private draining: Promise<void> | null = null;
  private again = false;
  private timers: NodeJS.Timeout[] = [];
  private unlisten: (() => Promise<void>) | null = null;

  constructor(private readonly db: Db) {}

  async start(listen: Listen): Promise<void> {
    const [row] = await this.db.select({ max: sql<number>`coalesce(max(${events.id}), 0)::float8` }).from(events);
    this.watermark = Number(row?.max ?? 0);
    this.unlisten = await listen(EVENTS_CHANNEL, () => this.drain());
    this.timers.push(setInterval(() => this.drain(), SAFETY_POLL_MS).unref());
    this.timers.push(setInterval(() => void this.prune(), PRUNE_EVERY_MS).unref());
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    await this.unlisten?.();
  }

  /** `onClose` ends the subscriber's stream when the process shuts down. */
  subscribe(fn: Subscriber, onClose?: () => void): () => void {
    this.subscribers.add(fn);
    if (onClose) this.closers.add(onClose);
    return () => {
      this.subscribers.delete(fn);
      if (onClose) this.closers.delete(onClose);
    };
  }

  /** Ends every open stream: lets a stopping server exit and browsers reconnect elsewhere. */
  closeAll(): void {
    for (const close of [...this.closers]) close();
  }

  get clientCount(): number {
    return this.subscribers.size;
  }

  /** Reads new events in order; a wake-up during a read triggers one more read, never two at once. */
  drain(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          let rows: StoredEvent[];
          let cursor = this.watermark;
          do {
            rows = await readEventsAfter(this.db, cursor, BATCH);
            cursor = rows.at(-1)?.id ?? cursor;
            for (const e of rows) {
              if (this.delivered.has(e.id)) continue;
              this.delivered.add(e.id);
              for (const fn of this.subscribers) fn(e);
            }
            this.advanceWatermark(rows.at(-1)?.id ?? this.watermark);
          } while (rows.length === BATCH);
        } while (this.again);
      } catch (error) {
        logFor("events").error(errorFields(error), "could not read new events");
      } finally {
        this.draining = null;
      }
    })();
    return this.draining;
  }

  private advanceWatermark(highest: number): void {
    const now = Date.now();
    for (let id = this.watermark + 1; id <= highest; id++) {
      if (this.delivered.delete(id)) {
        this.gapsSeenAt.delete(id);
        this.watermark = id;
        continue;
      }
      const seen = this.gapsSeenAt.get(id) ?? now;
      this.gapsSeenAt.set(id, seen);
      if (now - seen < GAP_WAIT_MS) return;
      this.gapsSeenAt.delete(id);
      this.watermark = id;
    }
  }

  private async prune(): Promise<void> {
    try {
      await this.db.delete(events).where(lt(events.createdAt, new Date(Date.now() - RETAIN_MS)));
    } catch (error) {
      logFor("events").error(errorFields(error), "prune failed");
    }
  }
}

export async function readEventsAfter(db: Db, afterId: number, limit: number): Promise<StoredEvent[]> {
  const rows = await db.select().from(events).where(gt(events.id, afterId)).orderBy(asc(events.id)).limit(limit);
  return rows.map((r) => ({ id: r.id, event: r.payload as InboxEvent }));
}

/** The oldest event still kept: a resume from before it cannot be replayed. */
export async function oldestEventId(db: Db): Promise<number | null> {
  const [row] = await db.select({ min: sql<number | null>`min(${events.id})::float8` }).from(events);
  return row?.min === null || row?.min === undefined ? null : Number(row.min);
}

const globalForHub = globalThis as unknown as { switchboardHub?: Promise<EventHub> };

export function getEventHub(db: Db, listen: Listen): Promise<EventHub> {
  globalForHub.switchboardHub ??= (async () => {
    const hub = new EventHub(db);
    await hub.start(listen);
    // Open event streams would otherwise hold a graceful shutdown until they time out.
    process.once("SIGTERM", () => hub.closeAll());
    process.once("SIGINT", () => hub.closeAll());
    return hub;
  })().catch((error) => {
    globalForHub.switchboardHub = undefined;
    throw error;
  });
  return globalForHub.switchboardHub;
}
