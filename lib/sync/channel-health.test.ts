import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { channels, events } from "@/lib/db/schema";
import { DELAYED_CODE, initialHealth, recordFailure, recordSuccess } from "./channel-health";

let database: OpenDatabase;
let channelId: string;
beforeAll(async () => {
  database = await openDatabase({ kind: "pglite" });
}, 60_000);
beforeEach(async () => {
  await database.db.delete(events);
  await database.db.delete(channels);
  [{ id: channelId }] = await database.db.insert(channels).values({ platform: "whatsapp", platformId: "1", name: "WA" }).returning();
});
afterAll(async () => {
  await database?.close();
});

const row = async () => (await database.db.select().from(channels).where(eq(channels.id, channelId)))[0];
const published = async () => (await database.db.select().from(events)).map((e) => e.payload);
const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 12, 0, s));

describe("channel health", () => {
  it("announces the first success of a run, then only moves lastSyncedAt", async () => {
    const state = initialHealth();
    await recordSuccess(database.db, channelId, state, at(0));
    await recordSuccess(database.db, channelId, state, at(2));
    expect(await row()).toMatchObject({ lastSyncedAt: at(2), lastSyncError: null, syncFailures: 0, degradedSince: null });
    expect(await published()).toEqual([
      { type: "channel.updated", channelId, degraded: false, lastSyncedAt: at(0).toISOString(), lastSyncError: null },
    ]);
  });

  it("degrades at the third failure in a row, once, and recovers on the next success", async () => {
    const state = initialHealth();
    await recordSuccess(database.db, channelId, state, at(0));
    const results = [];
    for (const s of [2, 4, 8, 16]) {
      results.push(await recordFailure(database.db, channelId, state, { code: "transport:timeout", now: at(s), pollStartedAt: at(s), intervalMs: 2000 }));
    }
    expect(results).toEqual([false, false, true, true]);
    expect(await row()).toMatchObject({ syncFailures: 4, lastSyncError: "transport:timeout", degradedSince: at(8), lastSyncedAt: at(0) });

    await recordSuccess(database.db, channelId, state, at(20));
    expect(await row()).toMatchObject({ syncFailures: 0, lastSyncError: null, degradedSince: null, lastSyncedAt: at(20) });
    expect((await published()).map((e) => (e as { degraded: boolean }).degraded)).toEqual([false, true, false]);
  });

  it("degrades at the second failure when the streak already outlasts three intervals (slow timeouts)", async () => {
    const state = initialHealth();
    const slow = (s: number) => recordFailure(database.db, channelId, state, { code: "transport:timeout", now: at(s), pollStartedAt: at(s - 10), intervalMs: 2000 });
    // One slow timeout alone is not a degraded channel…
    expect(await slow(10)).toBe(false);
    // …a second one, with the channel failing for 20 s at a 2 s interval, is.
    expect(await slow(20)).toBe(true);
    expect((await row()).degradedSince).toEqual(at(20));
  });

  it("keeps a degraded state left by another instance until a success clears it", async () => {
    await database.db.update(channels).set({ degradedSince: at(0), syncFailures: 5, lastSyncError: "api:CHANNEL_NOT_FOUND" }).where(eq(channels.id, channelId));
    const state = initialHealth();
    expect(await recordFailure(database.db, channelId, state, { code: "transport:network", now: at(5), pollStartedAt: at(5), intervalMs: 2000 })).toBe(true);
    expect(await row()).toMatchObject({ degradedSince: at(0), syncFailures: 6, lastSyncError: "transport:network" });
    expect(await published()).toEqual([]);
    await recordSuccess(database.db, channelId, state, at(7));
    expect(await published()).toEqual([{ type: "channel.updated", channelId, degraded: false, lastSyncedAt: at(7).toISOString(), lastSyncError: null }]);
  });

  it("shows a channel polled far behind its pace as delayed (\"Sync delayed\"), once, until its polls catch up", async () => {
    const state = initialHealth();
    await recordSuccess(database.db, channelId, state, at(0));
    await recordSuccess(database.db, channelId, state, at(5), true);
    await recordSuccess(database.db, channelId, state, at(10), true);
    expect(await row()).toMatchObject({ degradedSince: at(5), lastSyncError: DELAYED_CODE, lastSyncedAt: at(10), syncFailures: 0 });
    await recordSuccess(database.db, channelId, state, at(12));
    expect(await row()).toMatchObject({ degradedSince: null, lastSyncError: null, lastSyncedAt: at(12) });
    expect((await published()).map((e) => [(e as { degraded: boolean }).degraded, (e as { lastSyncError: string | null }).lastSyncError])).toEqual([
      [false, null],
      [true, DELAYED_CODE],
      [false, null],
    ]);
  });
});
