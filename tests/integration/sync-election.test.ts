import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentSyncLog } from "@/lib/sync/log";
import { startLeaderElection, type LeaderElection } from "@/lib/sync/leader";
import { createTestDatabase } from "../support/postgres";

// The poller election on a real PostgreSQL server, in one process: two electors stand for two
// app instances, each with its own lock connection.

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

function elector(name: string, log: string[]): LeaderElection {
  return startLeaderElection({
    url: database.url,
    retryMs: 200,
    heartbeatMs: 200,
    log: silentSyncLog,
    onElected: () => void log.push(`${name} elected`),
    onDeposed: async () => {
      log.push(`${name} deposed`);
    },
  });
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}

describe("poller election on PostgreSQL", () => {
  it("elects exactly one; when the leader's connection drops it stops at once and the other takes over", async () => {
    const log: string[] = [];
    const a = elector("a", log);
    await a.firstAttempt;
    const b = elector("b", log);
    await b.firstAttempt;
    try {
      expect([a.role(), b.role()]).toEqual(["leader", "follower"]);

      // The server ends the leader's session, as when its connection breaks.
      const admin = postgres(database.url, { max: 1, onnotice: () => {} });
      const holders = await admin<{ pid: number }[]>`select pid from pg_locks where locktype = 'advisory' and granted`;
      expect(holders).toHaveLength(1);
      await admin`select pg_terminate_backend(${holders[0].pid})`;
      await admin.end();

      await until(() => a.role() !== "leader", 3000, "a to notice");
      const tookOver = await until(() => b.role() === "leader", 5000, "b to take over");
      expect(tookOver).toBeLessThan(5000);
      expect(log.slice(0, 3)).toEqual(["a elected", "a deposed", "b elected"]);

      // The old leader keeps trying and stays a follower while b holds the lock.
      await new Promise((r) => setTimeout(r, 600));
      expect([a.role(), b.role()]).toEqual(["follower", "leader"]);
    } finally {
      await b.stop();
      await a.stop();
    }
    expect(log.filter((l) => l === "b deposed")).toHaveLength(1);
  });

  it("releases the lock on stop, so another instance takes over at its next try", async () => {
    const log: string[] = [];
    const a = elector("a", log);
    await a.firstAttempt;
    const b = elector("b", log);
    await b.firstAttempt;
    try {
      expect(a.role()).toBe("leader");
      await a.stop();
      await until(() => b.role() === "leader", 3000, "b to take over");
    } finally {
      await b.stop();
    }
    expect(log).toEqual(["a elected", "a deposed", "b elected", "b deposed"]);
  });
});
