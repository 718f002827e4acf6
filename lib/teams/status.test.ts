import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conversations } from "@/lib/db/schema";
import { applyMessages } from "@/lib/sync/mirror-messages";
import { AppError } from "@/lib/errors";
import { endDueSnoozes } from "./snooze";
import { setConversationStatus, statusInputSchema } from "./status";
import { sharedTeamFixture } from "./test-fixtures";

const fx = sharedTeamFixture();

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const failure = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ status: e.status, message: e.message, fields: e.fields }));

describe("setConversationStatus", { timeout: 30_000 }, () => {
  it("resolves, audits before and after, and stamps status_changed_at", async () => {
    const c = await fx.addConversation("34610000001", new Date());
    const result = await setConversationStatus(fx.db, fx.ana, await fx.scopeOf(c.id), { status: "resolved" });
    expect(result).toEqual({ conversationId: c.id, status: "resolved", snoozedUntil: null });
    const row = await fx.conversation(c.id);
    expect(row.status).toBe("resolved");
    expect(row.statusChangedAt).not.toBeNull();
    const [entry] = await fx.audit("conversation.status", c.id);
    expect(entry).toMatchObject({ actorId: fx.ana.id, before: { status: "open", until: null }, after: { status: "resolved", until: null } });
  });

  it("refuses a snooze into the past, or more than a year ahead, with 422 on `until`, changing nothing", async () => {
    const c = await fx.addConversation("34610000002", new Date());
    for (const until of [inHours(-1), inHours(24 * 400)]) {
      const answer = await failure(setConversationStatus(fx.db, fx.ana, await fx.scopeOf(c.id), { status: "snoozed", until }));
      expect(answer).toEqual({ status: 422, message: "Choose a time in the future.", fields: { until: "Choose a time in the future." } });
    }
    expect((await fx.conversation(c.id)).status).toBe("open");
    expect(await fx.audit("conversation.status", c.id)).toHaveLength(0);
  });

  it("accepts only the four statuses, and `until` only with snoozed", () => {
    expect(statusInputSchema.safeParse({ status: "closed" }).success).toBe(false);
    expect(statusInputSchema.safeParse({ status: "snoozed" }).success).toBe(false);
    expect(statusInputSchema.safeParse({ status: "open", until: inHours(1) }).success).toBe(false);
    expect(statusInputSchema.safeParse({ status: "snoozed", until: inHours(1) }).success).toBe(true);
  });

  it("refuses an agent changing a conversation assigned to someone else", async () => {
    const c = await fx.addConversation("34610000003", new Date());
    await fx.db.update(conversations).set({ assigneeId: fx.bo.id }).where(eq(conversations.id, c.id));
    const answer = await failure(setConversationStatus(fx.db, fx.ana, await fx.scopeOf(c.id), { status: "resolved" }));
    expect(answer).toMatchObject({ status: 403 });
  });
});

describe("reopening", { timeout: 30_000 }, () => {
  const inbound = (destination: string, id: string) => ({
    platform: "whatsapp",
    platformId: "100",
    destination,
    messageId: id,
    direction: "inbound" as const,
    text: "hello again",
    status: "",
    sentAt: new Date(),
  });

  it("reopens a resolved, pending or snoozed conversation when the customer writes, keeping its assignee", async () => {
    for (const [i, status] of (["resolved", "pending", "snoozed"] as const).entries()) {
      const c = await fx.addConversation(`3462000000${i}`, new Date(Date.now() - 60_000));
      await fx.db.update(conversations).set({ assigneeId: fx.ana.id }).where(eq(conversations.id, c.id));
      const input = status === "snoozed" ? { status, until: inHours(5) } : { status };
      await setConversationStatus(fx.db, fx.ana, await fx.scopeOf(c.id), input);
      await applyMessages(fx.db, c, [inbound(c.destination, `again-${i}`)]);
      const row = await fx.conversation(c.id);
      expect([row.status, row.snoozedUntil, row.assigneeId]).toEqual(["open", null, fx.ana.id]);
      const entries = await fx.audit("conversation.status", c.id);
      expect(entries.at(-1)).toMatchObject({ actorId: null, after: { status: "open", reason: "customer_message" } });
    }
  });

  it("ends a snooze at its time (the worker's pass), once, even when two passes run at once", async () => {
    const c = await fx.addConversation("34630000001", new Date());
    await setConversationStatus(fx.db, fx.ana, await fx.scopeOf(c.id), { status: "snoozed", until: inHours(1) });
    expect(await endDueSnoozes(fx.db)).not.toContain(c.id);
    // Its time comes.
    await fx.db.update(conversations).set({ snoozedUntil: new Date(Date.now() - 1000) }).where(eq(conversations.id, c.id));
    const [a, b] = await Promise.all([endDueSnoozes(fx.db), endDueSnoozes(fx.db)]);
    expect([...a, ...b].filter((id) => id === c.id)).toHaveLength(1);
    const row = await fx.conversation(c.id);
    expect([row.status, row.snoozedUntil]).toEqual(["open", null]);
    const entries = await fx.audit("conversation.status", c.id);
    expect(entries.at(-1)).toMatchObject({ actorId: null, before: { status: "snoozed" }, after: { status: "open", reason: "snooze_ended" } });
  });
});
