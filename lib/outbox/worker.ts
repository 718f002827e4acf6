import "server-only";
import { errorFields, logFor } from "@/lib/observability/log";
import { and, eq, sql } from "drizzle-orm";
import type { AfilnetClient } from "@/lib/afilnet/types";
import type { Db } from "@/lib/db/client";
import { messages } from "@/lib/db/schema";
import { claimNext, leaseFor } from "./claim";
import { deliver, type DeliverDeps } from "./deliver";
import { onOutboxWake } from "./wake";

export interface OutboxOptions extends Omit<DeliverDeps, "db" | "provider"> {
  db: Db;
  provider: AfilnetClient;
  /** Sends in flight at once (different conversations; one chat is always sent in order). */
  concurrency?: number;
  pollMs?: number;
  leaseMs?: number;
  /** How long stop() waits for sends in flight before giving their leases back. */
  stopGraceMs?: number;
  log?: (message: string) => void;
}

export interface OutboxWorker {
  /** Stops claiming; sends in flight finish (or their lease is given back) before this resolves. */
  stop(): Promise<void>;
  /** Resolves when nothing is due right now (for tests). */
  idle(): Promise<void>;
}

/**
 * The outbox's sender. Runs in every instance: the queue is the messages table, so instances
 * share it without coordinating, and a crashed instance's sends are taken again when their lease
 * runs out.
 */
export function startOutboxWorker(options: OutboxOptions): OutboxWorker {
  const concurrency = options.concurrency ?? 8;
  const pollMs = options.pollMs ?? 1000;
  const leaseMs = options.leaseMs ?? leaseFor(options.provider);
  const log = options.log ?? ((m: string) => logFor("outbox").warn(m));
  let stopped = false;
  // Each idle slot's way out of its sleep: a wake-up, the poll timer or stop().
  const sleepers = new Set<() => void>();
  const inFlight = new Set<number>();
  const slots: Promise<void>[] = [];
  let idleWaiters: (() => void)[] = [];

  const sleep = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, pollMs);
      timer.unref?.();
      sleepers.add(done);
    });
  const wakeAll = () => {
    for (const done of [...sleepers]) done();
  };

  async function slot(): Promise<void> {
    while (!stopped) {
      let row = null;
      try {
        row = await claimNext(options.db, leaseMs);
      } catch (error) {
        log(`claim failed (${errorFields(error).error})`);
      }
      if (!row) {
        if (inFlight.size === 0) {
          for (const w of idleWaiters) w();
          idleWaiters = [];
        }
        if (stopped) return;
        await sleep();
        continue;
      }
      inFlight.add(row.id);
      try {
        await deliver({ ...options, leaseMs }, row);
      } catch (error) {
        log(`delivery of message ${row.id} failed (${errorFields(error).error}); its lease will run out`);
      } finally {
        inFlight.delete(row.id);
      }
    }
  }

  const unsubscribe = onOutboxWake(wakeAll);
  for (let i = 0; i < concurrency; i += 1) slots.push(slot());

  return {
    async stop() {
      stopped = true;
      unsubscribe();
      wakeAll();
      const finished = Promise.all(slots).then(() => true);
      const late = await Promise.race([finished, new Promise<boolean>((r) => setTimeout(() => r(false), options.stopGraceMs ?? 5000).unref())]);
      if (!late) await releaseLeases(options.db, [...inFlight]);
    },
    idle() {
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}

/**
 * Sends still on the wire at shutdown: give them to the next worker now rather than after the
 * lease. They may have reached the provider, so they are looked for upstream first.
 */
async function releaseLeases(db: Db, ids: number[]): Promise<void> {
  for (const id of ids) {
    await db
      .update(messages)
      .set({ delivery: "pending", leaseUntil: null, ambiguousSince: sql`coalesce(${messages.ambiguousSince}, now())`, nextAttemptAt: sql`now()` })
      .where(and(eq(messages.id, id), eq(messages.delivery, "sending")));
  }
}
