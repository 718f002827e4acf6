import { and, asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { agents, events } from "@/lib/db/schema";
import { choosePresence, markActive, markSeen, ownPresence } from "./presence";
import { sharedTeamFixture } from "./test-fixtures";
import { onTeamWake } from "./wake";

const fx = sharedTeamFixture();

/** The `agent.presence` events published for Ana, oldest first. */
const announced = async () =>
  (await fx.db.select({ payload: events.payload }).from(events).where(and(eq(events.type, "agent.presence"), eq(events.agentId, fx.ana.id))).orderBy(asc(events.id))).map(
    (e) => (e.payload as { presence: string }).presence,
  );

const setAna = (facts: Partial<typeof agents.$inferInsert>) => fx.db.update(agents).set(facts).where(eq(agents.id, fx.ana.id));

describe("presence writes", { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await setAna({ lastSeenAt: null, lastActiveAt: null, awayChosen: false });
    await fx.db.delete(events).where(eq(events.type, "agent.presence"));
  });

  it("an opening stream brings the agent Online (announced, auto-assignment woken); heartbeats alone change nothing", async () => {
    let wakes = 0;
    const stop = onTeamWake(() => (wakes += 1));
    try {
      await markSeen(fx.db, fx.ana.id, { active: true });
      const [row] = await fx.db.select().from(agents).where(eq(agents.id, fx.ana.id));
      expect(Date.now() - row.lastSeenAt!.getTime()).toBeLessThan(5_000);
      expect(Date.now() - row.lastActiveAt!.getTime()).toBeLessThan(5_000);
      expect(wakes).toBe(1);
      expect(await announced()).toEqual(["online"]);
      // A heartbeat while online: no wake-up, no event, and no input recorded.
      await setAna({ lastActiveAt: new Date(Date.now() - 120_000) });
      await markSeen(fx.db, fx.ana.id);
      expect(wakes).toBe(1);
      expect(await announced()).toEqual(["online"]);
      const [after] = await fx.db.select().from(agents).where(eq(agents.id, fx.ana.id));
      expect(Date.now() - after.lastActiveAt!.getTime()).toBeGreaterThan(100_000);
      // Gone for over a minute, then the stream opens again: online again.
      await setAna({ lastSeenAt: new Date(Date.now() - 120_000) });
      await markSeen(fx.db, fx.ana.id, { active: true });
      expect(wakes).toBe(2);
    } finally {
      stop();
    }
  });

  it("input after 5 idle minutes brings an Away agent back Online; an idle tab's heartbeat does not flap a busy one", async () => {
    await setAna({ lastSeenAt: new Date(), lastActiveAt: new Date(Date.now() - 301_000) });
    expect((await ownPresence(fx.db, fx.ana.id))?.presence).toBe("away");
    expect(await markActive(fx.db, fx.ana.id)).toEqual({ presence: "online", away: false });
    expect(await announced()).toEqual(["online"]);
    // Two tabs: one busy (its input just now), one idle beating: still Online, nothing announced.
    await markSeen(fx.db, fx.ana.id);
    await markActive(fx.db, fx.ana.id);
    await markSeen(fx.db, fx.ana.id);
    expect((await ownPresence(fx.db, fx.ana.id))?.presence).toBe("online");
    expect(await announced()).toEqual(["online"]);
  });

  it("choosing Away holds through input until Online is chosen again, each change announced once", async () => {
    await markSeen(fx.db, fx.ana.id, { active: true });
    expect(await choosePresence(fx.db, fx.ana.id, true)).toEqual({ presence: "away", away: true });
    expect(await markActive(fx.db, fx.ana.id)).toEqual({ presence: "away", away: true });
    expect(await choosePresence(fx.db, fx.ana.id, false)).toEqual({ presence: "online", away: false });
    expect(await announced()).toEqual(["online", "away", "online"]);
  });
});
