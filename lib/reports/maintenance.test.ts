import { randomUUID } from "node:crypto";
import { asc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionAgent } from "@/lib/auth/session";
import { conversationScope } from "@/lib/auth/scope";
import { agents, channelMembers, messages, reportCycles, reportHourly } from "@/lib/db/schema";
import { sendReply } from "@/lib/inbox/reply";
import { claimNext } from "@/lib/outbox/claim";
import { deliver } from "@/lib/outbox/deliver";
import { openOutboxFixture, type OutboxFixture } from "@/lib/outbox/test-helpers";
import type { ProviderMessage } from "@/lib/afilnet/types";
import { addBulkHistory } from "@/lib/sandbox/bulk";
import { applyMessages } from "@/lib/sync/mirror-messages";
import { assignConversation } from "@/lib/teams/assignment";
import { addNote } from "@/lib/teams/notes";
import { endDueSnoozes } from "@/lib/teams/snooze";
import { setConversationStatus } from "@/lib/teams/status";
import { rebuildReports } from "./rebuild";

/*
 * The aggregates follow the app's real write paths (the mirror, replies and their delivery,
 * notes, assignment, status changes, snooze wake, the automatic reopening), and the rebuild
 * from messages and the audit log gives the same rows.
 */
let fx: OutboxFixture;
let boss: SessionAgent;
beforeAll(async () => {
  fx = await openOutboxFixture();
  const [row] = await fx.db.insert(agents).values({ email: "zoe@test", name: "Zoë", passwordHash: "x", role: "admin" }).returning();
  boss = { id: row.id, email: row.email, name: row.name, role: row.role, channelIds: [] };
  await fx.db.insert(channelMembers).values({ agentId: fx.agent.id, channelId: fx.channelId });
}, 60_000);
afterAll(async () => {
  await fx?.teardown();
});

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
const customer = (destination: string, id: string, sentAt: Date, direction: "inbound" | "outbound" = "inbound"): ProviderMessage => ({
  platform: fx.whatsapp.platform,
  platformId: fx.whatsapp.platformId,
  destination,
  messageId: id,
  direction,
  text: `text ${id}`,
  status: "read",
  sentAt,
});
const mirror = (conversationId: string, page: ProviderMessage[]) => applyMessages(fx.db, { id: conversationId }, page);
const scope = async (id: string) => (await conversationScope(fx.db, id))!;
const reply = (conversationId: string, text: string) => sendReply(fx.ctx, fx.config, conversationId, { idempotencyKey: randomUUID(), text });

/** The aggregates without their surrogate ids, in a stable order. */
async function snapshot() {
  const cycles = await fx.db
    .select({
      conversationId: reportCycles.conversationId,
      channelId: reportCycles.channelId,
      assigneeId: reportCycles.assigneeId,
      ordinal: reportCycles.ordinal,
      openedAt: reportCycles.openedAt,
      firstResponseAt: reportCycles.firstResponseAt,
      resolvedAt: reportCycles.resolvedAt,
      messagesIn: reportCycles.messagesIn,
      messagesOut: reportCycles.messagesOut,
    })
    .from(reportCycles)
    .orderBy(asc(reportCycles.conversationId), asc(reportCycles.ordinal));
  const hourly = await fx.db.select().from(reportHourly).orderBy(asc(reportHourly.hour), asc(reportHourly.channelId), asc(reportHourly.agentKey));
  return { cycles, hourly: hourly.filter((h) => h.messagesIn !== 0 || h.messagesOut !== 0) };
}

describe("report aggregates", { timeout: 60_000 }, () => {
  it("follow every write path in its own transaction, and the rebuild gives the same rows", async () => {
    // A: the customer writes twice, is assigned, answered, noted, resolved, then writes again.
    const a = await fx.chat("34600000101");
    await mirror(a, [customer("34600000101", "a1", minutesAgo(120)), customer("34600000101", "a2", minutesAgo(119))]);
    await assignConversation(fx.db, boss, await scope(a), fx.agent.id);
    const answered = await reply(a, "Hello, how can I help?");
    await addNote(fx.db, boss, await scope(a), { text: "VIP customer" });
    // The outbox sends it; the provider's copy, mirrored back, moves the reply to the provider's time.
    const claimed = await claimNext(fx.db, 60_000);
    expect(claimed?.id).toBe(answered.message.id);
    await deliver({ db: fx.db, provider: fx.provider, random: () => 1 }, claimed!);
    await mirror(a, await fx.provider.getMessages({ platform: fx.whatsapp.platform, platformId: fx.whatsapp.platformId, destination: "34600000101" }));
    await setConversationStatus(fx.db, boss, await scope(a), { status: "resolved" });
    await mirror(a, [customer("34600000101", "a3", new Date(Date.now() + 1000))]);

    // B: a message from outside the app (no agent) is no first response; pending, snoozed and
    // woken again keep the one cycle open; handed to Zoë.
    const b = await fx.chat("34600000102");
    await mirror(b, [customer("34600000102", "b1", minutesAgo(90)), customer("34600000102", "b2", minutesAgo(80), "outbound")]);
    await setConversationStatus(fx.db, boss, await scope(b), { status: "pending" });
    await setConversationStatus(fx.db, boss, await scope(b), { status: "snoozed", until: new Date(Date.now() + 3_600_000).toISOString() });
    await fx.db.execute(sql`update conversations set snoozed_until = now() - interval '1 second' where id = ${b}`);
    expect(await endDueSnoozes(fx.db)).toEqual([b]);
    await assignConversation(fx.db, boss, await scope(b), boss.id);

    const before = await snapshot();
    const [replyRow] = await fx.db.select().from(messages).where(sql`${messages.id} = ${answered.message.id}`);
    const [resolution] = sqlRowsOf(
      await fx.db.execute(sql`select at from audit_log where kind = 'conversation.status' and target_id = ${a} and after->>'status' = 'resolved'`),
    );
    expect(before.cycles).toEqual([
      ...[
        {
          conversationId: a,
          assigneeId: fx.agent.id,
          ordinal: 1,
          openedAt: minutesAgo(120),
          firstResponseAt: replyRow.sentAt,
          resolvedAt: new Date(resolution.at as string),
          messagesIn: 2,
          messagesOut: 1,
        },
        { conversationId: a, assigneeId: fx.agent.id, ordinal: 2, firstResponseAt: null, resolvedAt: null, messagesIn: 1, messagesOut: 0 },
      ],
      { conversationId: b, assigneeId: boss.id, ordinal: 1, openedAt: minutesAgo(90), firstResponseAt: null, resolvedAt: null, messagesIn: 1, messagesOut: 1 },
    ].sort((x, y) => x.conversationId.localeCompare(y.conversationId) || x.ordinal - y.ordinal).map((c) => expect.objectContaining({ ...c, channelId: fx.channelId, openedAt: c.openedAt ? closeTo(c.openedAt) : expect.any(Date) })));
    // Notes are no messages: 5 in (a1 a2 a3 b1, and none of the note), 2 out (the reply, b2).
    expect(before.hourly.reduce((n, h) => n + h.messagesIn, 0)).toBe(4);
    expect(before.hourly.reduce((n, h) => n + h.messagesOut, 0)).toBe(2);
    expect(before.hourly.filter((h) => h.agentKey === fx.agent.id).reduce((n, h) => n + h.messagesOut, 0)).toBe(1);

    await rebuildReports(fx.db);
    expect(await snapshot()).toEqual(before);
  });
});

describe("report aggregates under a bulk import", { timeout: 120_000 }, () => {
  it("count a 6,000-message history and 40 short chats written in one transaction, once per statement", async () => {
    const started = performance.now();
    await addBulkHistory(fx.db, String(fx.whatsapp.id), { destination: "34600000200", chats: 1, messagesPerChat: 6000, from: "both" });
    await addBulkHistory(fx.db, String(fx.whatsapp.id), { destination: "34600000300", chats: 40, messagesPerChat: 25, from: "both" });
    console.info(`bulk import of 7,000 messages with the report triggers: ${Math.round(performance.now() - started)} ms`);
    const [long] = sqlRowsOf(
      await fx.db.execute(sql`select c.ordinal, c.messages_in, c.messages_out, c.first_response_at from report_cycles c
        join conversations v on v.id = c.conversation_id where v.destination = '34600000200'`),
    );
    // Contact first, alternating: 3,000 in, 3,000 out, none written by an agent in the app.
    expect(long).toEqual({ ordinal: 1, messages_in: 3000, messages_out: 3000, first_response_at: null });
    const [short] = sqlRowsOf(
      await fx.db.execute(sql`select count(*)::int as cycles, sum(c.messages_in)::int as messages_in from report_cycles c
        join conversations v on v.id = c.conversation_id where v.destination like '34600000300-%'`),
    );
    expect(short).toEqual({ cycles: 40, messages_in: 40 * 13 });
    const before = await snapshot();
    await rebuildReports(fx.db);
    expect(await snapshot()).toEqual(before);
  });
});

/** A Date within a minute (the test's "minutes ago" are computed twice). */
const closeTo = (d: Date) => expect.toSatisfy((v: Date) => Math.abs(v.getTime() - d.getTime()) < 60_000);
function sqlRowsOf(result: unknown): Record<string, unknown>[] {
  return (Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows) as Record<string, unknown>[];
}
