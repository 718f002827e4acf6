import { eq, inArray } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { agents, channels, conversations } from "@/lib/db/schema";
import { assignWaiting, pickMember } from "./auto-assign";
import { setConversationStatus } from "./status";
import { teamFixture } from "./test-fixtures";

let fx: Awaited<ReturnType<typeof teamFixture>>;
beforeEach(async () => {
  fx = await teamFixture();
  await fx.db.update(channels).set({ autoAssign: true }).where(eq(channels.id, fx.channel.id));
}, 60_000);
afterEach(async () => {
  await fx.close();
});

async function addMany(n: number, prefix: string) {
  const made = [];
  for (let i = 0; i < n; i++) made.push(await fx.addConversation(`${prefix}${String(i).padStart(4, "0")}`, new Date(Date.now() - (n - i) * 1000)));
  return made;
}

async function owners(ids: string[]) {
  const rows = await fx.db.select({ assigneeId: conversations.assigneeId }).from(conversations).where(inArray(conversations.id, ids));
  const by = new Map<string | null, number>();
  for (const r of rows) by.set(r.assigneeId, (by.get(r.assigneeId) ?? 0) + 1);
  return by;
}

describe("pickMember", () => {
  it("takes the fewest open, then the one assigned longest ago, and skips the full", () => {
    const m = (id: string, open: number, lastAssignedAt: number, capacity = 10) => ({ id, open, lastAssignedAt, capacity });
    expect(pickMember([m("a", 3, 0), m("b", 2, 5), m("c", 2, 1)])?.id).toBe("c");
    expect(pickMember([m("a", 10, 0), m("b", 11, 0, 20)])?.id).toBe("b");
    expect(pickMember([m("a", 10, 0)])).toBeNull();
  });
});

describe("assignWaiting", { timeout: 60_000 }, () => {
  it("spreads new conversations round-robin over online members only, audited as the system", async () => {
    const cy = await fx.addAgent("Cy", { member: true, online: true });
    const dee = await fx.addAgent("Dee", { member: true, online: true });
    await fx.addAgent("Off", { member: true, online: false });
    await fx.addAgent("Outsider", { member: false, online: true });
    const made = await addMany(9, "346400");
    expect(await assignWaiting(fx.db)).toBe(9);
    const by = await owners(made.map((c) => c.id));
    // Ana is a member but offline: Cy and Dee get them, alternately.
    expect([...by.keys()].sort()).toEqual([cy.id, dee.id].sort());
    expect(Math.abs(by.get(cy.id)! - by.get(dee.id)!)).toBeLessThanOrEqual(1);
    const entries = await fx.audit("conversation.assigned", made[0].id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: null, after: { auto: true } });
  });

  it("hands work to Online members only: not to one who chose Away, nor to one without input for 5 minutes", async () => {
    const cy = await fx.addAgent("Cy", { member: true, online: true });
    await fx.addAgent("Chose", { member: true, online: true, away: true });
    const idle = await fx.addAgent("Idle", { member: true, online: true });
    // Its tab is open (heartbeat now) but nobody has touched it for just over 5 minutes.
    await fx.db.update(agents).set({ lastActiveAt: new Date(Date.now() - 301_000) }).where(eq(agents.id, idle.id));
    const made = await addMany(4, "346800");
    expect(await assignWaiting(fx.db)).toBe(4);
    expect([...(await owners(made.map((c) => c.id))).keys()]).toEqual([cy.id]);
  });

  it("respects capacity (open conversations in every channel), leaving the rest waiting until someone frees up", async () => {
    const cy = await fx.addAgent("Cy", { member: true, online: true, capacity: 2 });
    const made = await addMany(3, "346500");
    expect(await assignWaiting(fx.db)).toBe(2);
    expect((await owners(made.map((c) => c.id))).get(null)).toBe(1);
    expect(await assignWaiting(fx.db)).toBe(0);
    // Cy resolves one: the waiting conversation (the newest) goes to Cy.
    const mine = made.filter((c) => c.id !== made[2].id);
    await setConversationStatus(fx.db, cy, await fx.scopeOf(mine[0].id), { status: "resolved" });
    expect(await assignWaiting(fx.db)).toBe(1);
    expect((await fx.conversation(made[2].id)).assigneeId).toBe(cy.id);
  });

  it("picks waiting conversations up when an agent comes online, and ignores channels without auto-assignment", async () => {
    const made = await addMany(2, "346600");
    expect(await assignWaiting(fx.db)).toBe(0);
    await fx.db.update(channels).set({ autoAssign: false }).where(eq(channels.id, fx.channel.id));
    await fx.setOnline(fx.ana.id, true);
    expect(await assignWaiting(fx.db)).toBe(0);
    await fx.db.update(channels).set({ autoAssign: true }).where(eq(channels.id, fx.channel.id));
    expect(await assignWaiting(fx.db)).toBe(2);
    expect((await owners(made.map((c) => c.id))).get(fx.ana.id)).toBe(2);
  });

  it("never assigns a conversation twice when passes run at once", async () => {
    await fx.addAgent("Cy", { member: true, online: true });
    await fx.addAgent("Dee", { member: true, online: true });
    const made = await addMany(12, "346700");
    const counts = await Promise.all([assignWaiting(fx.db), assignWaiting(fx.db), assignWaiting(fx.db)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(12);
    for (const c of made) expect(await fx.audit("conversation.assigned", c.id)).toHaveLength(1);
  });
});
