import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { agents, conversations, pushSubscriptions } from "@/lib/db/schema";
import type { InboxEvent } from "@/lib/events/types";
import { inboxFixture } from "@/lib/inbox/test-fixtures";
import { pushTargets } from "./recipients";

let fx: Awaited<ReturnType<typeof inboxFixture>>;
let cy: { id: string };
let conversationId: string;

const key = (n: number) => randomBytes(n).toString("base64url");

async function subscribe(agentId: string, events: Partial<typeof pushSubscriptions.$inferInsert> = {}) {
  await fx.db.insert(pushSubscriptions).values({ agentId, endpoint: `https://push.example/${randomBytes(8).toString("hex")}`, p256dh: key(65), auth: key(16), ...events });
}

async function assign(assigneeId: string | null) {
  await fx.db.update(conversations).set({ assigneeId }).where(eq(conversations.id, conversationId));
}

/** The agents whose devices would get a push for `event`. */
async function who(event: InboxEvent): Promise<string[]> {
  const names = new Map([
    [fx.ana.id, "ana"],
    [fx.bo.id, "bo"],
    [cy.id, "cy"],
  ]);
  return (await pushTargets(fx.db, event)).map((t) => names.get(t.subscription.agentId) ?? "?").sort();
}

const inbound = (): InboxEvent => ({
  type: "message.created",
  channelId: fx.channel.id,
  conversationId,
  messageId: 1,
  direction: "inbound",
  at: new Date().toISOString(),
  conversationInboundCount: 1,
  channelInboundCount: 1,
});

beforeAll(async () => {
  fx = await inboxFixture();
  // Cy is an agent without access to the channel: the policy must keep every push from it.
  [cy] = await fx.db.insert(agents).values({ email: "cy@test", name: "Cy", passwordHash: "x", role: "agent" }).returning();
  conversationId = (await fx.addConversation("+34600000001", new Date())).id;
  for (const id of [fx.ana.id, fx.bo.id, cy.id]) await subscribe(id);
});
afterAll(() => fx.close());

describe("who gets a push", () => {
  it("sends a customer message in an unassigned conversation to the channel's members only, never to an agent without access", async () => {
    await assign(null);
    expect(await who(inbound())).toEqual(["ana"]);
  });

  it("sends a customer message in an assigned conversation to its assignee only", async () => {
    await assign(fx.bo.id);
    expect(await who(inbound())).toEqual(["bo"]);
    await assign(fx.ana.id);
    expect(await who(inbound())).toEqual(["ana"]);
  });

  it("sends nothing for the team's own replies and notes", async () => {
    await assign(null);
    expect(await who({ ...inbound(), direction: "outbound" } as InboxEvent)).toEqual([]);
  });

  it("refuses a conversation assigned to an agent who has lost access to its channel", async () => {
    await assign(cy.id);
    expect(await who(inbound())).toEqual([]);
    expect(await who({ type: "conversation.assigned", channelId: fx.channel.id, conversationId, assigneeId: cy.id, previousAssigneeId: null, assignedBy: fx.bo.id })).toEqual([]);
  });

  it("sends a mention to the mentioned agent only, and only if it may see the conversation", async () => {
    await assign(null);
    const mention = (agentId: string): InboxEvent => ({ type: "mention.created", agentId, mentionId: 1, channelId: fx.channel.id, conversationId });
    expect(await who(mention(fx.ana.id))).toEqual(["ana"]);
    expect(await who(mention(fx.bo.id))).toEqual(["bo"]);
    expect(await who(mention(cy.id))).toEqual([]);
  });

  it("sends an assignment to the assignee when someone else (or auto-assignment) assigned it, not when it took it itself", async () => {
    await assign(fx.ana.id);
    const assigned = (assignedBy?: string): InboxEvent => ({ type: "conversation.assigned", channelId: fx.channel.id, conversationId, assigneeId: fx.ana.id, previousAssigneeId: null, assignedBy });
    expect(await who(assigned(fx.bo.id))).toEqual(["ana"]);
    expect(await who(assigned(undefined))).toEqual(["ana"]);
    expect(await who(assigned(fx.ana.id))).toEqual([]);
  });

  it("respects each device's event choices and skips deactivated agents", async () => {
    await assign(null);
    await fx.db.update(pushSubscriptions).set({ notifyMessages: false }).where(eq(pushSubscriptions.agentId, fx.ana.id));
    expect(await who(inbound())).toEqual([]);
    await fx.db.update(pushSubscriptions).set({ notifyMessages: true }).where(eq(pushSubscriptions.agentId, fx.ana.id));
    await fx.db.update(agents).set({ active: false }).where(eq(agents.id, fx.ana.id));
    expect(await who(inbound())).toEqual([]);
    await fx.db.update(agents).set({ active: true }).where(eq(agents.id, fx.ana.id));
    expect(await who(inbound())).toEqual(["ana"]);
  });
});
