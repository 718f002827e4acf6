import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AfilnetClient } from "@/lib/afilnet/types";
import type { AppConfig } from "@/lib/config";
import { agents, channelMembers, channels, conversations } from "@/lib/db/schema";
import { sendReply } from "@/lib/inbox/reply";
import { inboxFixture } from "@/lib/inbox/test-fixtures";
import { addNote } from "@/lib/teams/notes";
import { readWallboard } from "./wallboard";

let f: Awaited<ReturnType<typeof inboxFixture>>;
beforeEach(async () => {
  f = await inboxFixture();
});
afterEach(async () => f.close());

// Replies by text only: the config is read only for files.
const config = { mode: "sandbox", publicUrl: "http://127.0.0.1:3620" } as AppConfig;
/** Ana replying: sendReply only stores (the outbox sends), so no provider is reached. */
const asAna = () => ({ db: f.db, agent: f.ana, sync: { db: f.db, provider: {} as AfilnetClient, intervalMs: 60_000 } });
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

/** A conversation as the mirror leaves it, then set as the test needs. */
async function add(destination: string, inboundMinutesAgo: number, set: Partial<typeof conversations.$inferInsert> = {}) {
  const inboundAt = minutesAgo(inboundMinutesAgo);
  const c = await f.addConversation(destination, inboundAt);
  await f.db
    .update(conversations)
    .set({ lastInboundAt: inboundAt, ...set })
    .where(eq(conversations.id, c.id));
  return { ...c, waitingSince: inboundAt.toISOString() };
}

const online = { lastSeenAt: sql`now()`, lastActiveAt: sql`now()`, awayChosen: false };

describe("readWallboard", () => {
  it("gives each channel's open, unassigned, waiting and agents online, and each agent's row", async () => {
    const oldest = await add("free-oldest", 30);
    await add("ana-waiting", 40, { assigneeId: f.ana.id, status: "pending" }); // not open: does not wait
    await add("ana-open", 20, { assigneeId: f.ana.id });
    await add("answered", 50, { lastMessageDirection: "outbound" }); // open, but answered
    await add("resolved", 60, { status: "resolved" });
    // A second channel nobody waits in, with one of its own members online and one away.
    const [sales] = await f.db.insert(channels).values({ platform: "telegram", platformId: "200", name: "Sales", displayName: "Ventas", waitWarnMinutes: 5, waitAlertMinutes: 10 }).returning();
    const [cy, di] = await f.db
      .insert(agents)
      .values([
        { email: "cy@test", name: "Cy", passwordHash: "x", role: "agent", capacity: 3, ...online },
        { email: "di@test", name: "Di", passwordHash: "x", role: "agent", lastSeenAt: sql`now()`, lastActiveAt: sql`now()`, awayChosen: true },
        { email: "ex@test", name: "Ex", passwordHash: "x", role: "agent", active: false, ...online },
      ])
      .returning();
    await f.db.insert(channelMembers).values([
      { agentId: cy.id, channelId: sales.id },
      { agentId: di.id, channelId: sales.id },
      { agentId: di.id, channelId: f.channel.id },
    ]);
    // Ana (member of Support) online; Bo (supervisor, member of nothing) online too: counts nowhere.
    await f.db.update(agents).set(online).where(eq(agents.id, f.ana.id));
    await f.db.update(agents).set({ ...online, lastReplyAt: minutesAgo(3) }).where(eq(agents.id, f.bo.id));

    const board = await readWallboard(f.db, f.bo);
    expect(board.channels).toEqual([
      {
        id: f.channel.id,
        name: "Support",
        platform: "whatsapp",
        open: 3,
        unassigned: 2,
        waitingSince: oldest.waitingSince,
        waitWarnMinutes: 15,
        waitAlertMinutes: 60,
        agentsOnline: 1,
      },
      {
        id: sales.id,
        name: "Ventas",
        platform: "telegram",
        open: 0,
        unassigned: 0,
        waitingSince: null,
        waitWarnMinutes: 5,
        waitAlertMinutes: 10,
        agentsOnline: 1,
      },
    ]);
    expect(board.agents.map((a) => [a.name, a.role, a.presence, a.open, a.capacity, a.lastReplyAt !== null])).toEqual([
      ["Ana", "agent", "online", 1, 10, false],
      ["Bo", "supervisor", "online", 0, 10, true],
      ["Cy", "agent", "online", 0, 3, false],
      ["Di", "agent", "away", 0, 10, false],
    ]);
    expect(Math.abs(Date.parse(board.now) - Date.now())).toBeLessThan(5_000);
  });

  it("stops counting a wait when an agent replies, and keeps counting after a note", async () => {
    const first = await add("first", 30);
    const second = await add("second", 10);
    const waiting = async () => (await readWallboard(f.db, f.bo)).channels[0].waitingSince;
    expect(await waiting()).toBe(first.waitingSince);

    // A note is not an answer: the customer still waits.
    await addNote(f.db, f.ana, { conversationId: first.id, channelId: f.channel.id, assigneeId: null }, { text: "looking into it" });
    expect(await waiting()).toBe(first.waitingSince);

    // A reply is: the next longest wait is the other customer's, then nobody's.
    await sendReply(asAna(), config, first.id, { idempotencyKey: randomUUID(), text: "Hello!" });
    expect(await waiting()).toBe(second.waitingSince);
    await sendReply(asAna(), config, second.id, { idempotencyKey: randomUUID(), text: "Hi!" });
    expect(await waiting()).toBeNull();

    // …and the reply is the agent's last reply.
    const ana = (await readWallboard(f.db, f.bo)).agents.find((a) => a.id === f.ana.id);
    expect(Date.now() - Date.parse(ana!.lastReplyAt!)).toBeLessThan(5_000);
  });

  it("shows an agent only the channels it may see", async () => {
    await f.db.insert(channels).values({ platform: "telegram", platformId: "300", name: "Elsewhere" });
    const board = await readWallboard(f.db, f.ana);
    expect(board.channels.map((c) => c.name)).toEqual(["Support"]);
  });
});
