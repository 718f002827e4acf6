import "server-only";
import postgres from "postgres";
import { describeError } from "./errors";
import { consoleSyncLog, type SyncLog } from "./log";
import { createSleeper } from "./sleeper";

/**
 * Which instance polls, among several on one PostgreSQL: the one holding a session-level
 * advisory lock on a connection of its own. PostgreSQL drops the lock with the connection, so
 * a process that dies (or loses the server) hands over by itself; the others keep trying.
 */

export type SyncRole = "leader" | "follower" | "starting";

export interface LeaderElectionOptions {
  url: string;
  /** Called on winning the lock: start polling. */
  onElected: () => void | Promise<void>;
  /** Called on losing it (connection gone): stop polling, and resolve once stopped. */
  onDeposed: () => Promise<void>;
  /** How often a follower tries for the lock; default 2 s. */
  retryMs?: number;
  /** How often the leader checks it still holds the lock; default 2 s. */
  heartbeatMs?: number;
  /** Longest wait for one query on the lock connection before it counts as lost; default 5 s. */
  queryTimeoutMs?: number;
  lockKey?: number;
  log?: SyncLog;
}

export interface LeaderElection {
  role(): SyncRole;
  /** Resolves after the first attempt for the lock, won or not. */
  readonly firstAttempt: Promise<void>;
  /** Stops trying; a leader stops polling and releases the lock. */
  stop(): Promise<void>;
}

// Any fixed number: it only has to be the same in every instance sharing one PostgreSQL.
export const SYNC_LOCK_KEY = 7_350_201;

export function startLeaderElection(options: LeaderElectionOptions): LeaderElection {
  const retryMs = options.retryMs ?? 2000;
  const heartbeatMs = options.heartbeatMs ?? 2000;
  const queryTimeoutMs = options.queryTimeoutMs ?? 5000;
  const lockKey = options.lockKey ?? SYNC_LOCK_KEY;
  const log = options.log ?? consoleSyncLog;
  const sleeper = createSleeper();

  let role = "starting" as SyncRole;
  let stopped = false;
  let sql: postgres.Sql | null = null;
  let leaderPid: number | null = null;
  let deposing: Promise<void> | null = null;
  let wasDeposed = false;
  let markFirstAttempt: () => void = () => {};
  const firstAttempt = new Promise<void>((resolve) => (markFirstAttempt = resolve));

  function connection(): postgres.Sql {
    if (sql) return sql;
    const own = postgres(options.url, {
      max: 1,
      // The lock lives as long as this one connection: never recycle it.
      idle_timeout: 0,
      max_lifetime: null,
      connect_timeout: 10,
      onnotice: () => {},
      // A leader whose connection closes has lost the lock that very moment.
      onclose: () => {
        if (sql === own) {
          sql = null;
          void own.end({ timeout: 0 }).catch(() => {});
          if (role === "leader") void depose("connection to the database closed");
        }
      },
    });
    sql = own;
    return own;
  }

  function dropConnection(): void {
    const old = sql;
    sql = null;
    if (old) void old.end({ timeout: 0 }).catch(() => {});
  }

  function depose(reason: string): Promise<void> {
    if (deposing) return deposing;
    log("warn", `lost the poller lock (${reason}); polling stops`);
    role = "follower";
    leaderPid = null;
    wasDeposed = true;
    dropConnection();
    deposing = Promise.resolve()
      .then(() => options.onDeposed())
      .catch((error: unknown) => log("error", `stopping the poller failed (${describeError(error)})`))
      .finally(() => (deposing = null));
    return deposing;
  }

  async function tryToLead(): Promise<void> {
    try {
      const db = connection();
      const [row] = await withTimeout(db<{ locked: boolean; pid: number }[]>`select pg_try_advisory_lock(${lockKey}) as locked, pg_backend_pid() as pid`, queryTimeoutMs);
      if (!row?.locked) {
        role = "follower";
        return;
      }
      leaderPid = row.pid;
      role = "leader";
      log("info", "this instance holds the poller lock; polling starts");
      await options.onElected();
    } catch (error) {
      role = "follower";
      log("warn", `could not try for the poller lock (${describeError(error)})`);
      dropConnection();
    }
  }

  /** Still the same session, so still the lock: postgres-js reconnects silently otherwise. */
  async function checkLead(): Promise<void> {
    try {
      const db = sql;
      if (!db) return void (await depose("no connection"));
      const [row] = await withTimeout(db<{ pid: number }[]>`select pg_backend_pid() as pid`, queryTimeoutMs);
      if (row?.pid !== leaderPid) await depose("the database session changed");
    } catch (error) {
      await depose(`heartbeat failed: ${describeError(error)}`);
    }
  }

  const loop = (async () => {
    while (!stopped) {
      if (deposing) await deposing;
      if (wasDeposed) {
        // Give the others a head start: a leader that just lost its connection may well lose it again.
        wasDeposed = false;
        await sleeper.sleep(2 * retryMs);
      }
      if (stopped) break;
      if (role === "leader") await checkLead();
      else await tryToLead();
      markFirstAttempt();
      if (stopped) break;
      await sleeper.sleep(role === "leader" ? heartbeatMs : retryMs);
    }
  })();

  return {
    role: () => role,
    firstAttempt,
    async stop() {
      stopped = true;
      sleeper.wakeAll();
      await loop;
      if (deposing) await deposing;
      if (role === "leader") {
        role = "follower";
        await options.onDeposed().catch(() => {});
        const db = sql;
        sql = null;
        if (db) {
          await withTimeout(db`select pg_advisory_unlock(${lockKey})`, 1000).catch(() => {});
          await db.end({ timeout: 1 }).catch(() => {});
        }
      } else {
        dropConnection();
      }
      markFirstAttempt();
    },
  };
}

function withTimeout<T>(promise: PromiseLike<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timed out")), ms);
    Promise.resolve(promise).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
