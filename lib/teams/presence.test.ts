import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agents } from "@/lib/db/schema";
import { markSeen } from "./presence";
import { sharedTeamFixture } from "./test-fixtures";
import { onTeamWake } from "./wake";

const fx = sharedTeamFixture();

describe("markSeen", { timeout: 30_000 }, () => {
  it("marks the agent seen now, and wakes auto-assignment only when it comes online", async () => {
    let wakes = 0;
    const stop = onTeamWake(() => (wakes += 1));
    try {
      await markSeen(fx.db, fx.ana.id);
      const [row] = await fx.db.select({ lastSeenAt: agents.lastSeenAt }).from(agents).where(eq(agents.id, fx.ana.id));
      expect(Date.now() - row.lastSeenAt!.getTime()).toBeLessThan(5_000);
      expect(wakes).toBe(1);
      // A heartbeat while online: no wake-up.
      await markSeen(fx.db, fx.ana.id);
      expect(wakes).toBe(1);
      // Gone for over a minute, then back: online again.
      await fx.db.update(agents).set({ lastSeenAt: new Date(Date.now() - 120_000) }).where(eq(agents.id, fx.ana.id));
      await markSeen(fx.db, fx.ana.id);
      expect(wakes).toBe(2);
    } finally {
      stop();
    }
  });
});
