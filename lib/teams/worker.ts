import "server-only";
import type { Db } from "@/lib/db/client";
import { errorFields, logFor } from "@/lib/observability/log";
import { assignWaiting } from "./auto-assign";
import { endDueSnoozes } from "./snooze";
import { onTeamWake } from "./wake";

export const TEAM_TICK_MS = 5_000;
const log = logFor("teams");

export interface TeamWorker {
  /** Runs one pass now (or right after the one running). */
  wake(): void;
  stop(): void;
}

/** One pass: snoozes that ended reopen, then waiting conversations get an owner. */
export async function teamPass(db: Db): Promise<{ reopened: number; assigned: number }> {
  const reopened = (await endDueSnoozes(db)).length;
  const assigned = await assignWaiting(db);
  return { reopened, assigned };
}

/**
 * Every instance runs this: the passes are safe to run at once (see endDueSnoozes and
 * assignWaiting), so no election is needed and a snooze ends on time whichever instances are up.
 */
export function startTeamWorker(db: Db, tickMs = TEAM_TICK_MS): TeamWorker {
  let running = false;
  let again = false;
  let stopped = false;
  const run = async () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await teamPass(db);
      } while (again && !stopped);
    } catch (error) {
      log.error(errorFields(error), "team pass failed");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), tickMs);
  timer.unref();
  const unsubscribe = onTeamWake(() => void run());
  void run();
  return {
    wake: () => void run(),
    stop: () => {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
    },
  };
}

const globalForTeams = globalThis as unknown as { switchboardTeamWorker?: TeamWorker };

/** Starts this process's team worker once. */
export function startTeams(runtime: { db: Db }): void {
  globalForTeams.switchboardTeamWorker ??= startTeamWorker(runtime.db);
}
